"""The library: every exercise and workout of the content roots, indexed by id.

Roots are read in order (bundled ``content/``, then ``--content`` roots, then
the user's folder). Inside one root two files with the same id are an error
naming both (the first, in path order, is kept). A later root may replace an
exercise or workout of an earlier root on purpose, e.g. a trainer's own
version of a bundled exercise: the later one wins and a warning says so.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from app.content.datafiles import read_records
from app.content.inline import match_library
from app.content.loader import load_file, parse_name
from app.content.model import ContentError, Exercise, Library, Severity, Workout
from app.content.scan import Source, md_files, scan_root
from app.i18n.message import N_, Message

__all__ = ["Source", "load_library", "load_sources", "md_files",
           "scan_root"]
M = TypeVar("M", Exercise, Workout)
log = logging.getLogger(__name__)
KINDS = (("exercise", "exercises"), ("workout", "workouts"))


def load_library(roots: Sequence[Path], *, strict: bool = False) -> Library:
    """Load every root that exists, in order; missing roots are skipped."""
    return load_sources([scan_root(Path(r)) for r in roots if Path(r).is_dir()], strict=strict)


def load_sources(sources: Iterable[Source], *, strict: bool = False) -> Library:
    """Load the files of each source, then check references between files."""
    from app.content.crosscheck import check_references

    lib = Library()
    seen: set[Path] = set()
    for source in sources:
        lib.errors += source.problems
        owners: dict[tuple[str, str, str | None], Path] = {}
        real_root = os.path.realpath(source.root)
        if source.pages or source.data_files:
            _load_pages(lib, source, seen, owners, real_root, strict)
        for kind, _ in KINDS:
            for path in source.files(kind):
                if path in seen:
                    continue
                seen.add(path)
                lib.files.append(path)
                named = parse_name(path.name)
                if named is not None:
                    first = owners.setdefault((kind, *named), path)
                    if first != path:
                        lib.errors.append(ContentError(path, "", _same_id(kind, named[0],
                                                                          first, path)))
                        continue
                outside = _outside(path, real_root)
                if outside:
                    lib.errors.append(ContentError(path, "", outside))
                    continue
                model, problems = _load_one(path, kind, source.root, strict)
                lib.errors += problems
                if model is not None:
                    _add(lib, model)
    match_library(lib)
    check_references(lib, strict=strict)
    return lib


def _load_pages(lib: Library, source: Source, seen: set[Path],
                owners: dict[tuple[str, str, str | None], Path], real_root: str,
                strict: bool) -> None:
    """The pages of a site or a plain folder: recognised, paired with translations, built."""
    from app.content.loader import build
    from app.content.pages import Page, pair_translations, read_page

    pages: list[Page] = []
    for path, folder, lang in source.pages:
        if path in seen:
            continue
        seen.add(path)
        outside = _outside(path, real_root)
        if outside:
            lib.files.append(path)
            lib.errors.append(ContentError(path, "", outside))
            continue
        try:
            page, why, problems = read_page(path, folder, lang, source.default_lang)
        except Exception as exc:
            log.exception("reading %s failed", path)
            page, why, problems = None, "", [ContentError(path, "", _unreadable(exc))]
        if page is None and why:
            lib.skipped.append((path, why))
            continue
        lib.files.append(path)
        lib.errors += problems
        if page is not None:
            pages.append(page)
    pair_translations(pages)
    data_files = []
    for path in source.data_files:
        outside = _outside(path, real_root)
        if outside:
            lib.errors.append(ContentError(path, "", outside))
        else:
            data_files.append(path)
    records, problems = read_records(tuple(data_files))
    lib.files += [p for p in source.data_files if p not in seen]
    seen.update(source.data_files)
    lib.errors += problems
    claimed: dict[str, set[str | None]] = {}
    for page in pages:
        first = owners.setdefault((page.kind, page.ident, page.lang), page.path)
        if first != page.path:
            lib.errors.append(ContentError(page.path, "", _same_id(page.kind, page.ident, first,
                                                                   page.path)))
            continue
        model: Exercise | Workout | None
        try:
            if page.kind == "workout" and "workout_id" in page.data:
                model, problems = _record_page(page, records, claimed, source.root, strict)
            else:
                model, problems = build(page.data, page.body, page.front, page.path, page.kind,
                                        root=source.root, strict=strict, ident=page.ident,
                                        lang=page.lang)
        except Exception as exc:
            log.exception("loading %s failed", page.path)
            model, problems = None, [ContentError(page.path, "", _unreadable(exc))]
        lib.errors += problems
        if model is not None:
            _add(lib, model)
    _load_records(lib, records, claimed, source.root, strict)


def _record_page(page: Any, records: dict[str, Any], claimed: dict[str, set[str | None]],
                 root: Path, strict: bool) -> tuple[Workout | None, list[ContentError]]:
    """A workout page whose exercises are in a data record (``workout_id``)."""
    from app.content.datafiles import build_record
    from app.content.markdown_sections import split_sections
    from app.content.names import clean_id

    wanted = clean_id(str(page.data.get("workout_id") or ""))
    record = records.get(wanted)
    if record is None:
        near = ", ".join(sorted(records)[:5])
        message = (N_("no workout record \"{id}\" in the site's data files (they have: {ids})",
                      id=wanted, ids=near) if near
                   else N_("no workout record \"{id}\" in the site's data files (they have none)",
                           id=wanted))
        return None, [ContentError(page.path, "workout_id", message)]
    claimed.setdefault(record.ident, set()).add(page.lang)
    claimed[record.ident].add(f"page:{page.ident}")
    intro, _ = split_sections(page.body)
    return build_record(record, page.ident, page.lang, root=root, page=page.data,
                        page_path=page.path, body_intro=intro, strict=strict)


def _load_records(lib: Library, records: dict[str, Any], claimed: dict[str, set[str | None]],
                  root: Path, strict: bool) -> None:
    """Records no page named become workouts; every record's languages become translations."""
    from app.content.datafiles import build_record, languages

    for ident, record in records.items():
        done = claimed.get(ident, set())
        pages = [d[5:] for d in done if isinstance(d, str) and d.startswith("page:")]
        for owner in pages or [ident]:
            for lang in [None, *sorted(languages(record))]:
                if lang in done:
                    continue
                model, problems = build_record(record, owner, lang, root=root, strict=strict)
                if lang is None or model is None:
                    lib.errors += problems
                if model is not None:
                    _add(lib, replace(model, lang=lang) if lang else model)


def _outside(path: Path, real_root: str) -> Message | None:
    """Why a file is refused: a link (or a link's folder) leading out of its content root."""
    real = os.path.realpath(path)
    if real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep):
        return None
    return N_("this is a link to {target}, outside the content folder {root}; only files inside "
              "it are read (copy the file in instead)", target=real, root=real_root)


def _same_id(kind: str, ident: str, first: Path, path: Path) -> Message:
    """Two files of one kind with the same id."""
    if kind == "workout":
        return N_("the same workout id \"{id}\" is used by {first} and {path}; rename one of "
                  "them (only {first} is loaded)", id=ident, first=first, path=path)
    return N_("the same exercise id \"{id}\" is used by {first} and {path}; rename one of them "
              "(only {first} is loaded)", id=ident, first=first, path=path)


def _unreadable(exc: Exception) -> Message:
    """A loader bug, told as what it cost (one file)."""
    return N_("the file cannot be read ({error}); please report this", error=type(exc).__name__)


def _load_one(path: Path, kind: str, root: Path, strict: bool
              ) -> tuple[Exercise | Workout | None, list[ContentError]]:
    """One file, whatever it holds: a loader bug must cost that file, not the library."""
    try:
        return load_file(path, kind, root=root, strict=strict)
    except Exception as exc:
        log.exception("loading %s failed", path)
        return None, [ContentError(path, "", N_(
            "the file cannot be read ({error}); please report this",
            error=f"{type(exc).__name__}: {str(exc)[:200]}"))]


def _add(lib: Library, model: Exercise | Workout) -> None:
    """Index a loaded model; a later root replaces an earlier one, with a warning."""
    if isinstance(model, Exercise):
        _add_exercise(lib, model)
    elif model.lang:
        _put(lib, lib.workout_translations.setdefault(model.id, {}), model.lang, model)
    else:
        _put(lib, lib.workouts, model.id, model)


def _add_exercise(lib: Library, model: Exercise) -> None:
    """``_add`` for an exercise: a translation, or the default language's own."""
    if model.lang:
        _put(lib, lib.translations.setdefault(model.id, {}), model.lang, model)
        return
    earlier = lib.exercises.get(model.id)
    if earlier is not None and earlier.root != model.root:
        # a later root's own version: the earlier root's translations translate the other one
        lib.replaced[model.id] = (earlier.path, model.path)
        langs = lib.translations.get(model.id, {})
        for lang in [k for k, tr in langs.items() if tr.root != model.root]:
            del langs[lang]
    _put(lib, lib.exercises, model.id, model)


def _put(lib: Library, table: dict[str, M], key: str, model: M) -> None:
    earlier = table.get(key)
    if earlier is not None:
        lib.errors.append(ContentError(
            model.path, "", N_("replaces {path} (same id from an earlier content folder)",
                               path=earlier.path),
            Severity.WARNING))
    table[key] = model

"""A cache of the loaded library, so the app starts without parsing every YAML file.

Parsing the content (PyYAML, front matter, checks) is the largest part of
start-up. The result is stored in ``<data-dir>/cache/library.pickle`` with a
fingerprint: the path, size and modification time of every Markdown file in
every content root, and of the loader's own code. Any change to any of them,
and the library is loaded afresh (and the cache rewritten). The cache lives in
the user's own data folder, written only by Spotter; a cache that cannot be
read is simply ignored. Delete it at any time.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Sequence
from pathlib import Path, PosixPath
from typing import Any

from app import __version__
from app.content.model import Library

log = logging.getLogger(__name__)
_CODE = Path(__file__).resolve().parent.parent / "content"
_FORMAT = 3
_NOT_CACHED = ("files", "skipped", "translations", "workout_translations")  # see _write


class CachedLibrary(Library):
    """A ``Library`` read back from the cache (the loader was not needed)."""


def _stamp(path: str) -> tuple[str, int, int]:
    st = os.stat(path)
    return path, st.st_mtime_ns, st.st_size


def fingerprint(roots: Sequence[Path]) -> tuple[Any, ...]:
    """What the library depends on: every file of every root, and the loader's code."""
    from app.content.scan import watched

    files: list[tuple[str, int, int]] = []
    for root in roots:
        if not os.path.isdir(root):
            continue
        singles, folders = watched(Path(root))
        files += [_stamp(str(p)) for p in singles if os.path.isfile(p)]
        for folder, suffixes in folders:
            files += _walk(str(folder), suffixes)
    code = [_stamp(str(p)) for p in sorted(_CODE.glob("*.py"))]
    return (_FORMAT, __version__, tuple(str(r) for r in roots), tuple(files), tuple(code))


def _walk(folder: str, suffixes: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """(path, mtime, size) of the files below ``folder`` with these endings (no Path objects)."""
    found: list[tuple[str, int, int]] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return found
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                found += _walk(entry.path, suffixes)
            elif entry.name.casefold().endswith(suffixes):
                st = entry.stat()
                found.append((entry.path, st.st_mtime_ns, st.st_size))
        except OSError:
            continue
    return found


def _path(drv: str, root: str, parts: list[str]) -> PosixPath:
    """A path read back from the cache without parsing it again (pathlib is slow at that)."""
    # a private classmethod of pathlib, absent from its stubs
    path: PosixPath = PosixPath._from_parsed_parts(drv, root, parts)  # type: ignore[attr-defined]
    return path


class _Pickler(pickle.Pickler):
    """Writes paths as their parsed parts, which :func:`_path` turns back into paths quickly."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is PosixPath and hasattr(PosixPath, "_from_parsed_parts"):
            return _path, (obj._drv, obj._root, list(obj._parts))  # type: ignore[attr-defined]
        return NotImplemented


def load(roots: Sequence[Path], cache_file: Path, lang: str | None = None) -> Any:
    """The library of ``roots``: from the cache when nothing changed, else loaded and cached.

    ``lang`` given, a library read back from the cache holds the translations
    of that language only (each language is stored apart, so a start-up in one
    language does not read the others); without it, all of them.
    """
    key = fingerprint(roots)
    try:
        with open(cache_file, "rb") as handle:
            stored = pickle.load(handle)
        if stored.get("key") == key:
            library = stored["library"]
            langs = stored["langs"]
            wanted = langs if lang is None else {k: v for k, v in langs.items()
                                                 if k == lang.casefold()}
            library["translations"], library["workout_translations"] = {}, {}
            for code, packed in wanted.items():
                exercises, workouts = pickle.loads(packed)
                for ident, tr in exercises.items():
                    library["translations"].setdefault(ident, {})[code] = tr
                for ident, tr in workouts.items():
                    library["workout_translations"].setdefault(ident, {})[code] = tr
            return CachedLibrary(**library)  # errors only: the app shows no warnings
    except FileNotFoundError:
        pass
    except Exception as exc:  # noqa: BLE001 - any damaged or old cache is only a slower start
        log.info("library cache ignored: %s", exc)
    from app.content.library import load_library

    library = load_library(roots)
    _write(cache_file, key, library)
    return library


def _dumps(value: Any) -> bytes:
    import io

    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def _write(cache_file: Path, key: tuple[Any, ...], library: Any) -> None:
    from dataclasses import fields

    from app.files import write_atomic

    data: dict[str, Any] = {"key": key, "library": {f.name: getattr(library, f.name) for f in fields(Library)
                                     if f.name not in _NOT_CACHED}, "langs": {}}

    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        # the app counts errors; warnings (file names cleaned, replacements) are validate's
        data["library"]["errors"] = [e for e in library.errors if e.severity.value == "error"]
        codes = {c for table in (library.translations, library.workout_translations)
                 for langs in table.values() for c in langs}
        for code in sorted(codes):
            part = ({i: t[code] for i, t in library.translations.items() if code in t},
                    {i: t[code] for i, t in library.workout_translations.items() if code in t})
            data["langs"][code] = _dumps(part)
        write_atomic(cache_file, _dumps(data), durable=False)
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
        log.info("library cache not written: %s", exc)

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
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from app.content.loader import load_file, parse_name
from app.content.model import ContentError, Exercise, Library, Severity, Sides, Workout

M = TypeVar("M", Exercise, Workout)
log = logging.getLogger(__name__)
KINDS = (("exercise", "exercises"), ("workout", "workouts"))


@dataclass(frozen=True)
class Source:
    """The files of one content root (or of the paths given to ``validate``)."""

    root: Path
    exercise_files: tuple[Path, ...] = ()
    workout_files: tuple[Path, ...] = ()

    def files(self, kind: str) -> tuple[Path, ...]:
        """The files of one kind, in load order."""
        return self.exercise_files if kind == "exercise" else self.workout_files


def md_files(folder: Path) -> tuple[Path, ...]:
    """Every ``*.md`` below a folder, sorted; names starting with ``.`` or ``_`` are skipped."""
    found: list[str] = []
    for top, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith((".", "_"))]
        found += [os.path.join(top, n) for n in names
                  if n.endswith(".md") and not n.startswith((".", "_"))]
    return tuple(Path(p) for p in sorted(found))


def scan_root(root: Path) -> Source:
    """The exercise and workout files of a content root (either folder may be missing)."""
    return Source(root, md_files(root / "exercises"), md_files(root / "workouts"))


def load_library(roots: Sequence[Path], *, strict: bool = False) -> Library:
    """Load every root that exists, in order; missing roots are skipped."""
    return load_sources([scan_root(Path(r)) for r in roots if Path(r).is_dir()], strict=strict)


def load_sources(sources: Iterable[Source], *, strict: bool = False) -> Library:
    """Load the files of each source, then check references between files."""
    from app.content.crosscheck import check_references

    lib = Library()
    seen: set[Path] = set()
    for source in sources:
        owners: dict[tuple[str, str, str | None], Path] = {}
        real_root = os.path.realpath(source.root)
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
                        lib.errors.append(ContentError(
                            path, "", f"the same {kind} id \"{named[0]}\" is used by {first} "
                            f"and {path}; rename one of them (only {first} is loaded)"))
                        continue
                outside = _outside(path, real_root)
                if outside:
                    lib.errors.append(ContentError(path, "", outside))
                    continue
                model, problems = _load_one(path, kind, source.root, strict)
                lib.errors += problems
                if model is not None:
                    _add(lib, model)
    check_references(lib, strict=strict)
    return lib


def _outside(path: Path, real_root: str) -> str | None:
    """Why a file is refused: a link (or a link's folder) leading out of its content root."""
    real = os.path.realpath(path)
    if real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep):
        return None
    return (f"this is a link to {real}, outside the content folder {real_root}; "
            "only files inside it are read (copy the file in instead)")


def _load_one(path: Path, kind: str, root: Path, strict: bool
              ) -> tuple[Exercise | Workout | None, list[ContentError]]:
    """One file, whatever it holds: a loader bug must cost that file, not the library."""
    try:
        return load_file(path, kind, root=root, strict=strict)
    except Exception as exc:  # noqa: BLE001 - the property tests hunt these; this is the net
        log.exception("loading %s failed", path)
        return None, [ContentError(path, "", f"the file cannot be read ({type(exc).__name__}: "
                                   f"{str(exc)[:200]}); please report this")]


def _add(lib: Library, model: Exercise | Workout) -> None:
    """Index a loaded model; a later root replaces an earlier one, with a warning."""
    if isinstance(model, Exercise) and model.lang:
        _put(lib, lib.translations.setdefault(model.id, {}), model.lang, model)
    elif model.lang:
        _put(lib, lib.workout_translations.setdefault(model.id, {}), model.lang, model)
    elif isinstance(model, Exercise):
        _put(lib, lib.exercises, model.id, model)
    else:
        _put(lib, lib.workouts, model.id, model)


def _put(lib: Library, table: dict[str, M], key: str, model: M) -> None:
    earlier = table.get(key)
    if earlier is not None:
        lib.errors.append(ContentError(
            model.path, "", f"replaces {earlier.path} (same id from an earlier content folder)",
            Severity.WARNING))
    table[key] = model


def estimate_workout_seconds(workout: Workout, library: Library) -> float:
    """A workout's length: sets x duration (x2 for each side) plus rests.

    A stand-in for the session planner's exact figure, used by ``spotter list``.
    """
    total = 0.0
    items = workout.all_items()
    for index, item in enumerate(items):
        exercise = library.exercise(item.exercise)
        sets = item.sets or (exercise.sets if exercise else None) or 1
        per_set = item.seconds or (exercise.duration if exercise else 0.0)
        if exercise is not None and exercise.sides is Sides.EACH and item.seconds is None:
            per_set *= 2
        between_sets = (exercise.rest if exercise and exercise.rest is not None else 0.0)
        total += sets * per_set + (sets - 1) * between_sets
        if index < len(items) - 1:
            total += workout.rest_between if item.rest is None else item.rest
    return total

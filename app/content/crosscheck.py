"""Checks that need the whole library: references between files.

A workout naming an exercise that does not exist, or a modification that
exercise does not have, cannot be played: an error that keeps the workout out.
An exercise's warm-ups and progressions are only advice, so a missing one is a
warning. Translations are checked in ``translations.py`` (their original,
translationKey, and with ``strict`` their shape and the missing languages).
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from app.content.model import ContentError, Exercise, Severity, Workout
from app.i18n.message import N_, Message

if TYPE_CHECKING:
    from app.content.model import Library


def check_references(lib: Library, *, strict: bool = False) -> None:
    """Add reference problems to ``lib.errors``; drop workouts that cannot be played."""
    for ex in lib.exercises.values():
        _check_exercise(lib, ex, strict)
    from app.content.translations import check_translations

    check_translations(lib, strict=strict)
    for ident, workout in list(lib.workouts.items()):
        problems = _check_workout(lib, workout)
        if problems:
            lib.errors.extend(problems)
            del lib.workouts[ident]


def _check_exercise(lib: Library, ex: Exercise, strict: bool) -> None:
    refs = [(f"warmup[{i}]", x) for i, x in enumerate(ex.warmup)]
    refs += [(f"progressions.easier[{i}]", x) for i, x in enumerate(ex.progressions.easier)]
    refs += [(f"progressions.harder[{i}]", x) for i, x in enumerate(ex.progressions.harder)]
    for where, ident in refs:
        if ident not in lib.exercises:
            lib.errors.append(_warn(ex, where, _no_exercise(lib, ident)))
    image = ex.image_file() if strict else None
    if image is not None and not image.is_file():
            lib.errors.append(_warn(ex, "image", N_("{image} is not in {root} (a placeholder is "
                                                    "shown)", image=ex.image, root=ex.root)))


def _check_workout(lib: Library, workout: Workout) -> list[ContentError]:
    problems = []
    for part in ("warmup", "items", "cooldown"):
        for i, item in enumerate(getattr(workout, part)):
            where = f"{part}[{i}]"
            ex = item.inline or lib.exercises.get(item.exercise)
            if ex is None:
                problems.append(ContentError(workout.path, f"{where}.exercise",
                                             _no_exercise(lib, item.exercise)))
            elif item.modification and ex.modification(item.modification) is None:
                names = ", ".join(m.name for m in ex.modifications)
                message = (N_("{id} has no modification \"{name}\" (it has: {names})",
                              id=item.exercise, name=item.modification, names=names) if names
                           else N_("{id} has no modification \"{name}\" (it has none)",
                                   id=item.exercise, name=item.modification))
                problems.append(ContentError(workout.path, f"{where}.modification", message))
    return problems


def _no_exercise(lib: Library, ident: str) -> Message:
    close = difflib.get_close_matches(ident, list(lib.exercises), n=1)
    if close:
        return N_("no exercise called \"{id}\"; did you mean {near}?", id=ident, near=close[0])
    return N_("no exercise called \"{id}\"", id=ident)


def _warn(model: Exercise | Workout, where: str, message: str) -> ContentError:
    return ContentError(model.path, where, message, Severity.WARNING)


def mixing_notes(lib: Library, workout: Workout) -> list[str]:
    """What a workout's page says when a later content folder replaced one of its exercises.

    The workout was written with the earlier exercise; it now plays the later
    one (say, an imported exercise of the same id), which may differ in steps,
    length or modifications.
    """
    notes = []
    for item in workout.all_items():
        found = lib.replaced.get(item.exercise)
        ex = lib.exercises.get(item.exercise)
        if found is None or ex is None or ex.root == workout.root:
            continue
        earlier, later = found
        notes.append(N_("{title} is now {later}, which replaces the one this workout was "
                        "written with ({earlier}).", title=ex.title, later=later, earlier=earlier))
    return list(dict.fromkeys(notes))

"""Which content is missing in the language asked for, said in one notice.

``--lang es`` (or the saved or system language) shows titles, steps and
modifications in Spanish where a translation exists
(:func:`app.content.translations.localized`); the rest falls back to the
original, and :func:`fallback_notice` says how much did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.content.model import Library


def untranslated(lib: Library, lang: str | None) -> tuple[list[str], list[str]]:
    """(exercise ids, workout ids) with no ``lang`` version; nothing for English or no language."""
    code = (lang or "").casefold()
    if not code or code == "en":
        return [], []
    exercises = [i for i in lib.exercises
                 if code not in lib.translations.get(i, {}) and lib.exercises[i].lang != code]
    workouts = [i for i in lib.workouts
                if code not in lib.workout_translations.get(i, {}) and lib.workouts[i].lang != code]
    return exercises, workouts


def fallback_notice(lib: Library, lang: str | None, ids: list[str] | None = None) -> str | None:
    """One line saying what is shown in the original because ``lang`` is missing, or None."""
    exercises, workouts = untranslated(lib, lang)
    if ids is not None:
        exercises = [i for i in exercises if i in ids]
        workouts = [i for i in workouts if i in ids]
    if not exercises and not workouts:
        return None
    if ids is not None and len(ids) == 1:
        return f"{ids[0]} has no {lang} translation; it is shown in the original"
    parts = []
    if exercises:
        parts.append(f"{len(exercises)} of {len(lib.exercises)} exercises")
    if workouts:
        parts.append(f"{len(workouts)} of {len(lib.workouts)} workouts")
    return f"{' and '.join(parts)} have no {lang} translation; they are shown in the original"

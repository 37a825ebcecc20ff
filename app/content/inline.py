"""Exercises written inside a workout: in a site's data file, or in our own workout format.

Real sites write a workout's exercises inline, each with a name, a type
(warm-up, exercise, cool-down), a duration in seconds, reps as free text
("8 reps", "20 reps (10 each side)", "15 seconds each side") and
instructions. :func:`inline_exercise` makes each one an :class:`Exercise`
that plays from its instructions. :func:`match_library` then points every
inline exercise whose title is a library exercise's title, in the workout's
language, at that exercise, so it gets its modifications and figure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.content.model import Difficulty, Exercise, Sides, Step, Workout, WorkoutItem
from app.content.names import clean_id
from app.content.words import fold

if TYPE_CHECKING:
    from app.content.model import Library

WARMUP = frozenset({"warmup", "warm up", "warm-up", "calentamiento", "aufwarmen", "echauffement",
                    "aquecimento", "riscaldamento"})
COOLDOWN = frozenset({"cooldown", "cool down", "cool-down", "enfriamiento", "vuelta a la calma",
                      "estiramiento", "abkuhlen", "cool", "retour au calme", "desaquecimento",
                      "defaticamento"})
_EACH = re.compile(r"\b(each|per|every|cada|por|je|pro|chaque|par|ogni|per)\s+"
                   r"(side|leg|arm|lado|pierna|brazo|seite|bein|cote|jambe|bras|lato|gamba)\b")
_REPS = re.compile(r"^\s*(\d{1,4})\s*(?:x\s*)?(?:reps?|repetitions?|repeticiones|wiederholungen"
                   r"|répétitions|repeticoes|ripetizioni|times|veces|mal|fois|vezes|volte)?\b",
                   re.IGNORECASE)
_SECONDS = re.compile(r"(\d{1,4})\s*(?:s|sec|secs|seconds?|segundos?|sekunden|secondes?|secondi)"
                      r"\b", re.IGNORECASE)


def part_of(kind: str) -> str:
    """"warmup", "items" or "cooldown" for an inline exercise's type."""
    folded = fold(kind).replace(" ", "-") if kind else ""
    if folded in WARMUP or fold(kind) in WARMUP:
        return "warmup"
    if folded in COOLDOWN or fold(kind) in COOLDOWN:
        return "cooldown"
    return "items"


def reps_text(text: str, seconds: float) -> tuple[int | None, Sides, float]:
    """(reps per side, sides, seconds per side) from free text like "20 reps (10 each side)"."""
    folded = fold(text)
    each = _EACH.search(folded) is not None
    sides = Sides.EACH if each else Sides.NONE
    numbers = [int(n) for n in re.findall(r"\d{1,4}", folded)]
    timed = _SECONDS.search(text)
    if timed:
        per = float(timed.group(1))
        return None, sides, per if each else max(per, 1.0)
    reps = None
    found = _REPS.match(folded)
    if found:
        reps = int(found.group(1))
        if each and len(numbers) >= 2:
            reps = numbers[1]  # "20 reps (10 each side)": 10 a side
    per_side = seconds / 2 if each else seconds
    return (reps if reps and reps <= 1000 else None), sides, max(per_side, 1.0)


def inline_exercise(owner: str, index: int, name: str, seconds: float, steps: tuple[Step, ...],
                    *, path: Path, root: Path | None, difficulty: Difficulty, reps: str = "",
                    description: str = "", key: str = "") -> Exercise:
    """An exercise that exists only in one workout (its id says whose and which)."""
    count, sides, per_side = reps_text(reps, seconds) if reps else (None, Sides.NONE, seconds)
    ident = f"{owner}--{index + 1}-{clean_id(key or name) or 'exercise'}"
    return Exercise(id=ident, path=path, title=name, description=description or reps,
                    difficulty=difficulty, duration=per_side, steps=steps or (Step(name),),
                    reps=count, sides=sides, root=root)


def match_library(lib: Library) -> None:
    """Point inline exercises at library exercises with the same title in the same language."""
    titles: dict[str | None, dict[str, str]] = {None: {}}
    for ident, ex in lib.exercises.items():
        titles[None].setdefault(fold(ex.title), ident)
    for ident, langs in lib.translations.items():
        for lang, ex in langs.items():
            titles.setdefault(lang, {}).setdefault(fold(ex.title), ident)
    lib.workouts.update({k: _matched(w, titles, None) for k, w in lib.workouts.items()})
    for w_langs in lib.workout_translations.values():
        for lang, w in list(w_langs.items()):
            w_langs[lang] = _matched(w, titles, lang)


def _matched(workout: Workout, titles: dict[str | None, dict[str, str]], lang: str | None
             ) -> Workout:
    if not any(i.inline for i in workout.all_items()):
        return workout
    table = {**titles[None], **titles.get(lang, {})} if lang else titles[None]

    def one(item: WorkoutItem) -> WorkoutItem:
        if item.inline is None:
            return item
        found = table.get(fold(item.inline.title))
        if found is None:
            return item
        return replace(item, exercise=found, inline=None, written_as=item.inline.title,
                       seconds=item.seconds or item.inline.duration)

    return replace(workout, warmup=tuple(map(one, workout.warmup)),
                   items=tuple(map(one, workout.items)),
                   cooldown=tuple(map(one, workout.cooldown)))

"""Build a :class:`Workout` from one file's front matter.

A workout lists exercise ids, each with optional overrides. Whether those ids
and modification names exist is a question about the whole library, answered
later by :mod:`app.content.crosscheck`; here only each file's own shape is checked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.content.exercises import MAX_SECONDS
from app.content.fields import Fields, describe
from app.content.markdown_sections import split_sections
from app.content.model import Difficulty, Workout, WorkoutItem
from app.i18n.message import N_

KNOWN = frozenset(
    ["title", "description", "difficulty", "items", "rest", "warmup", "cooldown", "author", "date", "lastmod", "translationKey", "keywords", "exercises"]
)
_ITEM_KEYS = frozenset({"exercise", "sets", "reps", "seconds", "rest", "modification"})


def build_workout(f: Fields, data: dict[str, Any], body: str, *, id: str,
                  root: Path | None, lang: str | None = None) -> Workout | None:
    """Check every field of ``data``; the workout, or None when an error was found."""
    g = data.get
    title = f.text(g("title"), "title", required=True)
    difficulty = f.choice(g("difficulty"), "difficulty", Difficulty, required=True)
    field = "items" if g("items") is not None or g("exercises") is None else "exercises"
    items = _items(f, g(field), field, required=True, owner=id, root=root)
    rest = f.number(g("rest"), "rest", high=3600, allow_low=True)
    values: dict[str, Any] = {
        "description": f.text(g("description"), "description") or "",
        "warmup": _items(f, g("warmup"), "warmup", required=False, owner=id, root=root),
        "cooldown": _items(f, g("cooldown"), "cooldown", required=False, owner=id, root=root),
        "author": f.text(g("author"), "author"),
    }
    for name in ("date", "lastmod"):
        f.date(g(name), name)
    f.texts(g("keywords"), "keywords")
    key = f.text(g("translationKey"), "translationKey")
    extra = f.extras(data, KNOWN)
    if f.failed or title is None or difficulty is None or not items:
        return None
    intro, sections = split_sections(body)
    return Workout(id=id, path=f.path, title=title, difficulty=difficulty, items=items,
                   rest_between=20.0 if rest is None else rest, intro=intro,
                   sections=sections, root=root, extra=extra, translation_key=key, lang=lang,
                   **values)


def _items(f: Fields, value: Any, field: str, *, required: bool, owner: str = "",
           root: Path | None = None) -> tuple[WorkoutItem, ...]:
    """A list of items, each an exercise id or a group {exercise, sets, reps, ...}."""
    if value is None or value == []:
        if required:
            f.error(field, N_("must list at least one exercise id"))
        return ()
    if not isinstance(value, list):
        f.error(field, N_("must be a list of exercise ids, not {value}", value=describe(value)))
        return ()
    found = []
    for i, entry in enumerate(value):
        where = f"{field}[{i}]"
        if isinstance(entry, str):
            ident = f.ident(entry, where)
            if ident:
                found.append(WorkoutItem(ident))
            continue
        if not isinstance(entry, dict):
            f.error(where, N_("must be an exercise id or a group with exercise: ..., not {value}",
                              value=describe(entry)))
            continue
        if f.mapping(entry, where) is None:
            continue
        if "exercise" not in entry and "name" in entry:
            inline = _inline(f, entry, where, owner, i, root)
            if inline is not None:
                found.append(inline)
            continue
        ident = f.ident(entry.get("exercise"), f"{where}.exercise")
        f.extras(entry, _ITEM_KEYS, f"{where}.")
        item = WorkoutItem(
            exercise=ident or "",
            sets=f.integer(entry.get("sets"), f"{where}.sets", high=100),
            reps=f.integer(entry.get("reps"), f"{where}.reps", high=1000),
            seconds=f.number(entry.get("seconds"), f"{where}.seconds", high=MAX_SECONDS),
            rest=f.number(entry.get("rest"), f"{where}.rest", high=3600, allow_low=True),
            modification=f.text(entry.get("modification"), f"{where}.modification"),
        )
        if ident:
            found.append(item)
    return tuple(found)


_INLINE_KEYS = frozenset({"name", "seconds", "steps", "reps", "sets", "rest", "sides",
                          "description"})


def _inline(f: Fields, entry: dict[str, Any], where: str, owner: str, index: int,
            root: Path | None) -> WorkoutItem | None:
    """An exercise written in the workout: ``name``, ``seconds``, ``steps`` (and reps, sides...)."""
    from dataclasses import replace

    from app.content.exercises import read_steps
    from app.content.inline import inline_exercise
    from app.content.model import Sides

    name = f.text(entry.get("name"), f"{where}.name", required=True)
    seconds = f.number(entry.get("seconds"), f"{where}.seconds", high=MAX_SECONDS, required=True)
    steps = read_steps(f, entry.get("steps"), f"{where}.steps", required=False)
    reps = f.integer(entry.get("reps"), f"{where}.reps", high=1000)
    sides = f.choice(entry.get("sides"), f"{where}.sides", Sides) or Sides.NONE
    f.extras(entry, _INLINE_KEYS, f"{where}.")
    if name is None or seconds is None:
        return None
    exercise = inline_exercise(owner, index, name, seconds, steps or (), path=f.path, root=root,
                               difficulty=Difficulty.BEGINNER,
                               description=f.text(entry.get("description"),
                                                  f"{where}.description") or "")
    exercise = replace(exercise, reps=reps, sides=sides)
    return WorkoutItem(exercise.id, sets=f.integer(entry.get("sets"), f"{where}.sets", high=100),
                       rest=f.number(entry.get("rest"), f"{where}.rest", high=3600,
                                     allow_low=True), inline=exercise)

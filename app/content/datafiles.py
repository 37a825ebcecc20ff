"""Workouts kept as records in a site's data files (``data/*.json|yaml|toml``).

A record has an ``id``, a ``title``, per-language variants (``title_es``,
``description_es``, an exercise's ``name_es`` and ``instructions_es``) and its
exercises inline (see :mod:`app.content.inline`). The records may be a list at
the top of the file, a list under any key (``{"workouts": [...]}``), or a
mapping of id to record. A workout page names its record with ``workout_id``;
a record no page names is a workout of its own. Each language the record has
variants for becomes a translation of the workout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.content.fields import Fields
from app.content.inline import inline_exercise, part_of
from app.content.model import ContentError, Difficulty, Step, Workout, WorkoutItem
from app.content.names import clean_id
from app.i18n.message import N_

MAX_RECORDS = 5000
_VARIANT = re.compile(r"^(?:title|name|description|instructions)_([a-z]{2}(?:[-_][a-z]{2,4})?)$")


@dataclass(frozen=True)
class Record:
    """One workout record and where it is (for messages)."""

    path: Path
    where: str  # e.g. workouts[3]
    data: dict[str, Any]

    @property
    def ident(self) -> str:
        return clean_id(str(self.data.get("id") or self.data.get("slug") or self.data.get("title")
                            or ""))


def read_records(paths: tuple[Path, ...]) -> tuple[dict[str, Record], list[ContentError]]:
    """Every workout record of the data files, by id; problems for files that cannot be read."""
    from app.content.site import read_data_file

    found: dict[str, Record] = {}
    problems: list[ContentError] = []
    for path in paths:
        try:
            data = read_data_file(path)
        except (OSError, ValueError) as exc:
            problems.append(ContentError(path, "", N_("the data file cannot be read: {error}",
                                                      error=str(exc))))
            continue
        for where, record in _records(data, ""):
            rec = Record(path, where, record)
            if not rec.ident:
                problems.append(ContentError(path, f"{where}.id",
                                             N_("a workout record needs an id")))
            elif rec.ident in found:
                first = found[rec.ident]
                problems.append(ContentError(path, f"{where}.id", N_(
                    "the workout id \"{id}\" is also used by {path} ({where})", id=rec.ident,
                    path=first.path, where=first.where)))
            elif len(found) < MAX_RECORDS:
                found[rec.ident] = rec
    return found, problems


def _records(data: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    """The records in a file's data: anything with a list of exercise groups, one level down."""
    if isinstance(data, dict) and isinstance(data.get("exercises"), list):
        return [(where or "record", data)]
    out: list[tuple[str, dict[str, Any]]] = []
    if isinstance(data, list):
        for i, item in enumerate(data[:MAX_RECORDS]):
            if isinstance(item, dict) and isinstance(item.get("exercises"), list):
                out.append((f"{where}[{i}]", item))
    elif isinstance(data, dict) and not where:
        for key, value in list(data.items())[:MAX_RECORDS]:
            if isinstance(value, dict) and isinstance(value.get("exercises"), list):
                out.append((str(key), {"id": key, **value}))
            elif isinstance(value, list):
                out += _records(value, str(key))
    return out


def languages(record: Record) -> set[str]:
    """The languages the record has variants for (``title_es`` -> es)."""
    langs = {m.group(1) for k in record.data if (m := _VARIANT.match(str(k)))}
    for ex in record.data.get("exercises") or []:
        if isinstance(ex, dict):
            langs |= {m.group(1) for k in ex if (m := _VARIANT.match(str(k)))}
    return {lang.replace("_", "-") for lang in langs}


def build_record(record: Record, ident: str, lang: str | None, *, root: Path | None,
                 page: dict[str, Any] | None = None, page_path: Path | None = None,
                 body_intro: str = "", strict: bool = False
                 ) -> tuple[Workout | None, list[ContentError]]:
    """The workout of a record in ``lang`` (None: the original), with a page's own fields."""
    path = page_path or record.path
    f = Fields(record.path, "", strict)
    data, page = record.data, page or {}

    def pick(obj: dict[str, Any], key: str) -> Any:
        if lang and obj.get(f"{key}_{lang}") is not None:
            return obj[f"{key}_{lang}"]
        return obj.get(key)

    title = (f.text(page.get("title"), "title") if page.get("title") else None) or \
        f.text(pick(data, "title"), f"{record.where}.title", required=True)
    description = (f.text(page.get("description"), "description") if page.get("description")
                   else None) or f.text(pick(data, "description"), f"{record.where}.description")
    difficulty = f.choice(page.get("difficulty") or data.get("difficulty"),
                          f"{record.where}.difficulty", Difficulty) or Difficulty.BEGINNER
    parts: dict[str, list[WorkoutItem]] = {"warmup": [], "items": [], "cooldown": []}
    exercises = data.get("exercises") or []
    for i, ex in enumerate(exercises):
        where = f"{record.where}.exercises[{i}]"
        if not isinstance(ex, dict):
            f.error(where, N_("must be a group with name, type, duration and instructions"))
            continue
        name = f.text(pick(ex, "name"), f"{where}.name", required=True)
        seconds = f.number(ex.get("duration") if ex.get("duration") is not None
                           else ex.get("seconds"), f"{where}.duration", high=3 * 3600,
                           required=True)
        steps = _instructions(f, pick(ex, "instructions"), f"{where}.instructions")
        reps = pick(ex, "reps")
        reps = reps if isinstance(reps, str) else str(reps) if isinstance(reps, int) else ""
        kind = v if isinstance(v := ex.get("type"), str) else ""
        if name is None or seconds is None:
            continue
        inline = inline_exercise(ident, i, name, seconds, steps, path=record.path, root=root,
                                 difficulty=difficulty, reps=reps,
                                 key=str(ex.get("name") or name))  # one id in every language
        parts[part_of(kind)].append(WorkoutItem(inline.id, inline=inline))
    if not any(parts.values()):
        f.error(f"{record.where}.exercises", N_("must list at least one exercise"))
    rest = f.number(data.get("rest"), f"{record.where}.rest", high=3600, allow_low=True)
    if f.failed or title is None:
        return None, f.problems
    return Workout(id=ident, path=path, title=title, description=description or "",
                   difficulty=difficulty, items=tuple(parts["items"] or parts["warmup"][-1:]),
                   warmup=tuple(parts["warmup"]) if parts["items"] else tuple(parts["warmup"][:-1]),
                   cooldown=tuple(parts["cooldown"]), rest_between=15.0 if rest is None else rest,
                   intro=body_intro, root=root), f.problems


def _instructions(f: Fields, value: Any, where: str) -> tuple[Step, ...]:
    if isinstance(value, str):
        value = [line for line in re.split(r"\n+|(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡])", value) if line]
    return tuple(Step(t) for t in f.texts(value, where))

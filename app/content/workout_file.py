"""Write a workout the user built as a content file (Markdown with YAML front matter).

The file goes into the user's content root, ``<data-dir>/content/workouts``,
where the loader reads it like any bundled workout. It is written to a
temporary file and renamed, so a crash never leaves half a workout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from app.files import write_atomic


@dataclass(frozen=True)
class BuiltItem:
    """One exercise of a workout being built; 0 means "the exercise's own value"."""

    exercise: str
    sets: int = 0
    reps: int = 0
    seconds: int = 0
    rest: int = 0


def slug(title: str) -> str:
    """A file stem from a title: ``"My Morning!"`` -> ``my-morning``."""
    stem = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")
    return stem[:60] or "workout"


def workout_text(title: str, description: str, difficulty: str, rest_between: int,
                 items: list[BuiltItem]) -> str:
    """The file's text: front matter with the items, and the description as body."""
    entries = []
    for item in items:
        entry: dict[str, object] = {"exercise": item.exercise}
        for key in ("sets", "reps", "seconds", "rest"):
            value = getattr(item, key)
            if value:
                entry[key] = value
        entries.append(entry)
    front = {
        "title": title,
        "description": description or title,
        "difficulty": difficulty,
        "rest": rest_between,  # between exercises (the format's name for it)
        "items": entries,
    }
    dumped = yaml.safe_dump(front, sort_keys=False, allow_unicode=True)
    return f"---\n{dumped}---\n\n{description.strip()}\n"


def save_workout(folder: Path, title: str, text: str) -> Path:
    """Write ``text`` as a new workout file in ``folder``; never overwrites another file."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = slug(title)
    path = folder / f"{stem}.md"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}.md"
        n += 1
    write_atomic(path, text)
    return path

"""Write a workout the user built as a content file (Markdown with YAML front matter).

The file goes into the user's content root, ``<data-dir>/content/workouts``,
where the loader reads it like any bundled workout. It is written to a
temporary file and renamed, so a crash never leaves half a workout. Editing a
workout writes its file again in the same way, keeping what the builder does
not edit: every other field of the front matter (``translationKey``, tags, a
trainer's own fields), each kept item's own fields (a trainer's ``notes:``),
the exercises written in the file itself (exactly as written), and the body's
sections after the description. Deleting removes the file.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from dataclasses import dataclass
from pathlib import Path

import yaml

from app.files import write_atomic

PARTS = ("warmup", "main", "cooldown")  # the order a workout is done in
# the fields the builder writes; an edit keeps every other field of the file
EDITED = ("title", "description", "difficulty", "rest", "warmup", "items", "cooldown")
# the fields of one item the builder writes; a kept item keeps its others
ITEM_EDITED = ("exercise", "sets", "reps", "seconds", "rest", "modification")
_LISTS = ("warmup", "items", "exercises", "cooldown")  # the fields that list items, in order
_NUMBERS = ("sets", "reps", "seconds", "rest")  # shown as whole numbers, 0 for "not set"
_HEADING = re.compile(r"^#{1,6}[ \t]", re.MULTILINE)


@dataclass(frozen=True)
class BuiltItem:
    """One exercise of a workout being built; 0 means "the exercise's own value".

    ``part`` is ``warmup``, ``main`` or ``cooldown``; ``modification`` ("" for the
    exercise's standard form) is kept from a file being edited. ``inline`` is the
    name of an exercise written in the file itself (its ``exercise`` is then that
    exercise's id, or the library exercise of that title which it plays as): the
    builder moves or removes it but never changes it, and an edit writes it back
    as it was in the file.
    """

    exercise: str
    sets: int = 0
    reps: int = 0
    seconds: int = 0
    rest: int = 0
    part: str = "main"
    modification: str = ""
    inline: str = ""


def built_items(workout: object) -> list[BuiltItem]:
    """A loaded ``Workout``'s items as the builder edits them, warm-up first."""
    out = []
    for part, attr in zip(PARTS, ("warmup", "items", "cooldown")):
        for item in getattr(workout, attr):
            own = item.inline
            seconds = item.seconds or (own.duration if own is not None else 0)
            reps = item.reps or (own.reps if own is not None else 0)
            written = own.title if own is not None else (item.written_as or "")
            out.append(BuiltItem(item.exercise, item.sets or 0, reps or 0,
                                 round(seconds), round(item.rest or 0), part,
                                 item.modification or "", written))
    return out


def slug(title: str) -> str:
    """A file stem from a title: ``"My Morning!"`` -> ``my-morning``."""
    stem = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")
    return stem[:60] or "workout"


def workout_text(title: str, description: str, difficulty: str, rest_between: int,
                 items: list[BuiltItem]) -> str:
    """The file's text: front matter with the items, and the description as body."""
    parts: dict[str, list[dict[str, object]]] = {part: [] for part in PARTS}
    for item in items:
        # an exercise written in the file: its name (an edit puts back all it had)
        entry: dict[str, object] = ({"name": item.inline} if item.inline
                                    else {"exercise": item.exercise})
        for key in ITEM_EDITED[1:]:
            value = getattr(item, key)
            if value:
                entry[key] = value
        parts[item.part if item.part in parts else "main"].append(entry)
    front: dict[str, object] = {
        "title": title,
        "description": description or title,
        "difficulty": difficulty,
        "rest": rest_between,  # between exercises (the format's name for it)
    }
    if parts["warmup"]:
        front["warmup"] = parts["warmup"]
    front["items"] = parts["main"]
    if parts["cooldown"]:
        front["cooldown"] = parts["cooldown"]
    dumped = yaml.safe_dump(front, sort_keys=False, allow_unicode=True)
    return f"---\n{dumped}---\n\n{description.strip()}\n"


def save_workout(folder: Path, title: str, text: str, replace: Path | None = None) -> Path:
    """Write ``text`` as a new workout file in ``folder``, or over ``replace`` (an edit).

    A new file never overwrites another one; an edit keeps its file (and so its id).
    """
    folder.mkdir(parents=True, exist_ok=True)
    if replace is not None:
        path = replace
        try:
            text = kept_on_edit(text, path.read_text(encoding="utf-8"), path)
        except (OSError, UnicodeDecodeError):
            pass  # the file is gone or unreadable: nothing of it to keep
    else:
        stem = slug(title)
        path = folder / f"{stem}.md"
        n = 2
        while path.exists():
            path = folder / f"{stem}-{n}.md"
            n += 1
    write_atomic(path, text)
    return path


def delete_workout(path: Path, folder: Path) -> None:
    """Remove the user's workout file ``path``; refuses any file outside ``folder``."""
    if folder.resolve() not in path.resolve().parents:
        raise ValueError(f"{path} is not one of your workouts")
    path.unlink()


def kept_on_edit(new_text: str, old_text: str, path: Path) -> str:
    """``new_text`` (the builder's) with what it does not edit kept from ``old_text``.

    Fields other than ``EDITED`` keep their value and place; an edited field the
    builder left out (an emptied warm-up) goes. Each item keeps its own fields
    (see :func:`_kept_items`). The body's first headed section and all after it
    are kept under the new description (under the old text before them when the
    builder gave none). A file that cannot be read as a page gives ``new_text``
    as it is.
    """
    from app.content.loader import load_page

    old, old_body, _front, _problems = load_page(old_text, path)
    new, new_body, _front, _problems = load_page(new_text, path)
    if old is None or new is None:
        return new_text
    edited: tuple[str, ...] = EDITED
    if "items" not in old and "exercises" in old:  # the file's own name for the main part
        new = {("exercises" if key == "items" else key): value for key, value in new.items()}
        edited = (*EDITED, "exercises")
    merged = _merged(old, new, edited)
    merged.update(_kept_items(old, merged))
    heading = _HEADING.search(old_body)
    sections = old_body[heading.start():].strip() if heading else ""
    intro = new_body.strip() or (old_body[:heading.start()] if heading else old_body).strip()
    body = "\n\n".join(part for part in (intro, sections) if part)
    dumped = yaml.safe_dump(merged, sort_keys=False, allow_unicode=True)
    return f"---\n{dumped}---\n\n{body}\n"


def _merged(old: dict[str, object], new: dict[str, object], edited: tuple[str, ...]
            ) -> dict[str, object]:
    """``new``'s ``edited`` keys and ``old``'s others, in ``old``'s order, then ``new``'s.

    A number the builder showed rounded (7.5 as 8, an explicit 0 as "default")
    and left as it was keeps its exact value.
    """
    new = {**new, **{key: value for key, value in old.items() if key in _NUMBERS
                     and _same_number(value, new.get(key, 0))}}
    merged = {key: new[key] if key in edited else value for key, value in old.items()
              if key not in edited or key in new}
    for key, value in new.items():
        merged.setdefault(key, value)
    return merged


def _same_number(old: object, shown: object) -> bool:
    return (isinstance(old, (int, float)) and not isinstance(old, bool)
            and isinstance(shown, int) and round(old) == shown)


def _entry_key(entry: object) -> tuple[str, str] | None:
    """What pairs an old item with the builder's: its exercise id, or an inline exercise's name."""
    if isinstance(entry, str):
        return ("exercise", entry)
    if isinstance(entry, dict):
        if "exercise" in entry:
            return ("exercise", str(entry["exercise"]))
        if "name" in entry:
            return ("name", str(entry["name"]).strip())
    return None


def _kept_items(old: dict[str, object], new: dict[str, object]) -> dict[str, list[object]]:
    """The builder's item lists of ``new``, each item completed from its old self.

    The n-th item of an exercise in the new lists is the n-th of that exercise
    in the old file (whatever part either is in), so reordering, moving and
    removing work. An exercise written in the file comes back exactly as it was;
    an item of a library exercise keeps its fields the builder does not write,
    and stays a bare id if it was one and nothing was set on it.
    """
    lists = [part for part in _LISTS if part in new]
    pool: dict[tuple[str, str], deque[object]] = defaultdict(deque)
    for part in _LISTS:
        entries = old.get(part)
        for entry in entries if isinstance(entries, list) else ():
            key = _entry_key(entry)
            if key is not None:
                pool[key].append(entry)
    out: dict[str, list[object]] = {}
    for part in lists:
        out[part] = []
        entries = new[part]
        for entry in entries if isinstance(entries, list) else ():
            key = _entry_key(entry)
            was = pool[key].popleft() if key is not None and pool[key] else None
            if was is None or not isinstance(entry, dict):
                out[part].append(entry)
            elif (key is not None and key[0] == "name") or entry == {"exercise": was}:
                out[part].append(was)
            else:
                out[part].append(_merged(was if isinstance(was, dict) else {}, entry, ITEM_EDITED))
    return out

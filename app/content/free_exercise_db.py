"""free-exercise-db's ``exercises.json`` as exercise files in Spotter's format.

free-exercise-db (https://github.com/yuhonas/free-exercise-db) is a public
domain (Unlicense) list of some 870 exercises: ``id``, ``name``, ``force``,
``level``, ``mechanic``, ``equipment``, ``primaryMuscles``,
``secondaryMuscles``, ``instructions``, ``category`` and ``images``. Each
record becomes ``<folder>/<id>.md``: one step per instruction, the muscles
from both lists, the equipment, the difficulty from the level (``expert`` is
advanced), the category, and the source and licence written in the file.
Images are not copied: where they come from is not clear. The duration is
not in the data: 15 s per instruction, from 30 s to 2 minutes.

Importing again rewrites only the files whose text changed and never makes a
second file for a record, so it can be run any number of times.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.content.names import clean_id
from app.i18n.message import N_

SOURCE = {"name": "free-exercise-db", "url": "https://github.com/yuhonas/free-exercise-db"}
LICENSE = "The Unlicense (public domain), as free-exercise-db states"
FOLDER = "free-exercise-db"
MAX_BYTES = 64 * 1024 * 1024
_LEVELS = {"beginner": "beginner", "intermediate": "intermediate", "expert": "advanced",
           "advanced": "advanced"}


class ImportProblem(Exception):
    """The file given is not free-exercise-db's exercises.json (one line, for the user)."""


@dataclass
class ImportReport:
    """What an import did."""

    added: list[Path] = field(default_factory=list)
    updated: list[Path] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # "record 12: no instructions"

    def summary(self) -> str:
        """One line for the terminal and the app."""
        counts = {"added": len(self.added), "updated": len(self.updated),
                  "unchanged": self.unchanged}
        if not self.skipped:
            return N_("{added} added, {updated} updated, {unchanged} unchanged", **counts)
        if len(self.skipped) == 1:
            return N_("{added} added, {updated} updated, {unchanged} unchanged, {skipped} "
                      "skipped ({first})", **counts, skipped=1, first=self.skipped[0])
        return N_("{added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped "
                  "({first} and {more} more)", **counts, skipped=len(self.skipped),
                  first=self.skipped[0], more=len(self.skipped) - 1)


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of an exercises.json; ImportProblem if it is not one."""
    try:
        if os.path.getsize(path) > MAX_BYTES:
            raise ImportProblem(N_("{path} is larger than {mib} MiB; exercises.json is about "
                                   "1 MiB", path=path, mib=MAX_BYTES // 2**20))
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as exc:
        raise ImportProblem(N_("cannot read {path}: {reason}", path=path,
                               reason=exc.strerror or str(exc))) from None
    except UnicodeDecodeError:
        raise ImportProblem(N_("{path} is not UTF-8 text", path=path)) from None
    except (ValueError, RecursionError) as exc:
        raise ImportProblem(N_("{path} is not JSON: {reason}", path=path,
                               reason=" ".join(str(exc).split())[:120])) from None
    if isinstance(data, dict) and isinstance(data.get("exercises"), list):
        data = data["exercises"]
    if not isinstance(data, list) or not any(isinstance(r, dict) and "instructions" in r
                                             for r in data):
        raise ImportProblem(N_("{path} is not free-exercise-db's exercises.json (a list of "
                               "exercises with name and instructions)", path=path))
    return data


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [" ".join(v.split()) for v in value if isinstance(v, str) and v.strip()]


def exercise_file(record: Any) -> tuple[str, str] | str:
    """(file id, file text) of one record, or why it cannot be imported."""
    import yaml

    if not isinstance(record, dict):
        return "not a group of fields"
    name = record.get("name")
    if not isinstance(name, str) or not name.strip():
        return "no name"
    steps = _texts(record.get("instructions"))
    if not steps:
        return f"{name}: no instructions"
    source_id = str(record.get("id") or name)
    ident = clean_id(source_id) or hashlib.sha1(source_id.encode()).hexdigest()[:10]
    muscles = list(dict.fromkeys(_texts(record.get("primaryMuscles"))
                                 + _texts(record.get("secondaryMuscles"))))
    level = v if isinstance(v := record.get("level"), str) else ""
    category = v if isinstance(v := record.get("category"), str) else None
    words = [w for w in (category, record.get("force"), record.get("mechanic"))
             if isinstance(w, str) and w]
    front: dict[str, Any] = {
        "title": " ".join(name.split()),
        "description": _description(level, category, muscles),
        "difficulty": _LEVELS.get(level.casefold(), "intermediate"),
        "duration": min(120, max(30, 15 * len(steps))),
        "muscles": muscles,
        "equipment": _texts(record.get("equipment")),
        "category": category,
        "keywords": list(dict.fromkeys(words)),
        "steps": steps,
        "source": {**SOURCE, "id": source_id},
        "license": LICENSE,
    }
    front = {k: v for k, v in front.items() if v not in (None, [], "")}
    dumped = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=100)
    body = (f"Imported from [free-exercise-db]({SOURCE['url']}) (record `{source_id}`), "
            f"{LICENSE}. Its images are not copied.\n")
    return ident, f"---\n{dumped}---\n\n{body}"


def _description(level: str, category: str | None, muscles: list[str]) -> str:
    what = f"A {level} {category or ''} exercise".replace("  ", " ").strip()
    if what.startswith("A ") and what[2:3] in "aeiou":
        what = "An " + what[2:]
    return f"{what} for the {', '.join(muscles[:3])}." if muscles else f"{what}."


def import_file(path: Path, content_root: Path,
                progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Import ``path`` into ``content_root/exercises/free-exercise-db``; call progress(done, total)."""
    records = read_records(path)
    folder = content_root / "exercises" / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    report = ImportReport()
    used: dict[str, str] = {}
    total = len(records)
    for n, record in enumerate(records):
        made = exercise_file(record)
        if isinstance(made, str):
            report.skipped.append(f"record {n + 1}: {made}")
        else:
            ident, text = made
            source_id = str(record.get("id") or record.get("name"))
            if used.get(ident, source_id) != source_id:  # two records clean to one id
                ident = f"{ident}-{hashlib.sha1(source_id.encode()).hexdigest()[:6]}"
            used[ident] = source_id
            _write(folder / f"{ident}.md", text, report)
        if progress is not None:
            progress(n + 1, total)
    return report


def _write(target: Path, text: str, report: ImportReport) -> None:
    try:
        if target.read_text(encoding="utf-8") == text:
            report.unchanged += 1
            return
        updated = True
    except FileNotFoundError:
        updated = False
    except (OSError, UnicodeDecodeError):
        updated = True
    from app.files import write_atomic

    write_atomic(target, text, durable=False)  # whole or not at all; a re-import repairs it
    (report.updated if updated else report.added).append(target)

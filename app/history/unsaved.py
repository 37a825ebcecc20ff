"""Finished sessions the history could not take, kept in a file until it can.

When the disk is full, the folder read-only or another Spotter holds the lock
past every retry, a session that ended (or was closed part-way) would
otherwise live only in memory and die with the process. It is written here
instead: one small JSON file per session, in the first of
``Paths.unsaved_dirs`` that takes it (atomically: a temporary file, fsync,
rename). The store writes every such file into the history at its next
chance (every start, and before every new session) and deletes it then.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.history.progress import ExerciseProgress, SessionProgress
from app.history.records import ModificationSwitch, Status

_SUFFIX = ".session.json"


def _when(value: _dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _parse(text: str | None) -> _dt.datetime | None:
    return _dt.datetime.fromisoformat(text) if text else None


def to_json(p: SessionProgress, session_id: int | None) -> dict[str, Any]:
    """Everything the history keeps of a session (nothing of its run in progress)."""
    return {
        "version": 1, "session_id": session_id, "kind": p.kind, "source_id": p.source_id,
        "title": p.title, "planned_seconds": p.planned_seconds, "speed": p.speed,
        "started_at": _when(p.started_at), "ended_at": _when(p.ended_at),
        "status": p.status.value, "active_seconds": p.active_seconds,
        "paused_seconds": p.paused_seconds, "resume_index": p.resume_index,
        "exercise_index": p.exercise_index, "furthest": p.furthest,
        "exercises": [{
            "position": e.position, "id": e.id, "title": e.title,
            "modification": e.modification, "level": e.level, "seconds": e.seconds,
            "sets_done": sorted(e.sets_done), "reps": e.reps, "completed": e.completed,
            "skipped": e.skipped, "pain": e.pain,
            "switches": [[s.t, s.at.isoformat(), s.name, s.level, s.reason]
                         for s in e.switches]} for e in p.exercises],
    }


def from_json(data: dict[str, Any]) -> tuple[SessionProgress, int | None]:
    """The progress and the session's row id (if it had one) kept by ``to_json``."""
    p = SessionProgress(
        kind=data["kind"], source_id=data["source_id"], title=data["title"],
        planned_seconds=float(data["planned_seconds"]), speed=float(data.get("speed", 1.0)),
        started_at=_parse(data["started_at"]), ended_at=_parse(data["ended_at"]),
        status=Status(data["status"]), active_base=float(data["active_seconds"]),
        paused_base=float(data["paused_seconds"]), resume_index=data["resume_index"],
        exercise_index=data["exercise_index"], furthest=int(data["furthest"]))
    for e in data["exercises"]:
        p.exercises.append(ExerciseProgress(
            e["position"], e["id"], e["title"], e["modification"], e["level"], e["seconds"],
            set(e["sets_done"]), e["reps"], e["completed"], e["skipped"], e["pain"],
            [ModificationSwitch(t, _parse(at) or _dt.datetime.now().astimezone(), name, level,
                                reason) for t, at, name, level, reason in e["switches"]]))
    return p, data.get("session_id")


def save(p: SessionProgress, session_id: int | None, folders: Sequence[Path]) -> Path | None:
    """Write the session into the first folder that takes it; None if none did."""
    stamp = (p.started_at or _dt.datetime.now().astimezone()).strftime("%Y%m%dT%H%M%S%f")
    text = json.dumps(to_json(p, session_id), ensure_ascii=False)
    for folder in folders:
        target = folder / f"session-{stamp}-{os.getpid()}{_SUFFIX}"
        temp = target.with_name(target.name + ".tmp")
        try:
            _private_folder(folder)
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, target)
        except OSError:
            with contextlib.suppress(OSError):
                temp.unlink()
            continue
        return target
    return None


def _private_folder(folder: Path) -> None:
    """Make ``folder`` (mode 0700); refuse one that is a link or not ours (a shared /tmp)."""
    for part in (folder.parent, folder):
        part.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = os.lstat(part)
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
            raise PermissionError(f"{part} is not a private folder of this user")


def waiting(folders: Sequence[Path]) -> list[Path]:
    """The sessions kept in ``folders``, oldest first."""
    found: list[Path] = []
    for folder in folders:
        with contextlib.suppress(OSError):
            found += folder.glob(f"*{_SUFFIX}")
    return sorted(found, key=lambda path: path.name)


def load(path: Path) -> tuple[SessionProgress, int | None] | None:
    """Read one kept session; None if the file is unreadable or not one of ours."""
    try:
        return from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None

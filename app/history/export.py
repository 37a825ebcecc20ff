"""Exporting the history as CSV (one row per session exercise) or JSON.

A file is written atomically: to a temporary file in the same folder, flushed
to disk, then renamed over the target, so a crash never leaves half an export
where a good one was. A symbolic link is written through (its target is
replaced, the link stays); a FIFO or a device is written to as it is, never
replaced by a file; a folder is refused. Temporary files left by a killed
export are deleted by the next export to the same folder.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import fcntl
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from app.history.records import SessionRecord

CSV_COLUMNS = (
    "session_id", "started_at", "ended_at", "status", "kind", "source_id", "session_title",
    "planned_seconds", "active_seconds", "paused_seconds", "rpe", "notes",
    "exercise_index", "exercise_id", "exercise_title", "modification", "level", "seconds",
    "sets", "reps", "completed", "skipped", "pain", "switches",
)


def csv_text(sessions: Iterable[SessionRecord]) -> str:
    """One CSV row per session exercise; a session without exercises gets one row of its own.

    ``switches`` lists every modification change as ``t:level:name`` joined by ``|``.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for s in sessions:
        head = [s.id, s.started_at.isoformat(), s.ended_at.isoformat() if s.ended_at else "",
                s.status.value, s.kind, s.source_id, s.title, round(s.planned_seconds, 1),
                round(s.active_seconds, 1), round(s.paused_seconds, 1),
                "" if s.rpe is None else s.rpe, s.notes or ""]
        if not s.exercises:
            writer.writerow(head + [""] * (len(CSV_COLUMNS) - len(head)))
        for e in s.exercises:
            switches = "|".join(f"{w.t:.1f}:{w.level}:{w.name or ''}" for w in e.switches)
            writer.writerow(head + [e.position, e.id, e.title, e.modification or "", e.level,
                                    round(e.seconds, 1), e.sets, e.reps, int(e.completed),
                                    int(e.skipped), e.pain, switches])
    return out.getvalue()


def json_text(sessions: Iterable[SessionRecord]) -> str:
    """``{"sessions": [...]}`` with every field of every session, oldest first."""
    return json.dumps({"sessions": [s.to_json() for s in sessions]}, ensure_ascii=False,
                      separators=(",", ":")) + "\n"


class NotAFile(OSError):
    """The target is neither a regular file nor something to write through (a folder...)."""


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` (see the module rules); ``NotAFile`` for a folder or socket."""
    path = Path(os.path.realpath(path.expanduser()))  # through symbolic links
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = stat.S_IFREG
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        return
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        raise NotAFile(0, f"it is {kind}")
    folder = path.parent
    clean_temporaries(folder, path.name)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    fcntl.flock(fd, fcntl.LOCK_EX)  # tells a later clean-up this file is still being written
    try:
        umask = os.umask(0o022)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes 0600; an export is an ordinary file
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def clean_temporaries(folder: Path, name: str) -> int:
    """Delete the temporary files of exports to ``folder/name`` whose writer died.

    A writer holds an exclusive ``flock`` on its temporary file until it is
    renamed; one that can be locked here belongs to a killed export.
    """
    removed = 0
    for temp in folder.glob(f".{glob_escape(name)}.*.tmp"):
        try:
            fd = os.open(temp, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            temp.unlink()
            removed += 1
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def glob_escape(text: str) -> str:
    """``text`` with the characters glob treats specially made literal."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)

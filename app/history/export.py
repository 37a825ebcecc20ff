"""Exporting the history as CSV (one row per session exercise) or JSON.

A file is written by ``app.files.write_atomic``: atomically, through a
symbolic link, as it is to a FIFO or device, never over a folder; temporary
files of a killed export are deleted by the next one.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

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


"""Reading sessions back from SQL rows into records."""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from app.history.records import ExerciseRecord, ModificationSwitch, SessionRecord, Status

_SESSION_COLUMNS = ("id, started_at, ended_at, status, kind, source_id, title, planned_seconds, "
                    "active_seconds, paused_seconds, rpe, notes, resume_index, exercise_index, speed")


def _when(text: str | None) -> _dt.datetime | None:
    if not text:
        return None
    value = _dt.datetime.fromisoformat(text)
    return value if value.tzinfo else value.astimezone()


def _exercises(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, list[ExerciseRecord]]:
    """The exercises (with their switches) of the given sessions, in plan order."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    switches: dict[tuple[int, int], list[ModificationSwitch]] = defaultdict(list)
    for sid, pos, t, at, name, level, reason in conn.execute(
            f"SELECT session_id, position, t, at, name, level, reason FROM modification_switches "
            f"WHERE session_id IN ({marks}) ORDER BY session_id, position, seq", ids):
        switches[sid, pos].append(ModificationSwitch(t, _when(at) or _dt.datetime.now(), name,
                                                     level, reason))
    result: dict[int, list[ExerciseRecord]] = defaultdict(list)
    for row in conn.execute(
            f"SELECT session_id, position, exercise_id, title, modification, level, seconds, "
            f"sets, reps, completed, skipped, pain FROM session_exercises "
            f"WHERE session_id IN ({marks}) ORDER BY session_id, position", ids):
        sid, pos = row[0], row[1]
        result[sid].append(ExerciseRecord(
            position=pos, id=row[2], title=row[3], modification=row[4], level=row[5],
            seconds=row[6], sets=row[7], reps=row[8], completed=bool(row[9]),
            skipped=bool(row[10]), pain=row[11], switches=tuple(switches.get((sid, pos), ()))))
    return result


def _record(row: Sequence[Any], exercises: list[ExerciseRecord],
            live: Callable[[int], bool]) -> SessionRecord:
    status = Status(row[3])
    if status is Status.RUNNING and not live(row[0]):
        status = Status.INTERRUPTED  # killed; the next writable open marks it so on disk
    return SessionRecord(
        id=row[0], started_at=_when(row[1]) or _dt.datetime.now().astimezone(),
        ended_at=_when(row[2]), status=status, kind=row[4], source_id=row[5], title=row[6],
        planned_seconds=row[7], active_seconds=row[8], paused_seconds=row[9], rpe=row[10],
        notes=row[11], resume_index=row[12], exercises=tuple(exercises),
        exercise_index=row[13], speed=row[14])


def sessions(conn: sqlite3.Connection, live: Callable[[int], bool], *, limit: int | None,
             offset: int = 0, since: _dt.date | None = None, until: _dt.date | None = None,
             ids: Sequence[int] | None = None) -> list[SessionRecord]:
    """Sessions, newest first, optionally only those whose local day is in [since, until]."""
    where, args = [], []  # type: list[str], list[Any]
    if since is not None:
        where.append("day >= ?")
        args.append(since.isoformat())
    if until is not None:
        where.append("day <= ?")
        args.append(until.isoformat())
    if ids is not None:
        where.append(f"id IN ({','.join('?' * len(ids))})")
        args.extend(ids)
    sql = f"SELECT {_SESSION_COLUMNS} FROM sessions"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY started_at DESC, id DESC"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    rows = conn.execute(sql, args).fetchall()
    exercises = _exercises(conn, [r[0] for r in rows])
    return [_record(r, exercises.get(r[0], []), live) for r in rows]


def iter_all(conn: sqlite3.Connection, live: Callable[[int], bool],
             chunk: int = 500) -> list[SessionRecord]:
    """Every session, oldest first (for export), read in chunks to keep the SQL small."""
    ids = [r[0] for r in conn.execute("SELECT id FROM sessions ORDER BY started_at, id")]
    out: list[SessionRecord] = []
    for start in range(0, len(ids), chunk):
        part = sessions(conn, live, limit=None, ids=ids[start:start + chunk])
        out.extend(sorted(part, key=lambda s: (s.started_at, s.id)))
    return out

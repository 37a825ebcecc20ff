"""Writes a running session to the history as it happens.

Feed it every engine event (``handle``). It commits at the start, at every
finished segment, modification change, "this hurts" and at the end, so a
kill -9 loses at most the segment in progress. Each write stores the whole
progress in one short ``BEGIN IMMEDIATE`` transaction; the writes are
idempotent, so when the disk refuses one, the progress simply stays in
memory (``pending``) and the next event, or ``flush()``, writes it all. What
is still unwritten when the recorder closes is kept in a file
(``app/history/unsaved.py``, ``kept_at`` says where) until the history takes
it; if not even that file can be written, the store keeps the recorder and
tries again at every chance.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.history import unsaved
from app.history.locks import SessionLock
from app.history.progress import SessionProgress
from app.history.records import Status
from app.i18n.message import N_
from app.session.events import EventType, SessionEvent

if TYPE_CHECKING:
    from app.history.db import Database


def _iso(value: _dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


class SessionRecorder:
    """Records one session (new, or resumed from an interrupted one) into the store."""

    def __init__(self, db: Database, locks_dir: Path, now: Callable[[], _dt.datetime],
                 progress: SessionProgress | None = None, session_id: int | None = None,
                 lock: SessionLock | None = None, *,
                 keep_in: Sequence[Path] = ()) -> None:
        self._db = db
        self._keep_in = tuple(keep_in)
        self.kept_at: Path | None = None  # the file holding the session the history refused
        self._locks_dir = locks_dir
        self._now = now
        self.progress = progress or SessionProgress()
        self._id = session_id
        self._lock = lock
        self._due = False
        self._ended = False
        self._closed = False
        self._written_resume: int | None = None  # the resume point as last committed

    @property
    def session_id(self) -> int | None:
        """The session's row id, once it has been written at least once."""
        return self._id

    @property
    def pending(self) -> bool:
        """Whether progress that should be on disk is still only in memory."""
        return self._due

    @property
    def closed(self) -> bool:
        """Whether ``close`` was called (the session is over for this recorder)."""
        return self._closed

    @property
    def lost(self) -> bool:
        """Closed with the session in memory only: neither the history nor a file took it."""
        return self._due and self._closed

    def handle(self, event: SessionEvent, *, flush: bool = True) -> None:
        """Apply one engine event; commit when it is a commit point. Never raises on disk faults.

        With ``flush=False`` the event is only applied (a writer catching up on
        several queued events commits once, after the last).
        """
        if self.progress.apply(event, self._now()):
            self._due = True
        if event.type is EventType.SEGMENT and self._id is not None:
            # a jump (skip, back, resume) moves the resume point: keep it exact on disk
            self._due = self._due or self.progress.resume_index != self._written_resume
        if event.type is EventType.SESSION_END:
            self._ended = True
        if self._due and flush:
            self.flush()

    def flush(self) -> bool:
        """Try to write everything pending now; True when nothing is left in memory."""
        if not self._due:
            return True
        ok, written_id = self._db.write(self._write)
        if not ok and self._id is None and self._lock is not None:
            self._lock.release()  # the row it guarded was rolled back
            self._lock = None
        if ok:
            self._id = written_id
            self._due = False
            self._forget_kept()
            self._written_resume = self.progress.resume_index
            if self._ended:
                if self._lock is not None:
                    self._lock.release()
                self._db.backup()
        return ok

    def _write(self, conn: sqlite3.Connection) -> int:
        p = self.progress
        now = self._now()
        started = p.started_at or now
        row = {
            "started_at": _iso(started), "day": started.date().isoformat(),
            "ended_at": _iso(p.ended_at), "status": p.status.value, "kind": p.kind,
            "source_id": p.source_id, "title": p.title, "planned": p.planned_seconds,
            "active": p.active_seconds, "paused": p.paused_seconds, "updated_at": _iso(now),
            "resume_index": p.resume_index, "exercise_index": p.exercise_index, "speed": p.speed,
        }
        columns = ("started_at, day, ended_at, status, kind, source_id, title, planned_seconds, "
                   "active_seconds, paused_seconds, updated_at, resume_index, exercise_index, "
                   "speed")
        values = (":started_at, :day, :ended_at, :status, :kind, :source_id, :title, :planned, "
                  ":active, :paused, :updated_at, :resume_index, :exercise_index, :speed")
        sid = self._id
        if sid is not None and conn.execute(
                "SELECT started_at FROM sessions WHERE id = ?", (sid,)).fetchone() != (
                row["started_at"],):
            # the file was replaced by a backup without this session: its id may belong to
            # another session there, so this one gets a new row
            sid = None
            if self._lock is not None:
                self._lock.release()
                self._lock = None
        if sid is None:  # kept local until COMMIT: a rolled-back id may go to another Spotter
            cursor = conn.execute(f"INSERT INTO sessions ({columns}) VALUES ({values})", row)
            sid = int(cursor.lastrowid or 0)
        else:
            updates = ", ".join(f"{c} = excluded.{c}" for c in columns.split(", "))
            conn.execute(f"INSERT INTO sessions (id, {columns}) VALUES (:id, {values}) "
                         f"ON CONFLICT(id) DO UPDATE SET {updates}, offer_resume = 1",
                         {"id": sid, **row})
        if p.status is Status.RUNNING and self._lock is None:
            # taken before COMMIT, so no other Spotter ever sees this row running unlocked
            self._lock = SessionLock(self._locks_dir, sid)
            self._lock.acquire()
        conn.executemany(
            "INSERT INTO session_exercises (session_id, position, exercise_id, title, "
            "modification, level, seconds, sets, reps, completed, skipped, pain) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(session_id, position) DO "
            "UPDATE SET exercise_id = excluded.exercise_id, title = excluded.title, "
            "modification = excluded.modification, level = excluded.level, "
            "seconds = excluded.seconds, sets = excluded.sets, reps = excluded.reps, "
            "completed = excluded.completed, skipped = excluded.skipped, pain = excluded.pain",
            [(sid, e.position, e.id, e.title, e.modification, e.level, e.seconds,
              len(e.sets_done), e.reps, int(e.completed), int(e.skipped), e.pain)
             for e in p.exercises])
        conn.execute("DELETE FROM modification_switches WHERE session_id = ?", (sid,))
        conn.executemany(
            "INSERT INTO modification_switches (session_id, position, seq, t, at, name, level, "
            "reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(sid, e.position, seq, s.t, s.at.isoformat(timespec="seconds"), s.name,
              s.level, s.reason) for e in p.exercises for seq, s in enumerate(e.switches)])
        return sid

    def close(self) -> None:
        """Mark an unfinished session interrupted, try a last write, let go of its lock.

        Closing the app in the middle of a session leaves it ``interrupted``,
        so it is offered for resuming next time, as after a crash. What the
        history refuses now is kept in a file (``kept_at``). Calling it again
        retries.
        """
        if not self._closed and not self._ended and self.progress.started_at is not None:
            self.progress.status = Status.INTERRUPTED
            self.progress.ended_at = self._now()
            self._due = True
        self._closed = True
        if not self.flush():
            self._keep()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _keep(self) -> None:
        """Put the session the history refused into a file, where the next start finds it."""
        if self.kept_at is not None or self.progress.started_at is None:
            return
        self.kept_at = unsaved.save(self.progress, self._id, self._keep_in)
        if self.kept_at is not None:
            self._due = False  # the file holds it now
            self._db.notice(N_("This session could not be written to the history: it is kept "
                               "in {path} and goes into the history at the next start.",
                               path=self.kept_at))
        else:
            self._db.notice(N_("This session could not be written to the history nor to a "
                               "file: it is kept in memory while Spotter runs and saved as "
                               "soon as possible."))

    def _forget_kept(self) -> None:
        if self.kept_at is not None:
            try:
                self.kept_at.unlink(missing_ok=True)
            except OSError:
                return
            self.kept_at = None

    @classmethod
    def kept(cls, db: Database, locks_dir: Path, now: Callable[[], _dt.datetime],
             progress: SessionProgress, session_id: int | None) -> SessionRecorder:
        """A closed recorder for a session read back from a file of ``unsaved``, due to write."""
        rec = cls(db, locks_dir, now, progress, session_id)
        rec._due = rec._ended = rec._closed = True
        return rec

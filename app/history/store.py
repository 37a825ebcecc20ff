"""The history of sessions: one SQLite file in the data folder.

``HistoryStore.open`` never raises for a damaged, read-only or newer file: it
recovers or degrades and says so in ``notices`` (one sentence each). Several
Spotters may use the same file at once: every write is one short
``BEGIN IMMEDIATE`` transaction, waiting for the others up to a busy timeout.
Sessions that a full disk, a read-only folder or a held lock kept out of the
file wait in ``Paths.unsaved_dirs`` and are written at every open and before
every new session.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import fcntl
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from app.files import write_atomic
from app.history import export, locks, queries, stats, unsaved
from app.history.db import Database
from app.history.locks import SessionLock
from app.history.progress import SessionProgress
from app.history.recorder import SessionRecorder
from app.history.records import InterruptedSession, SessionRecord, Stats, Status
from app.i18n.message import N_
from app.paths import Paths

RESUME_WITHIN = _dt.timedelta(hours=12)


def _local_now() -> _dt.datetime:
    return _dt.datetime.now().astimezone()


class HistoryStore:
    """Sessions past and present: recording, resuming, listing, statistics, export.

    Not thread-safe: use one store from one thread at a time.
    """

    def __init__(self, paths: Paths, now: Callable[[], _dt.datetime] = _local_now) -> None:
        self.paths = paths
        self.now = now
        self.locks_dir = paths.history_locks
        self._db = Database(paths.history_db, paths.backups_dir, now)
        self._shown = 0
        self._recorders: list[SessionRecorder] = []  # handed out; the lost ones are retried

    @classmethod
    def open(cls, paths: Paths, *, now: Callable[[], _dt.datetime] | None = None) -> HistoryStore:
        """Open (creating, migrating or recovering) the history of ``paths``.

        ``now`` gives the local, timezone-aware wall-clock time (tests pass their own).
        Sessions left ``running`` by a process that died are marked ``interrupted``.
        """
        store = cls(paths, now or _local_now)
        store._db.open()
        store._reap()
        store.save_kept()
        return store

    @property
    def notices(self) -> list[str]:
        """Everything the user should be told about the file, one sentence each."""
        return self._db.notices

    def take_notices(self) -> list[str]:
        """The notices not returned by an earlier call (so each is shown once)."""
        new = self._db.notices[self._shown:]
        self._shown = len(self._db.notices)
        return new

    @property
    def read_only(self) -> bool:
        """True when nothing can be written right now (newer file, read-only folder, ...)."""
        return not self._db.writable

    def _live(self, session_id: int) -> bool:
        return locks.is_live(self.locks_dir, session_id)

    def _reap(self) -> None:
        """Mark ``running`` sessions whose recorder died as ``interrupted``."""
        if not self._db.writable:
            return

        def reap(conn: sqlite3.Connection) -> list[int]:
            rows = conn.execute("SELECT id FROM sessions WHERE status = 'running'").fetchall()
            dead = [r[0] for r in rows if not self._live(r[0])]
            for sid in dead:
                conn.execute("UPDATE sessions SET status = 'interrupted', "
                             "ended_at = coalesce(updated_at, started_at) WHERE id = ?", (sid,))
            return dead

        _ok, dead = self._db.write(reap)
        for sid in dead or []:
            locks.lock_path(self.locks_dir, sid).unlink(missing_ok=True)

    # sessions kept out of the file ----------------------------------------

    def save_kept(self) -> int:
        """Write the sessions waiting in files or in memory into the history; how many went in."""
        self._recorders = [r for r in self._recorders if not r.closed or r.lost]
        saved = 0
        for rec in [r for r in self._recorders if r.lost]:
            rec.close()  # the history, else a file
            saved += not rec.lost
        for path in unsaved.waiting(self.paths.unsaved_dirs):
            saved += self._save_file(path)
        return saved

    def _save_file(self, path: Path) -> int:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return 0
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another Spotter may be at it
            loaded = unsaved.load(path) if path.exists() else None
            if loaded is None:
                return 0
            progress, sid = loaded
            rec = SessionRecorder.kept(self._db, self.locks_dir, self.now, progress, sid)
            if not rec.flush():
                return 0
            with contextlib.suppress(OSError):
                path.unlink()
            self._db.notice(N_("A session kept in {path} while the history could not be "
                               "written is now in the history ({title}, {started}).", path=path,
                               title=progress.title,
                               started=f"{progress.started_at:%Y-%m-%d %H:%M}"))
            return 1
        except OSError:
            return 0
        finally:
            os.close(fd)

    # recording -----------------------------------------------------------

    def recorder(self, resume_id: int | None = None) -> SessionRecorder:
        """A recorder for a new session, or continuing the interrupted session ``resume_id``.

        If that session is gone or being recorded by another Spotter, a new
        session is recorded instead and a notice says so. Sessions kept out of
        the file earlier are written first.
        """
        self.save_kept()
        rec = self._recorder(resume_id)
        self._recorders.append(rec)
        return rec

    def _recorder(self, resume_id: int | None) -> SessionRecorder:
        keep_in = self.paths.unsaved_dirs
        if resume_id is not None:
            record = self.session(resume_id)
            lock = SessionLock(self.locks_dir, resume_id)
            if record is not None and record.status is Status.INTERRUPTED and lock.acquire():
                return SessionRecorder(self._db, self.locks_dir, self.now,
                                       SessionProgress.resumed(record), resume_id, lock,
                                       keep_in=keep_in)
            self._db.notice(N_("Session {id} can no longer be resumed: this one is recorded as "
                               "a new session.", id=resume_id))
        return SessionRecorder(self._db, self.locks_dir, self.now, keep_in=keep_in)

    def set_feedback(self, session_id: int, rpe: int | None, notes: str | None) -> bool:
        """Store how hard it felt (RPE 1-10) and the user's notes; False if not saved."""
        if rpe is not None and not 1 <= rpe <= 10:
            raise ValueError("RPE must be between 1 and 10")
        ok, _ = self._db.write(lambda c: c.execute(
            "UPDATE sessions SET rpe = ?, notes = ? WHERE id = ?", (rpe, notes, session_id)))
        return ok

    # resuming ------------------------------------------------------------

    def interrupted(self, within: _dt.timedelta = RESUME_WITHIN) -> list[InterruptedSession]:
        """Interrupted sessions started within ``within`` and still offered, newest first."""
        self._reap()
        since = (self.now() - within).date()
        none: list[SessionRecord] = []
        found = [r for r in self._db.read(
            lambda c: queries.sessions(c, self._live, limit=None, since=since, ids=[
                row[0] for row in c.execute(
                    "SELECT id FROM sessions WHERE status IN ('interrupted', 'running') "
                    "AND offer_resume = 1 AND day >= ?", (since.isoformat(),))]), none)
            if r.status is Status.INTERRUPTED and self.now() - r.started_at <= within]
        return [self._resumable(r) for r in found]

    @staticmethod
    def _resumable(r: SessionRecord) -> InterruptedSession:
        return InterruptedSession(
            id=r.id, kind=r.kind, source_id=r.source_id, title=r.title, started_at=r.started_at,
            resume_index=r.resume_index or 0,
            exercise_index=r.exercise_index,
            modifications={e.position: e.modification for e in r.exercises if e.modification},
            active_seconds=r.active_seconds)

    def keep(self, session_id: int) -> bool:
        """Leave the session interrupted as it is, and stop offering to resume it."""
        ok, _ = self._db.write(lambda c: c.execute(
            "UPDATE sessions SET offer_resume = 0 WHERE id = ?", (session_id,)))
        return ok

    def discard(self, session_id: int) -> bool:
        """Delete an interrupted session the user does not want."""
        return self.delete(session_id)

    # reading -------------------------------------------------------------

    def sessions(self, limit: int | None = 50, offset: int = 0, *, since: _dt.date | None = None,
                 until: _dt.date | None = None) -> list[SessionRecord]:
        """Sessions newest first, optionally those whose local day is in [since, until]."""
        none: list[SessionRecord] = []
        return self._db.read(lambda c: queries.sessions(
            c, self._live, limit=limit, offset=offset, since=since, until=until), none)

    def session(self, session_id: int) -> SessionRecord | None:
        """One session, or None if there is no such session."""
        none: list[SessionRecord] = []
        found = self._db.read(lambda c: queries.sessions(
            c, self._live, limit=None, ids=[session_id]), none)
        return found[0] if found else None

    def delete(self, session_id: int) -> bool:
        """Delete a session and its exercises; False if it did not exist or was not saved."""
        ok, count = self._db.write(lambda c: c.execute(
            "DELETE FROM sessions WHERE id = ?", (session_id,)).rowcount)
        return bool(ok and count)

    def stats(self, today: _dt.date | None = None) -> Stats:
        """Streak, minutes per week and per-exercise progress (rules in ``stats``)."""
        day = today or self.now().date()
        empty = Stats(day, 0, 0.0, 0, 0, (), ())
        return self._db.read(lambda c: stats.compute(c, day), empty)

    def export(self, fmt: str, target: Path | None = None) -> str:
        """The whole history as ``csv`` or ``json`` text, also written atomically to ``target``."""
        none: list[SessionRecord] = []
        records = self._db.read(lambda c: queries.iter_all(c, self._live), none)
        text = export.csv_text(records) if fmt == "csv" else export.json_text(records)
        if target is not None:
            write_atomic(target, text)
        return text

    # the file ------------------------------------------------------------

    def backup(self) -> Path | None:
        """Make an automatic backup now (the recorder makes one after every session)."""
        return self._db.backup()

    def close(self) -> None:
        """Try once more to write what is kept in memory, then close the file."""
        self.save_kept()
        self._db.close()

"""The SQLite file itself: opening, faults, read-only fallback and backups.

Every error of the environment (disk full, read-only folder, another Spotter
holding the lock too long) is caught here and turned into a notice; every
corruption moves the file aside and restores the newest backup. Only bugs
(wrong SQL, wrong arguments) escape, so that tests see them.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from app.history import backups, schema
from app.history.faults import Corrupt, classify, damaged, reason
from app.i18n.message import N_

T = TypeVar("T")

BUSY_TIMEOUT_SECONDS = 10.0


class Database:
    """One history file and the connection to it, surviving the faults around it.

    Attributes:
        conn: The connection, or ``None`` when not even reading was possible.
        newer: The file was written by a newer Spotter: it is never written.
        writable: Writes are possible right now (false when degraded or newer).
        notices: One sentence per thing the user should know.
        generation: Bumped whenever the file was replaced by a backup.
    """

    def __init__(self, path: Path, backups_dir: Path, now: Callable[[], _dt.datetime]) -> None:
        self.path = path
        self.backups_dir = backups_dir
        self.now = now
        self.conn: sqlite3.Connection | None = None
        self.newer = False
        self.writable = False
        self.notices: list[str] = []
        self.generation = 0
        self._inode: tuple[int, int] | None = None
        self._told: set[str] = set()
        self._failing = False  # the disk refused a write and no write succeeded since

    def notice(self, text: str) -> None:
        """Add a notice for the user, once per distinct text."""
        if text not in self._told:
            self._told.add(text)
            self.notices.append(text)

    def _refused(self, exc: BaseException) -> None:
        """Tell the user, once per episode, that sessions wait in memory, and why."""
        if not self._failing:
            self._failing = True
            self.notices.append(N_("Cannot write the history in {folder} ({reason}): sessions "
                                   "are kept in memory and saved as soon as that is possible.",
                                   folder=self.path.parent, reason=reason(exc)))

    def open(self) -> None:
        """Open read-write (migrating if needed), else read-only, recovering from corruption."""
        for _attempt in range(3):
            try:
                self._open_writable()
                with contextlib.suppress(OSError):
                    backups.clean_temporaries(self.backups_dir)  # left by a killed backup
                return
            except (sqlite3.Error, OSError) as exc:
                if classify(exc) == "corrupt":
                    try:
                        self._recover()
                    except Corrupt:
                        return
                    continue
                if classify(exc) == "bug":
                    raise
                self._open_read_only(exc)
                return
        self._open_read_only(None)

    def _connect(self, mode: str) -> sqlite3.Connection:
        uri = f"file:{self.path}?mode={mode}"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS,
                               isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def _open_writable(self) -> None:
        self.close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with backups.recovery_lock(self.path, shared=True):
            self._open_writable_locked()

    def _open_writable_locked(self) -> None:
        if backups.emptied(self.path):
            raise damaged("the history file is empty")  # a history is never 0 bytes: damage
        conn = self._connect("rwc")
        try:
            version = schema.user_version(conn)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if version > schema.SCHEMA_VERSION:
                conn.close()
                self.newer = True
                self.notice(N_("This history was written by a newer Spotter (schema {version}, "
                               "this one knows {known}): it is shown read-only and new sessions "
                               "are not saved; update Spotter to record again.",
                               version=version, known=schema.SCHEMA_VERSION))
                self._open_read_only(None, tell=False)
                return
            if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
                raise OSError("cannot switch the file to write-ahead logging")
            conn.execute("PRAGMA synchronous = FULL")
            if version < schema.SCHEMA_VERSION:
                if version > 0:
                    backups.make(conn, self.backups_dir, f"v{version}-premigration", self.now)
                schema.migrate(conn, version)
        except BaseException:
            conn.close()
            raise
        self.conn = conn
        self.writable = True
        self._inode = self._current_inode()

    def _current_inode(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def _replaced(self) -> bool:
        """Whether another Spotter put a different file at the path (recovery) since we opened.

        A connection keeps writing to the file it opened even after it was
        renamed away; those writes would be lost, so the file is reopened.
        """
        return self.conn is not None and self._current_inode() != self._inode

    def _open_read_only(self, exc: BaseException | None, *, tell: bool = True) -> None:
        """Open for reading only, so history stays visible while nothing can be written."""
        self.close()
        self.writable = False
        if tell and exc is not None:
            self._refused(exc)
        if not self.path.exists():
            return
        for mode in ("ro", "ro&immutable=1"):
            try:
                conn = self._connect(mode)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                if schema.user_version(conn) == 0:  # created, but the schema never got in
                    conn.close()
                    return
            except sqlite3.Error:
                continue
            self.conn = conn
            return

    def _recover(self) -> None:
        """Move the damaged file aside, restore the newest good backup and say so.

        Under a lock file, and only if the file is still damaged: when two
        Spotters find the damage at once, the second finds it already repaired.
        """
        self.close()
        try:
            with backups.recovery_lock(self.path):
                if self.path.exists() and backups.sound(self.path):
                    self.generation += 1
                    return
                aside, restored = backups.restore_newest(self.path, self.backups_dir, self.now)
        except OSError as exc:
            self.notice(N_("The history file is damaged and cannot be moved aside ({reason}): "
                           "sessions are kept in memory only.", reason=reason(exc)))
            raise Corrupt(str(exc)) from exc
        self.generation += 1
        when = restored.strftime("%Y-%m-%d %H:%M") if restored else None
        if when:
            self.notice(N_("The history file was damaged: it was kept as {name} and the backup "
                           "of {when} was restored.", name=aside.name, when=when))
        else:
            self.notice(N_("The history file was damaged: it was kept as {name} and a new, empty "
                           "history was started (there was no backup).", name=aside.name))

    def write(self, fn: Callable[[sqlite3.Connection], T]) -> tuple[bool, T | None]:
        """Run ``fn`` in one ``BEGIN IMMEDIATE`` transaction; (False, None) if the disk refused.

        A degraded store first tries to open the file for writing again, so a
        session kept in memory is saved as soon as the folder or disk allows.
        Corruption found while writing is recovered and the write tried again.
        """
        if self.newer:
            return False, None
        for _attempt in range(2):
            try:
                if not self.writable or self._replaced():
                    self._open_writable()
                    self.generation += 1
                    if not self.writable:
                        return False, None
                assert self.conn is not None
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    result = fn(self.conn)
                    self.conn.execute("COMMIT")
                except BaseException:
                    with contextlib.suppress(sqlite3.Error):
                        self.conn.execute("ROLLBACK")
                    raise
                if self._failing:
                    self._failing = False
                    self.notices.append(N_("The history can be written again: everything "
                                           "kept in memory is saved."))
                return True, result
            except (sqlite3.Error, OSError) as exc:
                kind = classify(exc)
                if kind == "bug":
                    raise
                if kind == "corrupt":
                    try:
                        self._recover()
                    except Corrupt:
                        return False, None
                    continue
                self._refused(exc)
                if not self.writable or self.conn is None:
                    self._open_read_only(None)
                return False, None
        return False, None

    def read(self, fn: Callable[[sqlite3.Connection], T], default: T) -> T:
        """Run a query; on corruption recover and retry once; on other faults return ``default``."""
        for _attempt in range(2):
            if self.conn is None:
                return default
            try:
                if self.writable and self._replaced():
                    self._open_writable()
                assert self.conn is not None
                return fn(self.conn)
            except (sqlite3.Error, OSError) as exc:
                kind = classify(exc)
                if kind == "bug":
                    raise
                if kind == "corrupt" and not self.newer:
                    try:
                        self._recover()
                    except Corrupt:
                        return default
                    self.open()
                    continue
                self.notice(N_("Cannot read the history ({reason}).", reason=reason(exc)))
                return default
        return default

    def backup(self) -> Path | None:
        """Copy the file into the backups folder (keeping the newest few); None if it failed."""
        if self.conn is None or not self.writable:
            return None
        try:
            return backups.make(self.conn, self.backups_dir, "auto", self.now)
        except (sqlite3.Error, OSError) as exc:
            if classify(exc) == "bug":
                raise
            self.notice(N_("Cannot back up the history ({reason}).", reason=reason(exc)))
            return None

    def close(self) -> None:
        """Close the connection (the store can be opened again)."""
        if self.conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self.conn.close()
        self.conn = None
        self.writable = False

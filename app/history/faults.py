"""Telling faults apart: a damaged file, a refusing environment, or a bug.

Damage is repaired from a backup, a refusing environment (disk full,
read-only folder, a lock held too long) is waited out with the session in
memory, and a bug is raised so that tests see it.
"""

from __future__ import annotations

import sqlite3

from app.i18n.message import N_

_CORRUPT = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_REASONS = {
    sqlite3.SQLITE_FULL: N_("the disk is full"),
    sqlite3.SQLITE_READONLY: N_("the folder or file is read-only"),
    sqlite3.SQLITE_CANTOPEN: N_("the file cannot be opened for writing"),
    sqlite3.SQLITE_PERM: N_("permission denied"),
    sqlite3.SQLITE_IOERR: N_("an input/output error"),
    sqlite3.SQLITE_BUSY: N_("another Spotter keeps it locked"),
    sqlite3.SQLITE_LOCKED: N_("another Spotter keeps it locked"),
    sqlite3.SQLITE_PROTOCOL: N_("another Spotter keeps it locked"),
    sqlite3.SQLITE_NOLFS: N_("the file is too large for the disk"),
}


class Corrupt(Exception):
    """The file is damaged and could not be repaired (raised and caught inside ``db``)."""


def damaged(message: str) -> sqlite3.DatabaseError:
    """An error that ``classify`` calls ``corrupt``, for damage SQLite itself does not see."""
    exc = sqlite3.DatabaseError(message)
    exc.sqlite_errorcode = sqlite3.SQLITE_NOTADB
    return exc


def classify(exc: BaseException) -> str:
    """``corrupt``, ``environment`` or ``bug`` for an exception raised by sqlite3 or the OS."""
    if isinstance(exc, OSError):
        return "environment"
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(exc, sqlite3.DatabaseError) or code is None:
        return "bug"
    primary = code & 0xFF
    if primary in _CORRUPT:
        return "corrupt"
    return "environment" if primary in _REASONS else "bug"


def reason(exc: BaseException) -> str:
    """A few words saying why the disk refused, for the user."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    code = getattr(exc, "sqlite_errorcode", 0) or 0
    return _REASONS.get(code & 0xFF, str(exc))

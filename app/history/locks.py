"""Which sessions a live process is recording: one ``flock`` per session.

A session row says ``running`` from its first write until it ends. Whether a
``running`` row is really running or was killed (kill -9, power cut) is told
by its lock file: the recording process holds an exclusive ``flock`` on
``session-<id>.lock`` for as long as it records. The kernel drops the lock
when the process dies, however it dies, and process ids are never trusted (a
dead Spotter's pid may be reused). ``flock`` locks belong to an open file, so
even another store in the same process sees the session as live.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path


class SessionLock:
    """The exclusive lock a recorder holds on its session while it runs."""

    def __init__(self, directory: Path, session_id: int) -> None:
        self.path = lock_path(directory, session_id)
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False if another recorder holds it (or on I/O error)."""
        if self._fd is not None:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None

    def release(self) -> None:
        """Drop the lock and remove its file (the session's row no longer says running)."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(self._fd)
        self._fd = None


def lock_path(directory: Path, session_id: int) -> Path:
    """The lock file of one session."""
    return directory / f"session-{session_id}.lock"


def is_live(directory: Path, session_id: int) -> bool:
    """Whether some live recorder holds the session's lock right now.

    A missing lock file means nobody holds it. Called only inside a write
    transaction of the database, after the row was read as ``running``; a
    recorder commits its final status before it releases the lock, so a row
    still ``running`` with a free lock belongs to a process that died.
    """
    try:
        fd = os.open(lock_path(directory, session_id), os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot tell: assume it lives rather than mark it interrupted
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)

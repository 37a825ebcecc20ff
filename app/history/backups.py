"""Automatic copies of the history file, and restoring one after corruption.

Copies are made with SQLite's online backup API (``Connection.backup``), which
gives a consistent snapshot even while another Spotter writes. A copy is
written under a temporary name and renamed, so a half-written copy never
looks like a backup; the copier holds a ``flock`` on it while it writes, so
the next backup can tell (and delete) one whose copier was killed. The
newest ``KEEP`` automatic copies are kept; copies made before a migration
are never deleted.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import fcntl
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from app.files import remove_orphans

KEEP = 5
_PREFIX = "history-"
_SUFFIX = ".sqlite3"


def _stamp(now: _dt.datetime) -> str:
    return now.astimezone(_dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def make(conn: sqlite3.Connection, folder: Path, label: str,
         now: Callable[[], _dt.datetime]) -> Path:
    """Copy the database behind ``conn`` to ``folder/history-<label>-<time>.sqlite3``."""
    folder.mkdir(parents=True, exist_ok=True)
    clean_temporaries(folder)
    target = folder / f"{_PREFIX}{label}-{_stamp(now())}{_SUFFIX}"
    temp = target.with_name(target.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    fd = os.open(temp, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # released when fd closes, after the rename
        copy = sqlite3.connect(temp)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        os.fsync(fd)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    finally:
        os.close(fd)
    if label == "auto":
        prune(folder)
    return target


def clean_temporaries(folder: Path) -> int:
    """Delete half-written copies (``*.tmp``) whose copier died; how many were deleted."""
    return remove_orphans(folder, f"{_PREFIX}*{_SUFFIX}.tmp", ("-journal", "-wal", "-shm"))


def automatic(folder: Path) -> list[Path]:
    """The automatic copies, newest first."""
    found = folder.glob(f"{_PREFIX}auto-*{_SUFFIX}") if folder.is_dir() else []
    return sorted(found, key=lambda p: p.name, reverse=True)


def prune(folder: Path, keep: int = KEEP) -> None:
    """Delete all but the newest ``keep`` automatic copies."""
    for old in automatic(folder)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _sound(path: Path) -> bool:
    """Whether a copy opens and passes SQLite's quick check."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except sqlite3.Error:
        return False


@contextlib.contextmanager
def recovery_lock(path: Path, *, shared: bool = False) -> Iterator[None]:
    """Hold the lock that keeps an opening Spotter out while another one recovers ``path``.

    Opening takes it shared, recovering exclusive: without it, a Spotter
    opening the file in the moment it is moved aside would create a new,
    empty file there and lose its writes when the backup is put in place.
    Where the lock file cannot exist (a read-only folder) nothing can be
    recovered either, so going on without it is safe.
    """
    lock = path.with_name(path.name + ".recover-lock")
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        try:
            fd = os.open(lock, os.O_RDONLY)
        except OSError:
            yield
            return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def sound(path: Path) -> bool:
    """Whether the file opens, is not emptied and passes SQLite's quick check."""
    return not emptied(path) and _sound(path)


def emptied(path: Path) -> bool:
    """Whether ``path`` is a 0-byte file with no write-ahead log to rebuild it from.

    SQLite takes such a file for a new, empty database; but Spotter writes the
    schema in the same moment it creates the file (under the recovery lock),
    so a history file of 0 bytes is one that lost its content.
    """
    try:
        if path.stat().st_size != 0:
            return False
    except OSError:
        return False
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size == 0
    except OSError:
        return True


def restore_newest(path: Path, folder: Path,
                   now: Callable[[], _dt.datetime]) -> tuple[Path, _dt.datetime | None]:
    """Move a damaged ``path`` aside and put the newest sound copy in its place.

    The damaged file (and its ``-wal``/``-shm`` companions) is renamed to
    ``history.corrupt-<time>.sqlite3`` beside it, never deleted. Returns the
    new name of the damaged file and the time of the copy restored, or
    ``None`` when there was no sound copy (the history then starts empty).
    """
    stamp = now().strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.stem}.corrupt-{stamp}-{n}{path.suffix}")
    if path.exists():
        os.replace(path, aside)
    for extra in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + extra)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + extra))
    candidates = sorted(folder.glob(f"{_PREFIX}*{_SUFFIX}") if folder.is_dir() else [],
                        key=lambda p: p.stat().st_mtime, reverse=True)
    for candidate in candidates:
        if _sound(candidate):
            temp = path.with_name(path.name + ".restoring")
            shutil.copyfile(candidate, temp)
            with open(temp, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(temp, path)
            when = _dt.datetime.fromtimestamp(candidate.stat().st_mtime).astimezone()
            return aside, when
    return aside, None

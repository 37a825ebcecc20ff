"""Writing a file so that a crash, a kill or a full disk never leaves half of it.

``write_atomic`` is the one way Spotter replaces a file it owns (settings, the
library cache, a saved workout, an export): the data goes to a temporary file
in the same folder, is flushed to disk, and is renamed over the target, so a
reader sees the old file or the new one, never a mix. On any error the
temporary file is removed and the target is left as it was.

What the target is decides how it is written:

- a symbolic link is written through: its target is replaced, the link stays;
- a FIFO or a character device (``/dev/stdout``, ``/dev/null``) is written to
  as it is, never replaced by a regular file;
- a folder, a socket or a block device is refused with ``NotAFile``.

A writer holds an exclusive ``flock`` on its temporary file until the rename,
so the next write to the same folder can tell the temporary file of a killed
writer from one being written, and deletes it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
from pathlib import Path


class NotAFile(OSError):
    """The target is neither a regular file nor something to write through (a folder...)."""


def write_atomic(path: Path, data: str | bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8) in one rename.

    The new file gets ordinary permissions (0666 less the umask), not the 0600
    of a temporary file. ``durable`` also fsyncs the file and its folder, so the
    rename itself survives a power cut (a cache can skip it). See the module
    docstring for links, FIFOs, devices and folders.
    """
    import tempfile  # only when writing: its imports would slow every start-up

    payload = data.encode("utf-8") if isinstance(data, str) else data
    if not isinstance(payload, bytes):
        raise TypeError(f"write_atomic needs str or bytes, not {type(data).__name__}")
    path = Path(os.path.realpath(path.expanduser()))  # through symbolic links
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = stat.S_IFREG
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        with open(path, "wb") as stream:
            stream.write(payload)
        return
    if not stat.S_ISREG(mode):
        raise NotAFile(0, "it is a folder" if stat.S_ISDIR(mode) else "it is not a regular file")
    folder = path.parent
    clean_temporaries(folder, path.name)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # held until closed, after the rename
        umask = os.umask(0o022)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
            os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    if durable:
        with contextlib.suppress(OSError):
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def clean_temporaries(folder: Path, name: str) -> int:
    """Delete the temporary files of writes to ``folder/name`` whose writer died; how many."""
    return remove_orphans(folder, f".{_literal(name)}.*.tmp")


def remove_orphans(folder: Path, pattern: str, companions: tuple[str, ...] = ()) -> int:
    """Delete the files of ``folder`` matching ``pattern`` that no live writer holds locked.

    A writer holds an exclusive ``flock`` on its temporary file until it renames
    it, so a file that can be locked belongs to a writer that died (killed, power
    cut). ``companions`` are suffixes of files that go with it (SQLite's
    ``-journal``, ``-wal``, ``-shm``). Returns how many were deleted.
    """
    removed = 0
    with contextlib.suppress(OSError):
        for temp in folder.glob(pattern):
            try:
                fd = os.open(temp, os.O_RDONLY | os.O_NOFOLLOW)
            except OSError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                for extra in companions:
                    with contextlib.suppress(OSError):
                        temp.with_name(temp.name + extra).unlink()
                temp.unlink()
                removed += 1
            except OSError:
                pass
            finally:
                os.close(fd)
    return removed


def _literal(text: str) -> str:
    """``text`` with the characters glob treats specially made literal."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)

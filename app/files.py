"""Writing a file so that a crash, a kill or a full disk never leaves half of it.

``write_atomic`` is the one way Spotter replaces a file it owns (settings, the
library cache, a saved workout, an export): the data goes to a temporary file
in the same folder, is flushed to disk, and is renamed over the target, so a
reader sees the old file or the new one, never a mix. On any error the
temporary file is removed and the target is left as it was.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomic(path: Path, data: str | bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8) in one rename.

    The new file gets ordinary permissions (0666 less the umask), not the 0600
    of a temporary file. ``durable`` also fsyncs the file and its folder, so the
    rename itself survives a power cut (a cache can skip it).
    """
    import tempfile  # only when writing: its imports would slow every start-up

    path = path.expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        umask = os.umask(0o022)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
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

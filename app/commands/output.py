"""Standard output that tells when it is full, instead of a traceback.

``spotter list > /dev/full`` (or a full disk under a redirect) makes every
write to stdout fail with ``ENOSPC``. :func:`guarded_stdout` turns that
into :class:`OutputError`, which the command line reports in one line with
exit status 2. A reader that went away (``spotter list | head``) is still a
``BrokenPipeError``, which ends the command quietly.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO


class OutputError(OSError):
    """Standard output cannot be written (full disk, /dev/full, an I/O error)."""

    def __str__(self) -> str:
        return f"cannot write to standard output: {self.strerror or 'write failed'}"


class _Guarded:
    """``sys.stdout`` as it was, with write and flush failures raised as OutputError."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(exc.errno, exc.strerror) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(exc.errno, exc.strerror) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def guarded_stdout() -> Iterator[None]:
    """Run a command with stdout guarded; flush at the end, inside the guard."""
    original = sys.stdout
    if original is None:  # pythonw-style launch: nothing to guard
        yield
        return
    sys.stdout = _Guarded(original)  # type: ignore[assignment]
    try:
        yield
        sys.stdout.flush()
    except OutputError:
        _drop(original)
        raise
    finally:
        sys.stdout = original


def _drop(stream: TextIO) -> None:
    """Point a failed stdout at /dev/null, so the exit's last flush does not fail again."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)

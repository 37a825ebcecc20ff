"""A private Xvfb server for the end-to-end test and the start-up benchmark."""

from __future__ import annotations

import os
import subprocess


def start_xvfb(size: str = "1280x720x24") -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on a free display (it picks one and tells us); returns the process and ``:N``.

    Raises:
        RuntimeError: Xvfb started but never said which display it took.
    """
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
                            pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    return proc, f":{number}"

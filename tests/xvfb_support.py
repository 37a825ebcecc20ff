"""A private Xvfb server, and the real app on it, for the end-to-end tests and benchmarks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def start_xvfb(size: str = "1280x720x24") -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on a free display (it picks one and tells us); returns the process and ``:N``.

    ``-noreset``: by default an X server resets when its last client leaves, and a
    client connecting meanwhile is refused ("unable to open display"), as when a test's
    app quits and the next command (xset, a screenshot, the next app) connects at once.

    Raises:
        RuntimeError: Xvfb started but never said which display it took.
    """
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp",
                             "-noreset"],
                            pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    return proc, f":{number}"


def start_spotter(args: list[str], data_dir: Path, display: str, **env: str) -> subprocess.Popen[str]:
    """The real app (``python -m app``) on the X server ``display``, with its own data folder."""
    full = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", **env}
    full.pop("WAYLAND_DISPLAY", None)
    return subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data_dir), *args], cwd=ROOT,
                            env=full, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def sessions(data_dir: Path) -> list[dict[str, Any]]:
    """The sessions of ``data_dir`` from `spotter history --json` (a separate process)."""
    result = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "history", "--json",
                             "--limit", "100"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            check=False)
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return list(json.loads(result.stdout)["sessions"])


def rss_kib(pid: int) -> int:
    """The resident set size of process ``pid`` in KiB (from /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for process {pid}")


def grab_screen(display: str, target: Path) -> None:
    """Save the whole X screen to ``target`` with Qt's own ``QScreen.grabWindow(0)``.

    No ImageMagick needed: a small Qt process on that display grabs the root window.
    """
    code = ("import sys\nfrom PySide6.QtGui import QGuiApplication\n"
            "app = QGuiApplication([])\n"
            "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)\n")
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    subprocess.run([sys.executable, "-c", code, str(target)], env=env, check=True, timeout=60)


def size_and_spread(path: Path) -> tuple[int, int, float]:
    """Width, height and the standard deviation of the pixels' grey level (0..1; 0 is blank).

    Read with Qt (offscreen) in a separate process, so it works from any test.
    """
    code = ("import sys, statistics\nfrom PySide6.QtGui import QGuiApplication, QImage\n"
            "app = QGuiApplication([])\n"
            "img = QImage(sys.argv[1])\n"
            "step = max(1, img.width() // 320)\n"
            "grey = [img.pixelColor(x, y).lightnessF() for y in range(0, img.height(), step)"
            " for x in range(0, img.width(), step)]\n"
            "print(img.width(), img.height(), statistics.pstdev(grey) if grey else 0.0)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                         env=env, check=True, timeout=60).stdout.split()
    return int(out[0]), int(out[1]), float(out[2])

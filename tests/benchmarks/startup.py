"""Start-up time of `spotter --quit-after-startup` against a bare PySide6 QMainWindow.

Run: ``.venv/bin/python tests/benchmarks/startup.py [--runs 5]``

Both run under the same Xvfb server (started here on a free display, 1280x720),
in fresh processes, alternating, and are timed from process start to exit.
``spotter`` has shown its main window with the library loaded when it exits.
Prints the median of each and the ratio (issue target: <= 1.5x, goal 1.25x).
Bytecode caching is on for both, as in an installed app (see ``main``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
import xvfb_support

BARE = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.resize(1280, 720)\n"
    "window.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on a free display; returns the process and ``:N``."""
    if not shutil.which("Xvfb"):
        sys.exit("Xvfb is not installed (apt-get install xvfb)")
    try:
        return xvfb_support.start_xvfb()
    except RuntimeError as exc:
        sys.exit(str(exc))


def timed(cmd: list[str], env: dict[str, str]) -> float:
    """Wall seconds from start to exit of ``cmd`` (which must succeed)."""
    started = time.perf_counter()
    result = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
                            check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def main() -> None:
    """Time both, alternating, and print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    xvfb, display = start_xvfb()
    data = Path(tempfile.mkdtemp(prefix="spotter-startup-"))
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    # Like an installed app: bytecode is cached (pip compiles it on install; the warm-up
    # run below writes it for a source checkout). PYTHONDONTWRITEBYTECODE would make every
    # run compile Spotter's modules from source, a cost no user pays.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # the installed `spotter` command, as a user starts it (python -m app if not installed)
    script = Path(sys.executable).with_name("spotter")
    launcher = [str(script)] if script.is_file() else [sys.executable, "-m", "app"]
    spotter = [*launcher, "--data-dir", str(data), "--quit-after-startup"]
    bare = [sys.executable, "-c", BARE]
    try:
        timed(spotter, env)  # first run fills the OS file cache and creates the data dir
        timed(bare, env)
        bare_times, spotter_times = [], []
        for _ in range(args.runs):
            bare_times.append(timed(bare, env))
            spotter_times.append(timed(spotter, env))
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(data, ignore_errors=True)
    b, s = statistics.median(bare_times), statistics.median(spotter_times)
    print(f"display {display}, {args.runs} runs each, medians:")
    print(f"  bare QMainWindow show-and-quit : {b * 1000:7.1f} ms   {[round(t * 1000) for t in bare_times]}")
    print(f"  spotter --quit-after-startup   : {s * 1000:7.1f} ms   {[round(t * 1000) for t in spotter_times]}")
    print(f"  ratio                          : {s / b:7.2f}x   (target <= 1.5x, goal 1.25x)")


if __name__ == "__main__":
    main()

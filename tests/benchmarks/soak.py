"""Soak: one long session through the real window under Xvfb, memory at the start and the end.

Run: ``.venv/bin/python tests/benchmarks/soak.py [--minutes 30]``

The longest bundled workout is played by the desktop app with ``--speed``
chosen so that it lasts ``--minutes`` of wall time (30 by default: about
18,000 ticks of the player's 100 ms timer, a little slower than real time).
The resident set size of the app is read from /proc 15 s after the start and
again at the end screen; the growth must stay within 10 %. Prints the
figures; exits non-zero if the app died, the session did not complete, or the
memory grew more than that.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
import xvfb_support

from app.content.library import load_library
from app.paths import bundled_content_root
from app.session.plan import PlanSettings, compile_plan

GROWTH_LIMIT = 0.10
TICK = 0.1
WARM_UP = 15.0  # seconds before the first reading: the window, fonts and the first cues are loaded


def longest_workout() -> tuple[str, float]:
    """The bundled workout with the most planned time, and that time in seconds."""
    library = load_library([bundled_content_root()])
    timed = [(compile_plan(w, library, PlanSettings(), lambda _text: 0.0, {}).total_seconds, w.id)
             for w in library.workouts.values()]
    seconds, workout = max(timed)
    return workout, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30.0, help="wall time of the session")
    args = parser.parse_args()
    if not shutil.which("Xvfb"):
        sys.exit("Xvfb is not installed: run scripts/system-deps.sh")
    workout, planned = longest_workout()
    speed = round(planned / (args.minutes * 60.0), 4)
    data = Path(tempfile.mkdtemp(prefix="spotter-soak-"))
    xvfb, display = xvfb_support.start_xvfb()
    print(f"soak: {workout} ({planned:.0f} s planned) at --speed {speed:g}, about {args.minutes:g} min",
          flush=True)
    started = time.monotonic()
    app = xvfb_support.start_spotter(["--speed", str(speed), "play", workout], data, display)
    failure = ""
    rss_start = rss_end = 0
    try:
        time.sleep(WARM_UP)
        rss_start = xvfb_support.rss_kib(app.pid)
        print(f"RSS at start ({WARM_UP:.0f} s): {rss_start / 1024:.1f} MiB", flush=True)
        done = None
        limit = args.minutes * 60.0 * 1.5 + 120
        next_report = started + 300
        while done is None and not failure:
            time.sleep(10)
            if app.poll() is not None:
                failure = f"the app died after {time.monotonic() - started:.0f} s"
            elif time.monotonic() - started > limit:
                failure = "the session did not end in time"
            else:
                done = next((s for s in xvfb_support.sessions(data) if s["status"] != "running"), None)
                if time.monotonic() > next_report:
                    print(f"  {time.monotonic() - started:5.0f} s: RSS "
                          f"{xvfb_support.rss_kib(app.pid) / 1024:.1f} MiB", flush=True)
                    next_report += 300
        wall = time.monotonic() - started
        if done is not None:
            rss_end = xvfb_support.rss_kib(app.pid)
            if done["status"] != "completed":
                failure = f"the session ended {done['status']}"
    finally:
        app.terminate()
        _out, err = app.communicate(timeout=30)
        xvfb.terminate()
        xvfb.wait(10)
        shutil.rmtree(data, ignore_errors=True)
    if "Fatal Python error" in err or "Traceback" in err:
        failure = failure or "errors on stderr:\n" + err[-2000:]
    if failure:
        print(f"FAILED: {failure}")
        return 1
    growth = (rss_end - rss_start) / rss_start
    print(f"RSS at end ({wall:.0f} s, ~{wall / TICK:.0f} ticks): {rss_end / 1024:.1f} MiB")
    print(f"growth: {growth * 100:+.1f} % (limit {GROWTH_LIMIT * 100:.0f} %)")
    return 0 if growth <= GROWTH_LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())

"""Soak: the longest bundled workout plays through the real window to its end at --speed 8.

The desktop player ticks every 100 ms of wall time whatever the speed, and the
binding crash of issue 8 came after a number of ticks, not of session
seconds: so this runs for minutes of wall time (well over a thousand ticks)
under Xvfb, then checks the app is still alive at the end screen and the
session is in `spotter history --json`, completed, every exercise in it.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from xvfb_support import rss_kib, sessions, start_spotter, start_xvfb

from app.content.library import load_library
from app.paths import bundled_content_root

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.soak]
SPEED = 8.0
TICK = 0.1  # seconds of wall time between two player ticks


def longest_workout() -> tuple[str, int, float]:
    """The bundled workout with the most planned time, its number of exercises and its seconds."""
    from app.session.plan import PlanSettings, compile_plan

    library = load_library([bundled_content_root()])

    def planned(workout) -> float:
        return compile_plan(workout, library, PlanSettings(), lambda text: 0.0, {}).total_seconds

    best = max(library.workouts.values(), key=planned)
    return best.id, len(best.all_items()), planned(best)


def test_longest_workout_plays_to_the_end_in_the_window(data_dir: Path, record_property) -> None:
    """Minutes of 100 ms ticks in the real window: alive, completed, in history."""
    if not shutil.which("Xvfb"):
        pytest.fail("Xvfb is not installed: run scripts/system-deps.sh (make test does)")
    workout, count, seconds = longest_workout()
    xvfb, display = start_xvfb()
    started = time.monotonic()
    app = start_spotter(["--speed", str(SPEED), "play", workout], data_dir, display)
    try:
        time.sleep(10)
        rss_start = rss_kib(app.pid)
        done = None
        while done is None:
            assert app.poll() is None, f"the app died after {time.monotonic() - started:.0f} s"
            assert time.monotonic() - started < 600, "the workout did not end within 10 minutes"
            # each look is a `spotter history` process: every 5 s, every second near the planned end
            time.sleep(5 if time.monotonic() < started + seconds / SPEED - 5 else 1)
            done = next((s for s in sessions(data_dir) if s["status"] != "running"), None)
        wall = time.monotonic() - started
        time.sleep(2)  # a few more ticks on the end screen
        assert app.poll() is None, "the app closed at the end; it must stay at the end screen"
        rss_end = rss_kib(app.pid)
    finally:
        app.terminate()
        _out, err = app.communicate(timeout=30)
        xvfb.terminate()
        xvfb.wait(10)
    assert "Fatal Python error" not in err and "Traceback" not in err, err
    assert done["source_id"] == workout and done["status"] == "completed", done
    assert done["speed"] == SPEED and len(done["exercises"]) == count
    assert all(e["completed"] for e in done["exercises"]), done["exercises"]
    assert wall / TICK > 1000, f"only {wall:.0f} s of wall time: not a soak"
    record_property("figure", f"soak: {workout} at --speed {SPEED:g}: {wall:.0f} s wall, "
                    f"~{wall / TICK:.0f} ticks, RSS {rss_start / 1024:.0f} -> {rss_end / 1024:.0f} MiB")

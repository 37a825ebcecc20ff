"""End to end under Xvfb: `spotter --speed 20 play leg-pull-back` runs, reaches history while
the app stays open at the end screen, and saves 1280x720 screenshots.

Screenshots go to the test's temporary folder; with SPOTTER_DOCS_SCREENSHOTS=1 they are
also copied to docs/ (that is how the README's pictures are made). The app takes its own with
Qt's grab(); the whole X screen is grabbed with Qt too, and every picture is checked with Qt,
so nothing beyond the set-up's packages (Xvfb) is needed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_spotter
from ui_support import seed_history
from xvfb_support import grab_screen, size_and_spread, start_xvfb

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
SHOTS = ("library", "player", "end", "history")


@pytest.fixture
def xvfb():
    """A private Xvfb server at 1280x720; yields its DISPLAY."""
    if not shutil.which("Xvfb"):
        pytest.fail("Xvfb is not installed: run scripts/system-deps.sh (make test does)")
    proc, display = start_xvfb()
    yield display
    proc.terminate()
    proc.wait(10)


def wait_for(predicate, timeout: float, what: str):
    """Poll ``predicate`` (a subprocess check, so no Qt signal to wait on) until true or fail."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


def start_app(args: list[str], data_dir: Path, display: str, shots: Path, **extra: str) -> subprocess.Popen[str]:
    """Start the real app on the X server, screenshots on."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "SPOTTER_SCREENSHOTS": str(shots), **extra}
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data_dir), *args], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def completed_today(data_dir: Path) -> dict | None:
    """The completed leg-pull-back session recorded by this run, from `spotter history --json`."""
    result = run_spotter("history", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    sessions = json.loads(result.stdout)["sessions"]
    return next((s for s in sessions if s["source_id"] == "leg-pull-back" and s["status"] == "completed"), None)


def test_play_reaches_history_while_the_app_is_open(xvfb, data_dir, tmp_path):
    """The GUI player completes leg-pull-back at --speed 20; history shows it; screenshots are good."""
    seed_history(data_dir, [
        (40, "back-friendly-beginner", None), (33, "glute-bridge", None), (26, "back-friendly-beginner", None),
        (24, "swan", None, "stopped"), (19, "posterior-chain-builder", None), (17, "glute-bridge", None),
        (12, "bird-dog", None), (10, "glute-bridge", "Single-Leg"), (8, "back-friendly-beginner", None),
        (5, "swan", None), (3, "posterior-chain-builder", None), (2, "glute-bridge", "Single-Leg"),
        (1, "back-friendly-beginner", None)])
    shots = tmp_path / "shots"
    app = start_app(["--speed", "20", "play", "leg-pull-back"], data_dir, xvfb, shots)
    try:
        session = wait_for(lambda: completed_today(data_dir), 90, "the session in `spotter history --json`")
        assert app.poll() is None, "the app closed by itself; it must stay open at the end screen"
        assert [e["id"] for e in session["exercises"]] == ["leg-pull-back"]
        assert session["exercises"][0]["completed"] and session["active_seconds"] > 30
        wait_for(lambda: all((shots / f"screenshot-{n}.png").exists() for n in SHOTS[1:]), 30, "screenshots")
        grab_screen(xvfb, shots / "x-root.png")
        assert app.poll() is None
    finally:
        app.terminate()
        _out, err = app.communicate(timeout=30)
    assert "Traceback" not in err, err

    library = start_app([], data_dir, xvfb, shots, SPOTTER_SCREENSHOT_SEARCH="leg",
                        SPOTTER_SCREENSHOT_SELECT="leg-pull-back")
    try:
        wait_for(lambda: (shots / "screenshot-library.png").exists(), 60, "the library screenshot")
    finally:
        library.terminate()
        _out, err = library.communicate(timeout=30)
    assert "Traceback" not in err, err

    for name in SHOTS:
        width, height, spread = size_and_spread(shots / f"screenshot-{name}.png")
        assert (width, height) == (1280, 720) and spread > 0.05, name
    width, height, spread = size_and_spread(shots / "x-root.png")
    assert (width, height) == (1280, 720) and spread > 0.05  # the real X screen shows the app
    if os.environ.get("SPOTTER_DOCS_SCREENSHOTS") == "1":
        for name in SHOTS:
            shutil.copy(shots / f"screenshot-{name}.png", ROOT / "docs" / f"screenshot-{name}.png")

"""Start-up from the command line: no display, --quit-after-startup, play on an unknown id."""

from __future__ import annotations

import os

import pytest
from conftest import run_spotter

from app.ui.launch import has_display, no_display_message

pytestmark = pytest.mark.gui


def test_has_display_reads_the_environment():
    """X11 or Wayland sockets, or an off-screen platform, count as a display; nothing else does."""
    assert not has_display({})
    assert has_display({"DISPLAY": ":0"}) and has_display({"WAYLAND_DISPLAY": "wayland-0"})
    assert has_display({"QT_QPA_PLATFORM": "offscreen"})
    assert not has_display({"QT_QPA_PLATFORM": "xcb"})
    assert not has_display({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"})


def test_no_display_points_to_headless_play(data_dir):
    """Without a display, `spotter` says so and names `play --headless`, with no traceback."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["QT_QPA_PLATFORM"] = ""
    result = run_spotter(data_dir=data_dir, env=env)
    assert result.returncode == 2
    assert "no display" in result.stderr and "play" in result.stderr and "--headless" in result.stderr
    assert "Traceback" not in result.stderr
    assert "leg-pull-back --headless" in no_display_message("leg-pull-back")


def test_quit_after_startup_exits_cleanly(data_dir):
    """`spotter --quit-after-startup` shows the window, loads the library and exits 0."""
    result = run_spotter("--quit-after-startup", data_dir=data_dir, env={"QT_QPA_PLATFORM": "offscreen"},
                         timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (data_dir / "settings.ini").exists() or (data_dir / "content").is_dir()


def test_play_unknown_id_is_a_clear_error(data_dir):
    """`spotter play NOPE` (GUI) fails with one line, before any window opens."""
    result = run_spotter("play", "no-such-exercise", data_dir=data_dir, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2 and "no-such-exercise" in result.stderr
    assert "Traceback" not in result.stderr

"""Keep-awake and MPRIS on a real dbus-daemon session bus, driven by playerctl.

Each test starts a private session bus (dbus-daemon) and, for keep-awake, a
stand-in screensaver service on it (tests/desktop_screensaver.py) that records
the calls; the player is the real PlayerPage with a real session, at real speed.
"""

from __future__ import annotations

import pytest
from ui_support import add_test_exercise, make_app

from app.ui.desktop.inhibit import KeepAwake

pytestmark = pytest.mark.gui
pytest_plugins = ("dbus_support",)  # the private bus and the stand-ins


def test_keep_awake_inhibits_and_uninhibits_with_a_uint32_cookie(qtbot, bus, screensaver):
    """Inhibit reaches the screensaver; UnInhibit is sent typed (the stand-in takes only uint32)."""
    awake = KeepAwake(bus)
    assert awake.hold("Workout: Core") == "org.freedesktop.ScreenSaver"
    screensaver.wait_for(lambda: any(line.startswith("Inhibit Spotter") for line in screensaver.lines))
    cookie = screensaver.starting("Inhibit")[0][-2]
    awake.release()
    screensaver.wait_for(lambda: f"UnInhibit {cookie}" in screensaver.lines)
    assert not awake.held


def test_keep_awake_without_any_service_says_so_and_holds_nothing(bus, caplog):
    """No screensaver, no portal, not X11: "none", logged, and nothing to release."""
    caplog.set_level("INFO")
    awake = KeepAwake(bus, platform="offscreen")
    assert awake.hold("Workout") == "none"
    assert not awake.held
    assert "no screensaver service" in caplog.text
    awake.release()  # harmless


def test_playerctl_drives_a_session_and_the_screen_is_kept_awake(qtbot, data_dir, bus, playerctl,
                                                                   screensaver):
    """playerctl lists Spotter Playing; pause freezes the position, play resumes, next changes the
    title, and the session completes; the screensaver saw Inhibit, then UnInhibit at the end."""
    add_test_exercise(data_dir)
    spotter = make_app(qtbot, data_dir, speed=1.0)
    spotter.dbus = bus
    spotter.window.show()
    spotter.play("test-bridge")
    page = spotter.window.built("player")
    qtbot.waitUntil(lambda: page.runner is not None, timeout=20000)
    try:
        assert "spotter" in playerctl("-l").split()
        assert playerctl("-p", "spotter", "status") == "Playing"
        screensaver.wait_for(lambda: any(line.startswith("Inhibit") for line in screensaver.lines), qtbot=qtbot)
        assert playerctl("-p", "spotter", "metadata", "album") == "Test Bridge"

        playerctl("-p", "spotter", "pause")
        qtbot.waitUntil(lambda: page.runner.engine.snapshot().paused)
        assert playerctl("-p", "spotter", "status") == "Paused"
        first = float(playerctl("-p", "spotter", "position"))
        qtbot.wait(600)
        assert float(playerctl("-p", "spotter", "position")) == pytest.approx(first, abs=0.15)

        playerctl("-p", "spotter", "play")
        qtbot.waitUntil(lambda: not page.runner.engine.snapshot().paused)
        assert playerctl("-p", "spotter", "status") == "Playing"
        qtbot.wait(600)
        assert float(playerctl("-p", "spotter", "position")) > first + 0.3

        title = playerctl("-p", "spotter", "metadata", "title")
        playerctl("-p", "spotter", "next")
        qtbot.waitUntil(lambda: playerctl("-p", "spotter", "metadata", "title") != title,
                        timeout=5000)
        for _ in range(20):
            if page.runner.finished:
                break
            playerctl("-p", "spotter", "next")
            qtbot.wait(100)
        qtbot.waitUntil(lambda: page.runner.finished, timeout=5000)
        assert page.currentWidget() is page.end
        screensaver.wait_for(lambda: any(line.startswith("UnInhibit") for line in screensaver.lines),
                             qtbot=qtbot)
        assert "spotter" not in playerctl("-l").split()
    finally:
        page.close_session()

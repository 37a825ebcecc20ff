"""MPRIS as clients see it on a real session bus: the wire types, PropertiesChanged, Seeked.

The real app plays a real session on a private dbus-daemon. dbus-send reads the
properties with their D-Bus types (the spec wants ``mpris:length`` and ``Position``
as int64); ``playerctl --follow`` is a client that learns of changes only from
PropertiesChanged; dbus-monitor records Seeked.
"""

from __future__ import annotations

import re

import pytest
from ui_support import add_test_exercise, make_app

pytestmark = pytest.mark.gui
pytest_plugins = ("dbus_support",)  # the private bus and the stand-ins

PLAYER = ("org.mpris.MediaPlayer2.spotter", "/org/mpris/MediaPlayer2", "org.mpris.MediaPlayer2.Player")


@pytest.fixture
def spotter(qtbot, data_dir, bus):
    add_test_exercise(data_dir)
    app = make_app(qtbot, data_dir, speed=1.0)
    app.dbus = bus
    app.window.show()
    yield app
    app.window.built("player").close_session()


def _play(qtbot, spotter, playerctl):
    spotter.play("test-bridge")
    page = spotter.window.built("player")
    qtbot.waitUntil(lambda: page.runner is not None and not page.runner.finished, timeout=20000)
    qtbot.waitUntil(lambda: playerctl("-p", "spotter", "status") == "Playing", timeout=5000)
    return page


def _get(qtbot, follow, name: str) -> str:
    """dbus-send's reading of one Player property, types included."""
    service, path, interface = PLAYER
    reader = follow("dbus-send", "--print-reply", f"--dest={service}", path,
                    "org.freedesktop.DBus.Properties.Get", f"string:{interface}", f"string:{name}")
    reader.wait_for(qtbot, lambda: reader.done)
    return reader.text


def test_length_and_position_are_int64_on_the_wire(qtbot, spotter, playerctl, follow):
    """mpris:length is an int64 of the step's microseconds; so is Position; playerctl reads both."""
    page = _play(qtbot, spotter, playerctl)
    expected = int(page.runner.engine.snapshot().segment_seconds * 1e6)
    metadata = _get(qtbot, follow, "Metadata")
    length = re.search(r'string "mpris:length"\s+variant\s+(\w+) (\d+)', metadata)
    assert length is not None, metadata
    assert length.groups() == ("int64", str(expected))
    assert re.search(r"variant\s+int64 \d+", _get(qtbot, follow, "Position"))
    assert playerctl("-p", "spotter", "metadata", "--format", "{{mpris:length}}") == str(expected)
    assert float(playerctl("-p", "spotter", "position")) >= 0.0


def test_properties_changed_tells_followers_of_status_and_title(qtbot, spotter, playerctl, follow):
    """play-pause twice, then next: playerctl --follow (which only hears PropertiesChanged) sees
    Paused, Playing and the new title."""
    page = _play(qtbot, spotter, playerctl)
    status = follow("playerctl", "-p", "spotter", "--follow", "status")
    titles = follow("playerctl", "-p", "spotter", "--follow", "metadata", "--format", "{{title}}")
    status.wait_for(qtbot, lambda: status.lines == ["Playing"])  # connected: it says where it starts
    titles.wait_for(qtbot, lambda: len(titles.lines) == 1)
    first_title = titles.lines[0]
    assert first_title == playerctl("-p", "spotter", "metadata", "title")
    playerctl("-p", "spotter", "play-pause")
    status.wait_for(qtbot, lambda: status.lines[-1:] == ["Paused"])
    assert page.runner.engine.snapshot().paused
    playerctl("-p", "spotter", "play-pause")
    status.wait_for(qtbot, lambda: status.lines[-1:] == ["Playing"])
    assert not page.runner.engine.snapshot().paused
    playerctl("-p", "spotter", "next")
    titles.wait_for(qtbot, lambda: len(titles.lines) > 1 and titles.lines[-1] != first_title)
    assert titles.lines[-1] == playerctl("-p", "spotter", "metadata", "title")
    assert status.lines == ["Playing", "Paused", "Playing"]


def test_restarting_a_step_sends_seeked(qtbot, spotter, playerctl, monitor):
    """Previous on the first segment restarts it: the position jumps back, and Seeked says so."""
    seeked = monitor("type='signal',interface='org.mpris.MediaPlayer2.Player',member='Seeked'")
    page = _play(qtbot, spotter, playerctl)
    snap = page.runner.engine.snapshot
    assert snap().index == 0
    qtbot.waitUntil(lambda: snap().segment_seconds - snap().remaining > 2.0, timeout=5000)
    assert "member=Seeked" not in seeked.text  # playing on is not a jump
    playerctl("-p", "spotter", "previous")
    seeked.wait_for(qtbot, lambda: re.search(r"member=Seeked\s+int64 \d+", seeked.text))
    assert snap().index == 0
    jumps = [int(value) for value in re.findall(r"member=Seeked\s+int64 (\d+)", seeked.text)]
    assert len(jumps) == 1 and jumps[0] < 1_000_000, seeked.lines
    assert float(playerctl("-p", "spotter", "position")) < 2.0


def test_a_workout_is_the_album_and_its_exercise_the_title(qtbot, spotter, playerctl):
    """Metadata: xesam:album is the workout, xesam:title the segment and its exercise."""
    workout = spotter.library.workout("core-foundations")
    first = spotter.library.exercise(workout.all_items()[0].exercise)
    spotter.play("core-foundations")
    page = spotter.window.built("player")
    qtbot.waitUntil(lambda: page.runner is not None and not page.runner.finished, timeout=20000)
    qtbot.waitUntil(lambda: playerctl("-p", "spotter", "status") == "Playing", timeout=5000)
    assert playerctl("-p", "spotter", "metadata", "album") == workout.title
    assert first.title in playerctl("-p", "spotter", "metadata", "title")
    playerctl("-p", "spotter", "next")
    qtbot.waitUntil(lambda: page.runner.engine.snapshot().index == 1)
    qtbot.waitUntil(lambda: playerctl("-p", "spotter", "metadata", "title").startswith(first.title),
                    timeout=5000)
    assert playerctl("-p", "spotter", "metadata", "album") == workout.title

"""MPRIS as clients see it on a real session bus: the wire types, PropertiesChanged, Seeked.

The real app plays a real session on a private dbus-daemon. dbus-send reads the
properties with their D-Bus types (the spec wants ``mpris:length`` and ``Position``
as int64); ``playerctl --follow`` is a client that learns of changes only from
PropertiesChanged; dbus-monitor records Seeked.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

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


def _background(bus_address: str, *command: str) -> subprocess.Popen:
    tool = shutil.which(command[0])
    if tool is None:
        pytest.fail(f"{command[0]} is missing: scripts/system-deps.sh installs it")
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus_address)
    return subprocess.Popen([tool, *command[1:]], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def _get(qtbot, bus_address: str, name: str) -> str:
    """dbus-send's reading of one Player property, types included."""
    service, path, interface = PLAYER
    proc = _background(bus_address, "dbus-send", "--print-reply", f"--dest={service}", path,
                       "org.freedesktop.DBus.Properties.Get", f"string:{interface}", f"string:{name}")
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10000)
    return proc.stdout.read()


def _stop(proc: subprocess.Popen) -> str:
    proc.terminate()
    return proc.communicate(timeout=5)[0]


def test_length_and_position_are_int64_on_the_wire(qtbot, spotter, bus_address, playerctl):
    """mpris:length is an int64 of the step's microseconds; so is Position; playerctl reads both."""
    page = _play(qtbot, spotter, playerctl)
    expected = int(page.runner.engine.snapshot().segment_seconds * 1e6)
    metadata = _get(qtbot, bus_address, "Metadata")
    length = re.search(r'string "mpris:length"\s+variant\s+(\w+) (\d+)', metadata)
    assert length is not None, metadata
    assert length.groups() == ("int64", str(expected))
    assert re.search(r"variant\s+int64 \d+", _get(qtbot, bus_address, "Position"))
    assert playerctl("-p", "spotter", "metadata", "--format", "{{mpris:length}}") == str(expected)
    assert float(playerctl("-p", "spotter", "position")) >= 0.0


def test_properties_changed_tells_followers_of_status_and_title(qtbot, spotter, bus_address, playerctl):
    """play-pause twice, then next: playerctl --follow (which only hears PropertiesChanged) sees
    Paused, Playing and the new title."""
    page = _play(qtbot, spotter, playerctl)
    status = _background(bus_address, "playerctl", "-p", "spotter", "--follow", "status")
    titles = _background(bus_address, "playerctl", "-p", "spotter", "--follow", "metadata", "--format",
                         "{{title}}")
    try:
        qtbot.wait(500)  # the followers are connected
        first_title = playerctl("-p", "spotter", "metadata", "title")
        playerctl("-p", "spotter", "play-pause")
        qtbot.waitUntil(lambda: page.runner.engine.snapshot().paused)
        qtbot.wait(300)
        playerctl("-p", "spotter", "play-pause")
        qtbot.waitUntil(lambda: not page.runner.engine.snapshot().paused)
        playerctl("-p", "spotter", "next")
        qtbot.waitUntil(lambda: playerctl("-p", "spotter", "metadata", "title") != first_title, timeout=5000)
        new_title = playerctl("-p", "spotter", "metadata", "title")
        qtbot.wait(500)
    finally:
        said, seen = _stop(status).split(), _stop(titles).splitlines()
    assert said[:3] == ["Playing", "Paused", "Playing"], said
    assert seen[0] == first_title and new_title in seen[1:], seen


def test_restarting_a_step_sends_seeked(qtbot, spotter, bus_address, playerctl):
    """Previous on the first segment restarts it: the position jumps back, and Seeked says so."""
    monitor = _background(bus_address, "dbus-monitor", "--address", bus_address,
                          "type='signal',interface='org.mpris.MediaPlayer2.Player',member='Seeked'")
    try:
        page = _play(qtbot, spotter, playerctl)
        snap = page.runner.engine.snapshot
        assert snap().index == 0
        qtbot.waitUntil(lambda: snap().segment_seconds - snap().remaining > 2.0, timeout=5000)
        playerctl("-p", "spotter", "previous")
        qtbot.waitUntil(lambda: snap().segment_seconds - snap().remaining < 1.0, timeout=5000)
        assert snap().index == 0
        qtbot.wait(500)
    finally:
        heard = _stop(monitor)
    jumps = [int(value) for value in re.findall(r"member=Seeked\s+int64 (\d+)", heard)]
    assert len(jumps) == 1 and jumps[0] < 1_000_000, heard
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

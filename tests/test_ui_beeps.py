"""Beeps on the countdown: a real tone file, played off the GUI thread when the setting is on."""

from __future__ import annotations

import sys
import wave

import pytest
from ui_support import add_test_exercise, make_app

from app.speech.beeps import Beeper, write_beep
from app.ui.qt.invoker import Background

pytestmark = pytest.mark.gui


def test_beep_wav_is_a_real_short_tone(tmp_path):
    """The beep is 0.12 s of non-silent 16-bit audio."""
    path = write_beep(tmp_path / "beep.wav")
    with wave.open(str(path)) as w:
        frames = w.readframes(w.getnframes())
        assert abs(w.getnframes() / w.getframerate() - 0.12) < 0.01 and w.getsampwidth() == 2
    assert max(frames) > 0


def test_beeper_starts_the_player_with_the_wav(qtbot, tmp_path):
    """beep() returns at once; the player process is started with the beep file."""
    marker = tmp_path / "played"
    # the stand-in player writes its argument, then renames: the marker shows up written, never empty
    player = [sys.executable, "-c",
              (f"import os, sys; open({str(marker)!r} + '.tmp', 'w').write(sys.argv[1]); "
               f"os.replace({str(marker)!r} + '.tmp', {str(marker)!r})")]
    beeper = Beeper(tmp_path / "cache", Background().run, player)
    beeper.beep()
    qtbot.waitUntil(marker.exists, timeout=10000)
    assert marker.read_text().endswith("beep.wav")


def test_countdown_numbers_beep_only_when_the_setting_is_on(qtbot, data_dir):
    """A counted second of a step beeps with beeps on, and does not with beeps off."""
    from app.session.events import EventType

    add_test_exercise(data_dir)
    for beeps in (True, False):
        spotter = make_app(qtbot, data_dir, speed=1.0, beeps=beeps)
        spotter.play("test-bridge")
        page = spotter.window.built("player")
        qtbot.waitUntil(lambda page=page: page.runner is not None, timeout=20000)
        page.beeper._player = ("true",)
        page.runner.engine.next()  # past get-ready: step 1 counts down its last seconds
        with qtbot.waitSignal(page.runner.event, timeout=10000,
                              check_params_cb=lambda e: e.type is EventType.CUE and e.payload.kind == "count"):
            pass
        assert (page.beeper.played > 0) is beeps
        page.close_session()

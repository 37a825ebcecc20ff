"""Voice commands in the player: the switch, the notice without a microphone, and what a command does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_ui_player_page import player, wait_event  # noqa: F401 - the fixture

from app.session.controls import Control
from app.session.events import EventType

pytestmark = pytest.mark.gui


def test_voice_switch_without_a_microphone_gives_a_notice_and_the_session_goes_on(qtbot, player):  # noqa: F811
    """V turns voice commands on: with no microphone here, a clear notice; the keys still work."""
    _app, page = player
    qtbot.keyClick(page.view, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: "Voice commands are off" in page.view.heard.text())
    assert "microphone" in page.view.heard.text()
    assert not page.voice.listening and not page.view.buttons["voice"].isChecked()
    wait_event(qtbot, page, EventType.SKIP, Qt.Key.Key_Right)


def test_a_heard_command_is_captioned_and_acts_like_its_key(qtbot, player):  # noqa: F811
    """"next" heard: the caption says "Heard: next" and the session moves on, as Right would."""
    _app, page = player
    with qtbot.waitSignal(page.runner.event, check_params_cb=lambda e: e.type is EventType.SKIP, timeout=3000):
        page.voice.heard.emit("next", Control.NEXT)
    assert page.view.heard.text() == "Heard: next"
    with qtbot.waitSignal(page.runner.event, check_params_cb=lambda e: e.type is EventType.PAUSE, timeout=3000):
        page.voice.heard.emit("pause", Control.PAUSE)
    page.voice.heard.emit("pause", Control.PAUSE)  # "pause" again never resumes
    qtbot.wait(100)
    assert page.runner.engine.snapshot().paused
    with qtbot.waitSignal(page.runner.event, check_params_cb=lambda e: e.type is EventType.RESUME, timeout=3000):
        page.voice.heard.emit("resume", Control.RESUME)


def test_voice_commands_are_off_by_default_and_switched_in_settings(qtbot, data_dir):
    """A fresh Settings page shows the switch off; ticking it saves the preference."""
    from app.preferences import Preferences
    from app.ui.settings.store import Settings
    from app.ui.settings.view import SettingsView

    assert Preferences().voice_commands is False
    settings = Settings(data_dir / "settings.ini")
    view = SettingsView(settings)
    qtbot.addWidget(view)
    assert not view.voice_commands.isChecked()
    view.voice_commands.setChecked(True)
    assert Settings(data_dir / "settings.ini").load().voice_commands is True

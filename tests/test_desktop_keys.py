"""Presentation clickers and media keys in the player window: the same controls as the keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_ui_player_page import player, wait_event  # noqa: F401 - the fixture

from app.session.events import EventType

pytestmark = pytest.mark.gui


def test_page_down_and_page_up_mean_next_and_back(qtbot, player):  # noqa: F811
    """A clicker's PageDown skips to the next step, PageUp goes back."""
    _app, page = player
    wait_event(qtbot, page, EventType.SKIP, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: "Step 2 of 3" in page.view.where.text())
    wait_event(qtbot, page, EventType.BACK, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: "Step 1 of 3" in page.view.where.text())


def test_media_keys_pause_resume_and_skip(qtbot, player):  # noqa: F811
    """Media Play/Pause toggles, Media Pause only pauses, Media Next and Previous move."""
    _app, page = player
    wait_event(qtbot, page, EventType.PAUSE, Qt.Key.Key_MediaTogglePlayPause)
    assert page.runner.engine.snapshot().paused
    qtbot.keyClick(page.view, Qt.Key.Key_MediaPause)  # already paused: stays paused
    qtbot.wait(100)
    assert page.runner.engine.snapshot().paused
    wait_event(qtbot, page, EventType.RESUME, Qt.Key.Key_MediaPlay)
    wait_event(qtbot, page, EventType.SKIP, Qt.Key.Key_MediaNext)
    wait_event(qtbot, page, EventType.BACK, Qt.Key.Key_MediaPrevious)

"""The end screen and the summary it shows: time, exercises, modifications, RPE keys, notes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.history.summary import SessionSummary
from app.session.events import EventType, SessionEvent
from app.ui.player.end_screen import EndScreen

pytestmark = pytest.mark.gui


def summary_of_a_session() -> SessionSummary:
    """A summary folded from the events of a two-exercise session with a switch and a "this hurts"."""
    s = SessionSummary()
    events = [
        SessionEvent.of(EventType.SESSION_START, 0, {"title": "Morning", "exercise_titles": ["Swan", "Saw"]}),
        SessionEvent.of(EventType.SEGMENT_END, 10, {"kind": "step", "exercise_index": 0, "seconds": 40.0}),
        SessionEvent.of(EventType.MODIFICATION, 12, {"exercise_index": 0, "name": "Baby Swan", "level": "easier"}),
        SessionEvent.of(EventType.PAIN, 13, {"exercise_index": 0, "action": "easier"}),
        SessionEvent.of(EventType.SEGMENT_END, 30, {"kind": "step", "exercise_index": 1, "seconds": 35.0}),
        SessionEvent.of(EventType.SEGMENT_END, 31, {"kind": "rest", "exercise_index": None, "seconds": 20.0}),
        SessionEvent.of(EventType.SESSION_END, 95, {"status": "completed", "active_seconds": 95.0,
                                                  "paused_seconds": 12.0}),
    ]
    for event in events:
        s.add(event)
    return s


def test_summary_folds_time_exercises_and_modifications():
    """Seconds per exercise (steps only), each modification used, pain presses, status and times."""
    s = summary_of_a_session()
    assert [e.title for e in s.exercises] == ["Swan", "Saw"]
    assert s.exercises[0].seconds == 40.0 and s.exercises[1].seconds == 35.0
    assert s.exercises[0].modifications == ["Baby Swan (easier)"] and s.exercises[0].pain == 1
    assert s.status == "completed" and s.active_seconds == 95.0
    assert s.modifications_used() == ["Baby Swan (easier)"]


def test_end_screen_shows_the_summary_and_sends_rpe_and_notes(qtbot):
    """The screen lists time and modifications; keys 1-9/0 pick the RPE; Ctrl+S saves."""
    screen = EndScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.show_summary(summary_of_a_session())
    text = screen.summary.text()
    assert "Well done" in screen.heading.text()
    assert "1:35 active" in text and "0:12 paused" in text and "Baby Swan (easier)" in text
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClick(screen, Qt.Key.Key_8)
    assert screen.rpe.checkedId() == 8
    qtbot.keyClick(screen, Qt.Key.Key_0)
    assert screen.rpe.checkedId() == 10
    qtbot.keyClicks(screen.notes, "knee ok 3")
    assert screen.rpe.checkedId() == 10  # digits typed in the notes stay in the notes
    with qtbot.waitSignal(screen.save_requested) as blocker:
        qtbot.keyClick(screen, Qt.Key.Key_S, modifier=Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [10, "knee ok 3"]
    screen.saved(True)
    assert "Saved" in screen.status.text() and not screen.save.isEnabled()


def test_a_stopped_session_lists_only_the_exercises_reached(qtbot):
    """Stopped after the first exercise: the others are counted as not reached, their preset levels unlisted."""
    s = SessionSummary()
    for event in [
        SessionEvent.of(EventType.SESSION_START, 0, {"title": "Morning", "exercise_titles": ["Swan", "Saw", "Bird Dog"]}),
        SessionEvent.of(EventType.MODIFICATION, 0, {"exercise_index": 2, "name": "Arms Only", "level": "easier"}),
        SessionEvent.of(EventType.SEGMENT_END, 10, {"kind": "step", "exercise_index": 0, "seconds": 8.0}),
        SessionEvent.of(EventType.SESSION_END, 12, {"status": "stopped", "active_seconds": 12.0, "paused_seconds": 0.0}),
    ]:
        s.add(event)
    assert [e.title for e in s.reached()] == ["Swan"] and s.modifications_used() == []
    screen = EndScreen()
    qtbot.addWidget(screen)
    screen.show_summary(s)
    text = screen.summary.text()
    assert "Session stopped" in screen.heading.text()
    assert "Swan" in text and "Saw —" not in text and "Bird Dog" not in text
    assert "Not reached: 2 of 3 exercises" in text and "Arms Only" not in text


def test_end_screen_in_spanish_names_forms_as_the_session_said_them(qtbot, qapp):
    """Under Spanish, a form reads with its translated name and level; the standard form is "Estándar"."""
    from app.ui.qt.translation import install_translators

    s = SessionSummary()
    for event in (
        SessionEvent.of(EventType.SESSION_START, 0, {"title": "Cisne", "exercise_titles": ["Cisne"]}),
        SessionEvent.of(EventType.SEGMENT_END, 10, {"kind": "step", "exercise_index": 0, "seconds": 40.0}),
        SessionEvent.of(EventType.MODIFICATION, 12, {"exercise_index": 0, "name": "Baby Swan", "level": "easier",
                                                     "label": "Cisne bebé"}),
        SessionEvent.of(EventType.MODIFICATION, 20, {"exercise_index": 0, "name": "Standard",
                                                     "level": "standard"}),
        SessionEvent.of(EventType.SESSION_END, 95, {"status": "completed", "active_seconds": 95.0,
                                                  "paused_seconds": 0.0}),
    ):
        s.add(event)
    try:
        install_translators(qapp, "es")
        screen = EndScreen()
        qtbot.addWidget(screen)
        screen.show_summary(s)
        text = screen.summary.text()
        assert "Cisne bebé (más fácil), Estándar" in text and "Baby Swan" not in text
        assert "(easier)" not in text and "Standard" not in text
    finally:
        install_translators(qapp, "en")


def test_an_exercise_cut_short_says_so(qtbot):
    """A workout played to the end with part of one exercise skipped: only that one reads "not finished"."""
    from fixtures.history_events import events, plan

    skip = next(i for i, seg in enumerate(plan()) if seg["kind"] == "step" and seg["exercise_index"] == 1)
    s = SessionSummary()
    for event in events(skip_at=skip):
        s.add(event)
    assert s.status == "completed" and [e.completed for e in s.exercises] == [True, False, True]
    screen = EndScreen()
    qtbot.addWidget(screen)
    screen.show_summary(s)
    lines = [line for line in screen.summary.text().splitlines() if line.startswith("•")]
    assert [("not finished" in line) for line in lines] == [False, True, False], lines

"""An interrupted session is offered at start: resume at its step, keep it, or discard it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_support import add_test_exercise, make_app

pytestmark = pytest.mark.gui


def interrupt_a_session(qtbot, data_dir) -> int:
    """Play test-bridge to its second step, then close the app mid-session; returns the session id."""
    add_test_exercise(data_dir)
    spotter = make_app(qtbot, data_dir)
    spotter.play("test-bridge", "Feet wide")
    page = spotter.window.built("player")
    qtbot.waitUntil(lambda: page.runner is not None, timeout=20000)
    page.runner.engine.next()
    page.runner.engine.next()
    qtbot.waitUntil(lambda: page.runner.engine.snapshot().step_number == 2)
    qtbot.waitUntil(lambda: spotter.history.last_session_id is not None)
    sid = spotter.history.last_session_id
    spotter.window.close()  # closing mid-session asks, then leaves it interrupted
    spotter.window.built("player").confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not spotter.window.isVisible())
    done = []
    spotter.history.call(lambda store: done.append(1))
    qtbot.waitUntil(lambda: bool(done))
    return sid


def offered(qtbot, data_dir):
    """A fresh app that has asked about the interrupted session."""
    spotter = make_app(qtbot, data_dir)
    spotter.offer_resume()
    qtbot.waitUntil(lambda: spotter.resume_question is not None, timeout=10000)
    return spotter, spotter.resume_question


def test_resume_continues_at_the_exact_step_with_its_modification(qtbot, data_dir):
    """Resume starts the player at the step it stopped on, with the modification in use."""
    sid = interrupt_a_session(qtbot, data_dir)
    spotter, box = offered(qtbot, data_dir)
    assert "Test Bridge" in box.text() and "interrupted" in box.text()
    resume = next(b for b in box.buttons() if "Resume" in b.text())
    resume.click()
    page = spotter.window.built("player")
    qtbot.waitUntil(lambda: page.runner is not None, timeout=20000)
    snap = page.runner.engine.snapshot()
    assert snap.segment.kind.value == "prepare" and snap.exercise_number == 1  # a get-ready first
    assert "GET READY" in page.view.kind.text() or not page.view.kind.text()
    page.runner.engine.next()  # skip it: on to the step it prepares
    snap = page.runner.engine.snapshot()
    assert snap.step_number == 2 and snap.modification is not None and snap.modification.name == "Feet wide"
    qtbot.waitUntil(lambda: spotter.history.last_session_id == sid, timeout=5000)
    page.close_session()


def test_discard_deletes_and_keep_stops_asking(qtbot, data_dir):
    """Keep leaves the session interrupted and not offered again; Discard deletes it."""
    sid = interrupt_a_session(qtbot, data_dir)
    spotter, box = offered(qtbot, data_dir)
    next(b for b in box.buttons() if "Keep" in b.text()).click()
    found = []
    spotter.history.call(lambda store: (store.session(sid), store.interrupted()), found.append)
    qtbot.waitUntil(lambda: bool(found))
    record, still_offered = found[0]
    assert record.status.value == "interrupted" and still_offered == []

    sid2 = interrupt_a_session(qtbot, data_dir)
    spotter, box = offered(qtbot, data_dir)
    next(b for b in box.buttons() if "Discard" in b.text()).click()
    found.clear()
    spotter.history.call(lambda store: store.session(sid2), found.append)
    qtbot.waitUntil(lambda: bool(found) or found == [None])
    assert found == [None]


def test_after_a_resume_the_end_screen_sums_the_whole_session(qtbot, data_dir):
    """A workout stopped at its third exercise and resumed ends with every exercise and all the time, as History has."""
    from app.durations import format_duration

    spotter = make_app(qtbot, data_dir, speed=60.0)
    workout = spotter.library.workout("back-friendly-beginner")
    spotter.play(workout.id)
    page = spotter.window.built("player")
    qtbot.waitUntil(lambda: page.runner is not None, timeout=20000)
    qtbot.waitUntil(lambda: (page.runner.engine.snapshot().exercise_number or 0) >= 3, timeout=30000)
    qtbot.waitUntil(lambda: spotter.history.last_session_id is not None)
    sid = spotter.history.last_session_id
    spotter.window.close()
    page.confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not spotter.window.isVisible())

    again = make_app(qtbot, data_dir, speed=60.0)
    again.offer_resume()
    qtbot.waitUntil(lambda: again.resume_question is not None, timeout=10000)
    next(b for b in again.resume_question.buttons() if "Resume" in b.text()).click()
    page = again.window.built("player")
    with qtbot.waitSignal(page.session_ended, timeout=60000) as blocker:
        pass
    summary = blocker.args[0]
    found = []
    again.history.call(lambda store: store.session(sid), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    record = found[0]
    assert record.status.value == "completed"
    assert len(summary.reached()) == len(summary.exercises) == len(record.exercises)
    assert summary.active_seconds == pytest.approx(record.active_seconds, abs=1.0)
    assert [round(e.seconds) for e in summary.exercises] == [round(e.seconds) for e in record.exercises]
    text = page.end.summary.text()
    assert "Not reached" not in text
    assert f"Time: {format_duration(record.active_seconds)} active" in text

"""An interrupted session is offered at start: resume at its step, keep it, or discard it."""

from __future__ import annotations

import pytest
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
    spotter.window.close()  # closing mid-session leaves it interrupted
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

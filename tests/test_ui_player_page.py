"""The player: every control by key, captions, the end screen, and history recording."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_support import add_test_exercise, make_app

from app.session.events import EventType

pytestmark = pytest.mark.gui


@pytest.fixture
def player(qtbot, data_dir):
    """The app with the player running ``test-bridge`` at real speed, on its first step."""
    add_test_exercise(data_dir)
    spotter = make_app(qtbot, data_dir, speed=1.0)
    spotter.window.show()
    spotter.play("test-bridge")
    page = spotter.window.built("player")
    qtbot.waitUntil(lambda: page.runner is not None, timeout=20000)
    page.runner.engine.next()  # past get-ready, onto step 1
    qtbot.waitUntil(lambda: page.runner.engine.snapshot().step_number == 1)
    spotter.window.activateWindow()
    qtbot.waitUntil(lambda: spotter.window.isActiveWindow())
    yield spotter, page
    page.close_session()


def wait_event(qtbot, page, kind, key=None, **match):
    """Press ``key`` (if given) on the player and wait for an engine event of ``kind``."""

    def check(event):
        return event.type is kind and all(getattr(event.payload, k, None) == v for k, v in match.items())

    with qtbot.waitSignal(page.runner.event, check_params_cb=check, timeout=5000) as blocker:
        if key is not None:
            qtbot.keyClick(page.view, key)
    return blocker.args[0]


def test_space_pauses_and_resumes(qtbot, player):
    """Space pauses (countdown frozen, "PAUSED" shown) and Space again resumes."""
    _app, page = player
    wait_event(qtbot, page, EventType.PAUSE, Qt.Key.Key_Space)
    assert page.runner.engine.snapshot().paused
    qtbot.waitUntil(lambda: "PAUSED" in page.view.kind.text())
    wait_event(qtbot, page, EventType.RESUME, Qt.Key.Key_Space)
    assert not page.runner.engine.snapshot().paused


def test_right_skips_and_left_goes_back(qtbot, player):
    """Right moves to the next step, Left back to the previous one; the screen follows."""
    _app, page = player
    wait_event(qtbot, page, EventType.SKIP, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: "Step 2 of 3" in page.view.where.text())
    assert page.view.step_text.text() == "Lift your hips."
    wait_event(qtbot, page, EventType.BACK, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: "Step 1 of 3" in page.view.where.text())


def test_reps_step_shows_big_done_button_and_d_ends_it(qtbot, player):
    """On a reps step the Done button shows; D ends the step at once."""
    _app, page = player
    assert page.view.done.isHidden()
    wait_event(qtbot, page, EventType.SKIP, Qt.Key.Key_Right)
    wait_event(qtbot, page, EventType.SKIP, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: page.view.done.isVisible())
    assert "3 REPS" in page.view.kind.text()
    wait_event(qtbot, page, EventType.DONE, Qt.Key.Key_D)


def test_e_s_h_switch_the_modification_and_it_stays_visible(qtbot, player):
    """E, S and H switch to easier, standard and harder; the level label and buttons follow."""
    _app, page = player
    wait_event(qtbot, page, EventType.MODIFICATION, Qt.Key.Key_E, level="easier", name="Feet wide")
    qtbot.waitUntil(lambda: "Feet wide" in page.view.modification.text())
    assert page.view.buttons["easier"].isChecked()
    wait_event(qtbot, page, EventType.MODIFICATION, Qt.Key.Key_S, level="standard")
    qtbot.waitUntil(lambda: page.view.buttons["standard"].isChecked())
    wait_event(qtbot, page, EventType.MODIFICATION, Qt.Key.Key_H, level="harder", name="One leg")
    qtbot.waitUntil(lambda: "One leg" in page.view.modification.text())
    with qtbot.waitSignal(page.runner.event, check_params_cb=lambda e: e.type is EventType.MODIFICATION):
        page.view.buttons["easier"].click()  # one click as well as one key


def test_p_says_this_hurts(qtbot, player):
    """P records "this hurts" and moves to the easiest modification."""
    _app, page = player
    event = wait_event(qtbot, page, EventType.PAIN, Qt.Key.Key_P)
    assert event.payload.action == "easier"
    qtbot.waitUntil(lambda: "Feet wide" in page.view.modification.text())


def test_m_mutes_and_f11_toggles_full_screen(qtbot, player):
    """M mutes the voice (captions stay); F11 enters and leaves full screen."""
    spotter, page = player
    qtbot.keyClick(page.view, Qt.Key.Key_M)
    assert page.runner.speaker.muted and "Unmute" in page.view.buttons["mute"].text()
    qtbot.keyClick(page.view, Qt.Key.Key_M)
    assert not page.runner.speaker.muted
    qtbot.keyClick(page.view, Qt.Key.Key_F11)
    qtbot.waitUntil(spotter.window.isFullScreen)
    qtbot.keyClick(page.view, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not spotter.window.isFullScreen())


def test_plus_adds_ten_seconds_and_captions_show_cues(qtbot, player):
    """+ adds 10 s to the step; every spoken cue appears as a caption."""
    _app, page = player
    before = page.runner.engine.snapshot().remaining
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert page.runner.engine.snapshot().remaining > before + 8
    cue = wait_event(qtbot, page, EventType.CUE, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: cue.payload.text in page.view.caption.text())


def test_esc_asks_before_stopping(qtbot, player):
    """Esc pauses and asks; "Keep going" resumes, "Stop" ends the session as stopped."""
    _app, page = player
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    box = page.confirm
    assert box is not None and box.isVisible() and page.runner.engine.snapshot().paused
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: not page.runner.engine.snapshot().paused)
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    with qtbot.waitSignal(page.session_ended, timeout=5000) as blocker:
        page.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert blocker.args[0].status == "stopped"
    assert page.currentWidget() is page.end and "stopped" in page.end.heading.text()


def test_a_session_plays_to_the_end_and_its_rating_is_saved(qtbot, data_dir):
    """At --speed 40 a session completes, reaches history, and the RPE and notes are stored."""
    add_test_exercise(data_dir)
    spotter = make_app(qtbot, data_dir, speed=40.0)
    spotter.play("test-bridge", "One leg")
    page = spotter.window.built("player")
    with qtbot.waitSignal(page.session_ended, timeout=20000) as blocker:
        pass
    summary = blocker.args[0]
    assert summary.status == "completed" and "One leg (harder)" in summary.modifications_used()
    assert page.currentWidget() is page.end and "One leg" in page.end.summary.text()
    qtbot.waitUntil(lambda: spotter.history.last_session_id is not None)
    page.end.rpe.button(7).click()
    page.end.notes.setPlainText("Felt strong.")
    page.end.save.click()
    qtbot.waitUntil(lambda: "Saved" in page.end.status.text(), timeout=5000)
    found = []
    spotter.history.call(lambda store: store.session(spotter.history.last_session_id), found.append)
    qtbot.waitUntil(lambda: bool(found))
    record = found[0]
    assert record.status.value == "completed" and record.rpe == 7 and record.notes == "Felt strong."
    assert record.exercises[0].modification == "One leg"


def test_library_start_opens_the_player_with_the_chosen_modification(qtbot, data_dir):
    """Start in the Library (with "Easier: ...") opens the player on that exercise at that level."""
    spotter = make_app(qtbot, data_dir)
    library = spotter.window.page("library")
    library.select("glute-bridge")
    combo = library.detail.modification
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i).startswith("Easier")))
    wanted = combo.currentData()
    library.detail.start.click()
    page = spotter.window.built("player")
    assert spotter.window.current_key() == "player" and not spotter.window.sidebar.isVisible()
    qtbot.waitUntil(lambda: page.runner is not None, timeout=20000)
    snap = page.runner.engine.snapshot()
    assert snap.modification is not None and snap.modification.name == wanted
    page.close_session()


def test_a_workout_plays_every_exercise_with_rests(qtbot, data_dir):
    """A bundled workout at --speed 200 shows "exercise i of N", rests, and ends completed."""
    spotter = make_app(qtbot, data_dir, speed=200.0)
    workout = spotter.library.workout("back-friendly-beginner")
    spotter.play(workout.id)
    page = spotter.window.built("player")
    qtbot.waitUntil(lambda: page.runner is not None, timeout=20000)
    kinds = []
    page.runner.event.connect(lambda e: kinds.append(e.payload.kind) if e.type is EventType.SEGMENT else None)
    with qtbot.waitSignal(page.session_ended, timeout=60000) as blocker:
        pass
    summary = blocker.args[0]
    assert summary.status == "completed" and len(summary.exercises) == len(workout.all_items())
    assert "rest" in kinds and all(ex.seconds > 0 for ex in summary.exercises)


def test_easier_and_harder_are_disabled_with_a_reason_at_either_end(qtbot, player):
    """On the easiest form Easier is disabled and says why (tooltip, accessible description); Harder likewise."""
    _app, page = player
    easier, harder = page.view.buttons["easier"], page.view.buttons["harder"]
    qtbot.waitUntil(lambda: easier.isEnabled() and harder.isEnabled())
    wait_event(qtbot, page, EventType.MODIFICATION, Qt.Key.Key_E, name="Feet wide")
    qtbot.waitUntil(lambda: not easier.isEnabled())
    assert harder.isEnabled()
    assert "easiest form of Test Bridge" in easier.toolTip()
    assert easier.accessibleDescription() == easier.toolTip()
    wait_event(qtbot, page, EventType.MODIFICATION, Qt.Key.Key_H, level="standard")
    wait_event(qtbot, page, EventType.MODIFICATION, Qt.Key.Key_H, name="One leg")
    qtbot.waitUntil(lambda: not harder.isEnabled() and easier.isEnabled())
    assert "hardest form of Test Bridge" in harder.accessibleDescription()


def test_speech_off_stays_on_screen_after_the_first_caption(qtbot, player):
    """With speech off, the player says so plainly, and captions never write over it."""
    _app, page = player
    problem = page.runner.speaker.problem
    assert problem and "Speech is" in problem  # the tests run with the voice off in Settings
    assert page.view.speech.isVisible() and problem in page.view.speech.text()
    cue = wait_event(qtbot, page, EventType.CUE, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: cue.payload.text in page.view.caption.text())
    assert page.view.speech.isVisible() and problem in page.view.speech.text()
    assert problem not in page.view.caption.text()


def test_closing_the_window_mid_session_asks_first(qtbot, player):
    """Closing mid-session pauses and asks: "Keep going" carries on; Ctrl+Q then "Quit" closes."""
    spotter, page = player
    spotter.window.close()
    box = page.confirm
    assert box is not None and box.isVisible() and "Quit" in box.text()
    assert spotter.window.isVisible() and page.runner.engine.snapshot().paused
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: not page.runner.engine.snapshot().paused)
    assert spotter.window.isVisible()
    qtbot.keyClick(page.view, Qt.Key.Key_Q, modifier=Qt.KeyboardModifier.ControlModifier)
    box = page.confirm
    assert box is not None and box.isVisible()
    qtbot.waitUntil(lambda: spotter.history.last_session_id is not None)
    sid = spotter.history.last_session_id
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not spotter.window.isVisible())
    found = []
    spotter.history.call(lambda store: store.session(sid), found.append)
    qtbot.waitUntil(lambda: bool(found))
    assert found[0].status.value == "interrupted"


def test_ctrl_q_quits_at_once_when_no_session_runs(qtbot, data_dir):
    """Ctrl+Q closes the window from the Library, with no question."""
    spotter = make_app(qtbot, data_dir)
    spotter.window.activateWindow()
    qtbot.waitUntil(spotter.window.isActiveWindow)
    qtbot.keyClick(spotter.window, Qt.Key.Key_Q, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not spotter.window.isVisible())


def test_this_hurts_on_the_easiest_form_stops_a_single_exercise(qtbot, player):
    """P on the easiest form: the safety word is shown, the session ends stopped, never "Well done"."""
    spotter, page = player
    wait_event(qtbot, page, EventType.PAIN, Qt.Key.Key_P, action="easier")
    with qtbot.waitSignal(page.session_ended, timeout=5000) as blocker:
        qtbot.keyClick(page.view, Qt.Key.Key_P)
    summary = blocker.args[0]
    assert summary.status == "stopped" and summary.stopped_for_pain
    assert "get advice" in page.view.safety.text()
    assert page.currentWidget() is page.end
    assert "Well done" not in page.end.heading.text() and "this hurts" in page.end.heading.text()
    assert "get advice" in page.end.summary.text()
    qtbot.waitUntil(lambda: spotter.history.last_session_id is not None)
    found = []
    spotter.history.call(lambda store: store.session(spotter.history.last_session_id), found.append)
    qtbot.waitUntil(lambda: bool(found))
    assert found[0].status.value == "stopped" and found[0].exercises[0].pain == 2
    assert not found[0].exercises[0].completed


def test_this_hurts_in_a_workout_offers_to_go_on_or_end(qtbot, data_dir):
    """In a workout the exercise stops with the safety word shown, and a question offers to go on or end."""
    spotter = make_app(qtbot, data_dir)
    spotter.play("back-friendly-beginner")
    page = spotter.window.built("player")
    qtbot.waitUntil(lambda: page.runner is not None, timeout=20000)
    page.runner.engine.next()
    qtbot.waitUntil(lambda: page.runner.engine.snapshot().step_number == 1)
    for _ in range(4):
        page.control("pain")
        if page.confirm is not None:
            break
    qtbot.waitUntil(lambda: page.confirm is not None)
    box = page.confirm
    assert "get advice" in box.text() and page.view.safety.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Yes)  # Space goes on, as said
    assert page.runner.engine.snapshot().paused
    box.button(QMessageBox.StandardButton.Yes).click()  # "Go on"
    qtbot.waitUntil(lambda: not page.runner.engine.snapshot().paused)
    assert page.runner.engine.snapshot().exercise_number in (None, 2)
    for _ in range(4):
        page.control("pain")
        if page.confirm is not None:
            break
    qtbot.waitUntil(lambda: page.confirm is not None)
    with qtbot.waitSignal(page.session_ended, timeout=5000) as blocker:
        page.confirm.button(QMessageBox.StandardButton.No).click()  # "End the session"
    assert blocker.args[0].status == "stopped" and "Well done" not in page.end.heading.text()

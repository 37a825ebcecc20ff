"""Workouts: the list with total times, starting one, and the builder saving a loadable file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_support import make_app

from app.content.library import load_library
from app.content.workout_file import BuiltItem, save_workout, slug, workout_text

pytestmark = pytest.mark.gui


@pytest.fixture
def workouts(qtbot, data_dir):
    """The app on its Workouts page."""
    spotter = make_app(qtbot, data_dir)
    view = spotter.window.show_page("workouts")
    return spotter, view


def test_lists_bundled_workouts_with_total_time(workouts):
    """Every bundled workout is listed with its difficulty, total time and exercise count."""
    spotter, view = workouts
    assert view.list.count() == len(spotter.library.workouts) >= 3
    from app.ui.library.model import SubtitleRole

    subtitle = view.list.item(0).data(SubtitleRole)
    assert "exercises" in subtitle and ":" in subtitle  # e.g. "Beginner · 10:32 · 6 exercises"
    text = view.browser.toPlainText()
    assert "Total time" in text and "Exercises" in text


def test_start_button_sends_the_workout(workouts, qtbot):
    """Start (or Enter on the list) asks to play the selected workout."""
    _spotter, view = workouts
    with qtbot.waitSignal(view.start_requested) as blocker:
        view.start.click()
    assert blocker.args[0] == view.current_id()


def test_builder_adds_removes_reorders_and_saves(workouts, qtbot, data_dir):
    """The builder makes a workout file in the user folder that the loader reads back."""
    spotter, view = workouts
    builder = view.open_builder()
    builder.title.setText("My Morning")
    for exercise_id in ("glute-bridge", "swan", "childs-pose"):
        builder.add_exercise(exercise_id)
    builder.table.cellWidget(0, 1).setValue(2)  # sets
    builder.table.cellWidget(1, 3).setValue(40)  # seconds
    builder.table.setCurrentCell(2, 0)
    builder.move_current(-1)  # childs-pose before swan
    builder.table.setCurrentCell(0, 0)
    builder.picker.setCurrentText("Saw")
    builder.add_current()
    builder.table.setCurrentCell(3, 0)
    builder.remove_current()  # the saw again
    assert [i.exercise for i in builder.items()] == ["glute-bridge", "childs-pose", "swan"]
    with qtbot.waitSignal(builder.saved, timeout=5000) as blocker:
        builder.save()
    path = blocker.args[0]
    assert path.parent == data_dir / "content" / "workouts" and path.name == "my-morning.md"
    library = load_library(spotter.ctx.content_roots())
    workout = library.workout("my-morning")
    assert workout is not None and not [e for e in library.errors if "my-morning" in str(e.path)]
    assert [i.exercise for i in workout.items] == ["glute-bridge", "childs-pose", "swan"]
    assert workout.items[0].sets == 2 and workout.items[2].seconds == 40
    qtbot.waitUntil(lambda: "my-morning" in [view.list.item(i).data(Qt.ItemDataRole.UserRole)
                                             for i in range(view.list.count())], timeout=10000)


def test_builder_refuses_an_empty_workout(workouts, qtbot, monkeypatch):
    """Saving without a title or exercises explains what is missing and writes nothing."""
    from PySide6.QtWidgets import QMessageBox

    _spotter, view = workouts
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    builder = view.open_builder()
    builder.save()
    assert told and "title" in told[0]


def test_saving_never_overwrites_and_names_are_safe(tmp_path):
    """A second workout with the same title gets a new file; odd titles make safe names."""
    text = workout_text("Hi", "", "beginner", 20, [BuiltItem("swan")])
    first = save_workout(tmp_path, "Hi", text)
    second = save_workout(tmp_path, "Hi", text)
    assert first != second and first.read_text() == second.read_text()
    assert slug("../../etc/Passwd!") == "etc-passwd" and slug("???") == "workout"

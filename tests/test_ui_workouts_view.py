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
    builder.table.cellWidget(0, 2).setValue(2)  # sets
    builder.table.cellWidget(1, 4).setValue(40)  # seconds
    builder.table.setCurrentCell(2, 1)
    builder.move_current(-1)  # childs-pose before swan
    builder.table.setCurrentCell(0, 1)
    builder.search.setText("Saw")
    builder.add_current()
    builder.table.setCurrentCell(3, 1)
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


def test_builder_picker_finds_by_name_muscle_or_equipment(workouts, qtbot):
    """Typing narrows the exercise list (every word must match); Enter adds the first match."""
    spotter, view = workouts
    builder = view.open_builder()
    shown = lambda: [builder.matches.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(builder.matches.count()) if not builder.matches.item(i).isHidden()]
    everything = shown()
    assert len(everything) == len(spotter.library.exercises)
    builder.search.setText("bridge")
    assert shown() and all("bridge" in e for e in shown()) and len(shown()) < len(everything)
    muscle = spotter.library.exercise("swan").muscles[0]
    builder.search.setText(muscle)
    assert "swan" in shown()
    builder.search.setText("zzz no such thing")
    assert shown() == []
    builder.add_current()
    assert builder.items() == []  # nothing found: nothing added
    builder.search.setText("glute")  # a title match is chosen before the exercises for the glutes
    assert builder.matches.currentItem().data(Qt.ItemDataRole.UserRole) == "glute-bridge"
    builder.search.setText("glute bridge")
    qtbot.keyClick(builder.search, Qt.Key.Key_Return)
    assert [i.exercise for i in builder.items()] == ["glute-bridge"]


def test_builder_saves_warm_up_and_cool_down(workouts, qtbot):
    """Rows added to the warm-up and cool-down are saved as such; the loader plays them first and last."""
    spotter, view = workouts
    builder = view.open_builder()
    builder.title.setText("Whole Thing")
    builder.add_exercise("swan")
    builder.add_exercise("childs-pose", part="cooldown")
    builder.part.setCurrentIndex(builder.part.findData("warmup"))
    builder.search.setText("Cat")
    builder.add_current()
    warm = builder.items()[0]
    assert warm.part == "warmup" and [i.part for i in builder.items()] == ["warmup", "main", "cooldown"]
    with qtbot.waitSignal(builder.saved, timeout=5000) as blocker:
        builder.save()
    workout = load_library(spotter.ctx.content_roots()).workout(blocker.args[0].stem)
    assert [i.exercise for i in workout.warmup] == [warm.exercise]
    assert [i.exercise for i in workout.items] == ["swan"]
    assert [i.exercise for i in workout.cooldown] == ["childs-pose"]


def test_own_workouts_can_be_edited_and_deleted_after_a_question(workouts, qtbot, data_dir):
    """Edit opens the builder filled in and saves over the same file; Delete asks, then removes it."""
    from PySide6.QtWidgets import QMessageBox

    spotter, view = workouts
    ids = lambda: [view.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.list.count())]
    view.list.setCurrentRow(ids().index(next(iter(spotter.library.workouts))))
    assert not view.edit.isEnabled() and not view.delete.isEnabled()
    assert "your own" in view.edit.toolTip() and view.edit_current() is None
    builder = view.open_builder()
    builder.title.setText("Mine")
    builder.add_exercise("glute-bridge", sets=2)
    builder.add_exercise("childs-pose", part="cooldown")
    with qtbot.waitSignal(builder.saved, timeout=5000) as blocker:
        builder.save()
    path = blocker.args[0]
    qtbot.waitUntil(lambda: "mine" in ids(), timeout=10000)
    view.list.setCurrentRow(ids().index("mine"))
    assert view.edit.isEnabled() and view.delete.isEnabled()

    editor = view.edit_current()
    assert editor.title.text() == "Mine" and "Edit" in editor.windowTitle()
    assert [(i.exercise, i.sets, i.part) for i in editor.items()] == [
        ("glute-bridge", 2, "main"), ("childs-pose", 0, "cooldown")]
    editor.title.setText("Mine, longer")
    editor.add_exercise("swan")
    with qtbot.waitSignal(editor.saved, timeout=5000) as blocker:
        editor.save()
    assert blocker.args[0] == path and len(list(path.parent.glob("*.md"))) == 1
    qtbot.waitUntil(lambda: spotter.library.workout("mine") is not None
                    and spotter.library.workout("mine").title == "Mine, longer", timeout=10000)
    assert [i.exercise for i in spotter.library.workout("mine").items] == ["glute-bridge", "swan"]

    view.list.setCurrentRow(ids().index("mine"))
    box = view.ask_delete()
    assert box.isVisible() and "Mine, longer" in box.text()
    box.button(QMessageBox.StandardButton.No).click()  # "Keep it"
    assert path.exists()
    view.ask_delete().button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not path.exists() and "mine" not in ids(), timeout=10000)


OWN_WITH_INLINE = """---
title: Desk Break
difficulty: beginner
rest: 10
items:
  - exercise: swan
    notes: keep the neck long
  - name: "Shoulder Rolls"
    seconds: 30
    steps: ["Roll your shoulders back slowly", "Now forwards"]
  - exercise: childs-pose
cooldown:
  - exercise: cat-cow
    notes: slow
---

A short break.
"""


def _edit_own(workouts, qtbot, data_dir, ident, text):
    """Write the user's own workout ``ident``, load it, and open the builder on it."""
    spotter, view = workouts
    path = data_dir / "content" / "workouts" / f"{ident}.md"
    path.write_text(text, encoding="utf-8")
    spotter.reload_library()
    qtbot.waitUntil(lambda: spotter.library.workout(ident) is not None, timeout=10000)
    ids = [view.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.list.count())]
    view.list.setCurrentRow(ids.index(ident))
    return path, view.edit_current()


def test_editing_keeps_inline_exercises_and_item_fields(workouts, qtbot, data_dir):
    """An inline exercise is a fixed row; an edit keeps it and every item's notes, and it plays."""
    from app.session.plan import PlanSettings, compile_plan

    spotter, _view = workouts
    path, editor = _edit_own(workouts, qtbot, data_dir, "desk-break", OWN_WITH_INLINE)
    assert [(i.exercise, i.inline) for i in editor.items()] == [
        ("swan", ""), ("desk-break--2-shoulder-rolls", "Shoulder Rolls"), ("childs-pose", ""),
        ("cat-cow", "")]
    assert editor.description.text() == "A short break."  # the file's body, shown to edit
    name = editor.table.item(1, 1)
    assert "Shoulder Rolls" in name.text() and "written in the file" in name.text()
    assert not editor.table.cellWidget(1, 4).isEnabled() and editor.table.cellWidget(0, 4).isEnabled()
    editor.title.setText("Desk Break, longer")
    editor.table.setCurrentCell(1, 1)
    editor.move_current(-1)  # the inline exercise first
    editor.table.setCurrentCell(2, 1)
    editor.remove_current()  # childs-pose
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    saved = path.read_text(encoding="utf-8")
    assert 'items:\n- name: Shoulder Rolls\n  seconds: 30\n  steps:\n  - Roll your shoulders back' in saved
    assert "notes: keep the neck long" in saved and "notes: slow" in saved
    assert "childs-pose" not in saved and "Desk Break, longer" in saved
    assert "description: A short break." in saved and saved.endswith("\n\nA short break.\n")
    qtbot.waitUntil(lambda: spotter.library.workout("desk-break") is not None
                    and spotter.library.workout("desk-break").title == "Desk Break, longer",
                    timeout=10000)
    workout = spotter.library.workout("desk-break")
    assert [i.inline.title if i.inline else i.exercise for i in workout.all_items()] == [
        "Shoulder Rolls", "swan", "cat-cow"]
    plan = compile_plan(workout, spotter.library, PlanSettings(), lambda text: 1.0)
    assert plan.exercises[0].exercise.title == "Shoulder Rolls"
    assert "Roll your shoulders back slowly" in [s.text for s in plan.exercises[0].exercise.steps]


OWN_WITH_A_LIBRARY_TITLE = """---
title: Mat Break
difficulty: beginner
items:
  - exercise: swan
  - name: "Cat-Cow"
    seconds: 40
    steps: ["On all fours, round the back", "Then let the belly sink"]
---

Two moves.
"""


def test_editing_keeps_an_inline_exercise_that_plays_as_the_library_one(workouts, qtbot, data_dir):
    """Written inline under a library exercise's title, it plays as that exercise; an edit keeps it inline."""
    spotter, _view = workouts
    path, editor = _edit_own(workouts, qtbot, data_dir, "mat-break", OWN_WITH_A_LIBRARY_TITLE)
    item = spotter.library.workout("mat-break").items[1]
    assert (item.exercise, item.inline, item.written_as) == ("cat-cow", None, "Cat-Cow")
    assert [(i.exercise, i.inline) for i in editor.items()] == [("swan", ""), ("cat-cow", "Cat-Cow")]
    editor.title.setText("Mat Break, renamed")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    saved = path.read_text(encoding="utf-8")
    assert "- name: Cat-Cow\n  seconds: 40\n  steps:\n  - On all fours, round the back" in saved
    assert "exercise: cat-cow" not in saved and "Mat Break, renamed" in saved

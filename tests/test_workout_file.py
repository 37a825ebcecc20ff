"""Saving a built workout over a file: what the builder does not edit is kept."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.content.loader import load_file
from app.content.workout_file import BuiltItem, save_workout, workout_text

HAND_EDITED = """---
title: Old title
translationKey: morning-flow
tags: [morning, short]
coach:
  name: Ana
  note: keep it gentle
difficulty: beginner
rest: 15
warmup:
  - exercise: cat-cow
items:
  - exercise: swan
---

The old description.

## Notes

Keep the neck long in every exercise.

## Progressions

Add a set each week.
"""


def test_an_edit_keeps_the_fields_and_sections_the_builder_does_not_edit(tmp_path: Path) -> None:
    """Own fields keep value and place; edited ones change; an emptied warm-up goes; sections stay."""
    path = tmp_path / "morning.md"
    path.write_text(HAND_EDITED, encoding="utf-8")
    text = workout_text("New title", "A new description.", "intermediate", 30,
                        [BuiltItem("swan", sets=2), BuiltItem("bridge", part="cooldown")])
    assert save_workout(tmp_path, "New title", text, replace=path) == path
    saved = path.read_text(encoding="utf-8")
    workout, problems = load_file(path, "workout")
    assert workout is not None and not [p for p in problems if p.severity.value == "error"], problems
    assert workout.title == "New title" and workout.difficulty.value == "intermediate"
    assert [i.exercise for i in workout.items] == ["swan"] and workout.items[0].sets == 2
    assert [i.exercise for i in workout.cooldown] == ["bridge"] and not workout.warmup
    assert "warmup" not in saved and "The old description" not in saved
    for kept in ("translationKey: morning-flow", "- morning", "name: Ana", "note: keep it gentle",
                 "## Notes", "Keep the neck long", "## Progressions", "Add a set each week."):
        assert kept in saved, kept
    assert saved.index("translationKey") < saved.index("difficulty")  # kept in its place
    assert saved.index("A new description.") < saved.index("## Notes")


def test_a_new_workout_and_an_unreadable_old_file_are_written_as_built(tmp_path: Path) -> None:
    """Nothing to keep: the builder's own text is the file."""
    text = workout_text("Hi", "Short.", "beginner", 20, [BuiltItem("swan")])
    fresh = save_workout(tmp_path, "Hi", text)
    assert fresh.read_text(encoding="utf-8") == text
    broken = tmp_path / "broken.md"
    broken.write_text("no front matter at all", encoding="utf-8")
    save_workout(tmp_path, "Hi", text, replace=broken)
    assert broken.read_text(encoding="utf-8") == text


KEPT_ITEMS = """---
title: Kept items
difficulty: beginner
warmup:
  - cat-cow
items:
  - exercise: swan
    sets: 2
    notes: keep the neck long
  - name: "Shoulder Rolls"
    seconds: 30
    steps: ["Roll your shoulders back slowly", "Now forwards"]
    coach_tip: breathe out
  - exercise: swan
    cue: second round, slower
  - exercise: saw
    notes: the saw's own note
---

Kept items.
"""


def _edit(tmp_path: Path, items: list[BuiltItem], old: str = KEPT_ITEMS) -> tuple[Path, str]:
    path = tmp_path / "kept.md"
    path.write_text(old, encoding="utf-8")
    text = workout_text("Kept items", "Kept items.", "beginner", 20, items)
    save_workout(tmp_path, "Kept items", text, replace=path)
    return path, path.read_text(encoding="utf-8")


def _front(saved: str) -> dict:
    import yaml

    return yaml.safe_load(saved.split("---\n")[1])


ROLLS = BuiltItem("kept--2-shoulder-rolls", seconds=30, inline="Shoulder Rolls")


def test_an_edit_keeps_each_items_own_fields_and_inline_exercises_as_written(tmp_path: Path) -> None:
    """Unchanged items come back with their notes; the inline exercise comes back whole."""
    items = [BuiltItem("cat-cow", part="warmup"), BuiltItem("swan", sets=3), ROLLS,
             BuiltItem("swan"), BuiltItem("saw")]
    path, saved = _edit(tmp_path, items)
    front = _front(saved)
    assert front["warmup"] == ["cat-cow"]  # a bare id stays a bare id
    assert front["items"] == [
        {"exercise": "swan", "sets": 3, "notes": "keep the neck long"},  # the edit, and its note
        {"name": "Shoulder Rolls", "seconds": 30, "coach_tip": "breathe out",
         "steps": ["Roll your shoulders back slowly", "Now forwards"]},
        {"exercise": "swan", "cue": "second round, slower"},  # the second swan keeps its own
        {"exercise": "saw", "notes": "the saw's own note"}]
    workout, problems = load_file(path, "workout")
    assert workout is not None and not [p for p in problems if p.severity.value == "error"], problems
    rolls = workout.items[1].inline
    assert rolls is not None and rolls.title == "Shoulder Rolls" and len(rolls.steps) == 2


def test_removing_reordering_and_moving_items_carry_their_fields_along(tmp_path: Path) -> None:
    """Old and new items are paired by exercise and occurrence, not by place."""
    items = [replace(ROLLS, part="warmup"), BuiltItem("saw"),
             BuiltItem("swan", sets=2)]  # cat-cow and the second swan removed
    _path, saved = _edit(tmp_path, items)
    front = _front(saved)
    assert [e["name"] for e in front["warmup"]] == ["Shoulder Rolls"]
    assert front["warmup"][0]["steps"] == ["Roll your shoulders back slowly", "Now forwards"]
    assert front["items"] == [{"exercise": "saw", "notes": "the saw's own note"},
                              {"exercise": "swan", "sets": 2, "notes": "keep the neck long"}]
    for gone in ("cat-cow", "second round", "items:\n  - name"):
        assert gone not in saved, gone
    _path, saved = _edit(tmp_path, [BuiltItem("swan", sets=2)])  # the inline one removed
    assert "Shoulder Rolls" not in saved and "Roll your shoulders" not in saved


def test_an_items_setting_cleared_in_the_builder_goes_and_exercises_keeps_its_name(
        tmp_path: Path) -> None:
    """A value set back to "default" is removed; a file listing ``exercises:`` keeps that name."""
    old = KEPT_ITEMS.replace("items:\n", "exercises:\n")
    _path, saved = _edit(tmp_path, [BuiltItem("swan"), BuiltItem("saw", rest=10)], old)
    front = _front(saved)
    assert "items" not in front
    assert front["exercises"] == [{"exercise": "swan", "notes": "keep the neck long"},
                                  {"exercise": "saw", "notes": "the saw's own note", "rest": 10}]


def test_an_inline_exercise_without_its_old_entry_is_still_written_loadable(tmp_path: Path) -> None:
    """Nothing to take it from (the old file is gone): its name and length are written."""
    text = workout_text("Hi", "Short.", "beginner", 20, [BuiltItem("swan"), ROLLS])
    path = tmp_path / "hi.md"
    save_workout(tmp_path, "Hi", text, replace=path)
    workout, _problems = load_file(path, "workout")
    assert workout is not None and workout.items[1].inline.title == "Shoulder Rolls"
    assert workout.items[1].inline.duration == 30


def test_an_edit_without_a_description_keeps_the_files_own_text(tmp_path: Path) -> None:
    """The builder's description left empty: the text before the first heading stays."""
    old = KEPT_ITEMS.replace("Kept items.\n", "First paragraph.\n\nSecond paragraph.\n\n## Notes\n\nKeep.\n")
    path = tmp_path / "kept.md"
    path.write_text(old, encoding="utf-8")
    save_workout(tmp_path, "Kept", workout_text("Kept", "", "beginner", 20, [BuiltItem("swan")]),
                 replace=path)
    saved = path.read_text(encoding="utf-8")
    assert "First paragraph.\n\nSecond paragraph.\n\n## Notes\n\nKeep." in saved


def test_numbers_the_builder_rounds_keep_their_exact_value_unless_changed(tmp_path: Path) -> None:
    """7.5 s shows as 8 and an explicit rest of 0 as "default": left alone, both stay as written."""
    old = KEPT_ITEMS.replace("rest: 20", "").replace(
        "difficulty: beginner\n", "difficulty: beginner\nrest: 12.5\n").replace(
        "  - exercise: saw\n", "  - exercise: saw\n    seconds: 7.5\n    rest: 0\n")
    kept = [BuiltItem("swan", sets=2), BuiltItem("saw", seconds=8)]
    path = tmp_path / "kept.md"
    path.write_text(old, encoding="utf-8")
    save_workout(tmp_path, "Kept", workout_text("Kept", "Kept.", "beginner", 12, kept), replace=path)
    front = _front(path.read_text(encoding="utf-8"))
    assert front["rest"] == 12.5
    assert front["items"][1] == {"exercise": "saw", "seconds": 7.5, "rest": 0,
                                 "notes": "the saw's own note"}
    changed = [BuiltItem("swan", sets=2), BuiltItem("saw", seconds=9, rest=5)]
    path.write_text(old, encoding="utf-8")
    save_workout(tmp_path, "Kept", workout_text("Kept", "Kept.", "beginner", 20, changed), replace=path)
    front = _front(path.read_text(encoding="utf-8"))
    assert front["rest"] == 20 and front["items"][1]["seconds"] == 9 and front["items"][1]["rest"] == 5

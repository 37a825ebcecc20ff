"""Saving a built workout over a file: what the builder does not edit is kept."""

from __future__ import annotations

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

"""``spotter import free-exercise-db FILE``: our format, idempotent, sourced, no images."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT, run_spotter

from app.content.free_exercise_db import import_file
from app.content.library import load_library
from app.content.model import Severity

FIXTURE = ROOT / "tests" / "fixtures" / "free-exercise-db" / "exercises.json"


def _front(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def test_import_writes_our_format_with_source_and_licence(data_dir: Path) -> None:
    """One file per record: steps, muscles, equipment, difficulty, category, source, licence."""
    result = run_spotter("import", "free-exercise-db", str(FIXTURE), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "3 added, 0 updated, 0 unchanged, 1 skipped" in result.stdout
    folder = data_dir / "content" / "exercises" / "free-exercise-db"
    assert sorted(p.name for p in folder.iterdir()) == [
        "2-3-wall-sit.md", "band-pull-apart.md", "kneeling-hip-opener.md"]
    front = _front(folder / "kneeling-hip-opener.md")
    assert front["steps"][0].startswith("Kneel on a soft surface")
    assert len(front["steps"]) == 3
    assert front["muscles"] == ["hamstrings", "glutes"]  # primary then secondary, once each
    assert front["equipment"] == ["body only"] and front["category"] == "stretching"
    assert front["difficulty"] == "beginner"
    assert _front(folder / "2-3-wall-sit.md")["difficulty"] == "advanced"  # expert
    assert front["source"] == {"name": "free-exercise-db",
                               "url": "https://github.com/yuhonas/free-exercise-db",
                               "id": "Kneeling_Hip_Opener"}
    assert "Unlicense" in front["license"]
    assert not any(p.suffix == ".jpg" for p in data_dir.rglob("*")), "images must not be copied"
    listed = json.loads(run_spotter("list", "--json", data_dir=data_dir).stdout)
    assert {"kneeling-hip-opener", "2-3-wall-sit", "band-pull-apart"} <= {
        e["id"] for e in listed["exercises"]}
    checked = run_spotter("validate", "--strict", str(folder), data_dir=data_dir)
    assert checked.returncode == 0 and "0 errors, 0 warnings" in checked.stdout, checked.stdout


def test_importing_again_updates_and_never_duplicates(tmp_path: Path) -> None:
    """A second import changes nothing; a changed record is updated in place."""
    root = tmp_path / "content"
    first = import_file(FIXTURE, root)
    again = import_file(FIXTURE, root)
    assert (len(first.added), again.unchanged, again.added, again.updated) == (3, 3, [], [])
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    records[2]["instructions"].append("Rest.")
    changed = tmp_path / "exercises.json"
    changed.write_text(json.dumps(records), encoding="utf-8")
    third = import_file(changed, root)
    assert [p.name for p in third.updated] == ["band-pull-apart.md"] and third.unchanged == 2
    lib = load_library([root])
    assert len(lib.exercises) == 3 and lib.problems(Severity.ERROR) == []
    assert lib.exercises["band-pull-apart"].steps[-1].text == "Rest."


def test_the_terminal_shows_a_progress_bar(data_dir: Path) -> None:
    """On a terminal the import draws a bar that fills to the last record."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data_dir), "import",
                             "free-exercise-db", str(FIXTURE)], cwd=ROOT, stdin=follower,
                            stdout=follower, stderr=follower, close_fds=True)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    assert proc.wait(timeout=60) == 0
    text = out.decode("utf-8", "replace")
    assert "[" + "#" * 30 + "] 4/4" in text, text


def test_a_file_that_is_not_exercises_json_is_one_line(tmp_path: Path, data_dir: Path) -> None:
    """Not JSON, not the schema, missing: one clear line, exit 2, nothing written."""
    bad = tmp_path / "bad.json"
    for text, words in [("{not json", "is not JSON"), ('{"a": 1}', "is not free-exercise-db")]:
        bad.write_text(text, encoding="utf-8")
        result = run_spotter("import", "free-exercise-db", str(bad), data_dir=data_dir)
        assert result.returncode == 2 and words in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    result = run_spotter("import", "free-exercise-db", str(tmp_path / "nope.json"), data_dir=data_dir)
    assert result.returncode == 2 and "cannot read" in result.stderr
    assert not list((data_dir / "content" / "exercises").rglob("*.md"))


def test_a_replaced_exercise_is_noted_on_the_workouts_page(tmp_path: Path) -> None:
    """An import replacing a bundled exercise a workout uses: its page names both files."""
    from app.content.crosscheck import mixing_notes
    from app.ui.widgets.markdown import workout_markdown

    records = [{"id": "Dead_Bug", "name": "Dead Bug", "level": "beginner", "equipment": None,
                "primaryMuscles": ["abdominals"], "secondaryMuscles": [],
                "instructions": ["Lie on your back.", "Lower opposite arm and leg."],
                "category": "strength", "images": ["Dead_Bug/0.jpg"]}]
    source = tmp_path / "exercises.json"
    source.write_text(json.dumps(records), encoding="utf-8")
    import_file(source, tmp_path / "mine")
    lib = load_library([ROOT / "content", tmp_path / "mine"])
    imported = tmp_path / "mine" / "exercises" / "free-exercise-db" / "dead-bug.md"
    assert lib.exercises["dead-bug"].path == imported
    assert "es" not in lib.translations.get("dead-bug", {})  # the bundled translation is not its
    using = [w for w in lib.workouts.values() if any(i.exercise == "dead-bug" for i in w.all_items())]
    assert using, "a bundled workout uses dead-bug"
    notes = mixing_notes(lib, using[0])
    assert len(notes) == 1 and str(imported) in notes[0] and "content/exercises/dead-bug.md" in notes[0]
    page = workout_markdown(using[0], {k: e.title for k, e in lib.exercises.items()}, None, notes)
    assert str(imported) in page
    untouched = [w for w in lib.workouts.values() if w not in using]
    assert all(mixing_notes(lib, w) == [] for w in untouched)

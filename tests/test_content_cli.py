"""``spotter validate``, ``list`` and ``show`` run as a user runs them (subprocesses)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_spotter
from test_content_library import exercise, write

SEED_IDS = {"000": "leg-pull-back", "001": "leg-pull-back-prep"}


@pytest.fixture
def seed_root(seeds_dir: Path, tmp_path: Path) -> Path:
    """A content root holding seed pages 000 and 001, unchanged."""
    (tmp_path / "seeds" / "exercises").mkdir(parents=True)
    for prefix, ident in SEED_IDS.items():
        source = next(seeds_dir.glob(f"{prefix}_*.txt"))
        shutil.copyfile(source, tmp_path / "seeds" / "exercises" / f"{ident}.md")
    return tmp_path / "seeds"


def test_show_seed_000_as_json(seed_root: Path, data_dir: Path) -> None:
    """show --json on the unchanged seed 000 returns every field the issue lists."""
    result = run_spotter("--content", str(seed_root), "show", "leg-pull-back", "--json",
                         data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "Leg Pull Back" and data["path"].startswith(str(seed_root))
    assert len(data["steps"]) == 5 and all("text" in s for s in data["steps"])
    assert [(m["name"], m["level"]) for m in data["modifications"]] == [
        ("Hips Down", "easier"), ("Bent Knees", "easier"), ("Kick Higher", "harder")]
    assert all(m["description"] for m in data["modifications"])
    assert len(data["faq"]) == 3 and all(f["q"] and f["a"] for f in data["faq"])
    assert data["muscles"] == ["core", "abs", "spine", "hip flexors"]
    assert data["equipment"] == ["mat"] and data["duration"] == 60
    assert (data["date"], data["lastmod"]) == ("2024-01-15", "2024-12-17")
    assert data["translationKey"] == "exercise-leg-pull-back"
    assert data["image"] == "/images/exercises/leg-pull-back.jpg"
    assert {"Benefits", "Common Mistakes to Avoid", "Tips for Success"} <= set(data["sections"])
    assert data["sections"]["Benefits"].startswith("- **Posterior Chain Strength**")


def test_show_seed_001_gives_video_id(seed_root: Path, data_dir: Path) -> None:
    """show --json on the unchanged seed 001 returns its video_id."""
    result = run_spotter("--content", str(seed_root), "show", "leg-pull-back-prep", "--json",
                         data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["video_id"] == "dQw4w9WgXcQ"


def test_show_as_text(seed_root: Path, data_dir: Path) -> None:
    """show without --json prints readable text: title, steps, modifications, sections."""
    result = run_spotter("--content", str(seed_root), "show", "leg-pull-back", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    for words in ("Leg Pull Back", "1. Sit with legs extended", "[easier] Hips Down",
                  "Q: My wrists hurt", "## Benefits"):
        assert words in result.stdout


def _hostile_root(root: Path, marker: Path) -> dict[str, str]:
    """Good, broken and hostile files; returns the broken file names and what they hold."""
    write(root, "exercises/good-one.md", exercise("Good One"))
    write(root, "exercises/good-two.md", exercise("Good Two"))
    write(root, "workouts/good-workout.md",
          "---\ntitle: Fine\ndifficulty: beginner\nitems: [good-one, good-two]\n---\n")
    broken = {
        "no-front-matter.md": "# Just text\n",
        "unclosed.md": "---\ntitle: x\n",
        "a-list.md": "---\n- a\n- b\n---\n",
        "bad-yaml.md": "---\ntitle: x: y\n---\n",
        "bad-duration.md": exercise("X").replace("duration: 30", "duration: sixty"),
        "title-no.md": exercise("X").replace("title: X", "title: no"),
        "python-tag.md": exercise("X").replace(
            "title: X", f'title: X\nrun: !!python/object/apply:os.system ["touch {marker}"]'),
        "bomb.md": "---\na: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
            f"b{i}: &b{i} [{','.join(['*a' if i == 0 else f'*b{i - 1}'] * 9)}]\n"
            for i in range(12)) + "---\n",
        "loop.md": "---\nloop: &l [*l]\n---\n",
        "deep.md": "---\nx: " + "[" * 100_000 + "]" * 100_000 + "\n---\n",
        "deep-block.md": "---\nx:\n" + "- " * 100_000 + "y\n---\n",
        "escape.md": exercise("X", extra="image: ../../etc/passwd"),
        "bad-workout-ref.md": None,  # placeholder, written below as a workout
    }
    del broken["bad-workout-ref.md"]
    for name, text in broken.items():
        write(root, f"exercises/{name}", text)
    (root / "exercises" / "latin1.md").write_bytes(b"---\ntitle: Caf\xe9\n---\n")
    (root / "exercises" / "huge.md").write_bytes(b"---\ntitle: x\n---\n" + b"x" * 300_000)
    os.mkfifo(root / "exercises" / "pipe.md")  # opening it would wait forever for a writer
    write(root, "workouts/missing-exercise.md",
          "---\ntitle: W\ndifficulty: beginner\nitems: [good-one, nope]\n---\n")
    return {**broken, "latin1.md": "", "huge.md": "", "pipe.md": "", "missing-exercise.md": ""}


def test_validate_hostile_folder(tmp_path: Path, data_dir: Path) -> None:
    """validate on broken and hostile files exits 1, names each, no traceback, runs nothing."""
    marker = tmp_path / "it-ran"
    root = tmp_path / "hostile"
    broken = _hostile_root(root, marker)
    start = time.perf_counter()
    result = run_spotter("validate", str(root), data_dir=data_dir, timeout=60)
    elapsed = time.perf_counter() - start
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    for name in broken:
        assert f"{name}:" in result.stdout, f"{name} not named:\n{result.stdout}"
    assert "good-one.md" not in result.stdout and "good-workout.md" not in result.stdout
    assert f"checked {len(broken) + 3} files: " in result.stdout.splitlines()[-1]
    assert not marker.exists()
    assert elapsed < 20

    listed = run_spotter("--content", str(root), "list", "--json", data_dir=data_dir, timeout=60)
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    ids = {e["id"] for e in data["exercises"]}
    assert {"good-one", "good-two"} <= ids and not ids & {Path(n).stem for n in broken}
    assert "good-workout" in {w["id"] for w in data["workouts"]}
    assert "missing-exercise" not in {w["id"] for w in data["workouts"]}
    error_files = {Path(e["path"]).name for e in data["errors"]}
    assert set(broken) <= error_files
    assert not marker.exists()


def test_list_json_shape(tmp_path: Path, data_dir: Path) -> None:
    """list --json has exercises, workouts (with total_seconds) and errors, as specified."""
    write(tmp_path, "exercises/zz-swan.md", exercise("Swan", extra="muscles: [back]"))
    write(tmp_path, "workouts/zz-flow.md",
          "---\ntitle: Flow\ndifficulty: beginner\nrest: 10\nitems: [zz-swan, zz-swan]\n---\n")
    result = run_spotter("--content", str(tmp_path), "list", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"exercises", "workouts", "errors"}
    swan = next(e for e in data["exercises"] if e["id"] == "zz-swan")
    assert swan == {"id": "zz-swan", "title": "Swan", "difficulty": "beginner", "duration": 30,
                    "muscles": ["back"], "equipment": []}
    flow = next(w for w in data["workouts"] if w["id"] == "zz-flow")
    assert set(flow) == {"id", "title", "total_seconds", "exercises"}
    assert flow["exercises"] == ["zz-swan", "zz-swan"] and flow["total_seconds"] >= 70
    text = run_spotter("--content", str(tmp_path), "list", data_dir=data_dir)
    assert "zz-swan" in text.stdout and "Workouts" in text.stdout


def test_validate_bundled_content_is_clean(data_dir: Path) -> None:
    """validate with no path checks every root; the bundled library has no errors."""
    result = run_spotter("validate", data_dir=data_dir)
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines()[-1].startswith("checked ")
    assert ": 0 errors" in result.stdout.splitlines()[-1]


def test_validate_strict_warns_but_exits_zero(tmp_path: Path, data_dir: Path) -> None:
    """--strict reports unknown fields as warnings; warnings alone exit 0."""
    path = write(tmp_path, "exercises/zz-swan.md", exercise("Swan", extra="colour: blue"))
    plain = run_spotter("validate", str(path), data_dir=data_dir)
    strict = run_spotter("validate", "--strict", str(path), data_dir=data_dir)
    assert plain.returncode == 0 and "colour" not in plain.stdout
    assert strict.returncode == 0, strict.stdout
    assert f"{path}: colour: warning: unknown field" in strict.stdout
    assert "checked 1 file: 0 errors, 1 warning" in strict.stdout


def test_validate_one_broken_file(tmp_path: Path, data_dir: Path) -> None:
    """validate FILE prints PATH: field: message and exits 1."""
    path = write(tmp_path, "swan.md", exercise("Swan").replace("duration: 30", "duration: -5"))
    result = run_spotter("validate", str(path), data_dir=data_dir)
    assert result.returncode == 1
    assert f"{path}: duration: must be above 0; got -5" in result.stdout


@pytest.mark.parametrize("args, words", [
    (["show", "leg-pul-back"], "did you mean"),
    (["show", "zzzz-nothing"], "spotter list"),
    (["validate", "/no/such/file.md"], "no such file or folder"),
    (["--content", "/no/such/root", "list"], "no such folder"),
])
def test_user_errors_are_one_line(args: list[str], words: str, data_dir: Path) -> None:
    """Unknown ids and missing paths give one line on stderr, exit 2, no traceback."""
    result = run_spotter(*args, data_dir=data_dir)
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr


def test_show_names_a_broken_file(tmp_path: Path, data_dir: Path) -> None:
    """show on an id whose file is broken says why instead of 'not found'."""
    write(tmp_path, "exercises/zz-swan.md", "---\ntitle: [\n---\n")
    result = run_spotter("--content", str(tmp_path), "show", "zz-swan", data_dir=data_dir)
    assert result.returncode == 2 and "could not be loaded" in result.stderr


def test_show_workout_json(tmp_path: Path, data_dir: Path) -> None:
    """show on a workout id gives its items, rest and total_seconds."""
    write(tmp_path, "exercises/zz-swan.md", exercise("Swan"))
    write(tmp_path, "workouts/zz-flow.md", "---\ntitle: Flow\ndifficulty: beginner\nrest: 10\n"
          "items: [zz-swan, {exercise: zz-swan, sets: 2, modification: Soft}]\n---\n## Notes\nHi\n")
    result = run_spotter("--content", str(tmp_path), "show", "zz-flow", "--json",
                         data_dir=data_dir)
    data = json.loads(result.stdout)
    assert data["kind"] == "workout" and data["rest"] == 10
    assert data["items"] == [{"exercise": "zz-swan"},
                             {"exercise": "zz-swan", "sets": 2, "modification": "Soft"}]
    assert data["sections"] == {"Notes": "Hi"} and data["total_seconds"] > 0


def test_content_commands_import_no_qt(data_dir: Path) -> None:
    """validate, list and show run without importing PySide6."""
    code = ("import sys, io, contextlib\nfrom app.cli import main\n"
            f"args = ['--data-dir', {str(data_dir)!r}]\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    main(args + ['validate']); main(args + ['list', '--json'])\n"
            "    main(args + ['show', 'leg-pull-back', '--json'])\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "assert not bad, bad\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr

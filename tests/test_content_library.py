"""The library indexes several roots: ids, overrides, translations, cross-file checks."""

from __future__ import annotations

from pathlib import Path

from app.content.library import load_library
from app.content.model import Severity
from app.paths import bundled_content_root


def exercise(title: str, *, key: str | None = None, extra: str = "") -> str:
    """A minimal valid exercise file."""
    lines = [f"title: {title}", "difficulty: beginner", "duration: 30", "steps: [Do it, Rest]",
             "modifications:", "  - {name: Soft, level: easier, description: Less}"]
    if key:
        lines.append(f"translationKey: {key}")
    return "---\n" + "\n".join(lines) + f"\n{extra}\n---\nBody.\n"


def write(root: Path, rel: str, text: str) -> Path:
    """Write a file under a content root."""
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def messages(lib, severity: Severity) -> list[str]:  # type: ignore[no-untyped-def]
    """Every problem of one severity as its printed line."""
    return [str(p) for p in lib.problems(severity)]


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    """A broken file is reported; its neighbours still load."""
    write(tmp_path, "exercises/a.md", exercise("A"))
    write(tmp_path, "exercises/b.md", "---\ntitle: [\n---\n")
    write(tmp_path, "exercises/c.md", exercise("C"))
    lib = load_library([tmp_path])
    assert sorted(lib.exercises) == ["a", "c"]
    assert len(lib.files) == 3
    assert [p.path.name for p in lib.problems(Severity.ERROR)] == ["b.md"]


def test_same_id_twice_in_one_root_is_an_error_naming_both(tmp_path: Path) -> None:
    """Two files with the same id in one root: an error naming both; the first is kept."""
    first = write(tmp_path, "exercises/back/swan.md", exercise("First"))
    second = write(tmp_path, "exercises/swan.md", exercise("Second"))
    lib = load_library([tmp_path])
    (error,) = lib.problems(Severity.ERROR)
    assert str(first) in error.message and str(second) in error.message
    assert lib.exercise("swan").title == "First"


def test_later_root_replaces_earlier_with_a_warning(tmp_path: Path) -> None:
    """The same id in a later root replaces the earlier one, and a warning says so."""
    write(tmp_path, "one/exercises/swan.md", exercise("Bundled"))
    write(tmp_path, "two/exercises/swan.md", exercise("Mine"))
    lib = load_library([tmp_path / "one", tmp_path / "two", tmp_path / "missing"])
    assert lib.exercise("swan").title == "Mine"
    assert lib.problems(Severity.ERROR) == []
    (warning,) = lib.problems(Severity.WARNING)
    assert "replaces" in warning.message and str(tmp_path / "one") in warning.message


def test_translations_are_kept_apart(tmp_path: Path) -> None:
    """name.de.md is the German translation; exercises holds only the default language."""
    write(tmp_path, "exercises/swan.md", exercise("Swan", key="ex-swan"))
    write(tmp_path, "exercises/swan.de.md", exercise("Schwan", key="ex-swan"))
    write(tmp_path, "exercises/saw.fr.md", exercise("Scie"))
    lib = load_library([tmp_path])
    assert list(lib.exercises) == ["swan"]
    assert lib.translations["swan"]["de"].title == "Schwan"
    assert "saw" not in lib.translations
    assert any("no saw.md" in m for m in messages(lib, Severity.WARNING))


def test_translation_key_mismatch_warns(tmp_path: Path) -> None:
    """A translation whose translationKey differs from its base's gets a warning."""
    write(tmp_path, "exercises/swan.md", exercise("Swan", key="ex-swan"))
    write(tmp_path, "exercises/swan.de.md", exercise("Schwan", key="ex-other"))
    lib = load_library([tmp_path])
    assert lib.translations["swan"]["de"].title == "Schwan"
    assert any("translationKey" in m and "ex-other" in m for m in messages(lib, Severity.WARNING))


def test_workout_with_unknown_exercise_or_modification_is_refused(tmp_path: Path) -> None:
    """A workout naming a missing exercise or modification is an error at items[i]."""
    write(tmp_path, "exercises/swan.md", exercise("Swan"))
    write(tmp_path, "workouts/good.md", "---\ntitle: Good\ndifficulty: beginner\n"
          "items: [swan, {exercise: swan, modification: soft}]\n---\n")
    write(tmp_path, "workouts/bad.md", "---\ntitle: Bad\ndifficulty: beginner\nitems:\n"
          "  - swan\n  - swann\n  - {exercise: swan, modification: Flying}\n---\n")
    lib = load_library([tmp_path])
    assert list(lib.workouts) == ["good"]
    found = {(p.path.name, p.field): p.message for p in lib.problems(Severity.ERROR)}
    assert "did you mean swan" in found[("bad.md", "items[1].exercise")]
    assert "Soft" in found[("bad.md", "items[2].modification")]


def test_missing_warmup_and_progression_ids_warn(tmp_path: Path) -> None:
    """Warm-ups and progressions naming unknown exercises are warnings; the exercise loads."""
    write(tmp_path, "exercises/swan.md", exercise(
        "Swan", extra="warmup: [cat-cow]\nprogressions: {easier: sphinx, harder: [swan]}"))
    lib = load_library([tmp_path])
    assert "swan" in lib.exercises
    fields = sorted(p.field for p in lib.problems(Severity.WARNING))
    assert fields == ["progressions.easier[0]", "warmup[0]"]


def test_missing_image_warns_only_when_strict(tmp_path: Path) -> None:
    """A missing image file is fine (placeholder), a warning under strict."""
    write(tmp_path, "exercises/swan.md", exercise("Swan", extra="image: /images/swan.jpg"))
    assert load_library([tmp_path]).errors == []
    strict = load_library([tmp_path], strict=True)
    assert [p.field for p in strict.problems(Severity.WARNING)] == ["image"]
    write(tmp_path, "images/swan.jpg", "not really a jpeg")
    assert load_library([tmp_path], strict=True).errors == []


def test_one_workout_length_the_planners(tmp_path: Path) -> None:
    """`spotter list`, `show` and the Workouts screen give the planner's length, or none at all."""
    from app.session.plan import PlanSettings, compile_plan, planned_seconds
    from app.speech.settings import estimate_seconds

    write(tmp_path, "exercises/a.md", exercise("A"))
    write(tmp_path, "exercises/b.md", exercise("B", extra="sides: each\nsets: 2\nrest: 10"))
    write(tmp_path, "workouts/w.md", "---\ntitle: W\ndifficulty: beginner\nrest: 15\n"
          "items: [a, b, {exercise: a, seconds: 20, rest: 5}]\n---\n")
    lib = load_library([tmp_path])
    plan = compile_plan(lib.workout("w"), lib, PlanSettings(), estimate_seconds)
    assert planned_seconds(lib.workout("w"), lib, estimate_seconds) == plan.total_seconds > 30 + 130 + 20
    assert planned_seconds(lib.workout("w"), {}, estimate_seconds) is None  # its exercises unknown


def test_bundled_content_validates(tmp_path: Path) -> None:
    """Every bundled file loads with no error (warnings are allowed)."""
    lib = load_library([bundled_content_root()])
    assert messages(lib, Severity.ERROR) == []
    assert len(lib.exercises) == len([f for f in lib.files if "exercises" in f.parts
                                      and f.name.count(".") == 1])


def test_an_exercise_file_linking_out_of_its_root_is_refused(tmp_path: Path) -> None:
    """A symlink (or a linked folder) leading outside the content root is not read."""
    import os

    from app.content.library import load_library
    from app.content.model import Severity

    secret = tmp_path / "elsewhere"
    secret.mkdir()
    good = next(iter(sorted((bundled_content_root() / "exercises").glob("*.md")))).read_text("utf-8")
    (secret / "outside.md").write_text(good, encoding="utf-8")
    root = tmp_path / "content"
    (root / "exercises").mkdir(parents=True)
    (root / "exercises" / "inside.md").write_text(good, encoding="utf-8")
    os.symlink(secret / "outside.md", root / "exercises" / "linked.md")
    os.symlink(root / "exercises" / "inside.md", root / "exercises" / "alias.md")  # stays inside
    lib = load_library([root])
    assert sorted(lib.exercises) == ["alias", "inside"]
    errors = lib.problems(Severity.ERROR)
    assert [e.path.name for e in errors] == ["linked.md"]
    assert "outside the content folder" in errors[0].message
    assert str(secret / "outside.md") in errors[0].message

"""Our library in Spanish and German: every bundled item translated, with matching structure."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_spotter

from app.content.library import load_library
from app.content.model import Severity
from app.content.translations import localized
from app.paths import bundled_content_root

LANGS = ("es", "de")


@pytest.fixture(scope="module")
def bundled():  # type: ignore[no-untyped-def]
    return load_library([bundled_content_root()], strict=True)


def test_bundled_library_loads_every_translation_cleanly(bundled) -> None:  # type: ignore[no-untyped-def]
    assert [str(e) for e in bundled.errors] == []
    assert len(bundled.exercises) == 23 and len(bundled.workouts) == 5


@pytest.mark.parametrize("lang", LANGS)
def test_every_exercise_exists_with_the_same_steps_and_modifications(bundled, lang: str) -> None:  # type: ignore[no-untyped-def]
    for ident, original in bundled.exercises.items():
        tr = bundled.translations.get(ident, {}).get(lang)
        assert tr is not None, f"{ident} has no {lang} translation"
        assert tr.path.name == f"{ident}.{lang}.md" and tr.lang == lang
        assert tr.translation_key == original.translation_key and tr.translation_key
        assert tr.title != original.title or ident in ("leg-pull-back", "leg-pull-front", "superman", "sphinx")
        assert len(tr.steps) == len(original.steps), ident
        assert [(s.seconds, s.reps, s.side) for s in tr.steps] == \
               [(s.seconds, s.reps, s.side) for s in original.steps], ident
        assert [m.level for m in tr.modifications] == [m.level for m in original.modifications]
        for m, o in zip(tr.modifications, original.modifications):
            assert len(m.steps or ()) == len(o.steps or ()), f"{ident}: {o.name}"
            assert m.name != o.name, f"{ident}: {o.name} is not translated"
        assert (tr.duration, tr.reps, tr.sets, tr.sides, tr.rest) == \
               (original.duration, original.reps, original.sets, original.sides, original.rest)
        assert len(tr.cautions.avoid_if) == len(original.cautions.avoid_if)
        assert len(tr.cautions.stop_if) == len(original.cautions.stop_if)
        assert tr.steps[0].text != original.steps[0].text


@pytest.mark.parametrize("lang", LANGS)
def test_every_workout_exists_with_the_same_items(bundled, lang: str) -> None:  # type: ignore[no-untyped-def]
    for ident, original in bundled.workouts.items():
        tr = bundled.workout_translations.get(ident, {}).get(lang)
        assert tr is not None, f"{ident} has no {lang} translation"
        assert tr.translation_key == original.translation_key and tr.translation_key
        assert [(i.exercise, i.sets) for i in tr.all_items()] == \
               [(i.exercise, i.sets) for i in original.all_items()]
        assert tr.title != original.title


def test_localized_library_plays_translated_workout_modifications(bundled) -> None:  # type: ignore[no-untyped-def]
    from app.session.plan import PlanSettings, compile_plan

    es = localized(bundled, "es")
    workout = es.workout("core-foundations")
    assert workout is not None and workout.title == "Bases del core"
    plan = compile_plan(workout, es, PlanSettings(), lambda text: 1.0)
    mods = {p.exercise.id: p.modification for p in plan.exercises if p.modification}
    assert mods["forearm-plank"].name == "Rodillas apoyadas"
    assert mods["forearm-plank"].key == "Knees Down"  # language-neutral in events and history
    assert es.exercise("forearm-plank").modification("Knees Down") is mods["forearm-plank"]
    assert localized(bundled, "en") is bundled and localized(bundled, None) is bundled


def _exercise(title: str, steps: str, mods: str = "", key: str = "exercise-x") -> str:
    return (f"---\ntitle: {title}\ntranslationKey: {key}\ndifficulty: beginner\nduration: 30\n"
            f"steps: {steps}\n{mods}---\nBody.\n")


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_strict_warns_about_a_translation_of_another_shape_or_a_missing_one(tmp_path: Path) -> None:
    mods = "modifications:\n  - {name: Soft, level: easier, description: Less}\n"
    _write(tmp_path, "exercises/x.md", _exercise("X", "[One, Two]", mods))
    _write(tmp_path, "exercises/x.es.md", _exercise("Equis", "[Uno]"))
    _write(tmp_path, "exercises/y.md", _exercise("Y", "[One]", key="exercise-y"))
    _write(tmp_path, "exercises/z.md", _exercise("Z", "[One]", key="exercise-z"))
    _write(tmp_path, "exercises/z.es.md", _exercise("Zeta", "[Uno]", key="exercise-z"))
    _write(tmp_path, "exercises/z.de.md", _exercise("Zett", "[Eins]", key="exercise-z"))
    _write(tmp_path, "workouts/w.md", "---\ntitle: W\ndifficulty: beginner\nitems: [x, z]\n---\n")
    _write(tmp_path, "workouts/w.es.md", "---\ntitle: Uve\ndifficulty: beginner\nitems: [z]\n---\n")
    assert load_library([tmp_path]).problems(Severity.WARNING) == []  # only under --strict
    lib = load_library([tmp_path], strict=True)
    lines = [str(p) for p in lib.problems(Severity.WARNING)]
    assert any("x.es.md: steps: has 1, but" in line for line in lines), lines
    assert any("x.es.md: modifications: has 0, but" in line for line in lines), lines
    assert any("w.es.md: items: has 1, but" in line for line in lines), lines
    assert any("y.md: file: no translation in de, es" in line for line in lines), lines
    assert any("x.md: file: no translation in de" in line for line in lines), lines
    assert any("w.md: file: no translation in de" in line for line in lines), lines
    assert not any("z.md" in line and "no translation" in line for line in lines), lines


def test_english_only_folders_get_no_missing_translation_warnings(tmp_path: Path) -> None:
    _write(tmp_path, "exercises/y.md", _exercise("Y", "[One]"))
    assert load_library([tmp_path], strict=True).problems(Severity.WARNING) == []


def test_validate_strict_prints_the_translation_warnings(tmp_path: Path, data_dir: Path) -> None:
    _write(tmp_path, "exercises/x.md", _exercise("X", "[One, Two]"))
    _write(tmp_path, "exercises/x.es.md", _exercise("Equis", "[Uno]"))
    result = run_spotter("validate", "--strict", str(tmp_path), data_dir=data_dir)
    assert "x.es.md: steps: warning: has 1, but" in result.stdout
    bundled = run_spotter("validate", "--strict", data_dir=data_dir)
    assert bundled.returncode == 0, bundled.stdout + bundled.stderr
    assert "0 errors, 0 warnings" in bundled.stdout + bundled.stderr


def test_translated_steps_take_the_originals_language_free_fields_by_position() -> None:
    from dataclasses import dataclass, replace

    from app.content import translations as tr
    from app.content.model import Difficulty, Exercise, Step

    @dataclass(frozen=True)
    class Guess:
        inferred: bool

    def ex(lang: str | None, steps: tuple[Step, ...]) -> Exercise:
        return Exercise(id="x", path=Path("x.md"), title="X", description="",
                        difficulty=Difficulty.BEGINNER, duration=10, steps=steps, lang=lang)

    original = ex(None, (Step("One", side="right"), Step("Two", side="left")))
    translated = ex("es", (Step("Uno"), Step("Dos", side="right")))
    old = tr.INHERITED_STEP_FIELDS
    try:
        tr.INHERITED_STEP_FIELDS = ("side",)  # stands for ``pose``: the same rule
        merged = tr.translated_exercise(original, translated)
        assert [s.side for s in merged.steps] == ["right", "right"]  # written wins, absent inherits
        guessed = replace(translated, steps=(Step("Uno", cue=None), Step("Dos")))
        assert tr._unwritten(None) and tr._unwritten(Guess(True)) and not tr._unwritten(Guess(False))
        assert [s.text for s in tr.translated_exercise(original, guessed).steps] == ["Uno", "Dos"]
    finally:
        tr.INHERITED_STEP_FIELDS = old


@pytest.mark.parametrize("lang", LANGS)
def test_translated_steps_show_the_originals_poses(bundled, lang: str) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import fields

    from app.content.model import Step

    assert "pose" in {f.name for f in fields(Step)}
    shown = localized(bundled, lang)
    pairs = 0
    for ident, original in bundled.exercises.items():
        tr = shown.exercises[ident]
        assert tr.lang == lang
        steps = list(zip(original.steps, tr.steps))
        for o, m in zip(original.modifications, tr.modifications):
            steps += list(zip(o.steps or (), m.steps or ()))
        for a, b in steps:
            assert b.pose == a.pose, (ident, b.text)
            pairs += 1
    assert pairs > 150

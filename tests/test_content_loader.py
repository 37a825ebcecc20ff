"""The loader reads every field of the content format (docs/content-format.md)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from app.content.loader import load_file, load_text, parse_name
from app.content.markdown_sections import split_sections
from app.content.model import Difficulty, Exercise, Level, Severity, Sides, Workout

FULL = """---
title: "Swan Prep"
translationKey: "exercise-swan-prep"
description: "A gentle back extension."
date: 2024-01-15
lastmod: "2024-12-17"
keywords: ["swan", "back extension"]
equipment: mat
muscles: ["back", "glutes"]
difficulty: beginner
duration: 45.5
video_id: "abc123XYZ_-"
author: "Team"
image: "images/swan.jpg"
reps: 6
sets: 2
sides: alternating
hold: 3
rest: 0
breathing: "Inhale to lift, exhale to lower"
cautions:
  avoid_if: ["acute back pain"]
  stop_if: ["sharp pain in the lower back"]
warmup: [cat-cow, pelvic-tilt]
progressions:
  easier: sphinx
  harder: [swan, swan-dive]
steps:
  - "Lie on your front"
  - text: "Lift the chest"
    seconds: 5
    reps: 6
    side: Left
    cue: "Lift"
    breath: "Inhale"
modifications:
  - name: "Low Swan"
    level: easier
    description: "Lift only a little"
    steps: ["Lift the head only", {text: "Hold", seconds: 3}]
  - name: "Swan Dive"
    level: harder
    description: "Rock forward"
faq:
  - q: "Does my back hurt?"
    a: "It should not."
draft: true
weight: 10
---

Intro line.

## Benefits

- Back strength

### Sub heading stays inside

More.

## Tips

Reach long.
"""


def _exercise(text: str, name: str = "swan-prep.md", strict: bool = False) -> Exercise:
    model, problems = load_text(text, Path("/r/exercises") / name, "exercise", strict=strict)
    assert isinstance(model, Exercise), problems
    return model


def test_every_exercise_field_is_read() -> None:
    """A file using every field loads each into the model's type."""
    ex = _exercise(FULL)
    assert (ex.id, ex.title, ex.translation_key) == ("swan-prep", "Swan Prep", "exercise-swan-prep")
    assert ex.description == "A gentle back extension."
    assert (ex.date, ex.lastmod) == (dt.date(2024, 1, 15), dt.date(2024, 12, 17))
    assert ex.keywords == ("swan", "back extension")
    assert ex.equipment == ("mat",) and ex.muscles == ("back", "glutes")
    assert ex.difficulty is Difficulty.BEGINNER and ex.duration == 45.5
    assert (ex.video_id, ex.author, ex.image) == ("abc123XYZ_-", "Team", "images/swan.jpg")
    assert (ex.reps, ex.sets, ex.sides, ex.hold, ex.rest) == (6, 2, Sides.ALTERNATING, 3.0, 0.0)
    assert ex.breathing == "Inhale to lift, exhale to lower"
    assert ex.cautions.avoid_if == ("acute back pain",)
    assert ex.cautions.stop_if == ("sharp pain in the lower back",)
    assert ex.warmup == ("cat-cow", "pelvic-tilt")
    assert ex.progressions.easier == ("sphinx",) and ex.progressions.harder == ("swan", "swan-dive")
    assert ex.steps[0].text == "Lie on your front" and ex.steps[0].seconds is None
    step = ex.steps[1]
    assert (step.text, step.seconds, step.reps, step.side, step.cue, step.breath) == (
        "Lift the chest", 5.0, 6, "left", "Lift", "Inhale")
    low, dive = ex.modifications
    assert (low.name, low.level, low.description) == ("Low Swan", Level.EASIER, "Lift only a little")
    assert low.steps is not None and [s.text for s in low.steps] == ["Lift the head only", "Hold"]
    assert low.steps[1].seconds == 3.0
    assert dive.level is Level.HARDER and dive.steps is None
    assert ex.modification("swan dive") is dive
    assert ex.faq[0].q == "Does my back hurt?" and ex.faq[0].a == "It should not."
    assert ex.intro == "Intro line."
    assert [s.heading for s in ex.sections] == ["Benefits", "Tips"]
    assert "### Sub heading stays inside" in ex.sections[0].body
    assert dict(ex.extra) == {"draft": True, "weight": 10}


def test_unknown_fields_warn_only_when_strict() -> None:
    """Unknown fields load fine; only strict mode reports them, as warnings with a hint."""
    path = Path("/r/exercises/swan-prep.md")
    _, quiet = load_text(FULL, path, "exercise")
    _, strict = load_text(FULL.replace("draft:", "titel: x\ndraft:"), path, "exercise", strict=True)
    assert quiet == []
    assert {p.field for p in strict} == {"draft", "weight", "titel"}
    assert all(p.severity is Severity.WARNING for p in strict)
    assert any("did you mean title" in p.message for p in strict)


def test_cautions_as_a_plain_list_are_who_should_avoid() -> None:
    """cautions written as a list of texts fill avoid_if."""
    ex = _exercise(FULL.replace(
        'cautions:\n  avoid_if: ["acute back pain"]\n  stop_if: ["sharp pain in the lower back"]',
        "cautions: [pregnancy, wrist injury]"))
    assert ex.cautions.avoid_if == ("pregnancy", "wrist injury") and ex.cautions.stop_if == ()


def test_bom_and_crlf_load_fine(tmp_path: Path) -> None:
    """A UTF-8 BOM and Windows line ends change nothing."""
    plain = _exercise(FULL)
    raw = ("\ufeff" + FULL.replace("\n", "\r\n")).encode("utf-8")
    path = tmp_path / "bom-crlf.md"  # the test's own folder: no other run writes there
    path.write_bytes(raw)
    model, problems = load_file(path, "exercise")
    assert problems == [] and isinstance(model, Exercise)
    assert model.steps == plain.steps and model.sections == plain.sections
    assert model.intro == plain.intro


def test_translation_file_name_gives_lang() -> None:
    """name.LANG.md is the LANG translation of name.md (2 letters or like pt-br)."""
    assert parse_name("swan.md") == ("swan", None)
    assert parse_name("swan.de.md") == ("swan", "de")
    assert parse_name("swan.pt-BR.md") == ("swan", "pt-br")
    assert parse_name("swan.txt") is None
    assert _exercise(FULL, "swan-prep.de.md").lang == "de"


@pytest.mark.parametrize("name, ident", [
    ("Swan Prep.md", "swan-prep"), ("3_4_Sit-Up.md", "3-4-sit-up"),
    ("16-ball-dead-bug.md", "ball-dead-bug"), ("Ñandú_Stretch.markdown", "nandu-stretch"),
])
def test_any_file_name_gets_a_clean_id_with_a_warning(name: str, ident: str) -> None:
    """A file name that is not an id (spaces, capitals, a number in front) is read, with a warning."""
    model, problems = load_text(FULL, Path("/r/exercises") / name, "exercise")
    assert model is not None and model.id == ident
    assert [p.severity for p in problems] == [Severity.WARNING]
    assert name in problems[0].message and f'"{ident}"' in problems[0].message


def test_markdown_extension_and_bundles() -> None:
    """``.markdown`` files are read; a Hugo leaf bundle's index.md takes its folder's name."""
    model, problems = load_text(FULL, Path("/r/exercises/swan-prep.markdown"), "exercise")
    assert model is not None and model.id == "swan-prep" and problems == []
    model, problems = load_text(FULL, Path("/r/exercises/swan-prep/index.es.md"), "exercise")
    assert model is not None and (model.id, model.lang) == ("swan-prep", "es")


def test_json_and_toml_front_matter() -> None:
    """Hugo's JSON ({...}) and TOML (+++) front matter are read like YAML."""
    import json

    yaml_model, _ = load_text(FULL, Path("/r/exercises/swan-prep.md"), "exercise")
    front = FULL.split("---\n")[1]
    import yaml

    data = yaml.safe_load(front)
    as_json = json.dumps(data, default=str, indent=1) + "\n" + FULL.split("---\n", 2)[2]
    model, problems = load_text(as_json, Path("/r/exercises/swan-prep.md"), "exercise")
    assert model is not None, problems
    assert model.steps == yaml_model.steps and model.modifications == yaml_model.modifications
    assert model.intro == yaml_model.intro
    toml = '+++\ntitle = "Swan"\ndifficulty = "beginner"\nduration = 30\nsteps = ["Lie down"]\n+++\nBody\n'
    model, problems = load_text(toml, Path("/r/exercises/swan.md"), "exercise")
    assert model is not None and model.steps[0].text == "Lie down" and model.intro == "Body"


def test_a_redefined_anchor_means_the_later_one() -> None:
    """YAML 1.2: an alias refers to the latest anchor of its name (PyYAML refuses it)."""
    text = FULL.replace("---\n", "---\nx: &n 10\nfirst: *n\ny: &n 20\nlater: *n\n", 1)
    model, problems = load_text(text, Path("/r/exercises/swan.md"), "exercise")
    assert model is not None, problems
    assert (dict(model.extra)["first"], dict(model.extra)["later"]) == (10, 20)


def test_sections_ignore_headings_in_code_fences() -> None:
    """A ## line inside a fenced code block is not a heading."""
    intro, sections = split_sections("Hi\n\n## One\n```\n## not a heading\n```\n## Two ##\nx")
    assert intro == "Hi"
    assert [s.heading for s in sections] == ["One", "Two"]
    assert "## not a heading" in sections[0].body


def test_workout_fields_are_read() -> None:
    """A workout reads title, difficulty, items in both forms, rest, warm-up and cool-down."""
    text = """---
title: Back Care
description: Ten easy minutes.
difficulty: beginner
rest: 15
warmup: [cat-cow]
items:
  - pelvic-tilt
  - exercise: glute-bridge
    sets: 2
    reps: 10
    seconds: 40
    rest: 30
    modification: Feet Wider
cooldown:
  - exercise: childs-pose
    seconds: 60
---
## Why
Because.
"""
    model, problems = load_text(text, Path("/r/workouts/back-care.md"), "workout")
    assert problems == [] and isinstance(model, Workout)
    assert (model.id, model.title, model.difficulty) == ("back-care", "Back Care",
                                                         Difficulty.BEGINNER)
    assert model.rest_between == 15.0 and model.description == "Ten easy minutes."
    assert [i.exercise for i in model.all_items()] == [
        "cat-cow", "pelvic-tilt", "glute-bridge", "childs-pose"]
    bridge = model.items[1]
    assert (bridge.sets, bridge.reps, bridge.seconds, bridge.rest, bridge.modification) == (
        2, 10, 40.0, 30.0, "Feet Wider")
    assert model.cooldown[0].seconds == 60.0
    assert model.sections[0].heading == "Why"


def _copy_seed(seeds_dir: Path, tmp_path: Path, prefix: str, name: str) -> Path:
    (tmp_path / "exercises").mkdir(exist_ok=True)
    source = next(seeds_dir.glob(f"{prefix}_*.txt"))
    target = tmp_path / "exercises" / name
    shutil.copyfile(source, target)
    return target


def test_seed_000_loads_unchanged_with_every_field(seeds_dir: Path, tmp_path: Path) -> None:
    """Seed page 000, copied unchanged, loads with all its fields and sections."""
    path = _copy_seed(seeds_dir, tmp_path, "000", "leg-pull-back.md")
    model, problems = load_file(path, "exercise", root=tmp_path)
    assert problems == [] and isinstance(model, Exercise)
    assert model.title == "Leg Pull Back"
    assert model.translation_key == "exercise-leg-pull-back"
    assert len(model.steps) == 5 and model.steps[0].text.startswith("Sit with legs extended")
    assert [(m.name, m.level) for m in model.modifications] == [
        ("Hips Down", Level.EASIER), ("Bent Knees", Level.EASIER), ("Kick Higher", Level.HARDER)]
    assert len(model.faq) == 3 and model.faq[0].q.startswith("My wrists hurt")
    assert model.muscles == ("core", "abs", "spine", "hip flexors")
    assert model.equipment == ("mat",) and model.duration == 60
    assert model.difficulty is Difficulty.ADVANCED
    assert (model.date, model.lastmod) == (dt.date(2024, 1, 15), dt.date(2024, 12, 17))
    assert model.image == "/images/exercises/leg-pull-back.jpg"
    assert model.author == "GirlPilates Team" and len(model.keywords) == 4
    for heading in ("Benefits", "Common Mistakes", "Tips"):
        assert model.section(heading) is not None, heading
    assert model.intro.startswith("Leg Pull Back is the reverse companion")


def test_seed_001_loads_unchanged_with_video_id(seeds_dir: Path, tmp_path: Path) -> None:
    """Seed page 001, copied unchanged, loads with its video_id and sections."""
    path = _copy_seed(seeds_dir, tmp_path, "001", "leg-pull-back-prep.md")
    model, problems = load_file(path, "exercise", root=tmp_path)
    assert problems == [] and isinstance(model, Exercise)
    assert model.title == "Leg Pull Back Prep" and model.video_id == "dQw4w9WgXcQ"
    assert len(model.steps) == 5 and len(model.modifications) == 3 and len(model.faq) == 3
    assert model.difficulty is Difficulty.INTERMEDIATE
    assert model.section("Benefits") is not None and model.section("Common Mistakes") is not None


@pytest.mark.parametrize("image", ["/images/x.jpg", "images/x.jpg", "a/../images/x.jpg"])
def test_image_paths_inside_the_root_are_accepted(image: str) -> None:
    """Root-relative (Hugo's leading /) and relative image paths inside the root load."""
    assert _exercise(FULL.replace('"images/swan.jpg"', f'"{image}"')).image == image


def test_image_file_resolves_hugo_style_paths(tmp_path: Path) -> None:
    """image_file() puts a leading-/ image inside the content root, never at the filesystem root."""
    path = tmp_path / "exercises" / "swan-prep.md"
    path.parent.mkdir()
    path.write_text(FULL.replace('"images/swan.jpg"', '"/images/exercises/swan.jpg"'))
    model, _ = load_file(path, "exercise", root=tmp_path)
    assert isinstance(model, Exercise)
    assert model.image_file() == tmp_path / "images" / "exercises" / "swan.jpg"

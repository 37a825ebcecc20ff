"""Broken and hostile files give a clear ContentError; nothing crashes, nothing runs."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.content.loader import MAX_BYTES, load_file, load_text
from app.content.model import ContentError, Exercise, Severity

GOOD = """---
title: "Swan"
difficulty: beginner
duration: 60
steps:
  - "Lie on your front"
  - "Lift the chest"
modifications:
  - name: Low
    level: easier
    description: Lift less
faq:
  - q: Why?
    a: Because.
image: images/swan.jpg
---
Body.
"""
PATH = Path("/root-of-content/exercises/swan.md")


def _problems(text: str) -> list[ContentError]:
    model, problems = load_text(text, PATH, "exercise")
    errors = [p for p in problems if p.severity is Severity.ERROR]
    assert model is None and errors, f"expected an error, loaded {model!r}"
    for p in errors:
        assert p.path == PATH and p.message and "Traceback" not in p.message
    return errors


def _with(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new)


def test_good_file_loads() -> None:
    """The base of every hostile case below loads cleanly."""
    model, problems = load_text(GOOD, PATH, "exercise")
    assert isinstance(model, Exercise) and problems == []


def test_malformed_yaml_reports_its_line() -> None:
    """A YAML syntax error names the file's line (counting the --- line)."""
    errors = _problems(_with("duration: 60", "duration: 60: seconds"))
    assert errors[0].field == "line 4"
    assert "YAML" in errors[0].message


@pytest.mark.parametrize("text, words", [
    ("# Swan\n\nNo front matter here.\n", "no front matter"),
    ("---\ntitle: Swan\nsteps: [a]\n\n# Swan\n", "not closed"),
    ("---\n- title\n- steps\n---\nbody\n", "a list"),
    ("---\njust a sentence\n---\nbody\n", "one value"),
    ("---\n---\nbody\n", "empty"),
    ("+++\ntitle = 'x'\n+++\n", "is missing"),
    ("+++\ntitle = 'x'\n", "TOML front matter is not closed"),
    ("+++\ntitle = \n+++\n", "TOML front matter is not valid"),
    ('{"title": "x",\n', "JSON front matter is not valid"),
    ('{"title": ' + "[" * 100_000, "JSON front matter is not valid"),
])
def test_front_matter_shape_problems(text: str, words: str) -> None:
    """Front matter missing, unclosed, a list, a scalar, empty or TOML: one clear error."""
    assert words in _problems(text)[0].message


@pytest.mark.parametrize("old, new, field, words", [
    ("duration: 60", "duration: sixty", "duration", "number"),
    ("duration: 60", "duration: -5", "duration", "above 0"),
    ("duration: 60", "duration: yes", "duration", "number"),
    ("duration: 60", "duration: .nan", "duration", "above 0"),
    ("difficulty: beginner", "difficulty: legendary", "difficulty", "beginner | intermediate"),
    ('steps:\n  - "Lie on your front"\n  - "Lift the chest"', "steps: lie down", "steps", "list"),
    ('steps:\n  - "Lie on your front"\n  - "Lift the chest"', "steps: []", "steps", "at least one"),
    ('steps:\n  - "Lie on your front"', "steps:\n  - {seconds: -1}", "steps[0].text", "missing"),
    ("level: easier", "level: medium", "modifications[0].level", "easier | harder"),
    ("level: easier", "level: standard", "modifications[0].level", "easier | harder"),
    ("    a: Because.", "    answer: Because.", "faq[0].a", "missing"),
    ("  - q: Why?\n", "  - Q: Why?\n", "faq[0].q", "missing"),
    ('title: "Swan"', "title: no", "title", "YAML read `no` as false — put it in quotes"),
    ('title: "Swan"', "title: 1984", "title", "put it in quotes"),
    ('title: "Swan"', "yes: Swan", "True", "field name"),
    ("duration: 60", "duration: 60\ndate: 2024-02-30", "date", "cannot be read"),
    ("duration: 60", "duration: 60\nsides: both", "sides", "none | each | alternating"),
    ("duration: 60", "duration: 60\nreps: 2.5", "reps", "whole number"),
    ("    description: Lift less", "    description: Lift less\n  - name: low\n    level: harder",
     "modifications[1].name", "two modifications"),
])
def test_wrong_types_and_ranges(old: str, new: str, field: str, words: str) -> None:
    """Each wrong type or range names the field and says what is expected."""
    errors = _problems(_with(old, new))
    assert any(e.field == field and words in e.message for e in errors), errors


@pytest.mark.parametrize("image", [
    "../secret.jpg", "/images/../../x.jpg", "http://example.com/x.jpg", "file:///etc/passwd",
    "C:/pictures/x.jpg", "//host/share/x.jpg", "\\\\\\\\host\\\\x.jpg", "data:image/png;base64,AAAA",
])
def test_image_paths_leaving_the_root_are_refused(image: str) -> None:
    """Images must stay inside the content root: no .., URLs, drives or network paths."""
    errors = _problems(_with("image: images/swan.jpg", f'image: "{image}"'))
    assert errors[0].field == "image"


def test_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    """A file that is not UTF-8 is an error naming the line, not a crash."""
    path = tmp_path / "swan.md"
    path.write_bytes(GOOD.encode() + b"caf\xe9\n")
    model, problems = load_file(path, "exercise")
    assert model is None and "not UTF-8" in problems[0].message
    assert problems[0].field == f"line {GOOD.count(chr(10)) + 1}"


def test_file_over_the_size_cap(tmp_path: Path) -> None:
    """A file over 256 KiB is refused with a clear message."""
    path = tmp_path / "swan.md"
    path.write_text(GOOD + "x" * MAX_BYTES, encoding="utf-8")
    model, problems = load_file(path, "exercise")
    assert model is None and "larger than 256 KiB" in problems[0].message


@pytest.mark.parametrize("tag", [
    '!!python/object/apply:os.system ["touch {marker}"]',
    '!!python/object/apply:subprocess.call [["touch", "{marker}"]]',
    '!!python/object/new:os.system ["touch {marker}"]',
    "!!python/name:os.system",
    "!custom {{a: 1}}",
])
def test_python_tags_are_refused_and_nothing_runs(tag: str, tmp_path: Path) -> None:
    """!!python/... and unknown tags are refused; the command they name never runs."""
    marker = tmp_path / "ran"
    errors = _problems(_with('title: "Swan"', f'title: "Swan"\npayload: {tag.format(marker=marker)}'))
    assert "not allowed" in errors[0].message
    assert not marker.exists()


def test_billion_laughs_is_refused_quickly() -> None:
    """An alias bomb is refused before it expands, in well under a second."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    start = time.perf_counter()
    errors = _problems("---\ntitle: x\n" + "\n".join(lines) + "\n---\n")
    assert time.perf_counter() - start < 1
    assert "alias" in errors[0].message


def test_self_referencing_alias_is_refused() -> None:
    """An alias inside the value it names (a structure with no end) is refused."""
    errors = _problems(_with('title: "Swan"', 'title: "Swan"\nloop: &me [1, *me]'))
    assert "refers to the value that contains it" in errors[0].message


def test_a_few_aliases_are_fine() -> None:
    """Ordinary anchors and merges still load (they are plain YAML)."""
    text = _with("faq:", "base: &b {text: Hold, seconds: 5}\nmore: {<<: *b, reps: 2}\nfaq:")
    model, problems = load_text(text, PATH, "exercise")
    assert isinstance(model, Exercise), problems
    assert dict(model.extra)["more"] == {"text": "Hold", "seconds": 5, "reps": 2}


_DEEP = {
    "flow lists": "[" * 100_000 + "]" * 100_000,
    "flow mappings": "{a: " * 100_000 + "}" * 100_000,
    "compact block lists": "\n" + "- " * 100_000 + "x",
    "indented mappings": "\n" + "".join(" " * i + "a:\n" for i in range(700)) + " " * 700 + "b",
}


@pytest.mark.parametrize("shape", sorted(_DEEP))
def test_deep_nesting_is_refused_without_crashing(shape: str) -> None:
    """Nesting far beyond 64 levels is refused in a child process that must not segfault."""
    text = f"---\ntitle: x\nnest: {_DEEP[shape]}\n---\n"
    code = (
        "import sys; from pathlib import Path\n"
        "from app.content.loader import load_text\n"
        "model, problems = load_text(sys.stdin.read(), Path('deep.md'), 'exercise')\n"
        "print(model is None, problems[0].message)\n"
    )
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], input=text, cwd=ROOT,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, (result.returncode, result.stderr[-500:])
    assert result.stdout.startswith("True") and "nest" in result.stdout
    assert time.perf_counter() - start < 10


def test_moderate_nesting_still_loads() -> None:
    """Nesting a little beyond the cheap bound goes to the exact scan and loads."""
    text = _with('title: "Swan"', 'title: "Swan"\nnest: ' + "[" * 40 + "]" * 40)
    model, problems = load_text(text, PATH, "exercise")
    assert isinstance(model, Exercise), problems


HUGE = "9" * 400


@pytest.mark.parametrize("value, words", [
    (HUGE, "far too large"),
    ("-" + HUGE, "far too large"),
    ("!!int 0x" + "f" * 5000, "far too large"),
    ("9" * 5000, "cannot be read"),
    ("!!timestamp nope", "cannot be read as !!timestamp"),
    ("!!bool maybe", "cannot be read as !!bool"),
    ("!!int ''", "cannot be read as !!int"),
    ("!!float x", "cannot be read as !!float"),
    ("!!int 12abc", "cannot be read as !!int"),
    ("{<<: {a: " + HUGE + "}}", "far too large"),
])
@pytest.mark.parametrize("field", ["duration", "reps", "title", "steps[0].seconds", "payload"])
def test_hostile_values_are_one_error_naming_the_field(field: str, value: str, words: str) -> None:
    """A typed tag that does not fit its value, or a huge number, is one error naming its field."""
    if field == "steps[0].seconds":
        text = _with('steps:\n  - "Lie on your front"',
                     f'steps:\n  - text: "Lie on your front"\n    seconds: {value}')
    elif field in ("duration", "title"):
        text = GOOD.replace(next(line for line in GOOD.splitlines() if line.startswith(field)),
                            f"{field}: {value}")
    else:
        text = _with("duration: 60", f"duration: 60\n{field}: {value}")
    errors = _problems(text)
    assert len(errors) == 1, errors
    assert errors[0].field == field and words in errors[0].message, errors[0]
    assert len(str(errors[0])) < 300


def test_one_hostile_file_does_not_stop_the_library(tmp_path: Path) -> None:
    """The rest of a root loads around files with hostile values, even in the user's folder."""
    from app.content.library import load_library

    root = tmp_path / "content"
    (root / "exercises").mkdir(parents=True)
    (root / "exercises" / "swan.md").write_text(GOOD, encoding="utf-8")
    for n, value in enumerate([HUGE, "!!timestamp nope", "!!bool maybe", "!!int ''"]):
        (root / "exercises" / f"bad-{n}.md").write_text(_with("duration: 60", f"duration: {value}"),
                                                       encoding="utf-8")
    lib = load_library([root])
    assert list(lib.exercises) == ["swan"]
    errors = lib.problems(Severity.ERROR)
    assert sorted(e.path.name for e in errors) == [f"bad-{n}.md" for n in range(4)]
    assert all(e.field == "duration" for e in errors), errors


_SETTINGS = settings(max_examples=300, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(st.text())
def test_any_text_gives_an_exercise_or_an_error(text: str) -> None:
    """Arbitrary text never raises: the loader returns an exercise or ContentErrors."""
    model, problems = load_text(text, PATH, "exercise")
    assert isinstance(model, Exercise) or any(p.severity is Severity.ERROR for p in problems)
    assert all(isinstance(p, ContentError) for p in problems)


_YAMLISH = st.text(alphabet=st.sampled_from(list("abt:- \n[]{}&*!|>'\"#%@`,?.0123456789yesno")),
                   max_size=200)


@_SETTINGS
@given(st.one_of(st.text(), _YAMLISH), st.text(max_size=50))
def test_any_front_matter_gives_an_exercise_or_an_error(front: str, body: str) -> None:
    """Arbitrary text between --- fences never raises either."""
    model, problems = load_text(f"---\n{front}\n---\n{body}", PATH, "exercise")
    assert isinstance(model, Exercise) or any(p.severity is Severity.ERROR for p in problems)


_TAGGED = st.tuples(
    st.sampled_from(["!!int", "!!float", "!!bool", "!!timestamp", "!!null", "!!str", "!!binary",
                     "!!set", "!!omap", "!!pairs", "!!seq", "!!map", "!!merge", "!!value", ""]),
    st.one_of(st.sampled_from(["''", "nope", "maybe", "0x" + "f" * 300, "9" * 400, "-" + "9" * 400,
                               "1e999", ".inf", "-.nan", "0o777", "0b102", "2024-02-30",
                               "2024-01-01T25:00:00", "[1, 2]", "{a: 1}", "~", "yes", "=", "<<"]),
              st.integers().map(str), st.text(alphabet="0123456789xob.-+e_:", max_size=30)),
).map(lambda t: f"{t[0]} {t[1]}".strip())


@_SETTINGS
@given(st.sampled_from(["title", "duration", "reps", "sets", "hold", "rest", "date", "sides",
                        "difficulty", "payload"]), _TAGGED)
def test_typed_tags_and_huge_numbers_give_an_exercise_or_an_error(field: str, value: str) -> None:
    """Any YAML tag on any value, in any field, and numbers of any size never raise."""
    text = _with("duration: 60", f"duration: 60\n{field}: {value}") if field != "duration" \
        else _with("duration: 60", f"duration: {value}")
    if field in ("title", "difficulty"):
        text = text.replace(next(line for line in text.splitlines() if line.startswith(field)),
                            f"{field}: {value}", 1)
    model, problems = load_text(text, PATH, "exercise")
    assert isinstance(model, Exercise) or any(p.severity is Severity.ERROR for p in problems)
    for p in problems:
        assert isinstance(p, ContentError) and len(str(p)) < 400

"""The guarded safe loader gives exactly what PyYAML's safe loader gives, or refuses."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from app.content.loader import read_text, split_front_matter
from app.content.yamlsafe import YamlProblem, safe_load
from app.paths import bundled_content_root

_YAMLISH = st.text(alphabet=st.sampled_from(list("ab:- \n[]{}&*!|>'\"#,?.019yesnoTrul~<")),
                   max_size=120)


def _reference(text: str) -> object:
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def test_bundled_front_matter_matches_pyyaml() -> None:
    """Every bundled file's front matter parses to the same data as the C safe loader."""
    root = bundled_content_root()
    files = sorted([*root.glob("exercises/*.md"), *root.glob("workouts/*.md")])
    assert files
    for path in files:
        front = split_front_matter(read_text(path))[0]
        assert safe_load(front) == _reference(front), path


def test_scalars_resolve_like_pyyaml() -> None:
    """Plain scalars get PyYAML's types: bool, int, float, null, dates, merges."""
    text = ("a: yes\nb: No\nc: 0x1F\nd: 1_000\ne: .5\nf: ~\ng: ''\nh: 2024-01-15\n"
            "i: 2024-01-15 10:00:00\nj: !!binary aGk=\nk: !!set {x, y}\nl: &x {p: 1}\n"
            "m: {<<: *x, q: 2}\nn: '012'\no: 012\np: +.inf\n")
    assert repr(safe_load(text)) == repr(_reference(text))


@settings(max_examples=400, deadline=None)
@given(_YAMLISH)
def test_any_accepted_yaml_matches_pyyaml(text: str) -> None:
    """Whatever the guarded loader accepts, it reads exactly as the C safe loader does."""
    try:
        ours = safe_load(text)
    except YamlProblem:
        return
    assert repr(ours) == repr(_reference(text))

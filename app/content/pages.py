"""Pages whose kind is not given by a folder: recognise them, give each its id and language.

A site mixes exercises and workouts with articles, profiles and list pages,
in folders named in each language. So a page is recognised by what it holds
(:func:`kind_of`): a workout names its exercises (``items``, ``exercises``)
or its data record (``workout_id``); an exercise has steps (in the front
matter or as a numbered list in the body), or the fields only exercises have
(difficulty with duration). Anything else is skipped without an error, and
``validate`` sums the skipped pages up.

Languages: a page in a language's content folder is in that language; else its
file name says (``swan.es.md``); else it is in the site's default language. A
page in another language is the translation of the default-language page
with the same ``translationKey``, else of the page at the same path in the
other folder, else of the page with the same id. A page with no original is
an exercise of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.content.body import body_steps
from app.content.markdown_sections import split_sections
from app.content.model import ContentError
from app.content.names import page_name
from app.i18n.message import N_

WORKOUT_TYPES = frozenset({"workout", "workouts", "routine", "routines", "session", "class",
                           "rutina", "rutinas", "entrenamiento", "training", "seance"})
EXERCISE_TYPES = frozenset({"exercise", "exercises", "ejercicio", "ejercicios", "ubung",
                            "übung", "exercice", "exercicio", "esercizio", "pose", "move"})
_EXERCISE_FIELDS = ("difficulty", "duration", "muscles", "equipment", "reps", "sets", "hold")


@dataclass
class Page:
    """One parsed page, waiting for its id and language to be settled."""

    path: Path
    kind: str
    data: dict[str, Any]
    body: str
    front: str
    ident: str
    lang: str | None  # None: the default language
    relative: str  # the path inside its language folder, without any language suffix


def kind_of(path: Path, data: dict[str, Any], body: str) -> tuple[str | None, str]:
    """("exercise" | "workout", "") or (None, why it is skipped)."""
    if path.name.startswith("_index."):
        return None, N_("section lists (_index)")
    declared = next((str(data[k]).casefold() for k in ("type", "layout", "kind")
                     if isinstance(data.get(k), str)), "")
    if declared in WORKOUT_TYPES or "workout_id" in data or isinstance(data.get("items"), list):
        return "workout", ""
    if isinstance(data.get("exercises"), list) and "steps" not in data:
        return "workout", ""
    if declared in EXERCISE_TYPES or "steps" in data:
        return "exercise", ""
    if any(k in data for k in _EXERCISE_FIELDS) and (
            ("difficulty" in data and "duration" in data) or body_steps(*split_sections(body))):
        return "exercise", ""
    return None, N_("no steps and no exercises (articles, profiles...)")


def read_page(path: Path, folder: Path | None, folder_lang: str | None, default: str | None
              ) -> tuple[Page | None, str, list[ContentError]]:
    """(the page or None, why it was skipped, its problems)."""
    from app.content.loader import _file_error, _FileProblem, load_page, read_text

    if path.name.startswith("_index."):
        return None, N_("section lists (_index)"), []
    named = page_name(path.name, path.parent.name)
    if named is None:
        return None, N_("files that are not Markdown"), []
    try:
        text = read_text(path)
    except _FileProblem as exc:
        return None, "", [_file_error(path, exc)]
    data, body, front, problems = load_page(text, path)
    if data is None:
        return None, "", problems
    kind, why = kind_of(path, data, body)
    if kind is None:
        return None, why, []
    ident, suffix_lang, _ = named
    lang = folder_lang or suffix_lang or default
    if lang is not None and default is not None and lang == default:
        lang = None
    elif default is None and folder_lang is None:
        lang = suffix_lang
    relative = str(path.relative_to(folder)) if folder else path.name
    if suffix_lang:
        relative = relative.replace(f".{suffix_lang}.", ".", 1)
    return Page(path, kind, data, body, front, ident, lang, relative), "", []


def pair_translations(pages: list[Page]) -> None:
    """Give each page in another language the id of its original (in place)."""
    originals = [p for p in pages if p.lang is None]
    by_key: dict[tuple[str, str], str] = {}
    for p in originals:
        key = p.data.get("translationKey")
        if isinstance(key, str) and key.strip():
            by_key.setdefault((p.kind, key.strip()), p.ident)
    by_path = {(p.kind, p.relative): p.ident for p in originals}
    idents = {(p.kind, p.ident) for p in originals}
    for p in pages:
        if p.lang is None:
            continue
        key = p.data.get("translationKey")
        found = by_key.get((p.kind, key.strip())) if isinstance(key, str) else None
        found = found or by_path.get((p.kind, p.relative))
        if found is None and (p.kind, p.ident) in idents:
            found = p.ident
        if found is None:
            p.lang = None  # no original: an exercise (or workout) of its own
        else:
            p.ident = found

"""Build an :class:`Exercise` from one file's front matter, field by field.

The format is a superset of the seed pages (see ``docs/content-format.md``):
every field is checked for its type and range, problems are collected in
:class:`~app.content.fields.Fields`, and unknown fields are kept in
``Exercise.extra``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.content.body import body_breathing, body_modifications, body_steps
from app.content.fields import Fields
from app.content.markdown_sections import split_sections
from app.content.model import (
    Cautions,
    Difficulty,
    Exercise,
    FaqItem,
    Level,
    Modification,
    Progressions,
    Sides,
    Step,
)
from app.content.pose import Pose, posed, read_pose
from app.i18n.message import N_

MAX_SECONDS = 3 * 3600
KNOWN = frozenset(
    ["title", "translationKey", "description", "date", "lastmod", "keywords", "equipment", "muscles", "difficulty", "duration", "video_id", "steps", "modifications", "faq", "author", "image", "reps", "sets", "sides", "hold", "rest", "breathing", "cautions", "warmup", "progressions", "pose"]
)
# one shared empty value each: thousands of exercises without them cost nothing in the cache
NO_CAUTIONS, NO_PROGRESSIONS = Cautions(), Progressions()
# kept in ``extra`` without a --strict warning: where a file came from and under what licence
QUIET = frozenset({"source", "license", "licence", "category"})
_STEP_KEYS = frozenset({"text", "seconds", "reps", "side", "cue", "breath", "pose"})
_MOD_KEYS = frozenset({"name", "level", "description", "steps"})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def build_exercise(f: Fields, data: dict[str, Any], body: str, *, id: str, lang: str | None,
                   root: Path | None) -> Exercise | None:
    """Check every field of ``data``; the exercise, or None when an error was found."""
    g = data.get
    title = f.text(g("title"), "title", required=True)
    difficulty = f.choice(g("difficulty"), "difficulty", Difficulty, required=True)
    duration = f.number(g("duration"), "duration", high=MAX_SECONDS, required=True)
    pose = read_pose(f, g("pose"), "pose")
    intro, sections = split_sections(body)
    if g("steps") is None and (written := body_steps(intro, sections)) is not None:
        steps: tuple[Step, ...] | None = written  # a numbered list in the body
    else:
        steps = read_steps(f, g("steps"), "steps", required=True, pose=pose)
    values: dict[str, Any] = {
        "description": f.text(g("description"), "description") or "",
        "muscles": f.texts(g("muscles"), "muscles"),
        "equipment": f.texts(g("equipment"), "equipment"),
        "keywords": f.texts(g("keywords"), "keywords"),
        "modifications": (_modifications(f, g("modifications"), pose)
                          if g("modifications") is not None else body_modifications(sections)),
        "faq": _faq(f, g("faq")),
        "translation_key": f.text(g("translationKey"), "translationKey"),
        "date": f.date(g("date"), "date"),
        "lastmod": f.date(g("lastmod"), "lastmod"),
        "video_id": f.text(g("video_id"), "video_id"),
        "author": f.text(g("author"), "author"),
        "image": image(f, g("image"), "image"),
        "reps": f.integer(g("reps"), "reps", high=1000),
        "sets": f.integer(g("sets"), "sets", high=100),
        "sides": f.choice(g("sides"), "sides", Sides) or Sides.NONE,
        "hold": f.number(g("hold"), "hold", high=3600),
        "rest": f.number(g("rest"), "rest", high=3600, allow_low=True),
        "breathing": f.text(g("breathing"), "breathing") or body_breathing(sections),
        "cautions": _cautions(f, g("cautions")),
        "warmup": f.idents(g("warmup"), "warmup"),
        "progressions": _progressions(f, g("progressions")),
        "extra": f.extras(data, KNOWN, quiet=QUIET),
    }
    if f.failed or title is None or difficulty is None or duration is None or steps is None:
        return None
    about = f"{title}. {values['description']}"
    steps = posed(steps, about, pose)
    values["modifications"] = tuple(
        replace(m, steps=posed(m.steps, f"{m.description} {about}", pose)) if m.steps else m
        for m in values["modifications"])
    return Exercise(id=id, path=f.path, title=title, difficulty=difficulty, duration=duration,
                    steps=steps, lang=lang, root=root, intro=intro, sections=sections, pose=pose,
                    **values)


def read_steps(f: Fields, value: Any, field: str, *, required: bool, pose: Pose | None = None
               ) -> tuple[Step, ...] | None:
    """Steps: a non-empty list, each a text or a group with text and optional timing."""
    if value is None and not required:
        return None
    if not isinstance(value, list) or not value:
        if value is None or value == []:
            f.error(field, N_("must list at least one step (in the front matter, or as a "
                              "numbered list in the body)") if required
                    else N_("must list at least one step"))
        else:
            f.error(field, N_("must be a list of steps (each starting with \"- \"), not {value}",
                              value=_what(value)))
        return None
    steps = []
    for i, item in enumerate(value):
        where = f"{field}[{i}]"
        if isinstance(item, str) and item.strip():
            steps.append(Step(item.strip(), pose=pose))
            continue
        if not isinstance(item, dict):
            f.text(item, where, required=True)
            continue
        if f.mapping(item, where) is None:
            continue
        text = f.text(item.get("text"), f"{where}.text", required=True)
        side = f.text(item.get("side"), f"{where}.side")
        if side is not None and side.casefold() not in ("left", "right"):
            f.error(f"{where}.side", N_("must be left or right; got \"{side}\"", side=side))
        f.extras(item, _STEP_KEYS, f"{where}.")
        if text is not None:
            steps.append(Step(
                text=text,
                seconds=f.number(item.get("seconds"), f"{where}.seconds", high=3600),
                reps=f.integer(item.get("reps"), f"{where}.reps", high=1000),
                side=side.casefold() if side else None,
                cue=f.text(item.get("cue"), f"{where}.cue"),
                breath=f.text(item.get("breath"), f"{where}.breath"),
                pose=read_pose(f, item.get("pose"), f"{where}.pose", default=pose) or pose,
            ))
    return tuple(steps)


def _what(value: Any) -> str:
    from app.content.fields import describe

    return describe(value)


def _items(f: Fields, value: Any, field: str, shape: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        f.error(field, N_("must be a list of {shape}, not {value}", shape=shape,
                          value=_what(value)))
        return []
    return value


def _modifications(f: Fields, value: Any, pose: Pose | None) -> tuple[Modification, ...]:
    found: list[Modification] = []
    for i, item in enumerate(_items(f, value, "modifications", N_("modifications"))):
        where = f"modifications[{i}]"
        if not isinstance(item, dict):
            f.error(where, N_("must be a group with name, level and description, not {value}",
                              value=_what(item)))
            continue
        if f.mapping(item, where) is None:
            continue
        name = f.text(item.get("name"), f"{where}.name", required=True)
        level = f.choice(item.get("level"), f"{where}.level", Level,
                         allowed=(Level.EASIER, Level.HARDER), required=True)
        description = f.text(item.get("description"), f"{where}.description") or ""
        steps = read_steps(f, item.get("steps"), f"{where}.steps", required=False, pose=pose)
        f.extras(item, _MOD_KEYS, f"{where}.")
        if name and any(m.name.casefold() == name.casefold() for m in found):
            f.error(f"{where}.name", N_("\"{name}\" is used by two modifications; names must "
                                        "differ", name=name))
        elif name and level:
            found.append(Modification(name, level, description, steps))
    return tuple(found)


def _faq(f: Fields, value: Any) -> tuple[FaqItem, ...]:
    found = []
    for i, item in enumerate(_items(f, value, "faq", N_("questions (q) and answers (a)"))):
        where = f"faq[{i}]"
        if not isinstance(item, dict):
            f.error(where, N_("must be a group with q and a, not {value}", value=_what(item)))
            continue
        q = f.text(item.get("q"), f"{where}.q", required=True)
        a = f.text(item.get("a"), f"{where}.a", required=True)
        if q and a:
            found.append(FaqItem(q, a))
    return tuple(found)


def _cautions(f: Fields, value: Any) -> Cautions:
    if value is None:
        return NO_CAUTIONS
    if isinstance(value, dict):
        if f.mapping(value, "cautions") is None:
            return NO_CAUTIONS
        f.extras(value, frozenset({"avoid_if", "stop_if"}), "cautions.")
        return Cautions(f.texts(value.get("avoid_if"), "cautions.avoid_if"),
                        f.texts(value.get("stop_if"), "cautions.stop_if"))
    return Cautions(avoid_if=f.texts(value, "cautions"))


def _progressions(f: Fields, value: Any) -> Progressions:
    if value is None or f.mapping(value, "progressions") is None:
        return NO_PROGRESSIONS
    f.extras(value, frozenset({"easier", "harder"}), "progressions.")
    return Progressions(f.idents(value.get("easier"), "progressions.easier"),
                        f.idents(value.get("harder"), "progressions.harder"))


def image(f: Fields, value: Any, field: str) -> str | None:
    """An image path inside the content root; a leading ``/`` means the root (Hugo style)."""
    text = f.text(value, field)
    if text is None:
        return None
    if _SCHEME.match(text) or text.startswith("//") or "\\" in text or "\x00" in text:
        f.error(field, N_("must be a file inside the content folder, like images/name.jpg — not a "
                          "link, drive or network path (got \"{path}\")", path=text))
        return None
    depth = 0
    for part in text.split("/"):
        depth += -1 if part == ".." else 0 if part in ("", ".") else 1
        if depth < 0:
            f.error(field, N_("\"{path}\" leaves the content folder; images must stay inside it",
                              path=text))
            return None
    return text

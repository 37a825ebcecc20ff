"""Exercises, workouts and the library as readable terminal text (``list``, ``show``).

The labels come from ``words``, a gettext-style catalogue of the run's
language (``app.i18n.translations``); without one they are English.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable
from typing import Any

from app.durations import format_duration

_ENGLISH = gettext.NullTranslations()


def _seconds(value: Any) -> str:
    return "-" if value is None else format_duration(float(value), short_seconds=True)


def _table(rows: list[list[str]], header: list[str]) -> Iterable[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        yield "  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip()


def library_text(data: dict[str, Any], words: Any = _ENGLISH) -> str:
    """The ``spotter list`` table from the same data as ``list --json``."""
    _ = words.gettext
    lines = [_("Exercises ({n})").format(n=len(data['exercises']))]
    lines += _table([[e["id"], e["title"], e["difficulty"], _seconds(e["duration"]),
                      ", ".join(e["muscles"])] for e in data["exercises"]],
                    [_("ID"), _("TITLE"), _("DIFFICULTY"), _("TIME"), _("MUSCLES")])
    lines += ["", _("Workouts ({n})").format(n=len(data['workouts']))]
    lines += _table([[w["id"], w["title"], _seconds(w["total_seconds"]),
                      str(len(w["exercises"]))] for w in data["workouts"]],
                    [_("ID"), _("TITLE"), _("TIME"), _("EXERCISES")])
    if data["errors"]:
        n = len(data["errors"])
        lines += ["", words.ngettext(
            "{n} file problem kept some files out; run `spotter validate` to see it",
            "{n} file problems kept some files out; run `spotter validate` to see them",
            n).format(n=n)]
    return "\n".join(lines)


def _steps(steps: list[dict[str, Any]], indent: str) -> list[str]:
    lines = []
    for n, step in enumerate(steps, 1):
        extra = [f"{k} {_seconds(v) if k == 'seconds' else v}"
                 for k, v in step.items() if k != "text"]
        lines.append(f"{indent}{n}. {step['text']}" + (f"  ({'; '.join(extra)})" if extra else ""))
    return lines


def exercise_text(ex: dict[str, Any], words: Any = _ENGLISH) -> str:
    """``spotter show`` for an exercise."""
    _ = words.gettext
    lang = f".{ex['lang']}" if ex["lang"] else ""
    lines = [f"{ex['title']}  [{ex['id']}{lang}, {ex['difficulty']}, {_seconds(ex['duration'])}]"]
    if ex["description"]:
        lines.append(ex["description"])
    for label, key in ((_("Muscles"), "muscles"), (_("Equipment"), "equipment"),
                       (_("Warm up with"), "warmup")):
        if ex[key]:
            lines.append(f"{label}: {', '.join(ex[key])}")
    guide = [f"{k} {ex[k] if k not in ('hold', 'rest') else _seconds(ex[k])}"
             for k in ("sets", "reps", "hold", "rest") if ex[k] is not None]
    if ex["sides"] != "none":
        guide.append(f"sides: {ex['sides']}")
    if guide:
        lines.append(_("Guidance: {list}").format(list=", ".join(guide)))
    if ex["breathing"]:
        lines.append(_("Breathing: {text}").format(text=ex['breathing']))
    lines += ["", _("Steps:"), *_steps(ex["steps"], "  ")]
    if ex["modifications"]:
        lines += ["", _("Modifications:")]
        for mod in ex["modifications"]:
            lines.append(f"  [{mod['level']}] {mod['name']}: {mod['description']}")
            lines += _steps(mod.get("steps", []), "      ")
    cautions = ex["cautions"]
    for label, key in ((_("Avoid if"), "avoid_if"), (_("Stop if"), "stop_if")):
        lines += [f"{label}: {c}" for c in cautions[key]]
    for label, key in ((_("Easier exercise"), "easier"), (_("Harder exercise"), "harder")):
        if ex["progressions"][key]:
            lines.append(f"{label}: {', '.join(ex['progressions'][key])}")
    if ex["faq"]:
        lines += ["", _("Questions:")]
        for item in ex["faq"]:
            lines += [f"  Q: {item['q']}", f"  A: {item['a']}"]
    lines += _body(ex)
    if ex["translations"]:
        lines.append(_("Translations: {list}").format(list=", ".join(ex['translations'])))
    lines.append(_("File: {path}").format(path=ex['path']))
    return "\n".join(lines)


def workout_text(w: dict[str, Any], words: Any = _ENGLISH) -> str:
    """``spotter show`` for a workout."""
    _ = words.gettext
    lines = [f"{w['title']}  [{w['id']}, {w['difficulty']}, about {_seconds(w['total_seconds'])}]"]
    if w["description"]:
        lines.append(w["description"])
    lines.append(_("Rest between exercises: {time}").format(time=_seconds(w['rest'])))
    for label, key in ((_("Warm-up"), "warmup"), (_("Exercises"), "items"),
                       (_("Cool-down"), "cooldown")):
        if w[key]:
            lines += ["", f"{label}:"]
            for n, item in enumerate(w[key], 1):
                extra = [f"{k} {_seconds(v) if k in ('seconds', 'rest') else v}"
                         for k, v in item.items() if k not in ("exercise", "inline")]
                inline = item.get("inline")
                if inline:  # an exercise written in the workout
                    extra = [_seconds(inline["seconds"]) + (" each side" if inline["sides"] == "each"
                                                            else "")] + extra
                    if inline.get("description"):
                        extra.append(inline["description"])
                name = inline["name"] if inline else item["exercise"]
                lines.append(f"  {n}. {name}" + (f"  ({', '.join(extra)})" if extra else ""))
    lines += _body(w)
    lines.append(_("File: {path}").format(path=w['path']))
    return "\n".join(lines)


def _body(data: dict[str, Any]) -> list[str]:
    lines = ["", data["intro"]] if data["intro"] else []
    for heading, body in data["sections"].items():
        lines += ["", f"## {heading}", body]
    return lines + [""]

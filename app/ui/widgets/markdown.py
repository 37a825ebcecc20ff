"""Exercise and workout pages as Markdown, with the trainer's HTML made inert.

Content is Markdown written by people we do not know. Qt's Markdown reader
would pass raw HTML through, so every ``<`` is turned into an entity first
(the document then shows the text as written) and the browser is also told
``MarkdownNoHTML``. Nothing here touches Qt: it is plain text in, text out.
"""

from __future__ import annotations

import re

from app.content.model import Exercise, Level, Workout

_TAG = re.compile(r"<(/?[A-Za-z!?][^>]*)>")


def inert(text: str) -> str:
    """The text with HTML tags removed and any remaining ``<`` escaped."""
    return _TAG.sub("", text).replace("<", "&lt;")


def _line(text: str) -> str:
    """One line of inert text, safe inside a list item."""
    return inert(" ".join(text.split()))


def _duration(seconds: float) -> str:
    total = round(seconds)
    return f"{total // 60} min {total % 60:02d} s" if total >= 60 else f"{total} s"


def exercise_markdown(ex: Exercise, tr=lambda s: s) -> str:
    """The detail page of one exercise: facts first, then steps, variations, cautions, FAQ, body."""
    out: list[str] = [f"# {_line(ex.title)}", ""]
    facts = [f"**{tr('Difficulty')}:** {ex.difficulty.value.capitalize()}",
             f"**{tr('Duration')}:** {_duration(ex.duration)}"]
    if ex.reps:
        facts.append(f"**{tr('Sets × reps')}:** {ex.sets or 1} × {ex.reps}")
    elif ex.sets:
        facts.append(f"**{tr('Sets')}:** {ex.sets}")
    if ex.sides.value != "none":
        facts.append(f"**{tr('Sides')}:** {ex.sides.value}")
    out.append(" · ".join(facts))
    out.append("")
    if ex.equipment:
        out += [f"**{tr('Equipment')}:** {_line(', '.join(ex.equipment))}", ""]
    if ex.muscles:
        out += [f"**{tr('Muscles')}:** {_line(', '.join(ex.muscles))}", ""]
    if ex.description:
        out += [inert(ex.description), ""]
    out += [f"## {tr('Steps')}", ""]
    for i, step in enumerate(ex.steps, 1):
        extra = []
        if step.seconds:
            extra.append(f"{step.seconds:g} s")
        if step.reps:
            extra.append(f"{step.reps} reps")
        if step.side:
            extra.append(step.side)
        tail = f" *({', '.join(extra)})*" if extra else ""
        out.append(f"{i}. {_line(step.text)}{tail}")
        if step.breath:
            out.append(f"   *{_line(step.breath)}*")
    out.append("")
    if ex.breathing:
        out += [f"**{tr('Breathing')}:** {_line(ex.breathing)}", ""]
    for level, heading in ((Level.EASIER, tr("Easier")), (Level.HARDER, tr("Harder"))):
        mods = ex.modifications_at(level)
        if mods:
            out += [f"## {heading}", ""]
            out += [f"- **{_line(m.name)}** — {_line(m.description)}" for m in mods]
            out.append("")
    if ex.cautions:
        out += [f"## {tr('Cautions')}", ""]
        out += [f"- {tr('Avoid if')}: {_line(x)}" for x in ex.cautions.avoid_if]
        out += [f"- {tr('Stop if')}: {_line(x)}" for x in ex.cautions.stop_if]
        out.append("")
    if ex.intro.strip():
        out += [inert(ex.intro.strip()), ""]
    for section in ex.sections:
        out += [f"## {_line(section.heading)}", "", inert(section.body.strip()), ""]
    if ex.faq:
        out += [f"## {tr('FAQ')}", ""]
        for item in ex.faq:
            out += [f"**{_line(item.q)}**", "", inert(item.a.strip()), ""]
    return "\n".join(out)


def workout_markdown(w: Workout, titles: dict[str, str], total_seconds: float | None,
                     tr=lambda s: s) -> str:
    """The detail page of one workout: its exercises in order and its total time."""
    out = [f"# {_line(w.title)}", ""]
    facts = [f"**{tr('Difficulty')}:** {w.difficulty.value.capitalize()}"]
    if total_seconds:
        facts.append(f"**{tr('Total time')}:** {_duration(total_seconds)}")
    facts.append(f"**{tr('Rest between exercises')}:** {w.rest_between:g} s")
    out += [" · ".join(facts), ""]
    if w.description:
        out += [inert(w.description), ""]
    groups = ((tr("Warm-up"), w.warmup), (tr("Exercises"), w.items), (tr("Cool-down"), w.cooldown))
    for heading, items in groups:
        if not items:
            continue
        out += [f"## {heading}", ""]
        for i, item in enumerate(items, 1):
            bits = []
            if item.sets:
                bits.append(f"{item.sets} sets")
            if item.reps:
                bits.append(f"{item.reps} reps")
            if item.seconds:
                bits.append(f"{item.seconds:g} s")
            if item.modification:
                bits.append(_line(item.modification))
            tail = f" — {', '.join(bits)}" if bits else ""
            out.append(f"{i}. {_line(titles.get(item.exercise, item.exercise))}{tail}")
        out.append("")
    if w.intro.strip():
        out += [inert(w.intro.strip()), ""]
    for section in w.sections:
        out += [f"## {_line(section.heading)}", "", inert(section.body.strip()), ""]
    return "\n".join(out)

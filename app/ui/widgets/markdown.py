"""Exercise and workout pages as Markdown, with the trainer's HTML made inert.

Content is Markdown written by people we do not know. Qt's Markdown reader
would pass raw HTML through, so every ``<`` is turned into an entity first
(the document then shows the text as written) and the browser is also told
``MarkdownNoHTML``. Plain text in, text out; the headings and labels are in
the interface language (context ``ContentPage``), the durations and counts in
its words (``app.ui.qt.words``).
"""

from __future__ import annotations

import re

from app.content.model import Exercise, Level, Workout
from app.ui.qt import words
from app.ui.qt.translation import context_tr

_TAG = re.compile(r"<(/?[A-Za-z!?][^>]*)>")


class ContentPage:
    """Translation context of the pages' headings (for lupdate: ``ContentPage.tr``)."""

    tr = context_tr("ContentPage")


def _fact(label: str) -> str:
    """``**Label:** `` before a value."""
    return f"**{label}:** "


def inert(text: str) -> str:
    """The text with HTML tags removed and any remaining ``<`` escaped."""
    return _TAG.sub("", text).replace("<", "&lt;")


def _line(text: str) -> str:
    """One line of inert text, safe inside a list item."""
    return inert(" ".join(text.split()))


def exercise_markdown(ex: Exercise) -> str:
    """The detail page of one exercise: facts first, then steps, variations, cautions, FAQ, body."""
    out: list[str] = [f"# {_line(ex.title)}", ""]
    facts = [_fact(ContentPage.tr("Difficulty")) + words.difficulty(ex.difficulty.value),
             _fact(ContentPage.tr("Duration")) + words.minutes_seconds(ex.duration)]
    if ex.reps:
        facts.append(_fact(ContentPage.tr("Sets × reps")) + f"{ex.sets or 1} × {ex.reps}")
    elif ex.sets:
        facts.append(_fact(ContentPage.tr("Sets")) + str(ex.sets))
    if ex.sides.value != "none":
        facts.append(_fact(ContentPage.tr("Sides")) + words.sides(ex.sides.value))
    out.append(" · ".join(facts))
    out.append("")
    if ex.equipment:
        out += [_fact(ContentPage.tr("Equipment")) + _line(', '.join(map(words.equipment, ex.equipment))), ""]
    if ex.muscles:
        out += [_fact(ContentPage.tr("Muscles")) + _line(', '.join(map(words.muscle, ex.muscles))), ""]
    if ex.description:
        out += [inert(ex.description), ""]
    out += ["## " + ContentPage.tr("Steps"), ""]
    for i, step in enumerate(ex.steps, 1):
        extra = []
        if step.seconds:
            extra.append(words.seconds(step.seconds))
        if step.reps:
            extra.append(words.reps(step.reps))
        if step.side:
            extra.append(words.side(step.side))
        tail = f" *({', '.join(extra)})*" if extra else ""
        out.append(f"{i}. {_line(step.text)}{tail}")
        if step.breath:
            out.append(f"   *{_line(step.breath)}*")
    out.append("")
    if ex.breathing:
        out += [_fact(ContentPage.tr("Breathing")) + _line(ex.breathing), ""]
    for level, heading in ((Level.EASIER, ContentPage.tr("Easier")), (Level.HARDER, ContentPage.tr("Harder"))):
        mods = ex.modifications_at(level)
        if mods:
            out += [f"## {heading}", ""]
            out += [f"- **{_line(m.name)}** — {_line(m.description)}" for m in mods]
            out.append("")
    if ex.cautions:
        out += ["## " + ContentPage.tr("Cautions"), ""]
        out += ["- " + ContentPage.tr("Avoid if") + f": {_line(x)}" for x in ex.cautions.avoid_if]
        out += ["- " + ContentPage.tr("Stop if") + f": {_line(x)}" for x in ex.cautions.stop_if]
        out.append("")
    if ex.intro.strip():
        out += [inert(ex.intro.strip()), ""]
    for section in ex.sections:
        out += [f"## {_line(section.heading)}", "", inert(section.body.strip()), ""]
    if ex.faq:
        out += ["## " + ContentPage.tr("FAQ"), ""]
        for item in ex.faq:
            out += [f"**{_line(item.q)}**", "", inert(item.a.strip()), ""]
    return "\n".join(out)


def workout_markdown(w: Workout, titles: dict[str, str], total_seconds: float | None,
                     notes: list[str] | tuple[str, ...] = ()) -> str:
    """The detail page of one workout: its exercises in order and its total time."""
    out = [f"# {_line(w.title)}", ""]
    facts = [_fact(ContentPage.tr("Difficulty")) + words.difficulty(w.difficulty.value)]
    if total_seconds:
        facts.append(_fact(ContentPage.tr("Total time")) + words.minutes_seconds(total_seconds))
    facts.append(_fact(ContentPage.tr("Rest between exercises")) + words.seconds(w.rest_between))
    out += [" · ".join(facts), ""]
    for note in notes:  # a later content folder replaced an exercise of this workout
        out += [f"> ⚠ {inert(note)}", ""]
    if w.description:
        out += [inert(w.description), ""]
    groups = ((ContentPage.tr("Warm-up"), w.warmup), (ContentPage.tr("Exercises"), w.items),
              (ContentPage.tr("Cool-down"), w.cooldown))
    for heading, items in groups:
        if not items:
            continue
        out += [f"## {heading}", ""]
        for i, item in enumerate(items, 1):
            bits = []
            if item.sets:
                bits.append(words.sets(item.sets))
            if item.reps:
                bits.append(words.reps(item.reps))
            if item.seconds:
                bits.append(words.seconds(item.seconds))
            if item.modification:
                bits.append(_line(item.modification))
            tail = f" — {', '.join(bits)}" if bits else ""
            name = item.inline.title if item.inline else titles.get(item.exercise, item.exercise)
            out.append(f"{i}. {_line(name)}{tail}")
        out.append("")
    if w.intro.strip():
        out += [inert(w.intro.strip()), ""]
    for section in w.sections:
        out += [f"## {_line(section.heading)}", "", inert(section.body.strip()), ""]
    return "\n".join(out)

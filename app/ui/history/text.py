"""A recorded session as Markdown for the history's detail pane (no Qt)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from app.durations import format_duration
from app.ui.qt import words
from app.ui.qt.translation import context_tr
from app.ui.widgets.markdown import inert

if TYPE_CHECKING:
    from app.history.records import SessionRecord


class SessionPage:
    """Translation context of a session's page (for lupdate: ``SessionPage.tr``)."""

    tr = context_tr("SessionPage")


def session_markdown(record: SessionRecord, titles: Callable[[str], str | None] = lambda _id: None) -> str:
    """Title, when, status, times, effort and notes, then each exercise with its level.

    ``titles`` gives an id's title in the current language; the recorded title is the fallback.
    """
    times = " · ".join((_bold(SessionPage.tr("Active")) + format_duration(record.active_seconds),
                        _bold(SessionPage.tr("Planned")) + format_duration(record.planned_seconds),
                        _bold(SessionPage.tr("Paused")) + format_duration(record.paused_seconds)))
    out = [f"## {inert(titles(record.source_id) or record.title)}", "",
           f"**{words.long_date_time(record.started_at)}** · {words.status(record.status.value)}", "",
           times, ""]
    if record.demo:
        out += ["*" + SessionPage.tr("A demo at %s× speed: left out of the streak, minutes and progress.")
                % words.number(record.speed) + "*", ""]
    if record.rpe:
        out += [_bold(SessionPage.tr("Effort (RPE)")) + SessionPage.tr("%s / 10") % record.rpe, ""]
    if record.notes:
        out += [_bold(SessionPage.tr("Notes")) + inert(record.notes), ""]
    out += ["### " + SessionPage.tr("Exercises"), ""]
    standard = words.level("standard")
    for ex in record.exercises:
        level = f"{ex.modification} ({words.level_word(ex.level)})" if ex.modification else standard
        state = (SessionPage.tr("done") if ex.completed else SessionPage.tr("skipped") if ex.skipped
                 else SessionPage.tr("not finished"))
        line = f"{ex.position + 1}. **{inert(titles(ex.id) or ex.title)}** — {inert(level)} — " \
               f"{format_duration(ex.seconds)} — {state}"
        if ex.sets:
            line += " — " + words.sets(ex.sets)
        if ex.pain:
            line += " — " + SessionPage.tr("“this hurts” ×%s") % ex.pain
        out.append(line)
        switches = [s for s in ex.switches if s.reason != "start"]
        if switches:
            changes = ", ".join(f"{format_duration(s.t)} → {inert(s.name or standard)}" for s in switches)
            out.append("   *" + SessionPage.tr("Switched: %s") % changes + "*")
    return "\n".join(out)


def _bold(label: str) -> str:
    """``**Label:** `` before a value."""
    return f"**{label}:** "


def level_trail(levels: Sequence[tuple[_dt.date, str]]) -> str:
    """``E S S H`` — the levels of the last times, oldest first."""
    return " ".join({"easier": "E", "standard": "S", "harder": "H"}.get(lv, "?") for _day, lv in levels)

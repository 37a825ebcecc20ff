"""A recorded session as Markdown for the history's detail pane (no Qt)."""

from __future__ import annotations

from typing import Any

from app.ui.library.model import format_duration
from app.ui.widgets.markdown import inert

STATUS_LABELS = {"completed": "✓ completed", "stopped": "■ stopped", "interrupted": "⚠ interrupted",
                 "running": "● running"}
TREND_LABELS = {"up": "↗ getting harder", "down": "↘ easier lately", "steady": "→ steady"}


def session_markdown(record: Any, tr=lambda s: s) -> str:
    """Title, when, status, times, effort and notes, then each exercise with its level."""
    started = record.started_at.strftime("%A %d %B %Y, %H:%M")
    out = [f"## {inert(record.title)}", "",
           f"**{started}** · {tr(STATUS_LABELS.get(record.status.value, record.status.value))}", "",
           (f"**{tr('Active')}:** {format_duration(record.active_seconds)} · "
            f"**{tr('Planned')}:** {format_duration(record.planned_seconds)} · "
            f"**{tr('Paused')}:** {format_duration(record.paused_seconds)}"), ""]
    if record.rpe:
        out += [f"**{tr('Effort (RPE)')}:** {record.rpe} / 10", ""]
    if record.notes:
        out += [f"**{tr('Notes')}:** {inert(record.notes)}", ""]
    out += [f"### {tr('Exercises')}", ""]
    for ex in record.exercises:
        level = f"{ex.modification} ({tr(ex.level)})" if ex.modification else tr("Standard")
        state = tr("done") if ex.completed else tr("skipped") if ex.skipped else tr("not finished")
        line = f"{ex.position + 1}. **{inert(ex.title)}** — {inert(level)} — " \
               f"{format_duration(ex.seconds)} — {state}"
        if ex.sets:
            line += f" — {tr('sets')} {ex.sets}"
        if ex.pain:
            line += f" — “{tr('this hurts')}” ×{ex.pain}"
        out.append(line)
        switches = [s for s in ex.switches if s.reason != "start"]
        if switches:
            changes = ", ".join(f"{format_duration(s.t)} → {inert(s.name or tr('Standard'))}" for s in switches)
            out.append(f"   *{tr('Switched')}: {changes}*")
    return "\n".join(out)


def level_trail(levels: Any) -> str:
    """``E S S H`` — the levels of the last times, oldest first."""
    return " ".join({"easier": "E", "standard": "S", "harder": "H"}.get(lv, "?") for _day, lv in levels)

"""What the end screen sums up, gathered from the session's events.

Pure Python (no Qt): it folds ``SessionEvent``s into the title, the time, and
per exercise the seconds done and every modification used, in order.

A resumed session is one session: ``SessionSummary.resumed(record)`` starts
from what the earlier runs stored, so the end screen sums the whole of it,
as History does, not only the part after the resume.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.session.events import (
    ModificationChange,
    Pain,
    SegmentEnd,
    SessionEnd,
    SessionEvent,
    SessionStart,
)
from app.session.plan import SegmentKind

if TYPE_CHECKING:
    from app.history.records import SessionRecord


def modification_label(name: str | None, level: str | None) -> str:
    """``"Knees down (easier)"``; the standard form is ``"Standard (standard)"``."""
    level = level or "standard"
    return f"{'Standard' if level == 'standard' or not name else name} ({level})"


@dataclass
class ExerciseSummary:
    """One exercise as the user did it."""

    title: str
    seconds: float = 0.0
    modifications: list[str] = field(default_factory=list)  # "Knees down (easier)", in order
    pain: int = 0

    @property
    def reached(self) -> bool:
        """True once the user spent time in it (or said it hurt)."""
        return self.seconds > 0 or self.pain > 0


@dataclass
class SessionSummary:
    """The session so far; complete once ``status`` is set."""

    title: str = ""
    status: str | None = None
    active_seconds: float = 0.0
    paused_seconds: float = 0.0
    exercises: list[ExerciseSummary] = field(default_factory=list)
    stopped_for_pain: bool = False  # "this hurts" stopped an exercise (the safety word was said)
    earlier_active: float = 0.0  # active seconds of the runs before a resume
    earlier_paused: float = 0.0

    @classmethod
    def resumed(cls, record: SessionRecord) -> SessionSummary:
        """The summary of a session resumed from ``record``: its earlier runs included."""
        summary = cls(title=record.title, earlier_active=record.active_seconds,
                      earlier_paused=record.paused_seconds)
        for e in record.exercises:
            mods: list[str] = []
            for switch in e.switches:
                label = modification_label(switch.name, switch.level)
                if not mods or mods[-1] != label:
                    mods.append(label)
            summary.exercises.append(ExerciseSummary(e.title, e.seconds, mods, e.pain))
        return summary

    def add(self, event: SessionEvent) -> None:
        """Fold one event in."""
        p = event.payload
        if isinstance(p, SessionStart):
            self.title = self.title or p.title
            titles = list(p.exercise_titles or p.exercises)
            # a resumed summary keeps what the earlier runs did; only missing exercises are added
            self.exercises += [ExerciseSummary(t) for t in titles[len(self.exercises):]]
        elif isinstance(p, SegmentEnd) and p.kind is SegmentKind.STEP:
            ex = self._exercise(p.exercise_index)
            if ex is not None:
                ex.seconds += p.seconds
        elif isinstance(p, ModificationChange):
            ex = self._exercise(p.exercise_index)
            if ex is not None:
                label = modification_label(p.label or p.name, p.level.value)  # as the session said it
                if not ex.modifications or ex.modifications[-1] != label:
                    ex.modifications.append(label)
        elif isinstance(p, Pain):
            ex = self._exercise(p.exercise_index)
            if ex is not None:
                ex.pain += 1
            self.stopped_for_pain = self.stopped_for_pain or p.action == "ended"
        elif isinstance(p, SessionEnd):
            self.status = p.status
            self.active_seconds = self.earlier_active + p.active_seconds
            self.paused_seconds = self.earlier_paused + p.paused_seconds

    def _exercise(self, index: int | None) -> ExerciseSummary | None:
        if index is not None and 0 <= index < len(self.exercises):
            return self.exercises[index]
        return None

    def reached(self) -> list[ExerciseSummary]:
        """The exercises the user got to, in order (a stopped session lists no others)."""
        return [ex for ex in self.exercises if ex.reached]

    def modifications_used(self) -> list[str]:
        """Every modification used in the exercises reached, without repeats."""
        seen: list[str] = []
        for ex in self.reached():
            seen += [m for m in ex.modifications if m not in seen]
        return seen

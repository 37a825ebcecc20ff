"""What the end screen sums up, gathered from the session's events.

Pure Python (no Qt): it folds ``SessionEvent``s into the title, the time, and
per exercise the seconds done and every modification used, in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.content.model import Level
from app.session.events import (
    ModificationChange,
    Pain,
    SegmentEnd,
    SessionEnd,
    SessionEvent,
    SessionStart,
)
from app.session.plan import SegmentKind


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

    def add(self, event: SessionEvent) -> None:
        """Fold one event in."""
        p = event.payload
        if isinstance(p, SessionStart):
            self.title = p.title
            self.exercises = [ExerciseSummary(t) for t in p.exercise_titles or p.exercises]
        elif isinstance(p, SegmentEnd) and p.kind is SegmentKind.STEP:
            ex = self._exercise(p.exercise_index)
            if ex is not None:
                ex.seconds += p.seconds
        elif isinstance(p, ModificationChange):
            ex = self._exercise(p.exercise_index)
            if ex is not None:
                label = "Standard" if p.level is Level.STANDARD else p.name
                label = f"{label} ({p.level.value})"
                if not ex.modifications or ex.modifications[-1] != label:
                    ex.modifications.append(label)
        elif isinstance(p, Pain):
            ex = self._exercise(p.exercise_index)
            if ex is not None:
                ex.pain += 1
        elif isinstance(p, SessionEnd):
            self.status = p.status
            self.active_seconds = p.active_seconds
            self.paused_seconds = p.paused_seconds

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

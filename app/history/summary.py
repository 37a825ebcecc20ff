"""What the end screen sums up, gathered from the session's events.

Pure Python (no Qt): it folds ``SessionEvent``s into the title, the time, and
per exercise the seconds done and every modification used, in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.session.events import EventType, SessionEvent


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
        data = event.data
        if event.type is EventType.SESSION_START:
            self.title = str(data.get("title", ""))
            titles = list(data.get("exercise_titles") or data.get("plan", {}).get("exercises", []))
            self.exercises = [ExerciseSummary(str(t)) for t in titles]
        elif event.type is EventType.SEGMENT_END and data.get("kind") == "step":
            ex = self._exercise(data.get("exercise_index"))
            if ex is not None:
                ex.seconds += float(data.get("seconds") or 0.0)
        elif event.type is EventType.MODIFICATION:
            ex = self._exercise(data.get("exercise_index"))
            if ex is not None:
                label = "Standard" if data.get("level") == "standard" else str(data.get("name"))
                label = f"{label} ({data.get('level')})"
                if not ex.modifications or ex.modifications[-1] != label:
                    ex.modifications.append(label)
        elif event.type is EventType.PAIN:
            ex = self._exercise(data.get("exercise_index"))
            if ex is not None:
                ex.pain += 1
        elif event.type is EventType.SESSION_END:
            self.status = str(data.get("status"))
            self.active_seconds = float(data.get("active_seconds") or 0.0)
            self.paused_seconds = float(data.get("paused_seconds") or 0.0)

    def _exercise(self, index: object) -> ExerciseSummary | None:
        if isinstance(index, int) and 0 <= index < len(self.exercises):
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

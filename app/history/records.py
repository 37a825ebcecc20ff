"""What the history hands back: frozen records of sessions and their exercises.

The store reads rows into these and the command line, the export and the Qt
history window only ever see these, never SQL rows, so the schema can change
behind them.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Status(str, Enum):
    """How a session ended. ``running`` only while a live process records it."""

    RUNNING = "running"
    COMPLETED = "completed"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"


@dataclass(frozen=True)
class ModificationSwitch:
    """One change of modification during an exercise.

    Attributes:
        t: Session seconds at the switch, counted over every run of a resumed session.
        at: Wall-clock time of the switch.
        name: The modification's name, or ``None`` for the standard form.
        level: ``easier`` | ``standard`` | ``harder``.
        reason: ``user`` | ``pain`` | ``start`` (set by the workout or restored on resume).
    """

    t: float
    at: _dt.datetime
    name: str | None
    level: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        """The switch as a JSON object."""
        return {"t": round(self.t, 3), "at": self.at.isoformat(), "name": self.name,
                "level": self.level, "reason": self.reason}


@dataclass(frozen=True)
class ExerciseRecord:
    """One exercise of a session, in plan order, as far as the user got."""

    position: int  # exercise_index in the plan (0-based)
    id: str
    title: str  # the title at the time of the session
    modification: str | None  # the last modification in use, None = standard
    level: str  # easier | standard | harder
    seconds: float  # time spent in its steps, pauses excluded
    sets: int  # sets finished
    reps: int  # repetitions of finished steps
    completed: bool
    skipped: bool
    pain: int  # how many times "this hurts" was pressed during it
    switches: tuple[ModificationSwitch, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The exercise as the ``spotter history --json`` object (plus detail keys)."""
        mod = {"name": self.modification, "level": self.level} if self.modification else None
        return {
            "index": self.position, "id": self.id, "title": self.title, "modification": mod,
            "seconds": round(self.seconds, 1), "completed": self.completed,
            "skipped": self.skipped, "sets": self.sets, "reps": self.reps, "pain": self.pain,
            "switches": [s.to_json() for s in self.switches],
        }


@dataclass(frozen=True)
class SessionRecord:
    """One session as stored, with its exercises in plan order."""

    id: int
    started_at: _dt.datetime
    ended_at: _dt.datetime | None
    status: Status
    kind: str  # exercise | workout
    source_id: str
    title: str
    planned_seconds: float
    active_seconds: float
    paused_seconds: float
    rpe: int | None
    notes: str | None
    resume_index: int | None  # the plan segment in progress when it last wrote
    exercises: tuple[ExerciseRecord, ...] = ()
    exercise_index: int | None = None  # the exercise that segment belongs to
    speed: float = 1.0  # how much faster than real time it ran; not 1 means a demo

    @property
    def demo(self) -> bool:
        """Run with ``--speed``: shown as a demo and left out of the statistics."""
        return self.speed != 1.0

    def to_json(self) -> dict[str, Any]:
        """The session as the ``spotter history --json`` object (plus detail keys)."""
        return {
            "id": self.id,
            "started_at": self.started_at.isoformat(),
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
            "status": self.status.value, "kind": self.kind, "source_id": self.source_id,
            "title": self.title, "speed": self.speed, "demo": self.demo,
            "planned_seconds": round(self.planned_seconds, 1),
            "active_seconds": round(self.active_seconds, 1),
            "paused_seconds": round(self.paused_seconds, 1), "rpe": self.rpe, "notes": self.notes,
            "exercises": [e.to_json() for e in self.exercises],
        }


@dataclass(frozen=True)
class InterruptedSession:
    """A session killed part-way that Spotter can offer to resume.

    Attributes:
        resume_index: The plan segment to continue from (the one in progress when it stopped).
        exercise_index: The exercise that segment belongs to (0-based), if known.
        modifications: exercise_index -> modification name in use (standard forms left out).
    """

    id: int
    kind: str
    source_id: str
    title: str
    started_at: _dt.datetime
    resume_index: int
    exercise_index: int | None
    modifications: dict[int, str] = field(default_factory=dict)
    active_seconds: float = 0.0


@dataclass(frozen=True)
class WeekMinutes:
    """Active minutes in one ISO week (starting on Monday)."""

    week_start: _dt.date
    minutes: float


@dataclass(frozen=True)
class ExerciseStats:
    """How one exercise has gone over time.

    Attributes:
        levels: (day, level) of each time done, oldest first (the last 10 at most).
        trend: ``up`` (harder than before), ``down`` (easier) or ``steady``.
        suggested_level: the level Spotter proposes for next time (see ``stats.suggest_level``).
    """

    id: str
    title: str
    times: int
    last_done: _dt.date
    levels: tuple[tuple[_dt.date, str], ...]
    trend: str
    suggested_level: str

    def to_json(self) -> dict[str, Any]:
        """The statistics of one exercise as a JSON object."""
        return {"id": self.id, "title": self.title, "times": self.times,
                "last_done": self.last_done.isoformat(),
                "levels": [{"day": d.isoformat(), "level": lv} for d, lv in self.levels],
                "trend": self.trend, "suggested_level": self.suggested_level}


@dataclass(frozen=True)
class Stats:
    """Everything ``spotter history stats`` shows."""

    today: _dt.date
    sessions: int
    active_minutes: float
    streak: int  # active days in the current streak (see ``stats.streaks``)
    longest_streak: int
    weeks: tuple[WeekMinutes, ...]  # oldest first, ending with this week
    exercises: tuple[ExerciseStats, ...]  # most often done first

    def to_json(self) -> dict[str, Any]:
        """The statistics as one JSON object."""
        return {
            "today": self.today.isoformat(), "sessions": self.sessions,
            "active_minutes": round(self.active_minutes, 1), "streak": self.streak,
            "longest_streak": self.longest_streak,
            "minutes_per_week": [{"week_start": w.week_start.isoformat(),
                                  "minutes": round(w.minutes, 1)} for w in self.weeks],
            "exercises": [e.to_json() for e in self.exercises],
        }

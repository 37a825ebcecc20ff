"""What a session has achieved so far, built from its events (in memory, no I/O).

The recorder applies every ``SessionEvent`` here and writes the result. The
rules that turn events into a record:

- ``seconds`` of an exercise: the time spent in its ``step`` segments
  (``segment_end.seconds``, pauses excluded); rests are not counted.
- a set is done when the last step of that set ends completed on its last
  side (the side after the ``switch_sides`` segment, whichever side the
  content starts with), or on the only side; ``reps`` add up the reps of
  completed steps.
- an exercise is ``completed`` when the last step of its last set, on its last
  side, is the last of its steps to have ended, and ended completed.
- an exercise is ``skipped`` when it is not completed and the session went on
  past it (a later exercise started, or the session completed).
- every modification change is kept with its time; the standard form has no name.
- a resumed session continues the same record: active and paused seconds of
  the new run are added to those of the earlier runs.
- ``speed`` is how much faster than real time the session ran (``--speed``);
  a session sped up (or slowed down) in any run is a demo.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from app.content.model import Level
from app.history.records import ModificationSwitch, SessionRecord, Status
from app.session.events import (
    ModificationChange,
    Pain,
    Paused,
    Resumed,
    SegmentEnd,
    SegmentStart,
    SessionEnd,
    SessionEvent,
    SessionStart,
)
from app.session.plan import SegmentKind


@dataclass
class ExerciseProgress:
    """The mutable progress of one exercise of the plan."""

    position: int
    id: str
    title: str
    modification: str | None = None
    level: str = "standard"
    seconds: float = 0.0
    sets_done: set[int] = field(default_factory=set)
    reps: int = 0
    completed: bool = False
    skipped: bool = False
    pain: int = 0
    switches: list[ModificationSwitch] = field(default_factory=list)


@dataclass
class SessionProgress:
    """The mutable progress of one session, across every run of it."""

    kind: str = "exercise"
    source_id: str = ""
    title: str = ""
    planned_seconds: float = 0.0
    speed: float = 1.0
    started_at: _dt.datetime | None = None
    ended_at: _dt.datetime | None = None
    status: Status = Status.RUNNING
    active_base: float = 0.0  # earlier runs
    paused_base: float = 0.0
    run_active: float = 0.0  # this run
    run_paused: float = 0.0
    resume_index: int | None = None
    exercise_index: int | None = None
    furthest: int = -1  # highest exercise_index reached
    exercises: list[ExerciseProgress] = field(default_factory=list)
    _segments: dict[int, SegmentStart] = field(default_factory=dict)
    _sides: dict[tuple[int, int], list[str]] = field(default_factory=dict)  # (exercise, set): order
    _paused_at: float | None = None

    @property
    def active_seconds(self) -> float:
        """Active seconds over every run so far."""
        return self.active_base + self.run_active

    @property
    def paused_seconds(self) -> float:
        """Paused seconds over every run so far."""
        return self.paused_base + self.run_paused

    @classmethod
    def resumed(cls, record: SessionRecord) -> SessionProgress:
        """Continue a stored session: its earlier runs become the base of the new one."""
        progress = cls(kind=record.kind, source_id=record.source_id, title=record.title,
                       planned_seconds=record.planned_seconds, speed=record.speed,
                       started_at=record.started_at,
                       active_base=record.active_seconds, paused_base=record.paused_seconds,
                       resume_index=record.resume_index)
        for e in record.exercises:
            progress.exercises.append(ExerciseProgress(
                e.position, e.id, e.title, e.modification, e.level, e.seconds,
                set(range(1, e.sets + 1)), e.reps, e.completed, e.skipped, e.pain,
                list(e.switches)))
            if e.seconds > 0 or e.completed:
                progress.furthest = max(progress.furthest, e.position)
        return progress

    def apply(self, event: SessionEvent, now: _dt.datetime) -> bool:
        """Apply one event; True when it is a point to commit at."""
        p = event.payload
        if isinstance(p, SessionStart):
            self._start(p, now)
            return True
        if isinstance(p, SegmentStart):
            self._segments[p.index] = p
            self._note_side(p)
            self.resume_index = p.index
            if p.exercise_index is not None:
                self.exercise_index = p.exercise_index
                self.furthest = max(self.furthest, self.exercise_index)
                if p.modification:  # a form restored on resume without its own event
                    self._switch(self.exercise_index, p.modification.name, p.modification.level,
                                 "start", event.t, now, only_if_new_exercise=True)
            self._update_skipped()
            return False
        if isinstance(p, SegmentEnd):
            self._segment_end(p)
            return True
        if isinstance(p, ModificationChange):
            self._switch(p.exercise_index, p.name, p.level, p.reason, event.t, now)
            return True
        if isinstance(p, Pain):
            ex = self._exercise(p.exercise_index)
            if ex is not None:
                ex.pain += 1
            return True
        if isinstance(p, Paused):
            self._paused_at = event.t
        elif isinstance(p, Resumed) and self._paused_at is not None:
            self.run_paused += max(0.0, event.t - self._paused_at)
            self._paused_at = None
        elif isinstance(p, SessionEnd):
            self.status = Status(p.status)
            self.run_active = p.active_seconds
            self.run_paused = p.paused_seconds
            self.ended_at = now
            if self.status is Status.COMPLETED:
                self.furthest = len(self.exercises)
            self._update_skipped()
            return True
        return False

    def _start(self, d: SessionStart, now: _dt.datetime) -> None:
        if self.started_at is None:  # a new session, not a resumed one
            self.started_at = now
            self.kind = d.kind
            self.source_id = d.source_id
            self.title = d.title or self.source_id
            self.planned_seconds = d.total_seconds
            self.speed = d.speed
        elif d.speed != 1.0:
            self.speed = d.speed if self.speed == 1.0 else max(self.speed, d.speed)
        ids, titles = d.exercises, d.exercise_titles
        for position in range(len(self.exercises), max(len(ids), len(titles))):
            ident = ids[position] if position < len(ids) else titles[position]
            title = titles[position] if position < len(titles) else ident
            self.exercises.append(ExerciseProgress(position, ident, title))
        self.status = Status.RUNNING
        self.ended_at = None
        self.run_active = self.run_paused = 0.0
        self._segments.clear()
        self._paused_at = None
        if d.resume_from is not None:
            self.resume_index = d.resume_from

    def _segment_end(self, d: SegmentEnd) -> None:
        self.run_active += d.seconds
        self.resume_index = d.index + 1
        ex = self._exercise(d.exercise_index)
        if ex is None or d.kind is not SegmentKind.STEP:
            return
        seg = self._segments.get(d.index) or SegmentStart(d.index, d.kind)
        ex.seconds += d.seconds
        set_no, sets = seg.set or 1, seg.sets or 1
        last_of_set = seg.step is not None and seg.step == seg.steps and self._last_side(ex.position, seg)
        if d.completed and seg.reps:
            ex.reps += seg.reps
        if d.completed and last_of_set:
            ex.sets_done.add(set_no)
        ex.completed = d.completed and last_of_set and set_no == sets
        self._update_skipped()

    def _note_side(self, p: SegmentStart) -> None:
        """Remember the order of the sides in each set: a ``switch_sides`` leads to the second."""
        if p.side is None or p.exercise_index is None or p.kind not in (
                SegmentKind.STEP, SegmentKind.SWITCH_SIDES):
            return
        seen = self._sides.setdefault((p.exercise_index, p.set or 1), [])
        if p.kind is SegmentKind.SWITCH_SIDES and not seen:
            seen.append("")  # resumed on the second side: the first is not known by name
        if p.side not in seen:
            seen.append(p.side)

    def _last_side(self, position: int, seg: SegmentStart) -> bool:
        """Whether ``seg`` is on the last side of its set (or the exercise has no sides)."""
        if seg.side is None:
            return True
        seen = self._sides.get((position, seg.set or 1), [])
        return len(seen) >= 2 and seen[-1] == seg.side

    def _switch(self, position: int | None, name: str | None, level: Level, reason: str, t: float,
                now: _dt.datetime, *, only_if_new_exercise: bool = False) -> None:
        ex = self._exercise(position)
        if ex is None:
            return
        form = None if level is Level.STANDARD or not name else name
        if (form, level.value) == (ex.modification, ex.level):
            return
        if only_if_new_exercise and ex.switches:
            return
        elapsed = self.active_base + self.paused_base + t
        ex.switches.append(ModificationSwitch(elapsed, now, form, level.value, reason))
        ex.modification, ex.level = form, level.value

    def _exercise(self, position: int | None) -> ExerciseProgress | None:
        if position is None or not 0 <= position < len(self.exercises):
            return None
        return self.exercises[position]

    def _update_skipped(self) -> None:
        for ex in self.exercises:
            ex.skipped = not ex.completed and ex.position < self.furthest

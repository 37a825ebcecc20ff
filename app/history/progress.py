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
- ``speed`` is the fastest any run of the session went (``--speed``): a
  session that was sped up anywhere is a demo.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.history.records import ModificationSwitch, SessionRecord, Status
from app.session.events import EventType, SessionEvent


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
    _segments: dict[int, Mapping[str, Any]] = field(default_factory=dict)
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
        d = event.data
        kind = event.type
        if kind is EventType.SESSION_START:
            self._start(d, now)
            return True
        if kind is EventType.SEGMENT:
            self._segments[int(d["index"])] = d
            self._note_side(d)
            self.resume_index = int(d["index"])
            if d.get("exercise_index") is not None:
                self.exercise_index = int(d["exercise_index"])
                self.furthest = max(self.furthest, self.exercise_index)
                mod = d.get("modification")
                if mod:  # a form restored on resume without its own event
                    self._switch(self.exercise_index, mod.get("name"), mod.get("level"),
                                 "start", event.t, now, only_if_new_exercise=True)
            self._update_skipped()
            return False
        if kind is EventType.SEGMENT_END:
            self._segment_end(d)
            return True
        if kind is EventType.MODIFICATION:
            self._switch(d.get("exercise_index"), d.get("name"), d.get("level"),
                         str(d.get("reason", "user")), event.t, now)
            return True
        if kind is EventType.PAIN:
            ex = self._exercise(d.get("exercise_index"))
            if ex is not None:
                ex.pain += 1
            return True
        if kind is EventType.PAUSE:
            self._paused_at = event.t
        elif kind is EventType.RESUME and self._paused_at is not None:
            self.run_paused += max(0.0, event.t - self._paused_at)
            self._paused_at = None
        elif kind is EventType.SESSION_END:
            self.status = Status(d.get("status", "completed"))
            self.run_active = float(d.get("active_seconds", self.run_active))
            self.run_paused = float(d.get("paused_seconds", self.run_paused))
            self.ended_at = now
            if self.status is Status.COMPLETED:
                self.furthest = len(self.exercises)
            self._update_skipped()
            return True
        return False

    def _start(self, d: Mapping[str, Any], now: _dt.datetime) -> None:
        plan = d.get("plan") or {}
        ids = list(plan.get("exercises") or [])
        titles = list(d.get("exercise_titles") or [])
        speed = float(d.get("speed") or 1.0)
        if self.started_at is None:  # a new session, not a resumed one
            self.started_at = now
            self.speed = speed
            self.kind = str(d.get("kind") or "exercise")
            self.source_id = str(d.get("source_id") or "")
            self.title = str(d.get("title") or self.source_id)
            self.planned_seconds = float(plan.get("total_seconds") or 0.0)
        elif speed != 1.0:
            self.speed = max(self.speed, speed) if self.speed != 1.0 else speed
        for position in range(len(self.exercises), len(ids)):
            title = titles[position] if position < len(titles) else ids[position]
            self.exercises.append(ExerciseProgress(position, str(ids[position]), str(title)))
        self.status = Status.RUNNING
        self.ended_at = None
        self.run_active = self.run_paused = 0.0
        self._segments.clear()
        self._paused_at = None
        if d.get("resume_from") is not None:
            self.resume_index = int(d["resume_from"])

    def _segment_end(self, d: Mapping[str, Any]) -> None:
        index = int(d["index"])
        seconds = float(d.get("seconds") or 0.0)
        self.run_active += seconds
        self.resume_index = index + 1
        seg = self._segments.get(index, d)
        ex = self._exercise(d.get("exercise_index", seg.get("exercise_index")))
        if ex is None or d.get("kind", seg.get("kind")) != "step":
            return
        done = bool(d.get("completed"))
        ex.seconds += seconds
        step, steps = seg.get("step"), seg.get("steps")
        set_no, sets = seg.get("set") or 1, seg.get("sets") or 1
        last_of_set = step is not None and step == steps and self._last_side(ex.position, seg)
        if done and seg.get("reps"):
            ex.reps += int(seg["reps"])
        if done and last_of_set:
            ex.sets_done.add(int(set_no))
        ex.completed = done and last_of_set and set_no == sets
        self._update_skipped()

    def _note_side(self, d: Mapping[str, Any]) -> None:
        """Remember the order of the sides in each set: a ``switch_sides`` leads to the second."""
        side, ei = d.get("side"), d.get("exercise_index")
        if side is None or ei is None or d.get("kind") not in ("step", "switch_sides"):
            return
        seen = self._sides.setdefault((int(ei), int(d.get("set") or 1)), [])
        if d.get("kind") == "switch_sides" and not seen:
            seen.append("")  # resumed on the second side: the first is not known by name
        if side not in seen:
            seen.append(str(side))

    def _last_side(self, position: int, seg: Mapping[str, Any]) -> bool:
        """Whether ``seg`` is on the last side of its set (or the exercise has no sides)."""
        side = seg.get("side")
        if side is None:
            return True
        seen = self._sides.get((position, int(seg.get("set") or 1)), [])
        return len(seen) >= 2 and seen[-1] == side

    def _switch(self, position: Any, name: Any, level: Any, reason: str, t: float,
                now: _dt.datetime, *, only_if_new_exercise: bool = False) -> None:
        ex = self._exercise(position)
        if ex is None:
            return
        level = str(level or "standard")
        name = None if level == "standard" or not name else str(name)
        if (name, level) == (ex.modification, ex.level):
            return
        if only_if_new_exercise and ex.switches:
            return
        elapsed = self.active_base + self.paused_base + t
        ex.switches.append(ModificationSwitch(elapsed, now, name, level, reason))
        ex.modification, ex.level = name, level

    def _exercise(self, position: Any) -> ExerciseProgress | None:
        if position is None or not 0 <= int(position) < len(self.exercises):
            return None
        return self.exercises[int(position)]

    def _update_skipped(self) -> None:
        for ex in self.exercises:
            ex.skipped = not ex.completed and ex.position < self.furthest

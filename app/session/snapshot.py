"""What a player reads from the engine: its state, and a snapshot of one instant.

Kept apart from the engine so that players (terminal, Qt) and tests can name
these types without the engine's internals.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from app.content.model import Modification
from app.session.plan import Segment, SessionPlan


class EngineState(str, Enum):
    """Where the engine is in its life."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class Snapshot:
    """What a player shows, read at one instant (all times in session seconds)."""

    state: EngineState
    index: int
    segment: Segment | None
    remaining: float  # in the current segment, never below 0
    segment_seconds: float  # the current segment's length, with time added
    elapsed: float  # active seconds since the start
    t: float  # session seconds since the start, pauses included
    total_remaining: float
    exercise_number: int | None  # 1-based
    exercise_count: int
    step_number: int | None
    step_count: int
    next_up: str
    modification: Modification | None
    waiting_for_done: bool

    @classmethod
    def at(cls, plan: SessionPlan, state: EngineState, index: int, seg_start: float, seg_end: float,
           active: float, t: float, waiting: bool) -> Snapshot:
        """The snapshot of ``plan`` at segment ``index`` (running ``seg_start``-``seg_end``, active time)."""
        seg = None if state is EngineState.READY else plan.segments[index]
        remaining = max(0.0, seg_end - active) if seg is not None else 0.0
        later = sum(s.seconds for s in plan.segments[index + 1:])
        k = seg.exercise_index if seg is not None else None
        return cls(
            state=state, index=index, segment=seg, remaining=remaining,
            segment_seconds=seg_end - seg_start if seg is not None else 0.0, elapsed=active, t=t,
            total_remaining=(remaining + later) if state is not EngineState.FINISHED else 0.0,
            exercise_number=None if k is None else k + 1, exercise_count=len(plan.exercises),
            step_number=seg.step if seg is not None else None,
            step_count=seg.steps if seg is not None else 0, next_up=plan.next_up(index),
            modification=None if k is None else plan.exercises[k].modification,
            waiting_for_done=waiting)

    @property
    def paused(self) -> bool:
        """True while paused."""
        return self.state is EngineState.PAUSED

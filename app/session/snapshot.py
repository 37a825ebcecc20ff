"""What a player reads from the engine: its state, and a snapshot of one instant.

Kept apart from the engine so that players (terminal, Qt) and tests can name
these types without the engine's internals.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from app.content.model import Modification
from app.session.plan import Segment


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

    @property
    def paused(self) -> bool:
        """True while paused."""
        return self.state is EngineState.PAUSED


def modification_json(mod: Modification | None) -> dict[str, str] | None:
    """``{"name", "level"}`` of a modification, or None for the standard form.

    ``name`` is language-neutral: a translation's modification gives the
    original's name (its ``key``), and its own words as ``label``.
    """
    if mod is None:
        return None
    if mod.key and mod.key != mod.name:
        return {"name": mod.key, "level": mod.level.value, "label": mod.name}
    return {"name": mod.name, "level": mod.level.value}

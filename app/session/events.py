"""What a running session reports: one event per thing that happens.

The engine emits these; the terminal player prints them as JSON lines
(``--events``), the history recorder writes them to SQLite, the Qt player
shows them. ``t`` is session time in seconds since the start (with a speed
factor, session seconds, not wall seconds).

Fields of ``data`` per type (all JSON-serialisable):

- ``session_start``: ``plan`` {"total_seconds", "exercises": [ids]}, ``kind``
  ("exercise" | "workout"), ``source_id``, ``title``, ``resume_from`` (segment
  index or null), ``exercise_titles`` [titles, same order as ``plan.exercises``].
- ``segment``: ``index`` (in the plan), ``kind`` (prepare | step | rest |
  switch_sides | finish), ``exercise`` (id or null), ``exercise_index`` (0-based
  position in the plan's exercises, or null), ``step`` (1-based or null),
  ``steps`` (step count of that exercise), ``set``, ``sets``, ``side``
  ("left" | "right" | null), ``text``, ``seconds`` (planned), ``reps`` (or null),
  ``modification`` {"name", "level"} or null.
- ``segment_end``: ``index``, ``kind``, ``exercise``, ``exercise_index``,
  ``seconds`` (session seconds actually spent, pauses excluded), ``completed``
  (false when skipped or cut short by stop/pain).
- ``cue``: ``text``, ``kind`` (instruction | count | halfway | switch | rest |
  modification | breath | finish | get_ready | info).
- ``modification``: ``exercise``, ``exercise_index``, ``name``, ``level``
  (easier | standard | harder), ``description``, ``reason`` ("user" | "pain" | "start").
- ``pause``, ``resume``, ``done``: no extra fields.
- ``skip``: ``from_index``, ``to_index``. ``back``: ``from_index``, ``to_index``.
- ``pain``: ``exercise``, ``exercise_index``, ``action`` ("easier" | "ended").
- ``session_end``: ``status`` ("completed" | "stopped"), ``active_seconds``,
  ``paused_seconds``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class EventType(str, Enum):
    """The kinds of session event."""

    SESSION_START = "session_start"
    SEGMENT = "segment"
    SEGMENT_END = "segment_end"
    CUE = "cue"
    MODIFICATION = "modification"
    PAUSE = "pause"
    RESUME = "resume"
    DONE = "done"
    SKIP = "skip"
    BACK = "back"
    PAIN = "pain"
    SESSION_END = "session_end"


@dataclass(frozen=True)
class SessionEvent:
    """One thing that happened in a session, at session time ``t``."""

    type: EventType
    t: float
    data: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The event as one JSON object: ``{"t", "type", **data}``."""
        return {"t": round(self.t, 3), "type": self.type.value, **self.data}

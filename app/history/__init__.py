"""Session history: the SQLite store, its migrations, statistics and export.

No Qt here. ``HistoryStore.open(paths)`` is the way in; a ``SessionRecorder``
from ``store.recorder()`` is fed every engine event.
"""

from app.history.recorder import SessionRecorder
from app.history.records import (
    ExerciseRecord,
    ExerciseStats,
    InterruptedSession,
    ModificationSwitch,
    SessionRecord,
    Stats,
    Status,
    WeekMinutes,
)
from app.history.store import RESUME_WITHIN, HistoryStore

__all__ = [
    "RESUME_WITHIN",
    "ExerciseRecord",
    "ExerciseStats",
    "HistoryStore",
    "InterruptedSession",
    "ModificationSwitch",
    "SessionRecord",
    "SessionRecorder",
    "Stats",
    "Status",
    "WeekMinutes",
]

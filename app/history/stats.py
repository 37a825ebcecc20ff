"""Statistics over the history: streak, minutes per week, progress per exercise.

The rules, as the user reads them in the docs:

- **Active day**: a local calendar day on which the sessions add up to at
  least ``ACTIVE_DAY_SECONDS`` of activity (whatever their status).
- **Streak**: active days in a row, where one rest day between two active
  days does not break it (a planned rest day is forgiven), two do. The
  current streak is still alive while the last active day is today,
  yesterday or the day before (today may be that rest day). It counts active
  days, not calendar days.
- **Level trend**: the levels of the last ``TREND_WINDOW`` times an exercise
  was done (easier = -1, standard = 0, harder = +1): ``up`` when the recent
  half is on average a quarter level or more above the earlier half,
  ``down`` when below, else ``steady``.
- **Suggested level**: see ``suggest_level``.
- **Demos**: sessions run with ``--speed`` (``speed`` not 1) count for none of
  these: not as sessions, minutes, active days, nor progress.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Sequence

from app.history.records import ExerciseStats, Stats, WeekMinutes

ACTIVE_DAY_SECONDS = 60.0
WEEKS = 12
TREND_WINDOW = 10
_VALUE = {"easier": -1, "standard": 0, "harder": 1}
_LEVELS = ("easier", "standard", "harder")
_REAL = "speed = 1"  # a session at real speed, not a demo


def streaks(days: Sequence[_dt.date], today: _dt.date) -> tuple[int, int]:
    """(current, longest) streak over the sorted active ``days`` (see the module rules)."""
    current = longest = 0
    previous: _dt.date | None = None
    for day in days:
        current = current + 1 if previous is not None and (day - previous).days <= 2 else 1
        longest = max(longest, current)
        previous = day
    if previous is None or (today - previous).days > 2:
        current = 0
    return current, longest


def trend(levels: Sequence[str]) -> str:
    """``up``, ``down`` or ``steady`` for levels oldest first (see the module rules)."""
    values = [_VALUE.get(level, 0) for level in levels]
    if len(values) < 2:
        return "steady"
    half = len(values) // 2
    early = sum(values[:half]) / half
    late = sum(values[-half:]) / half
    if late - early >= 0.25:
        return "up"
    if early - late >= 0.25:
        return "down"
    return "steady"


def suggest_level(recent: Sequence[tuple[str, bool, int]]) -> str:
    """The level to propose next time, from (level, completed, pain) newest first.

    - the last time hurt or was not completed: one level easier than then;
    - the last two times were at the same level, both completed without pain:
      one level harder;
    - otherwise: the level of the last time.
    """
    if not recent:
        return "standard"
    level, completed, pain = recent[0]
    index = _LEVELS.index(level) if level in _LEVELS else 1
    if pain or not completed:
        return _LEVELS[max(0, index - 1)]
    if len(recent) >= 2 and recent[1][0] == level and recent[1][1] and not recent[1][2]:
        return _LEVELS[min(2, index + 1)]
    return _LEVELS[index]


def compute(conn: sqlite3.Connection, today: _dt.date) -> Stats:
    """Every statistic in one pass over the indexes."""
    total, seconds = conn.execute(
        f"SELECT count(*), coalesce(sum(active_seconds), 0) FROM sessions WHERE {_REAL}").fetchone()
    per_day = conn.execute(
        f"SELECT day, sum(active_seconds) FROM sessions WHERE {_REAL} GROUP BY day ORDER BY day"
    ).fetchall()
    active_days = [_dt.date.fromisoformat(d) for d, s in per_day
                   if s >= ACTIVE_DAY_SECONDS and d and d <= today.isoformat()]
    current, longest = streaks(active_days, today)
    monday = today - _dt.timedelta(days=today.weekday())
    first = monday - _dt.timedelta(weeks=WEEKS - 1)
    minutes = {first + _dt.timedelta(weeks=i): 0.0 for i in range(WEEKS)}
    for day, secs in per_day:
        if day and first.isoformat() <= day:
            date = _dt.date.fromisoformat(day)
            week = date - _dt.timedelta(days=date.weekday())
            if week in minutes:
                minutes[week] += secs / 60.0
    weeks = tuple(WeekMinutes(w, m) for w, m in sorted(minutes.items()))
    return Stats(today, total, seconds / 60.0, current, longest, weeks, _exercises(conn))


def _exercises(conn: sqlite3.Connection) -> tuple[ExerciseStats, ...]:
    """Per exercise: times done, last day, recent levels, trend and suggested level.

    "Done" means some time spent in it or completed. Sessions are ordered by
    id (the order they started in), which the covering index gives for free.
    Levels and suggestions come only from sessions that ended (an interruption
    says nothing about how hard it was).
    """
    out = []
    for ex, times, newest in conn.execute(
            "SELECT exercise_id, count(*), max(session_id) FROM session_exercises "
            "WHERE (seconds > 0 OR completed) AND session_id IN "
            f"(SELECT id FROM sessions WHERE {_REAL}) GROUP BY exercise_id").fetchall():
        last, title = conn.execute(
            "SELECT s.day, e.title FROM sessions s JOIN session_exercises e "
            "ON e.session_id = s.id WHERE s.id = ? AND e.exercise_id = ?", (newest, ex)).fetchone()
        rows = conn.execute(  # newest first
            "SELECT s.day, e.level, e.completed, e.pain FROM session_exercises e "
            "JOIN sessions s ON s.id = e.session_id WHERE e.exercise_id = ? "
            "AND (e.seconds > 0 OR e.completed) AND s.status IN ('completed', 'stopped') "
            f"AND s.{_REAL} "
            "ORDER BY e.session_id DESC LIMIT ?", (ex, TREND_WINDOW)).fetchall()
        levels = tuple((_dt.date.fromisoformat(day), level) for day, level, _c, _p in rows)[::-1]
        out.append(ExerciseStats(
            id=ex, title=title, times=times, last_done=_dt.date.fromisoformat(last),
            levels=levels, trend=trend([lv for _d, lv in levels]),
            suggested_level=suggest_level([(lv, bool(c), p) for _d, lv, c, p in rows])))
    out.sort(key=lambda e: (-e.times, e.id))
    return tuple(out)

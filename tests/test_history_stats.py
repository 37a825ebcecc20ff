"""Statistics: the streak rule, minutes per week, level trend and suggested level."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fixtures.history_events import Ex, events

from app.history import HistoryStore
from app.history.stats import streaks, suggest_level, trend
from app.paths import Paths

D = dt.date


def test_streak_forgives_one_rest_day_but_not_two() -> None:
    """One rest day between active days keeps the streak; two end it."""
    days = [D(2026, 3, d) for d in (1, 2, 4, 5, 8)]
    assert streaks(days, D(2026, 3, 8)) == (1, 4)
    assert streaks(days[:4], D(2026, 3, 7)) == (4, 4)  # 6 is the rest day, today still open
    assert streaks(days[:4], D(2026, 3, 8)) == (0, 4)  # 6 and 7 missed
    assert streaks([], D(2026, 3, 8)) == (0, 0)


def test_trend_and_suggested_level() -> None:
    """Trend compares recent with earlier levels; the suggestion follows the last two times."""
    assert trend(["easier", "easier", "standard", "standard"]) == "up"
    assert trend(["harder", "standard", "easier"]) == "down"
    assert trend(["standard"]) == "steady"
    assert suggest_level([("standard", True, 0), ("standard", True, 0)]) == "harder"
    assert suggest_level([("harder", True, 0), ("harder", True, 0)]) == "harder"
    assert suggest_level([("standard", True, 0), ("easier", True, 0)]) == "standard"
    assert suggest_level([("standard", True, 1), ("standard", True, 0)]) == "easier"
    assert suggest_level([("easier", False, 0)]) == "easier"
    assert suggest_level([]) == "standard"


def test_stats_from_recorded_sessions(data_dir: Path) -> None:
    """Sessions on chosen days give the streak, minutes per week and per-exercise progress."""
    now = [dt.datetime(2026, 3, 1, 8, 0).astimezone()]
    store = HistoryStore.open(Paths(data_dir), now=lambda: now[0])
    plank = (Ex("side-plank", "Side Plank", steps=1, seconds=30.0),
             Ex("cat-cow", "Cat-Cow", steps=2, seconds=20.0))
    # days 2, 3, 5 (rest day 4), 6: one streak of 4; the plank gets easier on day 2
    for day, easier in ((2, 0), (3, None), (5, None), (6, None)):
        now[0] = now[0].replace(day=day)
        rec = store.recorder()
        for ev in events(plank, easier_at=1 if easier == 0 else None):
            rec.handle(ev)
    st = store.stats(D(2026, 3, 7))
    assert (st.sessions, st.streak, st.longest_streak) == (4, 4, 4)
    per_session = 3 + 30 + 3 + 40 + 1  # prepare, plank, rest, cat-cow, finish
    assert round(st.active_minutes * 60) == 4 * per_session
    weeks = {w.week_start: round(w.minutes * 60) for w in st.weeks}
    assert weeks[D(2026, 3, 2)] == 4 * per_session  # Monday 2 March to Sunday 8 March
    assert weeks[D(2026, 2, 23)] == 0
    assert len(st.weeks) == 12 and st.weeks[-1].week_start == D(2026, 3, 2)
    side = next(e for e in st.exercises if e.id == "side-plank")
    assert (side.times, side.last_done) == (4, D(2026, 3, 6))
    assert [lv for _d, lv in side.levels] == ["easier", "standard", "standard", "standard"]
    assert side.trend == "up" and side.suggested_level == "harder"
    assert store.stats(D(2026, 3, 10)).streak == 0

"""The end screen's summary reads the same fold History records: the two never disagree."""

from __future__ import annotations

import datetime as _dt

from fixtures.history_events import events, plan
from hypothesis import given, settings
from hypothesis import strategies as st

from app.history.progress import SessionProgress
from app.history.summary import SessionSummary

SEGMENTS = len(plan())
index = st.one_of(st.none(), st.integers(0, SEGMENTS - 1))
NOW = _dt.datetime(2026, 12, 1, tzinfo=_dt.UTC)


@settings(max_examples=30, deadline=None)
@given(easier=index, skip=index, pain=index, pause=index, stop=index)
def test_summary_and_history_agree_on_every_exercise(easier, skip, pain, pause, stop) -> None:
    """Seconds, pain and status per exercise are the same on the end screen and in History."""
    summary, progress = SessionSummary(), SessionProgress()
    for event in events(easier_at=easier, skip_at=skip, pain_at=pain, pause_at=pause, stop_at=stop):
        summary.add(event)
        progress.apply(event, NOW)
    assert summary.status == progress.status.value
    assert summary.active_seconds == progress.active_seconds
    assert [(e.title, e.seconds, e.pain, e.completed) for e in summary.exercises] == [
        (e.title, e.seconds, e.pain, e.completed) for e in progress.exercises]
    assert [bool(e.modifications) for e in summary.exercises] == [
        bool(e.switches) for e in progress.exercises]


def test_a_translated_label_is_shown_as_the_session_said_it() -> None:
    """History keeps the original name; the end screen shows the name the voice used."""
    from app.session.events import EventType, SessionEvent

    s = SessionSummary()
    s.add(SessionEvent.of(EventType.SESSION_START, 0, {"title": "Swan", "plan": {"exercises": ["swan"]}}))
    s.add(SessionEvent.of(EventType.MODIFICATION, 3, {"exercise_index": 0, "name": "Baby Swan",
                                                      "label": "Cisne bebé", "level": "easier"}))
    assert s.exercises[0].modifications == ["Cisne bebé (easier)"]
    assert s.progress.exercises[0].switches[0].name == "Baby Swan"

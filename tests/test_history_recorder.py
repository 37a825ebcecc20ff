"""The recorder: every field of a session written as it happens, and resuming."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from fixtures.history_events import WORKOUT, events, plan

from app.history import HistoryStore, Status
from app.paths import Paths
from app.session.events import EventType, SessionEvent


class Clock:
    """A wall clock the test moves by hand (local, timezone-aware)."""

    def __init__(self, start: dt.datetime) -> None:
        self.value = start

    def __call__(self) -> dt.datetime:
        return self.value


def _store(data_dir: Path, clock: Clock | None = None) -> HistoryStore:
    return HistoryStore.open(Paths(data_dir), now=clock)


def test_every_field_of_a_session_is_recorded(data_dir: Path) -> None:
    """A workout with a pause, an easier switch and reps is read back field by field."""
    start = dt.datetime(2026, 3, 2, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    clock = Clock(start)
    store = _store(data_dir, clock)
    rec = store.recorder()
    for ev in events(easier_at=2, pause_at=1):
        clock.value = start + dt.timedelta(seconds=ev.t)
        rec.handle(ev)
    assert not rec.pending and rec.session_id is not None
    assert store.set_feedback(rec.session_id, 7, "knees felt fine")
    s = store.session(rec.session_id)
    assert s is not None
    total = sum(seg["seconds"] for seg in plan())
    assert (s.kind, s.source_id, s.title) == ("workout", "morning-mobility", "Morning Mobility")
    assert s.status is Status.COMPLETED
    assert s.started_at == start and s.ended_at == start + dt.timedelta(seconds=total + 5)
    assert (s.planned_seconds, s.active_seconds, s.paused_seconds) == (total, total, 5.0)
    assert (s.rpe, s.notes) == (7, "knees felt fine")
    assert [e.id for e in s.exercises] == [e.id for e in WORKOUT]
    assert [e.title for e in s.exercises] == [e.title for e in WORKOUT]
    cat, plank, bridge = s.exercises
    assert (cat.modification, cat.level) == ("Knees down", "easier")
    assert len(cat.switches) == 1
    switch = cat.switches[0]
    assert (switch.name, switch.level, switch.reason) == ("Knees down", "easier", "user")
    assert switch.t == 3.0 + 4.0 + 5.0 + 2.0  # prepare, step 1, the pause, half of step 2
    assert switch.at == start + dt.timedelta(seconds=switch.t)
    assert (cat.seconds, cat.sets, cat.reps, cat.completed, cat.skipped) == (16.0, 2, 20, True,
                                                                            False)
    assert (plank.seconds, plank.sets, plank.completed, plank.modification) == (12.0, 1, True,
                                                                               None)
    assert (bridge.seconds, bridge.reps, bridge.pain) == (12.0, 24, 0)


def test_skip_and_pain_are_recorded(data_dir: Path) -> None:
    """A skipped exercise is marked skipped; "this hurts" ends the session as stopped."""
    store = _store(data_dir)
    rec = store.recorder()
    for ev in events(skip_at=2):
        rec.handle(ev)
    skipped = store.session(rec.session_id or 0)
    assert skipped is not None and skipped.status is Status.COMPLETED
    assert [(e.completed, e.skipped) for e in skipped.exercises] == [
        (False, True), (True, False), (True, False)]
    rec = store.recorder()
    pain_segment = next(s["index"] for s in plan() if s["exercise"] == "side-plank")
    for ev in events(pain_at=pain_segment):
        rec.handle(ev)
    hurt = store.session(rec.session_id or 0)
    assert hurt is not None and hurt.status is Status.STOPPED
    assert [e.pain for e in hurt.exercises] == [0, 1, 0]
    assert [(e.completed, e.skipped) for e in hurt.exercises] == [
        (True, False), (False, False), (False, False)]
    assert hurt.active_seconds == 3.0 + 16.0 + 3.0 * 2 + 3.0  # prepare, cat-cow, rests, half


def test_each_segment_is_committed_before_the_next_event(data_dir: Path) -> None:
    """After every segment_end another connection already sees the progress on disk."""
    store = _store(data_dir)
    rec = store.recorder()
    seen = []
    for ev in events():
        rec.handle(ev)
        if ev.type is EventType.SEGMENT_END:
            other = sqlite3.connect(data_dir / "history.sqlite3")
            seen.append(other.execute("SELECT active_seconds, status FROM sessions").fetchone())
            other.close()
    assert [a for a, _ in seen] == sorted(a for a, _ in seen) and seen[0][0] == 3.0
    assert {st for _, st in seen[:-1]} == {"running"}


def test_resume_continues_the_same_session(data_dir: Path) -> None:
    """A session closed mid-way is offered, resumed at its step, and completed as one record."""
    store = _store(data_dir)
    rec = store.recorder()
    for ev in events(easier_at=2):
        rec.handle(ev)
        if ev.type is EventType.SEGMENT_END and ev.payload.index == 4:
            break
    rec.close()  # the app is quit in the middle of the session
    first = store.session(rec.session_id or 0)
    assert first is not None and first.status is Status.INTERRUPTED
    offered = store.interrupted()
    assert [o.id for o in offered] == [rec.session_id]
    resume = offered[0]
    assert (resume.resume_index, resume.exercise_index) == (5, 0)
    assert resume.modifications == {0: "Knees down"}
    assert resume.active_seconds == first.active_seconds == 3.0 + 4 * 2 + 3.0 + 4.0
    again = store.recorder(resume_id=resume.id)
    for ev in events(resume_from=resume.resume_index, modifications=resume.modifications):
        again.handle(ev)
    assert again.session_id == resume.id and not again.pending
    done = store.session(resume.id)
    assert done is not None and done.status is Status.COMPLETED
    total = sum(seg["seconds"] for seg in plan())
    assert done.active_seconds == total
    cat = done.exercises[0]
    assert (cat.completed, cat.sets, cat.seconds, cat.modification) == (True, 2, 16.0, "Knees down")
    assert len(cat.switches) == 1  # restoring the form on resume is not a new switch
    assert store.interrupted() == []
    assert len(store.sessions()) == 1


def test_resuming_a_session_that_is_gone_records_a_new_one(data_dir: Path) -> None:
    """Resuming a deleted session records a new session and says so."""
    store = _store(data_dir)
    rec = store.recorder(resume_id=42)
    for ev in events():
        rec.handle(ev)
    assert rec.session_id is not None and rec.session_id != 42
    assert any("42" in n for n in store.notices)


def test_running_session_of_a_live_recorder_is_not_interrupted(data_dir: Path) -> None:
    """While a recorder holds its session, a second store sees it running, not interrupted."""
    store = _store(data_dir)
    rec = store.recorder()
    for n, ev in enumerate(events()):
        rec.handle(ev)
        if n == 8:
            break
    other = _store(data_dir)
    assert other.interrupted() == []
    assert [s.status for s in other.sessions()] == [Status.RUNNING]
    rec.handle(SessionEvent.of(EventType.SESSION_END, 20.0, {
        "status": "stopped", "active_seconds": 9.0, "paused_seconds": 0.0}))
    assert [s.status for s in other.sessions()] == [Status.STOPPED]


def test_switching_back_to_standard_is_a_switch_without_a_name(data_dir: Path) -> None:
    """Easier, then back to the standard form: two switches, the exercise ends standard."""
    store = _store(data_dir)
    rec = store.recorder()
    for ev in events(easier_at=1):
        rec.handle(ev)
        if ev.type is EventType.SEGMENT_END and ev.payload.index == 2:
            rec.handle(SessionEvent.of(EventType.MODIFICATION, ev.t, {
                "exercise": "cat-cow", "exercise_index": 0, "name": "Standard",
                "level": "standard", "description": "", "reason": "user"}))
    s = store.session(rec.session_id or 0)
    assert s is not None
    cat = s.exercises[0]
    assert (cat.modification, cat.level) == (None, "standard")
    assert [(w.name, w.level) for w in cat.switches] == [("Knees down", "easier"),
                                                         (None, "standard")]
    assert cat.to_json()["modification"] is None

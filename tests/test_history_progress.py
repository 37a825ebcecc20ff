"""Properties of the progress rules over many event sequences (hypothesis)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fixtures.history_events import events, plan
from hypothesis import given, settings
from hypothesis import strategies as st

from app.history import HistoryStore, Status
from app.paths import Paths
from app.session.events import EventType

SEGMENTS = len(plan())
index = st.one_of(st.none(), st.integers(0, SEGMENTS - 1))


@settings(max_examples=40, deadline=None)
@given(easier=index, skip=index, pain=index, pause=index, stop=index,
       cut=st.integers(1, 80))
def test_any_session_cut_anywhere_resumes_into_one_consistent_record(
        easier: int | None, skip: int | None, pain: int | None, pause: int | None,
        stop: int | None, cut: int) -> None:
    """Cut a session after any event, resume it: one record, consistent, nothing lost."""
    options = {"easier_at": easier, "skip_at": skip, "pain_at": pain, "pause_at": pause,
               "stop_at": stop}
    with tempfile.TemporaryDirectory() as tmp:
        store = HistoryStore.open(Paths(Path(tmp)))
        rec = store.recorder()
        feed = list(events(**options))  # type: ignore[arg-type]
        for ev in feed[:cut]:
            rec.handle(ev)
        assert not rec.pending
        finished = any(ev.type is EventType.SESSION_END for ev in feed[:cut])
        rec.close()
        first = store.session(rec.session_id or 0)
        assert first is not None
        assert first.status is (Status(feed[-1].payload.status) if finished
                                else Status.INTERRUPTED)
        for e in first.exercises:
            assert not (e.completed and e.skipped)
            assert e.seconds >= 0 and e.sets >= 0
        offered = store.interrupted()
        assert [o.id for o in offered] == ([] if finished else [first.id])
        if finished:
            return
        resume = offered[0]
        again = store.recorder(resume_id=resume.id)
        for ev in events(resume_from=min(resume.resume_index, SEGMENTS - 1),
                         modifications=resume.modifications):
            again.handle(ev)
        assert again.session_id == first.id
        done = store.session(first.id)
        assert done is not None and done.status is Status.COMPLETED
        assert done.active_seconds >= first.active_seconds
        assert [e.id for e in done.exercises] == [e.id for e in first.exercises]
        for before, after in zip(first.exercises, done.exercises):
            assert after.seconds >= before.seconds and after.pain >= before.pain
            assert not (after.completed and after.skipped)
        assert len(store.sessions()) == 1
        store.close()


def test_a_set_is_done_on_its_last_side_whichever_side_comes_first() -> None:
    """Right side first (as the bundled content has it) or left first: both sets count."""
    import datetime as _dt

    from fixtures.history_events import Ex

    from app.history.progress import SessionProgress

    for sides in (("right", "left"), ("left", "right")):
        progress = SessionProgress()
        now = _dt.datetime.now().astimezone()
        for ev in events((Ex("clamshell", "Clamshell", steps=2, sets=2, sides=sides),)):
            progress.apply(ev, now)
        [ex] = progress.exercises
        assert ex.completed and ex.sets_done == {1, 2} and not ex.skipped, sides

"""The engine on a fake clock: every control, its events, and the time it keeps."""

from __future__ import annotations

import pytest
from session_support import LADDER_MODS, Rig, exercise

from app.content.model import Step
from app.session.engine import EngineState
from app.session.events import EventType
from app.session.plan import PlanSettings, SegmentKind, compile_plan
from app.speech.silent import SilentSpeaker

E = EventType


def test_plays_through_on_plan_time() -> None:
    """Untouched, a session emits start, each segment and its end, and ends completed at plan time."""
    rig = Rig.of(exercise())
    rig.engine.start()
    rig.run_out()
    plan = rig.engine.plan
    assert rig.types()[0] == "session_start" and rig.types()[-1] == "session_end"
    segs = rig.of_type(E.SEGMENT)
    assert [e.payload.index for e in segs] == list(range(len(plan.segments)))
    for event, seg in zip(segs, plan.segments):
        assert event.payload.kind == seg.kind.value and event.payload.seconds == seg.seconds
    end = rig.of_type(E.SESSION_END)[0]
    assert end.payload.status == "completed"
    assert end.t == pytest.approx(plan.total_seconds, abs=1e-6)
    assert end.payload.active_seconds == pytest.approx(plan.total_seconds, abs=1e-3)
    assert all(e.payload.completed for e in rig.of_type(E.SEGMENT_END))


def test_speed_factor_runs_session_time_faster() -> None:
    """At speed 20 the session takes 1/20 of its plan in (fake) wall time; t stays in session seconds."""
    rig = Rig.of(exercise(), speed=20)
    start = rig.clock.t
    rig.engine.start()
    rig.run_out()
    total = rig.engine.plan.total_seconds
    assert rig.clock.t - start == pytest.approx(total / 20, abs=1e-6)
    assert rig.of_type(E.SESSION_END)[0].t == pytest.approx(total, abs=1e-6)


def test_pause_and_resume_freeze_the_countdown() -> None:
    """While paused the time left does not move; the pause shows in paused_seconds, not active."""
    rig = Rig.of(exercise())
    rig.engine.start()
    rig.advance(2)
    left = rig.engine.snapshot().remaining
    assert rig.engine.pause() and not rig.engine.pause()
    rig.advance(30)
    snap = rig.engine.snapshot()
    assert snap.paused and snap.remaining == pytest.approx(left) and rig.engine.index == 0
    assert rig.engine.toggle_pause() and rig.engine.state is EngineState.RUNNING
    rig.run_out()
    end = rig.of_type(E.SESSION_END)[0]
    assert end.payload.paused_seconds == pytest.approx(30)
    assert end.payload.active_seconds == pytest.approx(rig.engine.plan.total_seconds, abs=1e-3)
    assert "pause" in rig.types() and "resume" in rig.types()


def test_next_skips_and_back_returns_to_previous_step() -> None:
    """next moves on at once (segment_end not completed); back goes to the previous step."""
    rig = Rig.of(exercise(sets=2, rest=20))
    rig.engine.start()
    rig.advance(1)
    assert rig.engine.next() and rig.engine.index == 1
    skip = rig.of_type(E.SKIP)[0]
    assert skip.payload.to_json() == {"from_index": 0, "to_index": 1}
    assert rig.of_type(E.SEGMENT_END)[-1].payload.completed is False
    rest = next(i for i, s in enumerate(rig.engine.plan.segments) if s.kind is SegmentKind.REST)
    rig.at(rest + 1)
    assert rig.engine.back()  # passes over the rest to the last step of set 1
    assert rig.engine.index == rest - 1
    assert rig.of_type(E.BACK)[-1].payload.to_json() == {"from_index": rest + 1, "to_index": rest - 1}
    assert rig.engine.snapshot().remaining == pytest.approx(rig.engine.segment.seconds)


def test_restart_step_and_add_time() -> None:
    """restart_step gives the full time again; add_time pushes the end out (and the countdown)."""
    rig = Rig.of(exercise(steps=(Step("Hold", seconds=10),)))
    rig.engine.start()
    rig.at(1)
    rig.advance(6)
    assert rig.engine.restart_step()
    assert rig.engine.snapshot().remaining == pytest.approx(10)
    assert rig.of_type(E.BACK)[-1].payload.to_json() == {"from_index": 1, "to_index": 1}
    rig.advance(8)
    assert rig.engine.add_time(10)
    assert rig.engine.snapshot().remaining == pytest.approx(12)
    counts_before = len([e for e in rig.of_type(E.CUE) if e.payload.kind == "count"])
    rig.advance(11.5)
    assert rig.engine.index == 1
    counts = [e for e in rig.of_type(E.CUE) if e.payload.kind == "count"][counts_before:]
    assert [e.payload.text for e in counts] == ["3", "2", "1"]
    rig.advance(1)
    assert rig.engine.index == 2


def test_easier_harder_walk_the_ladder_and_rebuild_steps() -> None:
    """easier/harder move one rung, emit modification, speak it, and swap in the new steps."""
    rig = Rig.of(exercise(modifications=LADDER_MODS))
    rig.engine.start()
    rig.at(2)
    assert rig.engine.easier()
    mod = rig.of_type(E.MODIFICATION)[-1]
    assert (mod.payload.name, mod.payload.level, mod.payload.reason) == ("Knees Bent", "easier", "user")
    assert rig.engine.segment.text == "Bend your knees" and rig.engine.index == 1
    assert any(e.payload.kind == "modification" and e.payload.text.startswith("Knees Bent.")
               for e in rig.of_type(E.CUE))
    assert rig.speaker.cancels >= 1
    assert rig.engine.easier() and rig.engine.snapshot().modification.name == "Tiny Lift"
    assert not rig.engine.easier()  # already the easiest: nothing changes
    assert rig.engine.harder() and rig.engine.harder()
    assert rig.engine.snapshot().modification is None
    assert rig.of_type(E.MODIFICATION)[-1].payload.name == "Standard"
    assert rig.engine.harder() and not rig.engine.harder()
    rig.run_out()
    assert rig.of_type(E.SESSION_END)[0].payload.status == "completed"
    steps = [e for e in rig.of_type(E.SEGMENT) if e.payload.kind == "step"]
    assert steps[-1].to_json()["modification"] == {"name": "Long Legs", "level": "harder"}


def test_modification_without_steps_keeps_the_segment_going() -> None:
    """A switch that keeps the steps does not restart the step or its time."""
    rig = Rig.of(exercise(modifications=LADDER_MODS))
    rig.engine.start()
    rig.at(1)
    rig.advance(3)
    left = rig.engine.snapshot().remaining
    assert rig.engine.harder()
    assert rig.engine.index == 1 and rig.engine.snapshot().remaining == pytest.approx(left)
    assert rig.engine.snapshot().modification.name == "Long Legs"


def test_done_ends_a_reps_step_and_wait_for_done_waits() -> None:
    """done ends a reps step early (only a reps step); with wait_for_done the step waits for it."""
    ex = exercise(steps=(Step("Hold", seconds=5), Step("Curl", reps=4)))
    rig = Rig.of(ex)
    rig.engine.start()
    rig.at(1)
    assert not rig.engine.done()
    rig.at(2)
    rig.advance(2)
    assert rig.engine.done() and rig.engine.index == 3
    assert rig.of_type(E.DONE) and rig.of_type(E.SEGMENT_END)[-1].payload.completed is True
    waiting = Rig.of(ex, wait_for_done=True)
    waiting.engine.start()
    waiting.at(2)
    waiting.advance(60)
    snap = waiting.engine.snapshot()
    assert waiting.engine.index == 2 and snap.waiting_for_done and snap.remaining == 0
    assert waiting.engine.done() and waiting.engine.index == 3


def test_pain_goes_easiest_then_stops_the_exercise() -> None:
    """pain: the easiest modification first; then (or with none) a single exercise ends stopped; always an event."""
    first = exercise("a", modifications=LADDER_MODS)
    rig = Rig.of(first)
    rig.engine.start()
    rig.at(2)
    assert rig.engine.pain()
    assert rig.of_type(E.PAIN)[-1].payload.action == "easier"
    assert rig.of_type(E.MODIFICATION)[-1].payload.reason == "pain"
    assert rig.engine.snapshot().modification.name == "Tiny Lift"
    assert rig.engine.pain()
    assert rig.of_type(E.PAIN)[-1].payload.action == "ended"
    assert rig.engine.state is EngineState.FINISHED and rig.engine.status == "stopped"
    plain = Rig.of(exercise())
    plain.engine.start()
    plain.at(1)
    assert plain.engine.pain() and plain.of_type(E.PAIN)[-1].payload.action == "ended"
    assert plain.of_type(E.SESSION_END)[0].payload.status == "stopped"


def test_stop_ends_stopped_and_controls_then_do_nothing() -> None:
    """stop ends the session as stopped; afterwards every control returns False."""
    rig = Rig.of(exercise())
    rig.engine.start()
    rig.advance(3)
    assert rig.engine.stop()
    assert rig.of_type(E.SESSION_END)[0].payload.status == "stopped"
    assert rig.of_type(E.SEGMENT_END)[-1].payload.completed is False
    for control in ("pause", "resume", "next", "back", "easier", "harder", "done", "pain", "stop"):
        assert not getattr(rig.engine, control)()
    assert rig.scheduler.pending() == 0


def test_next_on_finish_completes() -> None:
    """Skipping the closing word still ends the session completed."""
    rig = Rig.of(exercise())
    rig.engine.start()
    rig.at(len(rig.engine.plan.segments) - 1)
    assert rig.engine.next()
    assert rig.of_type(E.SESSION_END)[0].payload.status == "completed"


def test_start_at_a_segment_with_modifications_in_effect() -> None:
    """Resuming: the session starts at a given segment, with the modification emitted as 'start'."""
    ex = exercise(modifications=LADDER_MODS)
    plan = compile_plan(ex, None, PlanSettings(), SilentSpeaker("t").measure, {0: "Knees Bent"})
    from session_support import Rig as R
    rig = R(plan)
    rig.engine.start(at_index=2)
    start = rig.of_type(E.SESSION_START)[0]
    assert start.payload.resume_from == 2
    assert rig.of_type(E.MODIFICATION)[0].payload.reason == "start"
    assert rig.of_type(E.SEGMENT)[0].payload.index == 2
    assert rig.engine.segment.kind is SegmentKind.PREPARE  # a resume starts with a get-ready
    rig.at(2)
    rig.scheduler.run_until(lambda: rig.engine.segment.kind is SegmentKind.STEP)
    assert rig.engine.index == 2 and rig.engine.segment.text == "Hold still"
    with pytest.raises(RuntimeError):
        rig.engine.start()


def test_snapshot_for_players() -> None:
    """The snapshot: exercise i of N, step j of M, next up, totals counting down."""
    rig = Rig.of(exercise())
    rig.engine.start()
    rig.at(2)
    rig.advance(4)
    snap = rig.engine.snapshot()
    plan = rig.engine.plan
    assert (snap.exercise_number, snap.exercise_count) == (1, 1)
    assert (snap.step_number, snap.step_count) == (2, 3)
    assert snap.next_up == "Lower them slowly"
    assert snap.remaining == pytest.approx(plan.segments[2].seconds - 4)
    later = sum(s.seconds for s in plan.segments[3:])
    assert snap.total_remaining == pytest.approx(snap.remaining + later)
    assert snap.t == pytest.approx(sum(s.seconds for s in plan.segments[:2]) + 4)


def test_switch_during_a_rest_between_sets_keeps_the_rest_going() -> None:
    """easier in a rest between sets: the rest goes on (same time left); the new steps follow it."""
    rig = Rig.of(exercise(sets=2, rest=20, modifications=LADDER_MODS))
    rig.engine.start()
    rest = next(i for i, s in enumerate(rig.engine.plan.segments) if s.kind is SegmentKind.REST)
    rig.at(rest)
    rig.advance(5)
    left = rig.engine.snapshot().remaining
    assert rig.engine.easier()
    snap = rig.engine.snapshot()
    assert snap.segment.kind is SegmentKind.REST and snap.remaining == pytest.approx(left)
    assert snap.next_up == "Bend your knees"
    assert not [e for e in rig.events[-3:] if e.type is E.SEGMENT]

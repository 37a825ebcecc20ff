"""Issue 8 on the engine's fake clock: "this hurts" on the easiest form, a resume's get-ready, a stall."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_support import LADDER_MODS, Rig, exercise

from app.content.model import Workout, WorkoutItem
from app.session.engine import EngineState
from app.session.events import EventType
from app.session.phrases import ENGLISH
from app.session.plan import PlanSettings, SegmentKind, compile_plan
from app.speech.silent import SilentSpeaker

E = EventType


def workout_rig() -> Rig:
    """Two exercises, "a" (with a ladder) then "b", 15 s rest between them."""
    a, b = exercise("a", modifications=LADDER_MODS, title="Alpha"), exercise("b", title="Beta")
    wo = Workout(id="w", path=Path("w.md"), title="W", description="", difficulty=a.difficulty,
                 items=(WorkoutItem("a"), WorkoutItem("b")), rest_between=15)
    plan = compile_plan(wo, {"a": a, "b": b}, PlanSettings(), SilentSpeaker("t").measure)
    return Rig(plan)


def test_pain_on_the_easiest_form_of_a_single_exercise_ends_stopped_with_the_safety_word() -> None:
    """No easier form: the exercise stops, the safety word is said, the session ends stopped, never "Well done"."""
    rig = Rig.of(exercise(title="Plain"))
    rig.engine.start()
    rig.at(2)
    assert rig.engine.pain()
    assert rig.of_type(E.PAIN)[-1].payload.action == "ended"
    said = [e.payload.text for e in rig.of_type(E.CUE)]
    assert ENGLISH.pain_stop("Plain") in said and ENGLISH.pain_stop("Plain") in rig.speaker.said
    assert "get advice" in ENGLISH.pain_stop("Plain")
    assert rig.engine.status == "stopped" and rig.of_type(E.SESSION_END)[0].payload.status == "stopped"
    assert ENGLISH.closing not in said
    assert SegmentKind.FINISH not in [e.payload.kind for e in rig.of_type(E.SEGMENT)]
    assert rig.of_type(E.SEGMENT_END)[-1].payload.completed is False
    assert rig.engine.stopped_for_pain


def test_pain_in_a_workout_stops_that_exercise_and_waits_to_go_on_or_end() -> None:
    """In a workout the exercise stops with the safety word and the session waits, paused, at what follows."""
    rig = workout_rig()
    rig.engine.start()
    first_step = next(i for i, s in enumerate(rig.engine.plan.segments) if s.kind is SegmentKind.STEP)
    rig.at(first_step)
    rig.engine.easier()
    rig.engine.easier()  # the easiest form of Alpha
    assert rig.engine.pain() and rig.of_type(E.PAIN)[-1].payload.action == "ended"
    said = [e.payload.text for e in rig.of_type(E.CUE)]
    assert ENGLISH.pain_stop("Alpha") in said and ENGLISH.pain_go_on in said
    assert rig.engine.state is EngineState.PAUSED
    assert rig.of_type(E.PAUSE)[-1].payload.reason == "pain"
    waiting = rig.engine.index
    assert rig.engine.plan.segments[waiting].exercise_index in (None, 1)  # the rest, or Beta
    segments_before = len(rig.of_type(E.SEGMENT))
    rig.advance(300)  # it waits as long as it takes
    assert rig.engine.index == waiting and len(rig.of_type(E.SEGMENT)) == segments_before
    assert rig.engine.resume()  # "go on"
    assert rig.of_type(E.SEGMENT)[-1].payload.index == waiting
    rig.run_out()
    assert rig.engine.status == "completed"
    alpha_ends = [e.payload for e in rig.of_type(E.SEGMENT_END) if e.payload.exercise_index == 0
                  and e.payload.kind is SegmentKind.STEP]
    assert alpha_ends[-1].completed is False


def test_pain_in_a_workout_then_end_stops_the_session() -> None:
    """Waiting after "this hurts", stop ends the session stopped; the last exercise hurting ends it at once."""
    rig = workout_rig()
    rig.engine.start()
    rig.at(next(i for i, s in enumerate(rig.engine.plan.segments) if s.exercise_index == 0
                and s.kind is SegmentKind.STEP))
    rig.engine.set_modification("Tiny Lift")
    rig.engine.pain()
    assert rig.engine.state is EngineState.PAUSED and rig.engine.stop()
    assert rig.engine.status == "stopped"
    last = workout_rig()
    last.engine.start()
    last.at(next(i for i, s in enumerate(last.engine.plan.segments) if s.exercise_index == 1))
    assert last.engine.pain()  # Beta has no easier form and nothing follows it
    assert last.engine.status == "stopped"


def test_a_resumed_session_starts_with_a_get_ready() -> None:
    """start(at_index): a get-ready for that exercise first (no segment_end), then the segment itself."""
    rig = workout_rig()
    plan = rig.engine.plan
    at = next(i for i, s in enumerate(plan.segments) if s.exercise_index == 1 and s.step == 2)
    rig.engine.start(at_index=at)
    first = rig.of_type(E.SEGMENT)[0].payload
    assert first.kind is SegmentKind.PREPARE and first.index == at and first.exercise_index == 1
    snap = rig.engine.snapshot()
    assert snap.segment.kind is SegmentKind.PREPARE and snap.next_up == plan.segments[at].text
    assert snap.remaining >= plan.settings.get_ready
    said = rig.speaker.said[0]
    assert said.startswith("Get ready: Beta") and plan.segments[at].text in said
    rig.scheduler.run_until(lambda: rig.engine.segment.kind is SegmentKind.STEP)
    assert rig.engine.index == at and rig.engine.segment is plan.segments[at]
    assert not [e for e in rig.of_type(E.SEGMENT_END) if e.payload.kind is SegmentKind.PREPARE]
    rig.run_out()
    assert rig.engine.status == "completed"
    assert [e.payload.index for e in rig.of_type(E.SEGMENT)][1:] == list(range(at, len(plan.segments)))
    end = rig.of_type(E.SESSION_END)[0].payload  # the get-ready is not counted as exercise time
    assert end.active_seconds == pytest.approx(sum(seg.seconds for seg in plan.segments[at:]), abs=1e-3)


def test_next_during_a_resumes_get_ready_goes_to_the_segment_it_prepares() -> None:
    """Skipping the get-ready of a resume lands on the resumed segment, not the one after it."""
    rig = workout_rig()
    at = 3
    rig.engine.start(at_index=at)
    assert rig.engine.next()
    assert rig.engine.index == at and rig.engine.segment is rig.engine.plan.segments[at]
    assert rig.engine.segment.kind is not SegmentKind.PREPARE or at == 0


def test_a_stall_pauses_the_session_where_it_was() -> None:
    """A wake-up a minute late (SIGSTOP, a freeze): paused as of when it was due, no step raced through."""
    rig = Rig.of(exercise())
    rig.engine.start()
    rig.at(1)
    rig.advance(1.0)
    index, done_before = rig.engine.index, len(rig.of_type(E.SEGMENT_END))
    due, stopped_at, active_then = rig.engine.wake.due, rig.clock.t, rig.engine.time.active()
    rig.clock.t += 120  # the process stood still; nothing ran
    rig.advance(0)  # it runs again: the overdue wake-up fires now
    assert rig.engine.state is EngineState.PAUSED
    assert rig.of_type(E.PAUSE)[-1].payload.reason == "stall"
    assert rig.engine.index == index and len(rig.of_type(E.SEGMENT_END)) == done_before
    assert ENGLISH.stalled in [e.payload.text for e in rig.of_type(E.CUE)]
    active = rig.engine.snapshot().elapsed
    assert active == pytest.approx(active_then + (due - stopped_at))  # paused as of the missed wake-up
    rig.advance(50)
    assert rig.engine.snapshot().elapsed == pytest.approx(active)  # paused: the time is not used up
    assert rig.engine.resume()
    rig.run_out()
    assert rig.engine.status == "completed"
    assert all(e.payload.completed for e in rig.of_type(E.SEGMENT_END))
    end = rig.of_type(E.SESSION_END)[0].payload
    assert end.active_seconds == pytest.approx(rig.engine.plan.total_seconds, abs=1e-3)
    assert end.paused_seconds == pytest.approx(170 - (due - stopped_at), abs=1e-3)


def test_a_late_wake_up_under_the_threshold_is_not_a_stall() -> None:
    """A wake-up a second late (a busy machine) just carries on."""
    rig = Rig.of(exercise())
    rig.engine.start()
    rig.at(1)
    rig.clock.t += rig.engine.wake.stall_after - 1.0
    rig.advance(0)
    assert rig.engine.state is EngineState.RUNNING and not rig.of_type(E.PAUSE)


def test_terminal_screen_shows_the_safety_word_and_the_offer() -> None:
    """The terminal player prints the safety word and which key goes on or ends; a stall says why it paused."""
    import io

    from app.terminal.player import Screen, render

    rig = workout_rig()
    out = io.StringIO()
    screen = Screen(out, tty=False, plan=rig.engine.plan)
    rig.engine.start()
    rig.at(1)
    rig.engine.set_modification("Tiny Lift")
    rig.engine.pain()
    for event in rig.events:
        screen.on_event(event)
    text = out.getvalue()
    assert "!! " + ENGLISH.pain_stop("Alpha") in text and "go on with the workout" in text
    assert "get advice" in render(rig.engine.snapshot(), screen.caption, None, screen.notice)
    rig.engine.resume()
    screen.on_event(next(e for e in reversed(rig.events) if e.type is E.RESUME))
    assert screen.notice == ""


def test_a_stop_while_the_engine_is_awake_is_a_stall_too() -> None:
    """SIGSTOP lands just as the engine writes an event: the turn ends paused, as of its start."""
    rig = Rig.of(exercise())
    rig.engine.start()
    rig.at(1)
    index = rig.engine.index
    stopped = []

    def stop_on_the_next_segment(event) -> None:
        rig.events.append(event)
        if event.type is E.SEGMENT and event.payload.index == index + 1 and not stopped:
            stopped.append(rig.clock.t)
            rig.clock.t += 6.0  # the process stood still right after writing this event

    rig.engine._emit = stop_on_the_next_segment
    rig.scheduler.run_until(lambda: bool(stopped))
    assert rig.engine.state is EngineState.PAUSED
    assert rig.of_type(E.PAUSE)[-1].payload.reason == "stall"
    assert rig.engine.index == index + 1  # nothing raced past the segment it had just started
    active = rig.engine.snapshot().elapsed
    rig.advance(30)
    assert rig.engine.snapshot().elapsed == pytest.approx(active)  # the stop is not counted
    assert rig.engine.resume()
    rig.run_out()
    assert rig.engine.status == "completed"

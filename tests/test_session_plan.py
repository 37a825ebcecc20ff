"""The plan compiler: segments, lengths, sides, sets, rests, modifications, and all bundled content."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_support import LADDER_MODS, exercise

from app.content.library import load_library
from app.content.model import Level, Modification, Sides, Step, Workout, WorkoutItem
from app.paths import bundled_content_root
from app.session.cues import CueKind
from app.session.plan import PlanError, PlanSettings, SegmentKind, compile_plan
from app.session.switching import ladder
from app.speech.silent import SilentSpeaker

MEASURE = SilentSpeaker("t").measure
LIBRARY = load_library([bundled_content_root()])
SETTINGS = PlanSettings()


def kinds(plan):  # type: ignore[no-untyped-def]
    return [s.kind for s in plan.segments]


def test_bundled_library_has_content() -> None:
    """The bundled library loads exercises (so the per-exercise tests below are not empty)."""
    assert len(LIBRARY.exercises) >= 5, LIBRARY.errors


@pytest.mark.parametrize("ex_id", sorted(LIBRARY.exercises))
def test_every_bundled_exercise_plans(ex_id: str) -> None:
    """Each bundled exercise: prepare first, finish last, every step present in order, sane total."""
    ex = LIBRARY.exercises[ex_id]
    plan = compile_plan(ex, LIBRARY, SETTINGS, MEASURE)
    assert plan.segments[0].kind is SegmentKind.PREPARE
    assert plan.segments[-1].kind is SegmentKind.FINISH
    steps = [s for s in plan.segments if s.kind is SegmentKind.STEP]
    passes = (ex.sets or 1) * (2 if ex.sides is Sides.EACH else 1)
    assert [s.text for s in steps] == [st.text for st in ex.steps] * passes
    assert all(s.seconds > 0 for s in plan.segments)
    assert ex.duration * passes * 0.9 <= sum(s.seconds for s in steps) <= ex.duration * passes * 3
    assert plan.total_seconds < 3600


@pytest.mark.parametrize("wo_id", sorted(LIBRARY.workouts))
def test_every_bundled_workout_plans(wo_id: str) -> None:
    """Each bundled workout: all its exercises in order, rests between them, prepare and finish."""
    workout = LIBRARY.workouts[wo_id]
    plan = compile_plan(workout, LIBRARY, SETTINGS, MEASURE)
    ids = [i.exercise for i in workout.all_items()]
    assert [p.exercise.id for p in plan.exercises] == ids
    order = []
    for s in plan.segments:
        if s.exercise_index is not None and (not order or order[-1] != s.exercise_index):
            order.append(s.exercise_index)
    assert order == list(range(len(ids)))
    between = [s for s in plan.segments if s.kind is SegmentKind.REST and s.exercise_index is None]
    assert len(between) == len(ids) - 1 if workout.rest_between > 0 else True
    assert plan.segments[0].kind is SegmentKind.PREPARE and plan.segments[-1].kind is SegmentKind.FINISH


def test_duration_is_spread_in_proportion_to_text() -> None:
    """Steps without their own seconds share what is left of the duration by text length."""
    ex = exercise(duration=60, steps=(Step("a" * 40), Step("b" * 20), Step("Fixed", seconds=15)))
    plan = compile_plan(ex, None, SETTINGS, lambda text: 0.5)
    steps = [s for s in plan.segments if s.kind is SegmentKind.STEP]
    assert [s.seconds for s in steps] == [30.0, 15.0, 15.0]


def test_own_seconds_win_and_reps_use_tempo() -> None:
    """A step's seconds are kept; a reps step lasts reps x tempo and is marked as reps."""
    ex = exercise(duration=100, steps=(Step("Hold", seconds=7), Step("Lift", reps=4)))
    plan = compile_plan(ex, None, PlanSettings(tempo=2.5), lambda text: 0.5)
    hold, lift = [s for s in plan.segments if s.kind is SegmentKind.STEP]
    assert hold.seconds == 7.0 and hold.reps is None
    assert lift.seconds == 10.0 and lift.reps == 4 and not lift.wait_for_done
    waiting = compile_plan(ex, None, PlanSettings(wait_for_done=True), lambda text: 0.5)
    assert [s.wait_for_done for s in waiting.segments if s.kind is SegmentKind.STEP] == [False, True]


def test_exercise_reps_make_a_plain_last_step_a_reps_step() -> None:
    """The exercise's reps apply to its last step when that step has no seconds or reps."""
    ex = exercise(reps=6, steps=(Step("Set up", seconds=5), Step("Curl up and down")))
    last = [s for s in compile_plan(ex, None, SETTINGS, MEASURE).segments
            if s.kind is SegmentKind.STEP][-1]
    assert last.reps == 6 and last.seconds == 18.0


def test_speech_floor_beats_short_steps() -> None:
    """No segment is shorter than what is said at its start plus the margin."""
    long_cue = "word " * 30
    ex = exercise(steps=(Step("Short", seconds=2, cue=long_cue, breath="Breathe out"),))
    plan = compile_plan(ex, None, SETTINGS, MEASURE)
    step = next(s for s in plan.segments if s.kind is SegmentKind.STEP)
    said = MEASURE(long_cue.strip() + ".") + MEASURE("Breathe out") + SETTINGS.cue_gap
    assert step.seconds >= said + SETTINGS.speech_margin - 1e-3
    for seg in plan.segments:
        spoken = sum(MEASURE(c.text) for c in seg.start_cues)
        assert seg.seconds >= spoken + SETTINGS.speech_margin - 1e-3


def test_each_side_gets_a_pass_with_a_switch_between() -> None:
    """Sides "each": right pass, switch_sides, left pass, per set, with rests between sets."""
    ex = exercise(sides=Sides.EACH, sets=2, rest=25)
    plan = compile_plan(ex, None, SETTINGS, MEASURE)
    body = [(s.kind, s.side, s.set) for s in plan.segments[1:-1]]
    step, switch, rest = SegmentKind.STEP, SegmentKind.SWITCH_SIDES, SegmentKind.REST
    one_set = lambda n: [(step, "right", n)] * 3 + [(switch, "left", n)] + [(step, "left", n)] * 3
    assert body == one_set(1) + [(rest, None, 1)] + one_set(2)
    assert plan.segments[1].cues[0].text.startswith("Right side.")
    rest_seg = next(s for s in plan.segments if s.kind is SegmentKind.REST)
    assert rest_seg.seconds == 25 and "set 2 of 2" in rest_seg.cues[0].text


def test_alternating_is_one_pass_said_once() -> None:
    """Sides "alternating": one pass, "Alternate sides." said at the first step with a side."""
    ex = exercise(sides=Sides.ALTERNATING, steps=(Step("Set up"), Step("Lift", side="right"),
                                                  Step("Lower")))
    plan = compile_plan(ex, None, SETTINGS, MEASURE)
    steps = [s for s in plan.segments if s.kind is SegmentKind.STEP]
    assert len(steps) == 3 and steps[1].side == "right"
    assert [("Alternate sides." in s.cues[0].text) for s in steps] == [False, True, False]


def test_workout_rests_overrides_and_unknown_ids() -> None:
    """A workout: item overrides (sets, seconds, rest, modification), rest_between, unknown id."""
    a, b = exercise("a", modifications=LADDER_MODS), exercise("b", title="Bee")
    items = (WorkoutItem("a", sets=2, seconds=30, rest=12, modification="Tiny Lift"),
             WorkoutItem("b"))
    wo = Workout(id="w", path=Path("w.md"), title="W", description="", difficulty=a.difficulty,
                 items=items, rest_between=40, cooldown=(WorkoutItem("a"),))
    plan = compile_plan(wo, {"a": a, "b": b}, SETTINGS, MEASURE)
    between = [s for s in plan.segments if s.kind is SegmentKind.REST and s.exercise_index is None]
    assert [s.seconds for s in between] == [12, 40]
    assert "Next up: Bee" in between[0].cues[0].text
    assert plan.exercises[0].modification.name == "Tiny Lift"
    assert plan.exercises[2].modification is None
    assert sum(1 for s in plan.segments if s.exercise_index == 0 and s.kind is SegmentKind.STEP) == 6
    with pytest.raises(PlanError, match="unknown exercise 'zzz'"):
        compile_plan(Workout(id="w", path=Path("w.md"), title="W", description="",
                             difficulty=a.difficulty, items=(WorkoutItem("zzz"),)),
                     {"a": a}, SETTINGS, MEASURE)


def test_modification_steps_replace_and_recompile() -> None:
    """A modification with steps replaces the base steps; with_modification rebuilds one exercise."""
    ex = exercise(modifications=LADDER_MODS)
    plan = compile_plan(ex, None, SETTINGS, MEASURE, {0: "knees bent"})
    assert [s.text for s in plan.segments if s.kind is SegmentKind.STEP] == [
        "Bend your knees", "Hold still"]
    back = plan.with_modification(0, None)
    assert [s.text for s in back.segments if s.kind is SegmentKind.STEP] == [
        st.text for st in ex.steps]
    tiny = plan.with_modification(0, ex.modification("Tiny Lift"))
    assert all(s.modification and s.modification.name == "Tiny Lift"
               for s in tiny.segments if s.kind is SegmentKind.STEP)
    with pytest.raises(PlanError, match="no modification 'Nope'"):
        compile_plan(ex, None, SETTINGS, MEASURE, {0: "Nope"})


def test_ladder_runs_easiest_to_hardest() -> None:
    """The ladder: easier ones from the last written to the first, standard, then harder."""
    ex = exercise(modifications=LADDER_MODS)
    assert [m.name if m else None for m in ladder(ex)] == ["Tiny Lift", "Knees Bent", None,
                                                            "Long Legs"]
    assert ladder(exercise()) == (None,)


def test_cues_of_segments() -> None:
    """Halfway on segments of 20 s or more, a countdown on timed segments, none on the finish."""
    ex = exercise(steps=(Step("Long hold", seconds=30), Step("Short", seconds=8)))
    plan = compile_plan(ex, None, SETTINGS, MEASURE)
    long, short = [s for s in plan.segments if s.kind is SegmentKind.STEP]
    assert [c.at for c in long.cues if c.kind is CueKind.HALFWAY] == [15.0]
    assert not [c for c in short.cues if c.kind is CueKind.HALFWAY]
    assert [c.text for c in short.cues if c.kind is CueKind.COUNT] == ["3", "2", "1"]
    assert not [c for c in plan.segments[-1].cues if c.kind is CueKind.COUNT]
    assert plan.segments[0].cues[0].text.startswith("Get ready: Test Exercise.")


def test_get_ready_is_settable_and_json() -> None:
    """The get-ready length follows the setting (above the speech floor); to_json has the plan fields."""
    ex = exercise()
    plan = compile_plan(ex, None, PlanSettings(get_ready=12), MEASURE)
    assert plan.segments[0].seconds == 12
    assert plan.to_json() == {"total_seconds": round(plan.total_seconds, 3), "exercises": ["test-ex"]}
    assert plan.next_up(len(plan.segments) - 2) == "Finish"


def test_level_enum_used_for_modifications() -> None:
    """Modifications keep their level (used by the modification event)."""
    ex = exercise(modifications=(Modification("X", Level.HARDER, "x"),))
    assert ladder(ex)[-1].level is Level.HARDER


def test_a_reps_step_with_seconds_keeps_both() -> None:
    """A step with reps and seconds lasts its seconds and is still a reps step (done ends it)."""
    ex = exercise(steps=(Step("Bridge up and down", reps=12, seconds=54),))
    step = next(s for s in compile_plan(ex, None, SETTINGS, MEASURE).segments
                if s.kind is SegmentKind.STEP)
    assert (step.seconds, step.reps) == (54.0, 12)


def test_workout_item_reps_and_seconds_override() -> None:
    """An item's reps rescale the reps step at the same pace; its seconds scale the whole pass."""
    ex = exercise("a", steps=(Step("Set up", seconds=6), Step("Bridge", reps=12, seconds=54)))
    plain = exercise("b", steps=(Step("Set up", seconds=6), Step("Lift", seconds=20)))

    def steps_of(item: WorkoutItem) -> list[tuple[float, int | None]]:
        wo = Workout(id="w", path=Path("w.md"), title="W", description="",
                     difficulty=ex.difficulty, items=(item,))
        plan = compile_plan(wo, {"a": ex, "b": plain}, SETTINGS, lambda text: 0.5)
        return [(s.seconds, s.reps) for s in plan.segments if s.kind is SegmentKind.STEP]

    assert steps_of(WorkoutItem("a", reps=8)) == [(6.0, None), (36.0, 8)]
    assert steps_of(WorkoutItem("b", reps=5)) == [(6.0, None), (15.0, 5)]
    assert steps_of(WorkoutItem("a", seconds=30)) == [(3.0, None), (27.0, 12)]

"""The cue rules: no overlap, late numbers dropped, stale cues cut, steps never cut short."""

from __future__ import annotations

import pytest
from session_support import LADDER_MODS, Rig, exercise

from app.content.library import load_library
from app.content.model import Step
from app.paths import bundled_content_root
from app.session.cues import get_ready_text, rest_text, side_text
from app.session.events import EventType
from app.session.plan import PlanSettings, SegmentKind, compile_plan
from app.speech.silent import SilentSpeaker

MEASURE = SilentSpeaker("t").measure
GAP = PlanSettings().cue_gap


def spoken_timeline(rig: Rig) -> list[tuple[float, float, str, str]]:
    """(start, end, kind, text) of every cue as the speaker would say them, one after another."""
    out: list[tuple[float, float, str, str]] = []
    end = 0.0
    for event in rig.of_type(EventType.CUE):
        start = max(event.t, end)
        end = start + MEASURE(event.payload.text) + GAP
        out.append((start, end, event.payload.kind, event.payload.text))
    return out


@pytest.mark.parametrize("ex_id", sorted(load_library([bundled_content_root()]).exercises))
def test_no_overlap_and_time_bound_cues_never_late(ex_id: str) -> None:
    """In every bundled exercise, counts and halfway start exactly on time, never over other speech."""
    ex = load_library([bundled_content_root()]).exercises[ex_id]
    rig = Rig.of(ex)
    rig.engine.start()
    rig.run_out()
    previous_end = 0.0
    for (start, end, kind, _), event in zip(spoken_timeline(rig), rig.of_type(EventType.CUE)):
        if kind in ("count", "halfway"):
            assert start == pytest.approx(event.t) and event.t >= previous_end - 1e-9
        previous_end = end


@pytest.mark.parametrize("ex_id", sorted(load_library([bundled_content_root()]).exercises))
def test_a_step_never_ends_before_its_instruction_is_said(ex_id: str) -> None:
    """Each segment ends only after the speech queued at its start has finished."""
    ex = load_library([bundled_content_root()]).exercises[ex_id]
    rig = Rig.of(ex)
    rig.engine.start()
    rig.run_out()
    timeline = spoken_timeline(rig)
    for seg, end in zip(rig.of_type(EventType.SEGMENT), rig.of_type(EventType.SEGMENT_END)):
        said = [e for s, e, kind, _ in timeline if kind not in ("count", "halfway")
                and seg.t - 1e-9 <= s < end.t]
        if said:
            assert max(said) - GAP <= end.t + 1e-6, (seg.payload.text, said, end.t)


def test_numbers_that_would_start_during_speech_are_dropped() -> None:
    """A long instruction swallows the countdown numbers that fall inside it; a short one does not."""
    long_cue = "Lift your arms up slowly and keep the shoulders down and away from the ears"
    ex = exercise(steps=(Step("Long", seconds=7, cue=long_cue), Step("Short", seconds=10)))
    rig = Rig.of(ex)
    rig.engine.start()
    rig.run_out()
    by_segment: dict[int, list[str]] = {}
    index = -1
    for event in rig.events:
        if event.type is EventType.SEGMENT:
            index = event.payload.index
        elif event.type is EventType.CUE and event.payload.kind == "count":
            by_segment.setdefault(index, []).append(event.payload.text)
    long_seconds = rig.engine.plan.segments[1].seconds
    said_until = MEASURE(long_cue + ".") + GAP
    expected = [str(n) for n in (3, 2, 1) if long_seconds - n >= said_until]
    assert by_segment.get(1, []) == expected and len(expected) < 3
    assert by_segment[2] == ["3", "2", "1"]


def test_stale_cues_are_cut_when_the_session_moves_on() -> None:
    """next/back/modification cancel the speaker, and the old segment's timed cues never fire."""
    ex = exercise(steps=(Step("Hold long", seconds=30), Step("Next one", seconds=30)),
                  modifications=LADDER_MODS)
    rig = Rig.of(ex)
    rig.engine.start()
    rig.at(1)
    rig.advance(5)
    cancels = rig.speaker.cancels
    assert rig.engine.next()
    assert rig.speaker.cancels == cancels + 1
    skipped_at = rig.clock.t
    rig.advance(29.5)
    halfway = [e for e in rig.of_type(EventType.CUE) if e.payload.kind == "halfway"]
    # the old step's halfway (due at 15 s into it) would have come 10 s after the skip
    assert [round(e.t - rig.of_type(EventType.SEGMENT)[2].t, 3) for e in halfway] == [15.0]
    assert rig.clock.t > skipped_at
    assert rig.engine.back() and rig.speaker.cancels == cancels + 2
    assert rig.engine.easier() and rig.speaker.cancels == cancels + 3


def test_every_cue_is_a_caption_even_muted() -> None:
    """With the silent speaker every cue that is said is also a cue event, with its kind."""
    ex = exercise(steps=(Step("Hold", seconds=25, breath="Breathe out"),))
    rig = Rig.of(ex)
    rig.engine.start()
    rig.run_out()
    assert rig.speaker.said == [e.payload.text for e in rig.of_type(EventType.CUE)]
    kinds = [e.payload.kind for e in rig.of_type(EventType.CUE)]
    assert kinds[0] == "get_ready" and kinds[-1] == "finish"
    assert {"instruction", "breath", "halfway", "count"} <= set(kinds)


def test_rest_and_switch_and_side_words() -> None:
    """The words of the fixed cues: get ready, rest with next up, sides."""
    assert get_ready_text("Swan", None, "Lie face down.") == "Get ready: Swan. Lie face down."
    assert get_ready_text("Swan", "Low Swan", None) == "Get ready: Swan, Low Swan."
    assert rest_text(29.6, "The Hundred") == "Rest 30 seconds. Next up: The Hundred."
    assert side_text("left", "Lift the leg") == "Left side. Lift the leg."
    plan = compile_plan(exercise(sets=2), None, PlanSettings(set_rest=30), MEASURE)
    rest = next(s for s in plan.segments if s.kind is SegmentKind.REST)
    assert rest.cues[0].text == "Rest 30 seconds. Next up: set 2 of 2."


def test_a_step_after_a_spoken_switch_still_gets_its_instruction_in_full() -> None:
    """When a modification's words come first, the new step is lengthened so its instruction fits."""
    from app.content.model import Level, Modification
    desc = "Keep both knees bent the whole time and let the feet rest flat on the floor"
    mod = Modification("Soft", Level.EASIER, desc, (Step("Bend", seconds=1), Step("Hold", seconds=9)))
    rig = Rig.of(exercise(modifications=(mod,)))
    rig.engine.start()
    rig.at(2)
    assert rig.engine.easier()
    start = rig.clock.t
    said = MEASURE(f"Soft. {desc}.") + MEASURE("Bend.") + GAP
    assert rig.engine.plan.segments[1].seconds < said
    rig.at(2)
    assert rig.clock.t - start == pytest.approx(said + PlanSettings().speech_margin, abs=1e-6)


def test_speech_far_behind_is_cut_at_a_segment_end_only_when_sped_up() -> None:
    """At real speed nothing is ever cancelled on its own; at speed 20 leftover speech is cut."""
    ex = exercise(steps=(Step("Hold the position and keep breathing slowly and evenly", seconds=6),
                         Step("Relax", seconds=6)))
    real = Rig.of(ex)
    real.engine.start()
    real.run_out()
    assert real.speaker.cancels == 0
    fast = Rig.of(ex, speed=20)
    fast.engine.start()
    fast.run_out()
    assert fast.speaker.cancels >= 1
    assert fast.of_type(EventType.SESSION_END)[0].t == pytest.approx(fast.engine.plan.total_seconds)


def test_get_ready_always_counts_down_after_its_words() -> None:
    """The get-ready segment is long enough that "3, 2, 1" is heard after the words."""
    rig = Rig.of(exercise(steps=(Step("Lie on your back, arms long by your sides, palms down, "
                                      "knees bent and feet flat", seconds=8),)), get_ready=2)
    rig.engine.start()
    rig.at(1)
    said = [e.payload.text for e in rig.of_type(EventType.CUE)]
    assert said[0].startswith("Get ready") and said[1:4] == ["3", "2", "1"]

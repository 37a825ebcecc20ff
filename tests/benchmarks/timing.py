"""Timing benchmark: drift of a real-speed session, and how late its cues start.

Runs a plan of ``--minutes`` (5 by default) at real speed on the real clock and
scheduler (the ones ``spotter play --headless`` uses) and prints:

- segment-end drift: wall time of each segment's end minus its planned end,
  measured from the session's start (p50, p95, max, and at the very end);
- cue dispatch lateness: when the engine handed each cue to the speaker minus
  when the plan said it was due;
- cue playback lateness (the speaker's own figure, due time to the start of
  playback): with the real pyttsx3 speaker when it starts. Without a sound card
  the player process fails at once, so that figure is the time to the start of
  the (failing) player process; the output says which case was measured.

    .venv/bin/python tests/benchmarks/timing.py [--minutes M] [--mute]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.content.model import Difficulty, Exercise, Step
from app.session.clock import MonotonicClock
from app.session.engine import Engine
from app.session.events import EventType, SessionEvent
from app.session.plan import PlanSettings, compile_plan
from app.session.speaker import Speaker
from app.speech.factory import make_speaker
from app.terminal.scheduler import ThreadScheduler

NULL_PLAYER = [sys.executable, "-c", ("import sys, time, wave; w = wave.open(sys.argv[1]); "
                                      "time.sleep(w.getnframes() / w.getframerate())")]
WORDS = ["Lift the right arm", "Hold still and breathe out slowly", "Lower the arm with control",
         "Press the heels into the floor", "Lengthen through the crown of the head"]


def long_exercise(minutes: float) -> Exercise:
    """Steps of 12-25 s with short instructions, adding up to about ``minutes``."""
    steps, total, n = [], 0.0, 0
    while total < minutes * 60 - 12:
        seconds = min(12 + (n * 7) % 14, max(6.0, minutes * 60 - 12 - total))
        steps.append(Step(f"{WORDS[n % len(WORDS)]}.", seconds=seconds))
        total += seconds
        n += 1
    return Exercise(id="timing", path=Path("timing.md"), title="Timing Check", description="",
                    difficulty=Difficulty.BEGINNER, duration=total, steps=tuple(steps))


def percentiles(values: list[float]) -> str:
    """p50 / p95 / max in milliseconds."""
    if not values:
        return "no samples"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (f"p50 {statistics.median(ordered) * 1000:7.2f} ms   p95 {p95 * 1000:7.2f} ms   "
            f"max {ordered[-1] * 1000:7.2f} ms   (n={len(ordered)})")


def run(minutes: float, speaker: Speaker) -> dict[str, list[float]]:
    """Play the plan once at real speed; the measured lists."""
    plan = compile_plan(long_exercise(minutes), None, PlanSettings(), speaker.measure)
    starts = [sum(s.seconds for s in plan.segments[:i]) for i in range(len(plan.segments))]
    clock = MonotonicClock()
    scheduler = ThreadScheduler(clock)
    finished = threading.Event()
    t0: list[float] = []
    drift: list[float] = []
    dispatch: list[float] = []
    current = [0]

    def emit(event: SessionEvent) -> None:
        now = clock.now()
        if event.type is EventType.SESSION_START:
            t0.append(now)
        elif event.type is EventType.SEGMENT:
            current[0] = event.payload.index
        elif event.type is EventType.SEGMENT_END:
            i = event.payload.index
            drift.append(now - t0[0] - (starts[i] + plan.segments[i].seconds))
        elif event.type is EventType.CUE:
            seg, start = plan.segments[current[0]], starts[current[0]]
            kind, text = event.payload.kind, event.payload.text
            due = start + seg.seconds - int(text) if kind == "count" else (
                start + seg.seconds / 2 if kind == "halfway" else start)
            dispatch.append(now - t0[0] - due)
        elif event.type is EventType.SESSION_END:
            finished.set()

    engine = Engine(plan, clock, scheduler, speaker, emit)
    print(f"plan: {len(plan.segments)} segments, {plan.total_seconds:.1f} s", flush=True)
    scheduler.call_later(0, engine.start)
    try:
        finished.wait(plan.total_seconds + 60)
    finally:
        scheduler.close()
    return {"drift": drift, "dispatch": dispatch,
            "playback": list(getattr(speaker, "latencies", []))}


def main() -> int:
    """Parse the options, run once, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="length of the plan (default 5)")
    parser.add_argument("--mute", action="store_true", help="captions only (no pyttsx3)")
    args, _ = parser.parse_known_args()
    with tempfile.TemporaryDirectory() as cache:
        speaker = make_speaker(muted=args.mute, cache_dir=Path(cache))
        kind = type(speaker).__name__
        if not args.mute and not speaker.available and getattr(speaker, "can_render", False):
            # no sound card: keep the real rendering, queue and player process, but let a
            # silent stand-in "play" each WAV for its length, so lateness is still measured
            speaker.close()
            speaker = make_speaker(muted=False, cache_dir=Path(cache), player=NULL_PLAYER)
            kind = f"{type(speaker).__name__} with a silent stand-in player (no sound card)"
        try:
            figures = run(args.minutes, speaker)
            problem = speaker.problem
        finally:
            speaker.close()
    drift = figures["drift"]
    print(f"speaker: {kind}" + (f" ({problem})" if problem else " (playing)"))
    print(f"segment-end drift      {percentiles([abs(d) for d in drift])}")
    if drift:
        print(f"end of session         {drift[-1] * 1000:+.2f} ms from plan "
              f"(mean drift {statistics.mean(drift) * 1000:+.2f} ms)")
    print(f"cue dispatch lateness  {percentiles(figures['dispatch'])}")
    if figures["playback"]:
        what = "playback start" if problem is None else "start of the (failing) player process"
        print(f"cue lateness to {what}: {percentiles(figures['playback'])}")
    else:
        print("cue playback lateness: not measured (no speech backend played anything)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

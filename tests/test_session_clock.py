"""Clocks and schedulers: the fake one for unit tests, and the real one measured against time."""

from __future__ import annotations

import threading
import time

import pytest
from session_support import exercise

from app.content.model import Step
from app.session.clock import FakeClock, FakeScheduler, MonotonicClock
from app.session.engine import Engine
from app.session.events import EventType, SessionEvent
from app.session.plan import PlanSettings, compile_plan
from app.speech.silent import SilentSpeaker
from app.terminal.scheduler import ThreadScheduler


def test_fake_scheduler_runs_calls_in_due_order_at_their_time() -> None:
    """advance() fires due calls in order, each with the clock set to its due time."""
    clock = FakeClock(0.0)
    scheduler = FakeScheduler(clock)
    seen: list[tuple[str, float]] = []
    scheduler.call_later(2.0, lambda: seen.append(("b", clock.now())))
    scheduler.call_later(1.0, lambda: seen.append(("a", clock.now())))
    cancelled = scheduler.call_later(1.5, lambda: seen.append(("x", clock.now())))
    scheduler.call_later(1.0, lambda: scheduler.call_later(0.25, lambda: seen.append(("c", clock.now()))))
    cancelled.cancel()
    scheduler.advance(1.9)
    assert seen == [("a", 1.0), ("c", 1.25)] and clock.now() == pytest.approx(1.9)
    scheduler.advance(0.1)
    assert seen[-1] == ("b", 2.0) and scheduler.pending() == 0


def test_thread_scheduler_fires_on_time_in_order() -> None:
    """The real scheduler runs calls in due order, each within a few ms of its due time."""
    clock = MonotonicClock()
    scheduler = ThreadScheduler(clock)
    try:
        done = threading.Event()
        late: list[tuple[int, float]] = []
        base = clock.now()
        for n, delay in enumerate([0.3, 0.1, 0.2, 0.05]):
            due = base + delay
            scheduler.call_later(delay, lambda n=n, due=due: late.append((n, clock.now() - due)))
        skipped = scheduler.call_later(0.15, lambda: late.append((99, 0.0)))
        skipped.cancel()
        scheduler.call_later(0.35, done.set)
        assert done.wait(5)
        assert [n for n, _ in late] == [3, 1, 2, 0]
        assert all(0 <= lateness < 0.05 for _, lateness in late), late
    finally:
        scheduler.close()


def test_thread_scheduler_survives_a_failing_call(capsys: pytest.CaptureFixture[str]) -> None:
    """An exception in one call is recorded and printed; later calls still run."""
    scheduler = ThreadScheduler()
    try:
        done = threading.Event()
        scheduler.call_later(0, lambda: 1 / 0)
        scheduler.call_later(0.01, done.set)
        assert done.wait(5)
        assert isinstance(scheduler.errors[0], ZeroDivisionError)
    finally:
        scheduler.close()
    assert "ZeroDivisionError" in capsys.readouterr().err


def test_real_clock_session_drift_over_a_few_seconds() -> None:
    """A short session on the real clock: every segment ends within 50 ms of plan (drift measured)."""
    ex = exercise(steps=(Step("One", seconds=1.2), Step("Two", seconds=1.3)), duration=2.5)
    settings = PlanSettings(get_ready=0.8, speech_margin=0.0, min_step=0.1)
    speaker = SilentSpeaker("t")
    plan = compile_plan(ex, None, settings, speaker.measure)
    clock = MonotonicClock()
    scheduler = ThreadScheduler(clock)
    ends: list[tuple[float, float]] = []  # (wall since start, planned end)
    finished = threading.Event()
    planned = [sum(s.seconds for s in plan.segments[: i + 1]) for i in range(len(plan.segments))]
    t0: list[float] = []

    def emit(event: SessionEvent) -> None:
        if event.type is EventType.SESSION_START:
            t0.append(clock.now())
        if event.type is EventType.SEGMENT_END:
            ends.append((clock.now() - t0[0], planned[event.payload.index]))
        if event.type is EventType.SESSION_END:
            finished.set()

    engine = Engine(plan, clock, scheduler, speaker, emit)
    try:
        scheduler.call_later(0, engine.start)
        assert finished.wait(plan.total_seconds + 5)
    finally:
        scheduler.close()
    drift = [wall - plan_end for wall, plan_end in ends]
    print(f"segment-end drift (ms): {[round(d * 1000, 2) for d in drift]}")
    assert len(drift) == len(plan.segments)
    assert all(-0.001 <= d < 0.05 for d in drift), drift


def test_monotonic_clock_moves_forward() -> None:
    """The real clock is monotonic seconds."""
    clock = MonotonicClock()
    a = clock.now()
    time.sleep(0.01)
    assert clock.now() - a >= 0.009

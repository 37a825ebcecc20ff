"""Time for the engine: a clock to read and a scheduler to be woken by.

The engine creates neither: whoever runs it passes them in. The terminal
player uses ``MonotonicClock`` and its ``ThreadScheduler`` (``app/terminal/
scheduler.py``: the core creates no thread); the Qt player a
scheduler built on a single-shot ``QTimer``; the unit tests ``FakeClock`` and
``FakeScheduler``, which move time by hand. The scheduler interface is one
method, ``call_later(delay, fn) -> handle`` with ``handle.cancel()``, so any
event loop can provide it.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Callable
from typing import Protocol


class Clock(Protocol):
    """Monotonic seconds (the origin does not matter)."""

    def now(self) -> float:
        """The current time."""
        ...


class Handle(Protocol):
    """A pending call that can be called off."""

    def cancel(self) -> None:
        """Do not call it (no effect once it has run)."""
        ...


class Scheduler(Protocol):
    """Runs a function once, ``delay`` seconds from now, on the scheduler's thread."""

    def call_later(self, delay: float, fn: Callable[[], None]) -> Handle:
        """Schedule ``fn``; a delay of 0 or less means as soon as possible."""
        ...


class Alarm:
    """One pending wake-up on a scheduler: setting it again replaces the one before.

    A replaced or cancelled wake-up never runs, even when the scheduler had
    already taken it off its queue: the check is made under ``lock``, the lock
    of whoever sets the alarm, so it cannot race a control on another thread.
    """

    def __init__(self, scheduler: Scheduler, lock: threading.RLock) -> None:
        self._scheduler, self._lock = scheduler, lock
        self._handle: Handle | None = None
        self._gen = 0

    def set(self, delay: float, fn: Callable[[], None]) -> None:
        """Run ``fn`` (under the lock) ``delay`` seconds from now, instead of any earlier wake-up."""
        self.cancel()
        gen = self._gen
        self._handle = self._scheduler.call_later(max(0.0, delay), lambda: self._fire(gen, fn))

    def cancel(self) -> None:
        """Call off the pending wake-up, if any."""
        self._gen += 1
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _fire(self, gen: int, fn: Callable[[], None]) -> None:
        with self._lock:
            if gen == self._gen:
                self._handle = None
                fn()


class MonotonicClock:
    """The real clock: ``time.monotonic``."""

    def now(self) -> float:
        """Monotonic seconds."""
        return time.monotonic()


class ScheduledCall:
    """A scheduled call, ordered by due time then by the order it was made."""

    __slots__ = ("cancelled", "due", "fn", "seq")

    def __init__(self, due: float, seq: int, fn: Callable[[], None]) -> None:
        self.due, self.seq, self.fn, self.cancelled = due, seq, fn, False

    def __lt__(self, other: ScheduledCall) -> bool:
        return (self.due, self.seq) < (other.due, other.seq)

    def cancel(self) -> None:
        self.cancelled = True


class FakeClock:
    """A clock that only moves when told to (unit tests)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start

    def now(self) -> float:
        """The current fake time."""
        return self.t


class FakeScheduler:
    """Runs scheduled calls when the test advances its ``FakeClock``."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self._heap: list[ScheduledCall] = []
        self._seq = itertools.count()

    def call_later(self, delay: float, fn: Callable[[], None]) -> ScheduledCall:
        """Schedule ``fn`` ``delay`` fake seconds from now."""
        call = ScheduledCall(self.clock.t + max(0.0, delay), next(self._seq), fn)
        heapq.heappush(self._heap, call)
        return call

    def pending(self) -> int:
        """How many calls wait (not cancelled)."""
        return sum(not c.cancelled for c in self._heap)

    def advance(self, dt: float) -> None:
        """Move time by ``dt``, running every call that falls due, in order, at its time."""
        end = self.clock.t + dt
        while True:
            while self._heap and self._heap[0].cancelled:
                heapq.heappop(self._heap)
            if not self._heap or self._heap[0].due > end:
                break
            call = heapq.heappop(self._heap)
            self.clock.t = max(self.clock.t, call.due)
            call.fn()
        self.clock.t = end

    def run_until(self, predicate: Callable[[], bool], limit: float = 100_000.0) -> None:
        """Advance from call to call until ``predicate()`` holds or ``limit`` fake seconds pass."""
        stop = self.clock.t + limit
        while not predicate() and self.clock.t < stop:
            while self._heap and self._heap[0].cancelled:
                heapq.heappop(self._heap)
            if not self._heap:
                break
            self.advance(max(0.0, min(self._heap[0].due, stop) - self.clock.t))

"""The engine's one pending wake-up, which also notices when the machine stood still.

The engine sleeps until its next deadline (a cue's time, the segment's end), but
never longer than ``HEARTBEAT`` wall seconds while running. So when a wake-up
comes more than ``stall_after`` seconds late, the process or the machine was
stopped (SIGSTOP, a freeze, a debugger): ``stalled_since()`` says since when,
and the engine pauses the session as of then instead of racing through the
steps it missed (issue 8). A stop that lands while the engine is awake (handling
a wake-up, writing its events) is seen the same way: ``stood_still_since`` tells
the engine, before it sets the next wake-up, that its own turn took too long.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.session.clock import Alarm, Scheduler

STALL_SECONDS = 3.0  # wall seconds: a wake-up later than this means the machine stood still
HEARTBEAT = 1.0  # wall seconds: the longest the engine sleeps while running


class WakeUp:
    """An ``Alarm`` with a heartbeat and the time it is due, to tell a stall from a wake-up."""

    def __init__(self, scheduler: Scheduler, lock: threading.RLock, now: Callable[[], float]) -> None:
        self._alarm = Alarm(scheduler, lock)
        self._now = now
        self.due: float | None = None  # wall time of the pending wake-up
        self.stall_after = STALL_SECONDS

    def set(self, delay: float, fn: Callable[[], None], now: float | None = None) -> None:
        """Run ``fn`` in ``delay`` wall seconds, or sooner, at the next heartbeat.

        ``now`` is when the caller started working the delay out: the wake-up is due
        from then, so a stop that lands while it does is still seen as one.
        """
        delay = min(HEARTBEAT, max(0.0, delay))
        self.due = (self._now() if now is None else now) + delay
        self._alarm.set(delay, fn)

    def cancel(self) -> None:
        """Call off the pending wake-up."""
        self.due = None
        self._alarm.cancel()

    def now(self) -> float:
        """The wall clock the wake-ups are timed on."""
        return self._now()

    def stood_still_since(self, began: float) -> float | None:
        """``began`` if more than ``stall_after`` seconds have passed since: stopped while awake."""
        return began if self._now() - began > self.stall_after else None

    def stalled_since(self) -> float | None:
        """When the wake-up being run was due, if it comes too late to be a busy machine's."""
        if self.due is not None and self._now() - self.due > self.stall_after:
            return self.due
        return None

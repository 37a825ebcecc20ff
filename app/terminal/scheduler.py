"""The terminal player's scheduler: one worker thread that runs calls at their due time.

It lives at the edge, with the player that needs it: the session core itself
creates no thread (``app/session/clock.py`` has the protocol and the fakes).
"""

from __future__ import annotations

import heapq
import itertools
import sys
import threading
import time
import traceback
from collections.abc import Callable

from app.session.clock import Clock, MonotonicClock, ScheduledCall


class ThreadScheduler:
    """One worker thread that runs calls at their due monotonic time, in order.

    ``call_later`` may be called from any thread; every call runs on the
    worker, so code driven only through it needs no lock. The wait is a
    condition wait to 1.5 ms before the due time, then a short spin, which keeps
    lateness well under a millisecond on an idle machine.
    """

    SPIN = 0.0015

    def __init__(self, clock: Clock | None = None, name: str = "spotter-scheduler") -> None:
        self._clock = clock or MonotonicClock()
        self._heap: list[ScheduledCall] = []
        self._seq = itertools.count()
        self._cond = threading.Condition()
        self._closed = False
        self.errors: list[BaseException] = []
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def call_later(self, delay: float, fn: Callable[[], None]) -> ScheduledCall:
        """Schedule ``fn`` ``delay`` seconds from now."""
        call = ScheduledCall(self._clock.now() + max(0.0, delay), next(self._seq), fn)
        with self._cond:
            heapq.heappush(self._heap, call)
            self._cond.notify()
        return call

    def close(self, timeout: float = 2.0) -> None:
        """Stop the worker (pending calls are dropped) and wait for it."""
        with self._cond:
            self._closed = True
            self._cond.notify()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._closed:
                    while self._heap and self._heap[0].cancelled:
                        heapq.heappop(self._heap)
                    if not self._heap:
                        self._cond.wait()
                        continue
                    wait = self._heap[0].due - self._clock.now()
                    if wait <= 0:
                        break
                    if wait > self.SPIN:
                        self._cond.wait(wait - self.SPIN)
                    else:
                        self._cond.release()
                        try:
                            time.sleep(0)
                        finally:
                            self._cond.acquire()
                if self._closed:
                    return
                call = heapq.heappop(self._heap)
            if call.cancelled:
                continue
            try:
                call.fn()
            except Exception as exc:  # noqa: BLE001 - a bug in a callback must not stop the clock
                self.errors.append(exc)
                traceback.print_exc(file=sys.stderr)

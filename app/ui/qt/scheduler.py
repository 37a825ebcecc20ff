"""The session engine's scheduler on the Qt event loop.

The engine asks for ``call_later(delay, fn) -> handle``; here each call is a
precise single-shot QTimer owned by the GUI thread, so everything the engine
does on a timer runs on the GUI thread and may emit straight to widgets. A
call from another thread (the speech worker) is first posted to the GUI
thread, and its timer starts there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

from app.ui.qt.invoker import MainThreadInvoker


class QtCall:
    """A pending call; ``cancel`` stops it (no effect once it has run)."""

    __slots__ = ("_scheduler", "cancelled", "done", "timer")

    def __init__(self, scheduler: QtScheduler) -> None:
        self._scheduler = scheduler
        self.timer: QTimer | None = None
        self.cancelled = False
        self.done = False

    def cancel(self) -> None:
        """Do not run it. Called on the GUI thread (engine controls run there)."""
        self.cancelled = True
        if self.timer is not None:
            self._scheduler._release(self.timer)
            self.timer = None


class QtScheduler(QObject):
    """``call_later`` on precise QTimers in the thread that owns this object.

    Timers are kept in a pool and reused, never deleted while the scheduler
    lives: deleting a timer from inside its own timeout (or one with a deletion
    already queued) is a classic way to crash Qt.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._invoker = MainThreadInvoker(self)
        self._owner = threading.get_ident()
        self._idle: list[QTimer] = []
        self._armed: dict[QTimer, tuple[QtCall, Callable[[], None]]] = {}

    def call_later(self, delay: float, fn: Callable[[], None]) -> QtCall:
        """Run ``fn`` on the GUI thread ``delay`` seconds from now."""
        call = QtCall(self)
        if threading.get_ident() == self._owner:
            self._arm(call, delay, fn)
        else:
            self._invoker.post(lambda: self._arm(call, delay, fn))
        return call

    def _arm(self, call: QtCall, delay: float, fn: Callable[[], None]) -> None:
        if call.cancelled:
            return
        if self._idle:
            timer = self._idle.pop()
        else:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.timeout.connect(lambda t=timer: self._fire(t))
        call.timer = timer
        self._armed[timer] = (call, fn)
        timer.start(max(0, round(delay * 1000)))

    def _release(self, timer: QTimer) -> None:
        timer.stop()
        if self._armed.pop(timer, None) is not None:
            self._idle.append(timer)

    def _fire(self, timer: QTimer) -> None:
        armed = self._armed.get(timer)
        if armed is None:
            return
        call, fn = armed
        self._release(timer)
        call.timer = None
        if call.cancelled:
            return
        call.done = True
        fn()

    def pending(self) -> int:
        """How many calls are waiting."""
        return len(self._armed)

    def close(self) -> None:
        """Cancel every pending call (the session is over)."""
        for call, _fn in list(self._armed.values()):
            call.cancel()

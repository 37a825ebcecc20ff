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

from app.ui.invoker import MainThreadInvoker


class QtCall:
    """A pending call; ``cancel`` stops it (no effect once it has run)."""

    __slots__ = ("timer", "cancelled", "done")

    def __init__(self) -> None:
        self.timer: QTimer | None = None
        self.cancelled = False
        self.done = False

    def cancel(self) -> None:
        """Do not run it. Called on the GUI thread (engine controls run there)."""
        self.cancelled = True
        if self.timer is not None:
            self.timer.stop()
            self.timer.deleteLater()
            self.timer = None


class QtScheduler(QObject):
    """``call_later`` on precise QTimers in the thread that owns this object."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._invoker = MainThreadInvoker(self)
        self._owner = threading.get_ident()
        self._pending: set[QtCall] = set()

    def call_later(self, delay: float, fn: Callable[[], None]) -> QtCall:
        """Run ``fn`` on the GUI thread ``delay`` seconds from now."""
        call = QtCall()
        if threading.get_ident() == self._owner:
            self._arm(call, delay, fn)
        else:
            self._invoker.post(lambda: self._arm(call, delay, fn))
        return call

    def _arm(self, call: QtCall, delay: float, fn: Callable[[], None]) -> None:
        if call.cancelled:
            return
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(lambda: self._fire(call, fn))
        call.timer = timer
        self._pending.add(call)
        timer.start(max(0, round(delay * 1000)))

    def _fire(self, call: QtCall, fn: Callable[[], None]) -> None:
        self._pending.discard(call)
        if call.timer is not None:
            call.timer.deleteLater()
            call.timer = None
        if call.cancelled:
            return
        call.done = True
        fn()

    def pending(self) -> int:
        """How many calls are waiting."""
        return sum(not c.cancelled for c in self._pending)

    def close(self) -> None:
        """Cancel every pending call (the session is over)."""
        for call in list(self._pending):
            call.cancel()
        self._pending.clear()

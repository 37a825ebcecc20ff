"""One running session in the GUI: plan, engine, Qt scheduler, speech and history.

``app.prepare.prepare`` (the one front door, shared with the terminal player)
runs on the disk thread: starting the speech engine and measuring every cue
(rendering speech) takes time the GUI must not wait for. The
``SessionRunner`` then lives on the GUI thread: the engine is woken by QTimers
there, and its events are posted through the invoker, so widgets and the
history recorder see them in order whatever thread emitted them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.history.summary import SessionSummary
from app.prepare import Prepared
from app.session.controls import Control
from app.session.events import EventType, SessionEvent
from app.speech.muting import let_finish
from app.ui.qt.invoker import MainThreadInvoker
from app.ui.qt.scheduler import QtScheduler

TICK_MS = 100


class SessionRunner(QObject):
    """Drives an ``Engine`` on the Qt event loop and reports in Qt signals."""

    event = Signal(object)  # SessionEvent
    tick = Signal(object)  # engine Snapshot, 10 times a second and after every event
    ended = Signal(object)  # SessionSummary

    def __init__(self, prepared: Prepared, speed: float, record: Callable[[SessionEvent], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        from app.session.clock import MonotonicClock
        from app.session.engine import Engine

        self.plan = prepared.plan
        self.speaker = prepared.speaker
        self._start_at = prepared.start_at
        self.summary = SessionSummary()
        self._record = record
        self._invoker = MainThreadInvoker(self)
        self.scheduler = QtScheduler(self)
        self.engine = Engine(self.plan, MonotonicClock(), self.scheduler, self.speaker, self._emit, speed)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.finished = False

    def start(self, at_index: int | None = None) -> None:
        """Begin (at the prepared resume point, or at segment ``at_index``)."""
        self._timer.start()
        self.engine.start(self._start_at if at_index is None else at_index)

    def _emit(self, event: SessionEvent) -> None:
        # called by the engine under its lock, possibly from another thread: post, never draw here
        self._invoker.post(lambda: self._deliver(event))

    def _deliver(self, event: SessionEvent) -> None:
        self._record(event)
        self.summary.add(event)
        self.event.emit(event)
        self._tick()
        if event.type is EventType.SESSION_END:
            self.finished = True
            self._timer.stop()
            self.ended.emit(self.summary)

    def _tick(self) -> None:
        self.tick.emit(self.engine.snapshot())

    def control(self, control: Control) -> bool:
        """Apply one control of the shared vocabulary; True when it did something."""
        if self.finished:
            return False
        changed = self.engine.control(control)
        self._tick()
        return changed

    def toggle_mute(self) -> bool:
        """Mute or unmute the voice; returns True when now muted."""
        return self.speaker.toggle()

    def flush(self) -> None:
        """Deliver the engine events still queued for the GUI thread (before closing)."""
        QCoreApplication.sendPostedEvents(self._invoker)

    def close(self, run: Callable[[Callable[[], None]], object] | None = None) -> None:
        """Stop timers and release the speaker (``run`` moves the slow close off the GUI thread)."""
        self._timer.stop()
        self.scheduler.close()
        speaker, last_words = self.speaker, self.engine.stopped_for_pain

        def close() -> None:
            if last_words:  # the safety word is heard to its end
                let_finish(speaker)
            speaker.close()

        if run is not None:
            run(close)
        else:
            close()

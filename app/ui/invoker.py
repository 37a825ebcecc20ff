"""Hand work to the GUI thread, and run disk work off it.

Engine events can come from a timer, the speech worker or a history thread;
widgets may only be touched on the GUI thread. ``MainThreadInvoker.post``
queues a callable through a queued signal, so it always runs on the thread
that owns the invoker (the GUI thread). ``Background`` runs a job on one
worker thread (disk work stays in order) and posts its result back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)


class MainThreadInvoker(QObject):
    """Runs callables on the thread that created it, whoever calls ``post``."""

    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[[], Any]) -> None:
        """Queue ``fn`` for the owner thread; safe from any thread."""
        self._posted.emit(fn)

    def wrap(self, fn: Callable[..., Any]) -> Callable[..., None]:
        """A function that, called from anywhere, runs ``fn(*args)`` on the owner thread."""

        def posted(*args: Any) -> None:
            self.post(lambda: fn(*args))

        return posted

    @Slot(object)
    def _run(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except Exception:  # a bad callback must not take the event loop down
            log.exception("error in a callback posted to the GUI thread")


class Background(QObject):
    """One worker thread for disk work; results come back on the GUI thread.

    A single thread keeps writes in the order they were asked for, which the
    history store relies on (a segment's end after its start).
    """

    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._invoker = MainThreadInvoker(self)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spotter-disk")

    def run(
        self,
        job: Callable[[], Any],
        done: Callable[[Any], Any] | None = None,
        error: Callable[[BaseException], Any] | None = None,
    ) -> Future[Any]:
        """Run ``job`` off the GUI thread; call ``done(result)`` or ``error(exc)`` on it."""

        def finished(future: Future[Any]) -> None:
            exc = future.exception()
            if exc is not None:
                log.error("background job failed", exc_info=exc)
                if error is not None:
                    self._invoker.post(lambda: error(exc))
                else:
                    self._invoker.post(lambda: self.failed.emit(str(exc)))
            elif done is not None:
                result = future.result()
                self._invoker.post(lambda: done(result))

        future = self._pool.submit(job)
        future.add_done_callback(finished)
        return future

    def shutdown(self) -> None:
        """Finish queued jobs and stop the thread (at exit, so nothing is lost)."""
        self._pool.shutdown(wait=True)

"""Hand work to the GUI thread, and run disk work off it.

Engine events can come from a timer, the speech worker or a history thread;
widgets may only be touched on the GUI thread. ``MainThreadInvoker.post``
queues a callable through a queued signal, so it always runs on the thread
that owns the invoker (the GUI thread). ``Background`` runs a job on one
worker thread (disk work stays in order) and posts its result back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

if TYPE_CHECKING:
    import queue

log = logging.getLogger(__name__)
T = TypeVar("T")


class MainThreadInvoker(QObject):
    """Runs callables on the thread that created it, whoever calls ``post``."""

    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[[], object]) -> None:
        """Queue ``fn`` for the owner thread; safe from any thread."""
        self._posted.emit(fn)

    def wrap(self, fn: Callable[..., object]) -> Callable[..., None]:
        """A function that, called from anywhere, runs ``fn(*args)`` on the owner thread."""

        def posted(*args: object) -> None:
            self.post(lambda: fn(*args))

        return posted

    @Slot(object)
    def _run(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception:  # a bad callback must not take the event loop down
            log.exception("error in a callback posted to the GUI thread")


class Background(QObject):
    """One worker thread for disk work; results come back on the GUI thread.

    A single thread keeps writes in the order they were asked for, which the
    history store relies on (a segment's end after its start), and keeps the
    SQLite connection on the thread that opened it. (A plain thread and queue:
    ``concurrent.futures`` would add its import to every start-up; the queue and
    the thread are made with the first job, which a start-up usually never asks for.)
    """

    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._invoker = MainThreadInvoker(self)
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def run(
        self,
        job: Callable[[], T],
        done: Callable[[T], object] | None = None,
        error: Callable[[BaseException], object] | None = None,
    ) -> None:
        """Run ``job`` off the GUI thread; call ``done(result)`` or ``error(exc)`` on it."""

        def task() -> None:
            try:
                result = job()
            except Exception as exc:  # reported on the GUI thread, never lost
                log.error("background job failed", exc_info=exc)
                self._post(partial(error, exc) if error is not None else partial(self.failed.emit, str(exc)))
                return
            if done is not None:
                self._post(partial(done, result))

        with self._lock:
            if self._thread is None or self._jobs is None:
                import queue

                self._jobs = queue.SimpleQueue()
                self._thread = threading.Thread(target=self._work, args=(self._jobs,),
                                                name="spotter-disk", daemon=True)
                self._thread.start()
            self._jobs.put(task)

    @staticmethod
    def _work(jobs: queue.SimpleQueue[Callable[[], None] | None]) -> None:
        while (task := jobs.get()) is not None:
            task()

    def _post(self, fn: Callable[[], object]) -> None:
        try:
            self._invoker.post(fn)
        except RuntimeError:  # the app is gone (its invoker deleted): nobody is waiting
            log.debug("result dropped: the GUI has closed")

    def shutdown(self, timeout: float = 10.0) -> None:
        """Finish queued jobs and stop the thread (at exit, so no history write is lost)."""
        with self._lock:
            thread, self._thread = self._thread, None
            jobs = self._jobs
        if thread is not None and jobs is not None:
            jobs.put(None)
            thread.join(timeout)

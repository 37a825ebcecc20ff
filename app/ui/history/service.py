"""The history store, used only on the disk thread, with answers on the GUI thread.

``HistoryStore`` is not thread-safe and SQLite connections belong to the thread
that opened them, so the store is opened lazily on ``Background``'s single
worker thread and every call goes there. Results, and the store's notices
("the history file was damaged and restored from a backup", ...), come back
on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from app.i18n import said_in
from app.paths import Paths
from app.session.events import EventType, SessionEvent
from app.ui.qt.invoker import Background
from app.ui.qt.translation import current_language

if TYPE_CHECKING:  # imported for real on the disk thread only: start-up stays light
    from app.history.recorder import SessionRecorder
    from app.history.store import HistoryStore

T = TypeVar("T")


class HistoryService(QObject):
    """Runs ``fn(store)`` off the GUI thread; records sessions event by event."""

    notice = Signal(str)  # one sentence for the user
    changed = Signal()  # a session was written, changed or deleted
    recorded = Signal(int)  # a session's id, once its first write went through
    kept = Signal(str)  # the file holding a finished session the history could not take

    def __init__(self, paths: Paths, background: Background, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._background = background
        self._store: HistoryStore | None = None  # touched only on the disk thread
        self._recorder: SessionRecorder | None = None  # likewise
        self.last_session_id: int | None = None  # GUI thread: the session recorded last
        self.kept_at: str | None = None  # GUI thread: where the last session waits, if not saved

    def _open(self) -> HistoryStore:
        if self._store is None:
            from app.history.store import HistoryStore

            self._store = HistoryStore.open(self._paths)
        return self._store

    def call(self, fn: Callable[[HistoryStore], T], done: Callable[[T], object] | None = None,
             error: Callable[[BaseException], object] | None = None) -> None:
        """Run ``fn(store)`` on the disk thread; ``done(result)`` comes back on the GUI thread."""

        def job() -> tuple[T, list[str]]:
            store = self._open()
            return fn(store), store.take_notices()

        def finished(answer: tuple[T, list[str]]) -> None:
            result, notices = answer
            for text in notices:  # said in the interface's language before crossing the signal
                self.notice.emit(said_in(current_language(), text))
            if done is not None:
                done(result)

        self._background.run(job, finished, error or (
            lambda exc: self.notice.emit(said_in(current_language(), exc))))

    # -- recording a session ------------------------------------------------------------------
    def begin(self, resume_id: int | None = None) -> None:
        """Start recording a new session (or continue the interrupted ``resume_id``)."""

        self.last_session_id = None
        self.kept_at = None

        def make(store: HistoryStore) -> None:
            if self._recorder is not None:
                self._recorder.close()
            self._recorder = store.recorder(resume_id)

        self.call(make)

    def record(self, event: SessionEvent) -> None:
        """Write one engine event (in order, on the disk thread)."""

        def write(_store: HistoryStore) -> tuple[int | None, bool, str | None]:
            recorder = self._recorder
            if recorder is None:
                return None, False, None
            recorder.handle(event)
            ended = event.type is EventType.SESSION_END
            sid = recorder.session_id
            kept = None
            if ended:
                recorder.close()  # what the history refuses goes to a file, or stays retried
                kept = str(recorder.kept_at) if recorder.kept_at else None
                self._recorder = None
            return sid, ended, kept

        def written(answer: tuple[int | None, bool, str | None]) -> None:
            sid, ended, kept = answer
            if sid is not None and sid != self.last_session_id:
                self.last_session_id = sid
                self.recorded.emit(sid)
            if kept:
                self.kept_at = kept
                self.kept.emit(kept)
            if ended:
                self.changed.emit()

        self.call(write, written)

    def end(self) -> None:
        """Close a recorder left open (the app closes mid-session: it becomes interrupted)."""

        def close(_store: HistoryStore) -> None:
            if self._recorder is not None:
                self._recorder.close()
                self._recorder = None

        self.call(close)

    def close(self) -> None:
        """Close the store (queued after every pending write)."""

        def close(store: HistoryStore) -> None:
            if self._recorder is not None:
                self._recorder.close()
                self._recorder = None
            store.close()
            self._store = None

        self._background.run(lambda: close(self._open()) if self._store is not None else None)

"""The player page: prepares a session, runs it in the PlayerView, ends on the EndScreen.

Esc asks before stopping (the session pauses while the question is open). F11
toggles full screen. The session is recorded in history event by event; the
end screen's rating and notes are added to the same session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget, QWidget

from app.session.events import EventType, SessionEvent
from app.speech.beeps import Beeper
from app.ui.desktop.session_bridge import DesktopSession
from app.ui.player.end_screen import EndScreen
from app.ui.player.view import PlayerView
from app.ui.player.runner import Prepared, SessionRunner, prepare


class PlayerPage(QStackedWidget):
    """Player and end screen for one session at a time."""

    finished = Signal()  # the user wants to see the history
    leave = Signal()  # back to the library
    session_ended = Signal(object)  # SessionSummary

    def __init__(self, app: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.view = PlayerView(self)
        self.end = EndScreen(self)
        self.preparing = QLabel(self.tr("Getting ready…"), self)
        self.preparing.setObjectName("pageTitle")
        for widget in (self.preparing, self.view, self.end):
            self.addWidget(widget)
        self.runner: SessionRunner | None = None
        self.session_id: int | None = None
        self.confirm: QMessageBox | None = None
        self.beeper = Beeper(app.ctx.paths.speech_cache, app.background.run)
        self.view.control.connect(self.control)
        # keep-awake and MPRIS (media keys, headset buttons, phone remotes) while a session runs
        self.desktop = DesktopSession(self._remote, self._paused, self.window, self,
                                      bus=getattr(app, "dbus", None))
        self._title = ""
        self.end.save_requested.connect(self._save_feedback)
        self.end.leave.connect(self.leave)
        self.end.show_history.connect(self.finished)

    @property
    def running(self) -> bool:
        """True while a session is being played."""
        return self.runner is not None and not self.runner.finished

    def start(self, source_id: str, modification: str | None = None, resume: Any = None) -> bool:
        """Prepare and play an exercise or workout; False if ``source_id`` is unknown."""
        library = self._app.library
        source = library.exercise(source_id) or library.workout(source_id) if library else None
        if source is None:
            return False
        if self.running:
            QMessageBox.information(self, self.tr("A session is running"),
                                    self.tr("Stop the current session (Esc) before starting another."))
            return True
        self._close_runner()
        is_exercise = source_id in library.exercises
        if resume is not None:
            mods: dict[int, str | None] | None = dict(resume.modifications)
        else:
            mods = {0: modification} if is_exercise and modification else None
        self.session_id = None
        self._title = source.title
        self.preparing.setText(self.tr("Getting ready: %s…") % source.title)
        self.setCurrentWidget(self.preparing)
        self._app.background.run(
            lambda: prepare(self._app.ctx, self._app.prefs, source, library.exercises, mods),
            lambda prepared: self._prepared(prepared, resume),
            self._failed)
        return True

    def _prepared(self, prepared: Prepared, resume: Any) -> None:
        history = self._app.history
        history.begin(resume.id if resume is not None else None)
        runner = SessionRunner(prepared, self._app.ctx.speed, history.record, self)
        runner.event.connect(self._event)
        runner.tick.connect(self.view.show_snapshot)
        runner.ended.connect(self._ended)
        runner.tick.connect(self.desktop.show)
        self.runner = runner
        self.desktop.begin(self._title)
        self.view.show_muted(runner.speaker.muted)
        self.view.caption.setText(prepared.speaker.problem or "")
        self.setCurrentWidget(self.view)
        runner.start(resume.resume_index if resume is not None else 0)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Cannot start"), self.tr("This session cannot start: %s") % exc)
        self.leave.emit()

    def _event(self, event: SessionEvent) -> None:
        if event.type is EventType.CUE:
            self.view.show_caption(str(event.data.get("text", "")))
            muted = self.runner is not None and self.runner.speaker.muted
            if event.data.get("kind") == "count" and self._app.prefs.beeps and not muted:
                self.beeper.beep()

    def control(self, name: str) -> None:
        """A control from the view (button or key)."""
        runner = self.runner
        if runner is None or runner.finished:
            return
        if name == "mute":
            self.view.show_muted(runner.toggle_mute())
        elif name == "fullscreen":
            window = self.window()
            window.showNormal() if window.isFullScreen() else window.showFullScreen()
        elif name == "stop":
            self.ask_stop()
        else:
            runner.control(name)

    def _paused(self) -> bool:
        return self.runner is not None and self.runner.engine.snapshot().paused

    def _remote(self, name: str) -> None:
        """A control from MPRIS: a remote's Stop stops at once (no question on a screen far away)."""
        if name == "stop" and self.running:
            self.runner.control("stop")
        else:
            self.control(name)

    def ask_stop(self) -> QMessageBox:
        """Ask before stopping; the session waits, paused, for the answer."""
        runner = self.runner
        assert runner is not None
        was_running = runner.control("pause") if not runner.engine.snapshot().paused else False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Stop the session?"),
                          self.tr("Stop now? What you did so far is kept in your history."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Stop"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep going"))

        def answered(result: int) -> None:
            self.confirm = None
            if result == QMessageBox.StandardButton.Yes:
                runner.control("stop")
            elif was_running:
                runner.control("pause")  # toggles back to running

        box.finished.connect(answered)
        self.confirm = box
        box.open()
        return box

    def _ended(self, summary: Any) -> None:
        self.desktop.end()
        if self.window().isFullScreen():
            self.window().showNormal()
        self.end.show_summary(summary)
        self.setCurrentWidget(self.end)
        self.session_ended.emit(summary)
        if self.runner is not None:
            self.runner.close(self._app.background.run)

    def _save_feedback(self, rpe: int, notes: str) -> None:
        history = self._app.history
        sid = history.last_session_id
        if sid is None:
            self.end.saved(False, self.tr("the session was not recorded"))
            return
        history.call(lambda store: store.set_feedback(sid, rpe or None, notes or None),
                     lambda ok: self.end.saved(bool(ok), self.tr("the history file cannot be written")),
                     lambda exc: self.end.saved(False, str(exc)))

    def _close_runner(self) -> None:
        if self.runner is not None:
            self.runner.close(self._app.background.run)
            self.runner.deleteLater()
            self.runner = None

    def close_session(self) -> None:
        """The app is closing: an unfinished session is left interrupted, to be resumed."""
        if self.confirm is not None:
            self.confirm.done(QMessageBox.StandardButton.No)
        if self.running:
            self.runner.flush()  # every event the engine sent reaches history first
            self._app.history.end()
        self.desktop.end()
        self._close_runner()

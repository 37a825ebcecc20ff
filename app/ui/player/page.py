"""The player page: prepares a session, runs it in the PlayerView, ends on the EndScreen.

Esc asks before stopping (the session pauses while the question is open). F11
toggles full screen. The session is recorded in history event by event; the
end screen's rating and notes are added to the same session.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget, QWidget

from app.history.summary import SessionSummary
from app.i18n import said_in
from app.prepare import Prepared, prepare
from app.session.controls import Control
from app.session.cues import CueKind
from app.session.events import CueSaid, Pain, Paused, SegmentStart, SessionEvent
from app.session.plan import SegmentKind
from app.speech.beeps import Beeper
from app.ui.desktop.session_bridge import DesktopSession
from app.ui.desktop.voice import VoiceCommands
from app.ui.player.end_screen import EndScreen
from app.ui.player.runner import SessionRunner
from app.ui.player.view import PlayerView
from app.ui.qt.translation import current_language

if TYPE_CHECKING:  # types only, free at start-up
    from app.content.model import Library
    from app.context import Context
    from app.history.records import InterruptedSession, SessionRecord
    from app.preferences import Preferences
    from app.session.snapshot import Snapshot
    from app.ui.history.service import HistoryService
    from app.ui.qt.invoker import Background
    from app.ui.settings.store import Settings


class PlayerHost(Protocol):
    """What the player page uses of the app (``SpotterApp`` is one), and nothing more."""

    @property
    def ctx(self) -> Context: ...  # data paths and speed
    @property
    def library(self) -> Library | None: ...  # read again when content changes
    prefs: Preferences  # changed by the Settings page, and by the player's voice switch
    settings: Settings  # where the player saves that switch
    @property
    def background(self) -> Background: ...
    @property
    def history(self) -> HistoryService: ...


class PlayerPage(QStackedWidget):
    """Player and end screen for one session at a time."""

    finished = Signal()  # the user wants to see the history
    leave = Signal()  # back to the library
    session_ended = Signal(object)  # SessionSummary

    def __init__(self, app: PlayerHost, parent: QWidget | None = None) -> None:
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
        self._safety_text = ""
        self.beeper = Beeper(app.ctx.paths.speech_cache, app.background.run)
        self.view.control.connect(self.control)
        # keep-awake and MPRIS (media keys, headset buttons, phone remotes) while a session runs
        self.desktop = DesktopSession(self._remote, self.window, self, bus=getattr(app, "dbus", None))
        # offline voice commands (off by default; Settings or the player's Voice button, V)
        self.voice = VoiceCommands(lambda: self.runner is not None and self.runner.speaker.busy(), self)
        self.voice.heard.connect(self._heard)
        self.voice.problem.connect(self.view.show_heard)
        self._title = ""
        layout = os.environ.get("SPOTTER_LAYOUT")
        self._layout_file: Path | None = Path(layout) if layout else None
        self._layout_done = False
        self.end.save_requested.connect(self._save_feedback)
        self.end.leave.connect(self.leave)
        self.end.show_history.connect(self.finished)

    @property
    def running(self) -> bool:
        """True while a session is being played."""
        return self.runner is not None and not self.runner.finished

    def start(self, source_id: str, modification: str | None = None,
              resume: InterruptedSession | None = None) -> bool:
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
        self.session_id = None
        self._title = source.title
        self.preparing.setText(self.tr("Getting ready: %s…") % source.title)
        self.setCurrentWidget(self.preparing)
        speech_off = QCoreApplication.translate("SessionRunner", "Speech is off: %s")

        def make(earlier: SessionRecord | None) -> None:
            self._app.background.run(
                lambda: prepare(self._app.ctx, self._app.prefs, source, library.exercises,
                                modification=modification, resume=resume, speech_off=speech_off),
                lambda prepared: self._prepared(prepared, resume, earlier),
                self._failed)

        if resume is None:
            make(None)
        else:  # what the earlier runs did, so the end screen sums the whole session
            self._app.history.call(lambda store: store.session(resume.id), make, lambda _exc: make(None))
        return True

    def _prepared(self, prepared: Prepared, resume: InterruptedSession | None,
                  earlier: SessionRecord | None = None) -> None:
        history = self._app.history
        if not getattr(self, "_kept_shown", False):  # once: the service outlives sessions
            history.kept.connect(self.end.kept_elsewhere)
            self._kept_shown = True
        history.begin(resume.id if resume is not None else None)
        runner = SessionRunner(prepared, self._app.ctx.speed, history.record, self)
        if earlier is not None:
            runner.summary = SessionSummary.resumed(earlier)
        runner.event.connect(self._event)
        runner.tick.connect(self._show)
        runner.ended.connect(self._ended)
        runner.tick.connect(self.desktop.show)
        self.runner = runner
        self.desktop.begin(self._title)
        if getattr(self._app.prefs, "voice_commands", False):
            self._listen(True)
        prefs = self._app.prefs
        self.view.motion.speed = self._app.ctx.speed
        self.view.motion.reduce = bool(getattr(prefs, "reduce_motion", False))
        self.view.stage.text_scale = getattr(prefs, "text_size", 100) / 100
        self.view.size_type()
        self.view.stage.arrange()
        self.view.show_muted(runner.speaker.muted)
        self.view.caption.clear()
        self.view.show_speech(prepared.speaker.problem)
        self.setCurrentWidget(self.view)
        runner.start()

    def _show(self, snap: Snapshot) -> None:
        """Draw a snapshot, and whether the exercise has an easier and a harder form."""
        if self.runner is not None:
            self.view.motion.plan = self.runner.engine.plan
        self.view.show_snapshot(snap)
        self._layout_report(snap)
        self.view.show_levels(*self._level_reasons(snap))

    def _level_reasons(self, snap: Snapshot) -> tuple[str | None, str | None]:
        """Why Easier and Harder cannot be used now (None where they can)."""
        from app.session.switching import ladder

        seg = snap.segment
        k = seg.exercise_index if seg is not None else None
        if k is None or self.runner is None:
            why = self.tr("No exercise is under way: the level can be changed during one.")
            return why, why
        exercise = self.runner.engine.plan.exercises[k].exercise
        rungs = ladder(exercise)
        pos = rungs.index(snap.modification) if snap.modification in rungs else rungs.index(None)
        title = exercise.title
        easier = harder = None
        if pos == 0:
            easier = (self.tr("%s has no easier form.") % title if rungs[0] is None
                      else self.tr("This is already the easiest form of %s.") % title)
        if pos == len(rungs) - 1:
            harder = (self.tr("%s has no harder form.") % title if rungs[-1] is None
                      else self.tr("This is already the hardest form of %s.") % title)
        return easier, harder

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Cannot start"), self.tr("This session cannot start: %s") % exc)
        self.leave.emit()

    def _event(self, event: SessionEvent) -> None:
        cue = event.payload
        if isinstance(cue, Pain) and cue.action == "ended" and self.runner is not None:
            self._safety_text = self._safety_words(cue.exercise_index)
            self.view.show_safety(self._safety_text)
        elif isinstance(cue, Paused) and cue.reason == "pain":
            self.ask_go_on()
        elif isinstance(cue, SegmentStart) and cue.kind is SegmentKind.STEP:
            self.view.show_safety(None)
        if isinstance(cue, CueSaid):
            self.view.show_caption(cue.text)
            if self.runner is not None:  # a player that fails mid-session turns speech off too
                self.view.show_speech(self.runner.speaker.problem)
            muted = self.runner is not None and self.runner.speaker.muted
            if cue.kind is CueKind.COUNT and self._app.prefs.beeps and not muted:
                self.beeper.beep()

    def control(self, name: str) -> None:
        """A control from the view (button or key)."""
        runner = self.runner
        if runner is None or runner.finished:
            return
        if name == "mute":
            self.view.show_muted(runner.toggle_mute())
        elif name == "voice":
            self._listen(not self.voice.listening, save=True)
        elif name == "fullscreen":
            window = self.window()
            window.showNormal() if window.isFullScreen() else window.showFullScreen()
        elif name == Control.STOP:
            self.ask_stop()
        else:
            runner.control(Control(name))

    def _listen(self, on: bool, save: bool = False) -> None:
        """Voice commands on or off; the player's switch is the Settings one too."""
        notice = self.voice.start() if on else self.voice.stop()
        self.view.show_heard(notice or (self.tr("Listening for voice commands") if on else ""))
        self.view.show_listening(self.voice.listening)
        if save and hasattr(self._app, "settings") and self._app.prefs.voice_commands != on:
            prefs = replace(self._app.prefs, voice_commands=on)
            self._app.settings.save(prefs)
            self._app.prefs = prefs

    def _heard(self, word: str, control: Control) -> None:
        """A voice command: shown as a caption, then the same as its key."""
        self.view.show_heard(self.tr("Heard: %s") % (self.tr("this hurts") if word == "pain" else word))
        self.control(control.value)

    def _remote(self, control: Control) -> None:
        """A control from MPRIS: a remote's Stop stops at once (no question on a screen far away)."""
        if control is Control.STOP and self.running:
            self.runner.control(Control.STOP)
        else:
            self.control(control.value)

    def ask_stop(self) -> QMessageBox:
        """Ask before stopping; the session waits, paused, for the answer."""
        runner = self.runner
        assert runner is not None
        return self._ask(self.tr("Stop the session?"),
                         self.tr("Stop now? What you did so far is kept in your history."),
                         self.tr("Stop"), lambda: runner.control(Control.STOP))

    def _safety_words(self, exercise_index: int | None) -> str:
        """The safety word, as said: "Stop <exercise> here. If the pain is sharp or stays, get advice." """
        assert self.runner is not None
        plan = self.runner.engine.plan
        title = plan.exercises[exercise_index].exercise.title if exercise_index is not None else ""
        return plan.phrases.pain_stop(title)

    def ask_go_on(self) -> QMessageBox | None:
        """After "this hurts" stopped an exercise of a workout: go on with the rest, or end?"""
        runner = self.runner
        if runner is None or runner.finished or self.confirm is not None:
            return self.confirm
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("This hurts"),
                          self._safety_text + "\n\n"
                          + self.tr("Go on with the rest of the workout, or end it here?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Go on"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("End the session"))
        # as the voice says: Space (or Enter) goes on; Esc ends
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setEscapeButton(QMessageBox.StandardButton.No)

        def answered(result: int) -> None:
            self.confirm = None
            if not runner.finished:
                runner.control(Control.RESUME if result == QMessageBox.StandardButton.Yes else Control.STOP)

        box.finished.connect(answered)
        self.confirm = box
        box.open()
        return box

    def ask_quit(self, proceed: Callable[[], None]) -> QMessageBox | None:
        """Closing the window mid-session: ask first (None: no session, close now)."""
        if not self.running:
            return None
        if self.confirm is not None:
            return self.confirm
        return self._ask(self.tr("Quit Spotter?"),
                         self.tr("A session is running. Quit now? It is kept in your history, "
                                 "and Spotter offers to resume it next time."),
                         self.tr("Quit"), proceed)

    def _ask(self, title: str, text: str, yes: str, on_yes: Callable[[], object]) -> QMessageBox:
        """A question that pauses the session while it is open; "Keep going" resumes it."""
        runner = self.runner
        assert runner is not None
        was_running = runner.control(Control.PAUSE)
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep going"))

        def answered(result: int) -> None:
            self.confirm = None
            if result == QMessageBox.StandardButton.Yes:
                on_yes()
            elif was_running and not runner.finished:
                runner.control(Control.RESUME)

        box.finished.connect(answered)
        self.confirm = box
        box.open()
        return box

    def _layout_report(self, snap: Snapshot) -> None:
        """With SPOTTER_LAYOUT=FILE: where everything is, once a timed step has shown for 1 s."""
        if self._layout_file is None or self._layout_done:
            return
        from app.session.plan import SegmentKind

        seg = snap.segment
        if seg is None or seg.kind is not SegmentKind.STEP or snap.segment_seconds - snap.remaining < 1.0:
            return
        from app.ui.player.layout_report import write_report

        self._layout_done = True
        write_report(self.view, self._layout_file)

    def _ended(self, summary: SessionSummary) -> None:
        self.desktop.end()
        self.voice.stop()
        self.view.motion.stop()
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
                     lambda exc: self.end.saved(False, said_in(current_language(), exc)))

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
        self.voice.stop()
        self._close_runner()

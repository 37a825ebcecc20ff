"""Voice commands during a session: the microphone, the recogniser on its own thread, the results.

Audio arrives on the GUI thread (QAudioSource) and is queued for a worker
thread that runs the Qt-free recogniser; what it hears comes back through the
``heard`` signal, on the GUI thread. While Spotter speaks (and for a moment
after), the audio is dropped and the utterance in progress is forgotten, so
Spotter never obeys its own voice. Nothing heard is stored.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.session.controls import Control
from app.ui.desktop.microphone import Microphone, MicrophoneError

log = logging.getLogger(__name__)

# what each spoken command does: the same as its key in the player
SPOKEN = {"next": Control.NEXT, "back": Control.BACK, "pause": Control.PAUSE, "resume": Control.RESUME,
          "easier": Control.EASIER, "harder": Control.HARDER, "done": Control.DONE, "stop": Control.STOP,
          "pain": Control.PAIN}
AFTER_SPEECH = 0.35  # seconds still ignored once Spotter stops speaking (the room's echo)
_RESET = b""


class VoiceCommands(QObject):
    """Listens while started; ``heard`` carries (word, Control) for each command."""

    heard = Signal(str, object)
    problem = Signal(str)

    def __init__(self, speaking: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speaking = speaking
        self._mic = Microphone(self)
        self._mic.chunk.connect(self._chunk)
        self._mic.failed.connect(self._failed)
        self._queue: queue.Queue[bytes | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._quiet_until = 0.0
        self._was_speaking = False

    @property
    def listening(self) -> bool:
        """True while the microphone is on."""
        return self._mic.active

    def start(self) -> str | None:
        """Start listening; None when it works, else the notice to show (no microphone...)."""
        if self.listening:
            return None
        try:
            from app.speech.recognition import CommandRecognizer, RecognizerUnavailable

            recognizer = CommandRecognizer()
        except RecognizerUnavailable as exc:
            return self.tr("Voice commands are off: %s.") % _in_language(exc)
        try:
            self._mic.start()
        except MicrophoneError as exc:
            return self.tr("Voice commands are off: %s.") % _in_language(exc)
        self._queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, args=(recognizer, self._queue),
                                        name="spotter-voice", daemon=True)
        self._thread.start()
        return None

    def stop(self) -> None:
        """Stop listening (the worker ends; safe when not started)."""
        self._mic.stop()
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=2)
            self._thread = None

    def _chunk(self, data: bytes) -> None:
        now = time.monotonic()
        if self._speaking():
            self._was_speaking = True
            self._quiet_until = now + AFTER_SPEECH
            return
        if self._was_speaking:
            self._was_speaking = False
            self._queue.put(_RESET)
        if now < self._quiet_until:
            self._queue.put(_RESET)
            return
        self._queue.put(data)

    def _run(self, recognizer, chunks: queue.Queue[bytes | None]) -> None:  # type: ignore[no-untyped-def]
        while True:
            data = chunks.get()
            if data is None:
                return
            if data == _RESET:
                recognizer.reset()
                continue
            for heard in recognizer.feed(data):
                control = SPOKEN.get(heard.command)
                if control is not None:
                    log.info("voice: heard %s (confidence %.2f)", heard.command, heard.confidence)
                    self.heard.emit(heard.command, control)  # queued to the GUI thread

    def _failed(self, message: str) -> None:
        self.stop()
        self.problem.emit(self.tr("Voice commands stopped: %s.") % _in_language(message))


def _in_language(problem: object) -> str:
    """Why the microphone or the recogniser failed, in the interface's language.

    Those reasons are marked for the ``.po`` catalogues (``app.i18n.message``),
    which the command line (``spotter listen``) says them from too; one that
    came over a signal is plain text, its own message id.
    """
    from app.i18n import said_in
    from app.ui.qt.translation import current_language

    return said_in(current_language(), problem)

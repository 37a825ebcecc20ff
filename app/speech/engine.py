"""The pyttsx3 engine, wrapped for use from the speech worker thread only.

pyttsx3 keeps one engine per driver name, and with espeak-ng one process can
only initialise the synthesiser once; an engine shared between threads, or
made anew per cue, stops speaking. So the worker thread creates the one
engine, and this class is only ever called from that thread.

With pyttsx3 2.99 the espeak driver takes one utterance per ``runAndWait()``
(a second ``save_to_file`` before it overwrites the first), writes the WAV
from espeak's own callback thread and then reports "finished-utterance". We
render one text per ``runAndWait()`` and wait for that report, so the file is
complete when we read it.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path
from typing import Any

from app.speech.audio import is_complete_wav
from app.speech.settings import SpeechSettings, Voice

log = logging.getLogger("spotter.speech")
RENDER_TIMEOUT = 15.0


class RenderError(RuntimeError):
    """The engine did not produce a usable WAV file."""


class EngineRenderer:
    """Owns the process's pyttsx3 engine; call only from the thread that made it."""

    def __init__(self, driver: str | None = None) -> None:
        import pyttsx3  # heavy, and may fail: imported only when speech starts

        self._engine: Any = pyttsx3.init(driver)
        self._finished = threading.Event()
        self._engine.connect("finished-utterance", self._on_finished)
        self._applied: SpeechSettings | None = None
        self._serial = 0
        _quiet_driver_prints()

    def _on_finished(self, name: object = None, completed: bool = True) -> None:
        self._finished.set()

    def voices(self) -> list[Voice]:
        """Every voice the driver lists."""
        found = []
        for v in self._engine.getProperty("voices") or []:
            languages = tuple(str(lang) for lang in (getattr(v, "languages", None) or []))
            found.append(Voice(id=str(v.id), name=str(v.name or v.id), languages=languages))
        return found

    def default_voice(self) -> str | None:
        """The id of the voice the engine starts with."""
        voice = self._engine.getProperty("voice")
        return str(voice) if voice else None

    def _apply(self, settings: SpeechSettings) -> None:
        if settings == self._applied:
            return
        if settings.voice:
            self._engine.setProperty("voice", settings.voice)
        self._engine.setProperty("rate", settings.rate)
        self._engine.setProperty("volume", settings.volume)
        self._applied = settings

    def render(self, text: str, settings: SpeechSettings, dest: Path) -> Path:
        """Render ``text`` to the WAV file ``dest`` (written atomically).

        Raises:
            RenderError: no complete WAV appeared in time.
        """
        self._apply(settings)
        self._serial += 1
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(f"{dest.stem}.{os.getpid()}-{self._serial}.partial.wav")
        self._finished.clear()
        self._engine.save_to_file(text, str(partial))
        self._engine.runAndWait()
        if not self._finished.wait(RENDER_TIMEOUT) or not is_complete_wav(partial):
            partial.unlink(missing_ok=True)
            raise RenderError(f"the engine wrote no audio for {text[:40]!r}")
        os.replace(partial, dest)
        return dest

    def say_direct(self, text: str, settings: SpeechSettings) -> None:
        """Speak through the driver itself (the fallback when files cannot be rendered)."""
        self._apply(settings)
        self._engine.say(text)
        self._engine.runAndWait()

    def close(self) -> None:
        """Stop anything the driver still does and drop the engine."""
        try:
            self._engine.stop()
        except Exception:  # noqa: BLE001 - shutting down; nothing useful to do with it
            log.debug("engine.stop() failed while closing", exc_info=True)
        self._engine = None


def _quiet_driver_prints() -> None:
    """Send the espeak driver's ``print("Audio saved to ...")`` to the debug log.

    The driver prints from espeak's callback thread straight to stdout, which
    would corrupt ``spotter play --events`` (JSON lines on stdout). Shadowing
    ``print`` in that one module is the narrowest fix short of forking it.
    """
    module = sys.modules.get("pyttsx3.drivers.espeak")
    if module is not None:
        module.print = lambda *args, **kwargs: log.debug(" ".join(str(a) for a in args))  # type: ignore[attr-defined]

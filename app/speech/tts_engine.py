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
import time
from pathlib import Path
from typing import Any

from app.speech.audio import is_complete_wav
from app.speech.settings import SpeechSettings, Voice

log = logging.getLogger("spotter.speech")
RENDER_TIMEOUT = 5.0  # a render takes 10-50 ms
RENDER_ATTEMPTS = 3


class RenderError(RuntimeError):
    """The engine did not produce a usable WAV file."""


class EngineRenderer:
    """Owns the process's pyttsx3 engine; call only from the thread that made it."""

    def __init__(self, driver: str | None = None) -> None:
        import pyttsx3  # type: ignore[import-untyped]  # heavy, may fail: imported late

        self._engine: Any = pyttsx3.init(driver)
        self._finished = threading.Event()
        self._completed = False
        self._espeak = sys.modules.get("pyttsx3.drivers._espeak")  # None with other drivers
        self._engine.connect("finished-utterance", self._on_finished)
        self._applied: SpeechSettings | None = None
        self._serial = 0
        _quiet_driver_prints()
        # A new engine queues every command until its first loop, and that loop's
        # stop() then cancels the property changes espeak has not applied yet
        # (the first cue came out at the driver's 200 wpm). One empty loop, run
        # once espeak is idle, leaves the engine ready to take commands at once.
        self._settle()
        self._engine.runAndWait()

    def _on_finished(self, name: object = None, completed: bool = True) -> None:
        self._completed = bool(completed)
        self._finished.set()

    def _settle(self, timeout: float = 1.0) -> None:
        """Wait until espeak has carried out every command it was given.

        In pyttsx3's espeak mode, property changes are queued inside espeak, and
        ``runAndWait`` calls the driver's ``stop()``, which cancels whatever
        espeak still reports as busy: queued rate changes were lost and the new
        text cut off (seen in about one render in ten under test). Waiting for
        espeak to be idle before each render avoids both.
        """
        if self._espeak is None:
            return
        self._espeak.Synchronize()
        deadline = time.monotonic() + timeout
        while self._espeak.IsPlaying() and time.monotonic() < deadline:
            time.sleep(0.002)

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
        voice = getattr(voice, "id", voice)  # some drivers return the Voice itself
        return str(voice) if voice else None

    def _apply(self, settings: SpeechSettings, force: bool = False) -> None:
        if settings == self._applied and not force:
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
        self._serial += 1
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(f"{dest.stem}.{os.getpid()}-{self._serial}.partial.wav")
        partial.touch()  # an unwritable folder fails here, not in espeak's callback thread
        for attempt in range(1, RENDER_ATTEMPTS + 1):
            self._apply(settings, force=attempt > 1)
            self._settle()
            self._finished.clear()
            self._completed = False
            try:
                self._engine.save_to_file(text, str(partial))
            except (AttributeError, NotImplementedError) as exc:  # a driver without files
                partial.unlink(missing_ok=True)
                raise RenderError(f"this speech driver cannot write files ({exc})") from exc
            self._engine.runAndWait()
            if not self._finished.wait(RENDER_TIMEOUT):
                break  # the engine is stuck; trying again would only wait again
            if self._completed and is_complete_wav(partial):
                os.replace(partial, dest)
                return dest
            log.debug("render attempt %d of %r was cut off", attempt, text)
        partial.unlink(missing_ok=True)
        raise RenderError(f"the engine wrote no audio for {text[:40]!r}")

    def close(self) -> None:
        """Stop anything the driver still does and drop the engine."""
        try:
            self._engine.stop()
        except Exception:  # shutting down; nothing useful to do with it
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

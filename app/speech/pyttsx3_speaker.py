"""The real Speaker: one worker thread owns the pyttsx3 engine and plays rendered cues.

Any thread may call ``speak``, ``cancel``, ``busy`` and ``measure``; they only
touch a queue guarded by one lock. The worker renders each cue to a cached WAV
(espeak-ng renders about 100x faster than real time) and plays it in a player
process, so ``cancel`` can drop every waiting cue and stop the one being heard
by ending that process. "Can render" and "can play" are kept apart: with no
sound card ``say --wav`` and ``measure`` still work while ``available`` is False.
"""

from __future__ import annotations

import atexit
import logging
import subprocess
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from app.speech.audio import (
    DEFAULT_PLAYER,
    cache_path,
    is_complete_wav,
    touch,
    usable_cache_dir,
    wav_seconds,
)
from app.speech.settings import (
    DEFAULT_RATE,
    SpeechSettings,
    Voice,
    check_rate,
    check_volume,
    estimate_seconds,
    find_voice,
)
from app.speech.worker import SpeechWorker, _Cue, _Render

log = logging.getLogger("spotter.speech")
START_TIMEOUT = 15.0
MEASURE_TIMEOUT = 10.0
_live_lock = threading.Lock()
_live: list[Pyttsx3Speaker] = []  # at most one: pyttsx3 breaks with two engines


@atexit.register
def _stop_playing_at_exit() -> None:
    """Do not leave a player process talking after Spotter has quit without close()."""
    for speaker in _live:
        speaker.cancel()


class EngineInUse(RuntimeError):
    """Another Pyttsx3Speaker already owns the process's engine; close it first."""


class Pyttsx3Speaker(SpeechWorker):
    """Speaks cues with pyttsx3 over espeak-ng, one at a time, cancellable.

    Args:
        cache_dir: where rendered cues are kept (``Paths.speech_cache``).
        voice, rate, volume: how cues sound (voice: id, name or language; None: default).
        language: the language of the words (``es``...): a voice that does not speak
            it gives way to one that does (``app.speech.voices.voice_for``).
        player: the playback command; the WAV path is appended (default ``aplay -q``).
        driver: the pyttsx3 driver name (None: the platform's default, espeak on Linux).
        on_start: called on the worker thread as ``on_start(text, lateness_seconds)``
            when a cue's playback starts.

    Raises:
        ValueError: a bad rate, volume or an unknown voice.
        EngineInUse: another Pyttsx3Speaker is open in this process.
    """

    def __init__(
        self,
        cache_dir: Path,
        *,
        voice: str | None = None,
        rate: int = DEFAULT_RATE,
        volume: float = 1.0,
        player: Sequence[str] = DEFAULT_PLAYER,
        driver: str | None = None,
        on_start: Callable[[str, float], None] | None = None,
        language: str | None = None,
    ) -> None:
        self._settings = SpeechSettings(None, check_rate(rate), check_volume(volume))
        self._cache_dir = usable_cache_dir(Path(cache_dir))
        self._player = list(player)
        self._driver = driver
        self._on_start = on_start
        self._cond = threading.Condition()
        self._items: deque[_Cue | _Render | None] = deque()  # None asks the worker to stop
        self._current: _Cue | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._closed = False
        self._engine_problem: str | None = None
        self._play_problem: str | None = None
        self._voices: list[Voice] = []
        self._default_voice: str | None = None
        self.latencies: list[float] = []  # seconds from due time to playback start, per cue
        with _live_lock:
            if _live:
                raise EngineInUse("the speech engine is already in use in this process")
            _live.append(self)
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="spotter-speech", daemon=True)
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT):
            self._engine_problem = "Speech is off: the speech engine did not start in time."
        if language and self._engine_problem is None:
            from app.speech.voices import voice_for

            voice = voice_for(self._voices, language, voice, self._default_voice)
        try:
            if voice:
                self.set_voice(voice)
        except ValueError:
            self.close()
            raise

    # -- state -------------------------------------------------------------------------

    @property
    def can_render(self) -> bool:
        """True when the engine started and cues can be rendered to WAV files."""
        return self._engine_problem is None and not self._closed

    @property
    def available(self) -> bool:
        """True when cues are really heard: the engine runs and the player works."""
        return self.can_render and self._play_problem is None

    @property
    def problem(self) -> str | None:
        """Why speech is off, in one sentence, or None."""
        return self._engine_problem or self._play_problem

    @property
    def settings(self) -> SpeechSettings:
        """The current voice, rate and volume."""
        return self._settings

    def voices(self) -> list[Voice]:
        """The voices the engine offers (empty if it did not start)."""
        return list(self._voices)

    def set_voice(self, voice: str | None) -> None:
        """Use the voice with this id, name or language; None or "" for the default."""
        if not voice:
            self._settings = replace(self._settings, voice=self._default_voice)
            return
        if self._engine_problem is None:
            voice = find_voice(self._voices, voice).id
        self._settings = replace(self._settings, voice=voice)

    def set_rate(self, rate: int) -> None:
        """Speak at ``rate`` words per minute (80-450)."""
        self._settings = replace(self._settings, rate=check_rate(rate))

    def set_volume(self, volume: float) -> None:
        """Speak at ``volume`` (0.0-1.0)."""
        self._settings = replace(self._settings, volume=check_volume(volume))

    # -- the Speaker protocol --------------------------------------------------------------

    def speak(self, text: str, due: float | None = None) -> None:
        """Queue ``text``; nothing happens (but a debug line) when speech is off."""
        if not text.strip() or not self.available:
            log.debug("cue not spoken (%s): %r", self.problem or "empty", text)
            return
        cue = _Cue(text, time.monotonic() if due is None else due, self._settings)
        with self._cond:
            self._items.append(cue)
            self._cond.notify()

    def cancel(self) -> None:
        """Drop every queued cue and stop the one being played, at once."""
        with self._cond:
            dropped = [item for item in self._items if isinstance(item, _Cue)]
            self._items = deque(item for item in self._items if not isinstance(item, _Cue))
            if self._current is not None:
                self._current.cancelled = True
            proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.terminate()
        if dropped or proc is not None:
            log.debug(
                "cancelled: %d queued cue(s) dropped, playing=%s", len(dropped), proc is not None
            )

    def busy(self) -> bool:
        """True while a cue plays or waits."""
        with self._cond:
            return self._current is not None or any(isinstance(i, _Cue) for i in self._items)

    def measure(self, text: str) -> float:
        """Seconds of the rendered speech for ``text`` (rendered now if not cached).

        Blocks while the worker renders (a few ms to tens of ms per cue). Falls
        back to the letter-count estimate when nothing can be rendered.
        """
        if not text.strip():
            return 0.0
        path = self.render(text)
        return (
            wav_seconds(path) if path is not None else estimate_seconds(text, self._settings.rate)
        )

    def close(self) -> None:
        """Stop playback and the worker (waits up to 2 s; the thread is a daemon)."""
        if self._closed:
            return
        self.cancel()
        with self._cond:
            self._closed = True
            self._items.append(None)
            self._cond.notify()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=2.0)
            if self._thread.is_alive():
                log.warning("the speech worker did not stop within 2 s")
        with _live_lock:
            if self in _live:
                _live.remove(self)

    # -- rendering ------------------------------------------------------------------------

    def render(self, text: str) -> Path | None:
        """The cached WAV of ``text`` at the current settings, rendering it if needed.

        Returns None when the engine cannot render (it did not start, or it failed
        to write a file, which turns speech off: see ``problem``).
        """
        if not self.can_render:
            return None
        job = _Render(text, self._settings)
        cached = cache_path(self._cache_dir, text, job.settings)
        if is_complete_wav(cached):
            touch(cached)
            return cached
        if threading.current_thread() is self._thread:
            self._do_render(job)
        else:
            with self._cond:
                self._items.appendleft(job)  # before cues: the planner is waiting on it
                self._cond.notify()
            if not job.done.wait(MEASURE_TIMEOUT):
                self._engine_problem = "Speech is off: the speech engine stopped responding."
                log.warning("render timed out for %r", text)
                return None
        if job.error:
            log.warning("render failed: %s", job.error)
        return job.path

    def render_to(self, text: str, dest: Path) -> float:
        """Write the speech for ``text`` to ``dest`` and return its length in seconds.

        Raises:
            RuntimeError: the engine could not render (``problem`` says why).
        """
        path = self.render(text)
        if path is None:
            raise RuntimeError(self.problem or "the speech engine could not render this text")
        dest.write_bytes(path.read_bytes())
        return wav_seconds(dest)

"""The speech worker thread: the only code that touches the pyttsx3 engine.

It starts the engine, checks the player once, then takes jobs from the queue
in order: a render job (for ``measure``) is answered through an event; a cue
is rendered (or found in the cache), then played in a player process whose
start time gives the cue's lateness. ``Pyttsx3Speaker`` holds the queue and
the public methods; this mixin is its worker half.
"""

from __future__ import annotations

import logging
import subprocess
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.speech.audio import (
    cache_path,
    describe_player_failure,
    is_complete_wav,
    probe_player,
    prune_cache,
    touch,
)
from app.speech.settings import SpeechSettings, Voice
from app.speech.tts_engine import EngineRenderer, RenderError

log = logging.getLogger("spotter.speech")
PLAYER_POLL = 0.005  # seconds between checks that the player has ended


@dataclass(eq=False)
class _Cue:
    """A text to speak; ``cancelled`` is set by ``cancel()`` while it is current."""

    text: str
    due: float
    settings: SpeechSettings
    cancelled: bool = False


@dataclass(eq=False)
class _Render:
    """A render request from another thread, answered through ``done``."""

    text: str
    settings: SpeechSettings
    done: threading.Event = field(default_factory=threading.Event)
    path: Path | None = None
    error: str | None = None


class SpeechWorker:
    """The worker half of ``Pyttsx3Speaker`` (runs on its thread only)."""

    _cond: threading.Condition
    _items: deque[_Cue | _Render | None]
    _current: _Cue | None
    _proc: subprocess.Popen[bytes] | None
    _closed: bool
    _ready: threading.Event
    _settings: SpeechSettings
    _cache_dir: Path
    _player: list[str]
    _driver: str | None
    _on_start: Callable[[str, float], None] | None
    _engine_problem: str | None
    _play_problem: str | None
    _voices: list[Voice]
    _default_voice: str | None
    latencies: list[float]

    def _run(self) -> None:
        try:
            renderer = EngineRenderer(self._driver)
            self._voices = renderer.voices()
            self._default_voice = renderer.default_voice()
            self._settings = replace(self._settings, voice=self._default_voice)
        except Exception as exc:  # noqa: BLE001 - any failure here means "no engine"
            self._engine_problem = f"Speech is off: the speech engine (pyttsx3 with espeak-ng) could not start ({exc})."
            log.info("%s", self._engine_problem)
            self._ready.set()
            return
        self._renderer = renderer
        self._play_problem = probe_player(self._player, self._cache_dir)
        pruned = prune_cache(self._cache_dir)
        if pruned:
            log.info("speech cache: deleted %d old renderings", pruned)
        if self._play_problem:
            log.info("%s", self._play_problem)
        self._ready.set()
        try:
            self._loop()
        finally:
            renderer.close()
            del self._renderer

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._items:
                    self._cond.wait()
                item = self._items.popleft()
                if item is None:
                    return
                if isinstance(item, _Cue):
                    self._current = item
            if isinstance(item, _Render):
                self._do_render(item)
                continue
            try:
                self._speak_cue(item)
            except Exception:  # one bad cue must not end the worker
                log.exception("cue failed: %r", item.text)
            finally:
                with self._cond:
                    self._current = None
                    self._proc = None

    def _do_render(self, job: _Render) -> None:
        path = cache_path(self._cache_dir, job.text, job.settings)
        try:
            if is_complete_wav(path):
                touch(path)
            else:
                started = time.monotonic()
                self._renderer.render(job.text, job.settings, path)
                log.debug("rendered %r in %.1f ms", job.text, (time.monotonic() - started) * 1000)
            job.path = path
        except RenderError as exc:
            # pyttsx3's espeak driver speaks by rendering this same audio and handing it
            # to aplay, so engine.say() would fail too: turn speech off, with the reason.
            job.error = str(exc)
            self._engine_problem = (
                f"Speech is off: the speech engine could not render speech ({exc})."
            )
            log.info("%s", self._engine_problem)
        except Exception as exc:  # noqa: BLE001 - reported to the waiting caller
            job.error = f"{type(exc).__name__}: {exc}"
        finally:
            job.done.set()

    def _speak_cue(self, cue: _Cue) -> None:
        job = _Render(cue.text, cue.settings)
        self._do_render(job)
        if job.path is not None and not cue.cancelled:
            self._play(cue, job.path)

    def _note_start(self, cue: _Cue) -> None:
        lateness = time.monotonic() - cue.due
        self.latencies.append(lateness)
        log.info("cue started %.1f ms late: %r", lateness * 1000, cue.text)
        if self._on_start is not None:
            try:
                self._on_start(cue.text, lateness)
            except Exception:  # a listener's bug must not stop speech
                log.exception("on_start callback failed")

    def _play(self, cue: _Cue, path: Path) -> None:
        with tempfile.TemporaryFile() as errors:  # a file, not a pipe: never fills up
            with self._cond:  # so that cancel() sees the process as soon as it exists
                if cue.cancelled or self._closed:
                    return
                try:
                    proc = subprocess.Popen(
                        [*self._player, str(path)],
                        stdin=subprocess.DEVNULL,
                        stdout=subprocess.DEVNULL,
                        stderr=errors,
                    )
                except OSError as exc:
                    self._play_problem = (
                        f"Speech is off: the audio player could not be started ({exc.strerror})."
                    )
                    log.info("%s", self._play_problem)
                    return
                self._proc = proc
            self._note_start(cue)
            self._render_while_playing(proc)
            if proc.returncode != 0 and not cue.cancelled:
                errors.seek(0)
                stderr = errors.read().decode("utf-8", "replace")
                self._play_problem = describe_player_failure(stderr)
                log.info("%s", self._play_problem)

    def _render_while_playing(self, proc: subprocess.Popen[bytes]) -> None:
        """Wait for the player, answering ``measure`` requests meanwhile.

        The planner may measure a new instruction (after "easier", say) while a
        cue is heard; it should not wait for that cue to end.
        """
        while proc.poll() is None:
            with self._cond:
                job = (
                    self._items[0] if self._items and isinstance(self._items[0], _Render) else None
                )
                if job is not None:
                    self._items.popleft()
                else:
                    self._cond.wait(PLAYER_POLL)
            if job is not None:
                self._do_render(job)

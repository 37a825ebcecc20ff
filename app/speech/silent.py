"""The speaker used when nothing can be heard: muted, or no engine, or no sound device.

It keeps the Speaker contract so the session runs exactly as with a voice:
cues become captions, and ``measure`` still gives each instruction a length
(estimated from its words) so steps are planned the same way.
"""

from __future__ import annotations

import logging

from app.speech.settings import (
    DEFAULT_RATE,
    Voice,
    check_rate,
    check_volume,
    estimate_seconds,
)

log = logging.getLogger("spotter.speech")


class SilentSpeaker:
    """A Speaker that speaks nothing and says why, once, through ``problem``."""

    def __init__(
        self,
        problem: str = "Speech is off.",
        *,
        voice: str | None = None,
        rate: int = DEFAULT_RATE,
        volume: float = 1.0,
    ) -> None:
        self._problem = problem
        self._voice = voice
        self._rate = check_rate(rate)
        self._volume = check_volume(volume)
        self.latencies: list[float] = []  # always empty: nothing is ever played

    @property
    def available(self) -> bool:
        """Always False: cues are shown as captions only."""
        return False

    @property
    def problem(self) -> str | None:
        """The one sentence saying why speech is off."""
        return self._problem

    @property
    def rate(self) -> int:
        """Words per minute used for the estimate."""
        return self._rate

    def measure(self, text: str) -> float:
        """Estimate from the word count and the rate (nothing is rendered)."""
        return estimate_seconds(text, self._rate)

    def speak(self, text: str, due: float | None = None) -> None:
        """Do nothing but leave a trace in the debug log."""
        log.debug("silent cue: %r", text)

    def cancel(self) -> None:
        """Nothing is queued, so nothing to drop."""

    def busy(self) -> bool:
        """Never busy."""
        return False

    def close(self) -> None:
        """Nothing to release."""

    def voices(self) -> list[Voice]:
        """No engine, no voices."""
        return []

    def set_voice(self, voice: str | None) -> None:
        """Remember the voice (nothing to check it against)."""
        self._voice = voice or None

    def set_rate(self, rate: int) -> None:
        """Change the rate the estimate uses."""
        self._rate = check_rate(rate)

    def set_volume(self, volume: float) -> None:
        """Accept a volume, for the same interface as a real speaker."""
        self._volume = check_volume(volume)

"""Voice, rate and volume, checked once, and the word-count estimate of speech length.

Every backend takes the same settings, so the silent fallback plans a session
with the same rate the real voice would use. The estimate is only a stand-in
for the measured length of rendered speech, used when nothing can be rendered.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_RATE = 170  # words per minute, the Settings view's default
MIN_RATE, MAX_RATE = 80, 450  # espeak-ng's own limits


@dataclass(frozen=True)
class Voice:
    """One voice the engine offers, as ``spotter voices`` lists it."""

    id: str
    name: str
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class SpeechSettings:
    """How cues sound; ``voice`` None means the engine's default voice."""

    voice: str | None = None
    rate: int = DEFAULT_RATE
    volume: float = 1.0

    def __post_init__(self) -> None:
        check_rate(self.rate)
        check_volume(self.volume)


def check_rate(rate: int) -> int:
    """Return ``rate`` if it is a usable speaking rate, else raise ValueError."""
    if isinstance(rate, bool) or not isinstance(rate, int) or not MIN_RATE <= rate <= MAX_RATE:
        raise ValueError(
            f"rate must be a whole number of words per minute from {MIN_RATE} to {MAX_RATE}"
        )
    return rate


def check_volume(volume: float) -> float:
    """Return ``volume`` if it lies in 0.0-1.0, else raise ValueError."""
    if isinstance(volume, bool) or not isinstance(volume, (int, float)) or not 0.0 <= volume <= 1.0:
        raise ValueError("volume must be a number from 0.0 to 1.0")
    return float(volume)


def estimate_seconds(text: str, rate: int = DEFAULT_RATE) -> float:
    """Roughly how long ``text`` takes to say at ``rate`` words per minute.

    Letters predict espeak-ng's length better than words do (long words take
    longer). Fitted on its real renderings at 120 to 300 wpm: each letter
    takes a fifth of a "word beat" (60 / rate s), plus one beat of pause at the
    end; "Switch sides." at 200 wpm is 1.0 s, a 31-word instruction 7.6 s.
    """
    letters = sum(ch.isalnum() for ch in text)
    if letters == 0:
        return 0.0
    return round((0.2 * letters + 1.0) * 60.0 / rate, 3)


def find_voice(voices: list[Voice], wanted: str) -> Voice:
    """The voice whose id, name or language is ``wanted`` (case-insensitive).

    Raises:
        ValueError: no voice matches, with a hint to list them.
    """
    key = wanted.strip().lower()
    for attribute in ("id", "name"):
        for voice in voices:
            if getattr(voice, attribute).lower() == key:
                return voice
    for voice in voices:
        if key in (lang.lower() for lang in voice.languages):
            return voice
    raise ValueError(f"unknown voice {wanted!r} (`spotter voices` lists them)")

"""The silent speaker: captions only, with the same contract and a word-count estimate."""

from __future__ import annotations

import pytest

from app.session.speaker import Speaker
from app.speech.silent import SilentSpeaker


def test_satisfies_the_protocol_and_says_why() -> None:
    """SilentSpeaker is a Speaker that is never available and gives its reason."""
    speaker = SilentSpeaker("Speech is muted.")
    assert isinstance(speaker, Speaker)
    assert speaker.available is False
    assert speaker.problem == "Speech is muted."


def test_calls_are_safe_and_never_busy() -> None:
    """speak, cancel and close do nothing harmful, and it is never busy."""
    speaker = SilentSpeaker()
    speaker.speak("three", due=0.0)
    speaker.cancel()
    assert not speaker.busy()
    speaker.close()
    assert speaker.latencies == []


def test_measure_follows_words_and_rate() -> None:
    """measure() grows with the number of words and shrinks as the rate rises."""
    speaker = SilentSpeaker(rate=120)
    short, long = (
        speaker.measure("Rest now."),
        speaker.measure("Rest now, and breathe in slowly through the nose."),
    )
    assert 0 < short < long
    speaker.set_rate(240)
    assert speaker.measure("Rest now, and breathe in slowly through the nose.") < long
    assert speaker.measure("  ") == 0.0


def test_bad_rate_or_volume_is_refused() -> None:
    """Rates outside 80-450 and volumes outside 0-1 raise ValueError."""
    with pytest.raises(ValueError):
        SilentSpeaker(rate=10)
    with pytest.raises(ValueError):
        SilentSpeaker().set_volume(2.0)

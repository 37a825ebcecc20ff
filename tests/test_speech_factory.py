"""make_speaker: the real voice when the engine starts, captions with a reason otherwise."""

from __future__ import annotations

from pathlib import Path

from app.speech.factory import MUTED, make_speaker
from app.speech.pyttsx3_speaker import Pyttsx3Speaker
from app.speech.silent import SilentSpeaker


def test_muted_gives_the_silent_speaker(tmp_path: Path) -> None:
    """--mute gives a SilentSpeaker whose problem says speech is muted."""
    speaker = make_speaker(muted=True, cache_dir=tmp_path, rate=200)
    assert isinstance(speaker, SilentSpeaker)
    assert speaker.problem == MUTED and speaker.measure("one two three") > 0


def test_engine_that_cannot_start_falls_back_to_captions(tmp_path: Path) -> None:
    """A driver that cannot load gives a SilentSpeaker carrying the engine's reason."""
    speaker = make_speaker(muted=False, cache_dir=tmp_path, driver="no_such_driver")
    try:
        assert isinstance(speaker, SilentSpeaker)
        assert (speaker.problem or "").startswith("Speech is off: the speech engine")
        speaker.speak("never heard")
    finally:
        speaker.close()


def test_working_engine_gives_the_real_speaker(tmp_path: Path) -> None:
    """With espeak-ng installed the real speaker comes back, whether or not a sound card plays."""
    speaker = make_speaker(muted=False, cache_dir=tmp_path, voice="en-us", rate=180)
    try:
        assert isinstance(speaker, Pyttsx3Speaker)
        assert speaker.available or speaker.problem
        assert speaker.settings.rate == 180 and "en-us" in (speaker.settings.voice or "")
        assert speaker.measure("Switch sides.") > 0.3
    finally:
        speaker.close()

"""The real speaker renders real speech: pyttsx3 over espeak-ng, checked sample by sample.

No sound card is needed: cues are rendered to WAV files, whose samples and
length are measured. The queue and playback are tested in test_speech_worker.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.session.speaker import Speaker
from app.speech.audio import wav_levels, wav_seconds
from app.speech.pyttsx3_speaker import Pyttsx3Speaker
from app.speech.settings import estimate_seconds

TEN_WORDS = "Lie on your back and bend both knees to begin."
LONGER = (
    "Lie on your back and bend both knees to begin. Press your lower back into the mat, "
    "breathe out slowly, and lift your hips until your body makes a straight line."
)


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    """A fresh speech cache folder."""
    return tmp_path / "cache"


@pytest.fixture
def speakers() -> Iterator[list[Pyttsx3Speaker]]:
    """Collects the speakers a test opens and closes them all afterwards."""
    opened: list[Pyttsx3Speaker] = []
    yield opened
    for speaker in opened:
        speaker.close()


@pytest.fixture
def speaker(cache: Path, speakers: list[Pyttsx3Speaker]) -> Pyttsx3Speaker:
    """A real speaker with the default player (which may have no sound card to use)."""
    s = Pyttsx3Speaker(cache)
    speakers.append(s)
    return s


def test_satisfies_the_speaker_protocol(speaker: Pyttsx3Speaker) -> None:
    """The real speaker is a Speaker, and its engine starts on this machine."""
    assert isinstance(speaker, Speaker)
    assert speaker.can_render, speaker.problem


def test_renders_a_cue_to_real_non_silent_speech(speaker: Pyttsx3Speaker) -> None:
    """A ten-word cue renders to a WAV with clearly audible samples and a plausible length."""
    path = speaker.render(TEN_WORDS)
    assert path is not None and path.is_file()
    rms, peak = wav_levels(path)
    assert rms > 500 and peak > 5000, (rms, peak)
    assert 1.5 <= wav_seconds(path) <= 8.0


def test_longer_text_renders_longer(speaker: Pyttsx3Speaker) -> None:
    """A text three times as long takes clearly longer to say."""
    assert speaker.measure(LONGER) > 2 * speaker.measure(TEN_WORDS)


def test_measure_is_the_rendered_wav_length(speaker: Pyttsx3Speaker) -> None:
    """measure() returns the duration of the WAV actually rendered, and empty text takes 0 s."""
    seconds = speaker.measure(TEN_WORDS)
    path = speaker.render(TEN_WORDS)
    assert path is not None
    assert seconds == pytest.approx(wav_seconds(path), abs=0.001)
    assert speaker.measure("   ") == 0.0


def test_renders_are_cached_by_text_and_settings(speaker: Pyttsx3Speaker) -> None:
    """The same cue is rendered once; a different rate gives a different file."""
    first = speaker.render("Rest twenty seconds.")
    inode = first.stat().st_ino if first else 0  # a new render would replace the file
    again = speaker.render("Rest twenty seconds.")
    assert again == first and again is not None and again.stat().st_ino == inode
    speaker.set_rate(250)
    assert speaker.render("Rest twenty seconds.") != first


def test_faster_rate_gives_shorter_speech(speaker: Pyttsx3Speaker) -> None:
    """Raising the rate from 120 to 300 words per minute clearly shortens the speech."""
    speaker.set_rate(120)
    slow = speaker.measure(LONGER)
    speaker.set_rate(300)
    fast = speaker.measure(LONGER)
    assert fast < 0.6 * slow, (slow, fast)


def test_lower_volume_gives_quieter_speech(speaker: Pyttsx3Speaker) -> None:
    """Volume 0.3 renders clearly quieter samples than volume 1.0."""
    loud = speaker.render(TEN_WORDS)
    speaker.set_volume(0.3)
    quiet = speaker.render(TEN_WORDS)
    assert loud and quiet
    assert wav_levels(quiet)[0] < 0.5 * wav_levels(loud)[0]


def test_voices_are_listed_and_selectable(speaker: Pyttsx3Speaker) -> None:
    """espeak-ng's voices are listed with id, name, languages; one can be chosen by language."""
    voices = speaker.voices()
    assert len(voices) > 10
    assert any(v.languages and v.languages[0].startswith("en") for v in voices)
    assert speaker.settings.voice in {v.id for v in voices}
    speaker.set_voice("en-us")
    chosen = speaker.settings.voice
    assert chosen is not None and "en-us" in chosen
    with pytest.raises(ValueError, match="unknown voice"):
        speaker.set_voice("no-such-voice-anywhere")
    speaker.set_voice(None)
    assert speaker.settings.voice != chosen


def test_bad_settings_are_refused(cache: Path) -> None:
    """A rate or volume out of range is a ValueError before any engine starts."""
    with pytest.raises(ValueError, match="rate"):
        Pyttsx3Speaker(cache, rate=5)
    with pytest.raises(ValueError, match="volume"):
        Pyttsx3Speaker(cache, volume=1.5)


def test_first_cue_of_a_new_speaker_uses_its_rate(
    cache: Path, speakers: list[Pyttsx3Speaker]
) -> None:
    """The very first render of a fresh engine already speaks at the rate asked for."""
    speaker = Pyttsx3Speaker(cache, rate=120)
    speakers.append(speaker)
    slow = speaker.measure(LONGER)
    speaker.set_rate(200)
    assert slow > 1.4 * speaker.measure(LONGER)


def test_render_to_writes_the_speech_to_a_chosen_file(
    speaker: Pyttsx3Speaker, tmp_path: Path
) -> None:
    """render_to copies the rendering to the given path and returns its length."""
    dest = tmp_path / "out.wav"
    seconds = speaker.render_to("Well done. That is the end of the session.", dest)
    assert seconds == pytest.approx(wav_seconds(dest)) and seconds > 1.0
    assert wav_levels(dest)[1] > 5000


@pytest.mark.parametrize("rate", [120, 200, 300])
def test_word_count_estimate_is_close_to_real_speech(speaker: Pyttsx3Speaker, rate: int) -> None:
    """The silent fallback's estimate lands within 25% of espeak-ng's real length."""
    speaker.set_rate(rate)
    for text in ("Switch sides.", TEN_WORDS, LONGER):
        real = speaker.measure(text)
        assert estimate_seconds(text, rate) == pytest.approx(real, rel=0.25), text


def test_unwritable_cache_falls_back_to_a_temporary_folder(
    tmp_path: Path, speakers: list[Pyttsx3Speaker]
) -> None:
    """A cache path that cannot be created still gives a speaker that renders real speech."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    speaker = Pyttsx3Speaker(blocker / "cache")
    speakers.append(speaker)
    assert speaker.can_render, speaker.problem
    path = speaker.render(TEN_WORDS)
    assert path is not None and blocker not in path.parents
    assert wav_levels(path)[1] > 5000

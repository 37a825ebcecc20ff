"""WAV helpers and the cache: levels, lengths, pruning, player failure messages."""

from __future__ import annotations

import os
from pathlib import Path

from app.speech.audio import (
    cache_path,
    describe_player_failure,
    is_complete_wav,
    probe_player,
    prune_cache,
    wav_levels,
    wav_seconds,
    write_silence,
)
from app.speech.settings import SpeechSettings


def test_silence_has_zero_level_and_its_length(tmp_path: Path) -> None:
    """A silent WAV measures 0 RMS and 0 peak and has the length it was written with."""
    path = write_silence(tmp_path / "s.wav", seconds=0.5)
    assert wav_levels(path) == (0.0, 0)
    assert wav_seconds(path) == 0.5
    assert is_complete_wav(path)
    assert not is_complete_wav(tmp_path / "missing.wav")


def test_cache_key_changes_with_every_setting(tmp_path: Path) -> None:
    """Text, voice, rate and volume each lead to a different cached file."""
    base = SpeechSettings("gmw/en", 170, 1.0)
    paths = {
        cache_path(tmp_path, "Rest.", base),
        cache_path(tmp_path, "Rest!", base),
        cache_path(tmp_path, "Rest.", SpeechSettings("gmw/en-us", 170, 1.0)),
        cache_path(tmp_path, "Rest.", SpeechSettings("gmw/en", 171, 1.0)),
        cache_path(tmp_path, "Rest.", SpeechSettings("gmw/en", 170, 0.5)),
    }
    assert len(paths) == 5
    assert cache_path(tmp_path, "Rest.", base) == cache_path(tmp_path, "Rest.", base)


def test_prune_deletes_least_recently_used_first(tmp_path: Path) -> None:
    """Over the limit, the oldest renderings go until the cache is under 80% of it."""
    files = [write_silence(tmp_path / f"{i}.wav", seconds=1.0) for i in range(5)]  # ~44 KB each
    for age, path in enumerate(reversed(files)):
        os.utime(path, (1_000_000 - age * 100, 1_000_000 - age * 100))
    size = files[0].stat().st_size
    deleted = prune_cache(tmp_path, limit=4 * size)
    assert deleted == 2
    assert [p.exists() for p in files] == [False, False, True, True, True]
    assert prune_cache(tmp_path, limit=4 * size) == 0


def test_player_failures_read_as_one_sentence(tmp_path: Path) -> None:
    """aplay's "no card" errors and unknown players become one plain sentence each."""
    no_card = "ALSA lib confmisc.c:855:(parse_card) cannot find card '0'\naplay: main:831: audio open error"
    assert describe_player_failure(no_card) == (
        "Speech is off: no sound device was found, so cues are shown as captions only."
    )
    other = describe_player_failure("line one\nplayer: device busy\n")
    assert "(player: device busy)" in other and "\n" not in other
    missing = probe_player(["spotter-no-such-player"], tmp_path) or ""
    assert "not installed" in missing

"""`spotter say` and `spotter voices`, run as a user would, in a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_spotter

from app.speech.audio import wav_levels, wav_seconds


def test_say_wav_writes_real_speech(data_dir: Path, tmp_path: Path) -> None:
    """`say TEXT --wav F` writes non-silent speech of plausible length and reports it."""
    dest = tmp_path / "voice.wav"
    done = run_spotter(
        "say",
        "Get ready: Leg Pull Back. Lie on your back.",
        "--wav",
        str(dest),
        "--rate",
        "160",
        data_dir=data_dir,
    )
    assert done.returncode == 0, done.stderr
    rms, peak = wav_levels(dest)
    assert rms > 500 and peak > 5000
    seconds = wav_seconds(dest)
    assert 1.5 <= seconds <= 8.0
    assert str(dest) in done.stdout and f"{seconds:.2f} s" in done.stdout
    assert len(done.stdout.splitlines()) == 1  # pyttsx3's own "Audio saved to" print is kept out


def test_say_without_wav_speaks_or_says_why_in_one_line(data_dir: Path) -> None:
    """`say TEXT` either plays (exit 0) or explains in one line why it cannot (exit 1)."""
    done = run_spotter("say", "hello", data_dir=data_dir)
    assert done.returncode in (0, 1)
    if done.returncode == 1:
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("spotter: cannot speak: Speech is off")
        assert "Traceback" not in done.stderr


def test_say_refuses_bad_options_with_one_line(data_dir: Path, tmp_path: Path) -> None:
    """An unknown voice, a rate out of range or a missing folder is a user error (exit 2)."""
    for args, words in [
        (["--voice", "no-such-voice-anywhere"], "unknown voice"),
        (["--rate", "5"], "rate must be"),
        (["--wav", str(tmp_path / "missing" / "x.wav")], "does not exist"),
    ]:
        done = run_spotter("say", "hello", *args, data_dir=data_dir)
        assert done.returncode == 2, (args, done.stderr)
        assert words in done.stderr and "Traceback" not in done.stderr


def test_voices_lists_espeak_voices_as_json(data_dir: Path) -> None:
    """`voices --json` lists id, name and languages, with exactly one default."""
    done = run_spotter("voices", "--json", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    voices = json.loads(done.stdout)
    assert len(voices) > 10
    assert {"id", "name", "languages", "default"} <= set(voices[0])
    assert sum(v["default"] for v in voices) == 1
    assert any(v["languages"] and v["languages"][0].startswith("en") for v in voices)


def test_voices_table_marks_the_default(data_dir: Path) -> None:
    """`voices` prints one line per voice and marks the default with a star."""
    done = run_spotter("voices", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    starred = [line for line in done.stdout.splitlines() if line.startswith("* ")]
    assert len(starred) == 1

"""``spotter listen`` and the recogniser on real espeak-ng recordings (voices the benchmark does not use)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from listen_audio import COMMAND_PHRASES, pcm, recording, say, tools_missing

from app.speech.recognition import CommandRecognizer

SPOTTER = [sys.executable, "-m", "app"]


@pytest.fixture(autouse=True)
def _tools():
    missing = tools_missing()
    if missing:
        pytest.fail(f"{', '.join(missing)} missing: scripts/system-deps.sh installs them")


def listen(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*SPOTTER, "listen", *args], capture_output=True, text=True, timeout=120, check=False,
                          env=env, cwd=Path(__file__).resolve().parents[1])


def test_listen_prints_every_command_of_a_recording_as_json(tmp_path):
    """All nine commands, said one after another at 44.1 kHz (resampled): one JSON line each, in order."""
    parts = [say(phrase, "en-us", 150, tmp_path / f"{name}.wav", rate=44100, pad=(0.4, 1.0))
             for name, phrase in COMMAND_PHRASES.items()]
    result = listen("--wav", str(recording(parts, tmp_path / "all.wav")))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["command"] for line in lines] == list(COMMAND_PHRASES)
    times = [line["t"] for line in lines]
    assert times == sorted(times) and 0 < times[0] < times[-1] < 20
    assert all(0 < line["confidence"] <= 1 for line in lines)
    assert set(lines[0]) == {"command", "t", "confidence"}


def test_a_second_voice_is_mostly_understood_and_sentences_trigger_nothing():
    """en-gb+f2 at 175 wpm: at least 8 of the 9 right; Spotter's cue sentences trigger nothing."""
    recognizer = CommandRecognizer()
    right = 0
    out = Path(os.environ.get("PYTEST_TMP", "/tmp")) / f"spotter-listen-{os.getpid()}.wav"
    try:
        for name, phrase in COMMAND_PHRASES.items():
            heard = recognizer.feed(pcm(say(phrase, "en-gb+f2", 175, out, pad=(0.4, 1.2))))
            right += [h.command for h in heard] == [name]
        assert right >= 8
        for sentence in ("Rest 30 seconds. Next up: Side Plank.", "Well done. That is the end of your session.",
                         "Keep your back straight and breathe out as you lift.", "Switch sides."):
            assert recognizer.feed(pcm(say(sentence, "en-us", 150, out, pad=(0.4, 1.2)))) == []
    finally:
        out.unlink(missing_ok=True)


def test_accent_variants_of_the_commands_are_understood(tmp_path):
    """A northern "done" (/dʊn/), a British "stop" (/stɔp/) and an American "pause" (/pɑz/), written
    as phonemes: the dictionary's variants catch them (without them "done" and "stop" are missed)."""
    recognizer = CommandRecognizer()
    for voice in ("en-us", "en-gb+f2"):
        for command, phonemes in (("done", "[[d'Un]]"), ("stop", "[[st'Op]]"), ("pause", "[[p'A:z]]")):
            audio = pcm(say(phonemes, voice, 150, tmp_path / "accent.wav", pad=(0.4, 1.2)))
            assert [h.command for h in recognizer.feed(audio)] == [command], (command, voice)


def test_reset_forgets_an_utterance_cut_by_spotter_speaking():
    """Audio fed before ``reset`` (Spotter started talking over it) never becomes a command."""
    recognizer = CommandRecognizer()
    out = Path("/tmp") / f"spotter-reset-{os.getpid()}.wav"
    try:
        audio = pcm(say("next", "en-us", 150, out, pad=(0.4, 1.0)))
    finally:
        out.unlink(missing_ok=True)
    half = len(audio) // 2 // 2 * 2
    assert recognizer.feed(audio[:half]) == []
    recognizer.reset(skipped=0.5)
    assert [h.command for h in recognizer.feed(audio[half:] + bytes(16000))] == []
    assert recognizer.seconds > len(audio) / 32000


def test_listen_rejects_a_file_that_is_not_a_wav(tmp_path):
    """A text file: exit 1 with one line naming it, no traceback."""
    bad = tmp_path / "notes.wav"
    bad.write_text("not audio", encoding="utf-8")
    result = listen("--wav", str(bad))
    assert result.returncode != 0
    assert "notes.wav" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_listen_without_a_microphone_says_so(tmp_path):
    """No sound server and no device here: one clear line, no traceback."""
    env = dict(os.environ, PULSE_SERVER="unix:/nonexistent", XDG_RUNTIME_DIR=str(tmp_path))
    result = listen("--seconds", "1", env=env)
    assert result.returncode != 0
    assert "microphone" in result.stderr and "Traceback" not in result.stderr

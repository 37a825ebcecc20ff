"""``spotter --lang es play ID --headless``: the steps, every cue and the voice are Spanish.

The session runs for real in a subprocess (real library, real engine, real
pyttsx3/espeak-ng speaker). Every cue the session said was rendered to the
speech cache by the speaker's ``measure``; the test finds each rendering made
with espeak-ng's Spanish voice and checks it is speech, not silence.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import run_spotter

from app.content.library import load_library
from app.content.translations import localized
from app.paths import Paths, bundled_content_root
from app.speech.audio import cache_path, wav_levels
from app.speech.settings import DEFAULT_RATE, SpeechSettings

ENGLISH = re.compile(r"\b(Get ready|Rest \d|Next up|Right side|Left side|Switch sides|Halfway|"
                     r"Well done|set \d|Standard form|the end of your session)\b")
VOICES = {"es": "roa/es", "de": "gmw/de"}


def play(data_dir: Path, lang: str, ident: str, speed: str) -> list[dict]:  # type: ignore[type-arg]
    result = run_spotter("--lang", lang, "--speed", speed, "play", ident, "--headless", "--events",
                         data_dir=data_dir, input="", timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def assert_spoken_in(lang: str, texts: list[str], data_dir: Path) -> None:
    """Each text was rendered with the language's espeak-ng voice, and it is not silent."""
    settings = SpeechSettings(VOICES[lang], DEFAULT_RATE, 1.0)
    cache = Paths.create(data_dir).speech_cache
    for text in texts:
        wav = cache_path(cache, text, settings)
        assert wav.is_file(), f"{text!r} was not rendered with {VOICES[lang]}"
        rms, peak = wav_levels(wav)
        assert rms > 300 and peak > 3000, (text, rms, peak)


def test_an_exercise_in_spanish(data_dir: Path) -> None:
    events = play(data_dir, "es", "swan", "20")
    cues = [e["text"] for e in events if e["type"] == "cue"]
    steps = [e["text"] for e in events if e["type"] == "segment" and e.get("kind") == "step"]
    end = next(e for e in events if e["type"] == "session_end")
    assert end["status"] == "completed"
    swan = localized(load_library([bundled_content_root()]), "es").exercise("swan")
    assert swan is not None and swan.lang == "es"
    assert steps == [s.text for s in swan.steps]
    assert cues[0] == f"Prepárate: Cisne. {swan.steps[0].cue}"
    assert cues[-1] == "¡Muy bien! Aquí termina tu sesión."
    assert not [c for c in cues + steps if ENGLISH.search(c)]
    start = next(e for e in events if e["type"] == "session_start")
    assert start["title"] == "Cisne" and start["source_id"] == "swan"
    assert_spoken_in("es", cues, data_dir)


@pytest.mark.slow
def test_a_workout_in_spanish_keeps_history_language_neutral(data_dir: Path) -> None:
    events = play(data_dir, "es", "core-foundations", "60")
    cues = [e["text"] for e in events if e["type"] == "cue"]
    shown = [e["text"] for e in events if e["type"] == "segment"]
    assert next(e for e in events if e["type"] == "session_end")["status"] == "completed"
    start = next(e for e in events if e["type"] == "session_start")
    assert start["exercise_titles"][:3] == ["Basculación pélvica", "Gato-vaca", "Bicho muerto"]
    assert any(c.startswith("Descansa 20 segundos. A continuación: Gato-vaca.") for c in cues)
    assert any("Luego viene la serie 2 de 2." in c for c in cues)
    assert "Prepárate: Basculación pélvica." in cues[0]
    assert any(t.startswith("Descanso. A continuación:") for t in shown)
    assert not [c for c in cues + shown if ENGLISH.search(c)], [c for c in cues if ENGLISH.search(c)]
    mods = [(e["name"], e["level"], e.get("label")) for e in events if e["type"] == "modification"]
    assert ("Knees Down", "easier", "Rodillas apoyadas") in mods
    assert_spoken_in("es", cues, data_dir)
    shown_history = run_spotter("history", "--json", data_dir=data_dir)
    assert shown_history.returncode == 0, shown_history.stderr
    record = json.loads(shown_history.stdout)
    sessions = record if isinstance(record, list) else record.get("sessions", [])
    assert sessions and sessions[0]["source_id"] == "core-foundations"
    text = json.dumps(sessions[0], ensure_ascii=False)
    assert "Knees Down" in text and "Rodillas apoyadas" not in text  # canonical names only


def test_an_exercise_in_german(data_dir: Path) -> None:
    events = play(data_dir, "de", "cat-cow", "30")
    cues = [e["text"] for e in events if e["type"] == "cue"]
    assert cues[0].startswith("Mach dich bereit: Katze-Kuh.")
    assert cues[-1] == "Gut gemacht! Damit ist deine Einheit geschafft."
    assert not [c for c in cues if ENGLISH.search(c)]
    assert_spoken_in("de", cues, data_dir)

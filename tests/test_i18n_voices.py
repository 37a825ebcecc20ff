"""The voice follows the language: ordering and choice over espeak-ng's real voice list."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_spotter

from app.speech.settings import Voice
from app.speech.voices import best_voice, ordered, speaks, voice_for

VOICES = [
    Voice("gmw/af", "Afrikaans", ("af",)),
    Voice("gmw/de", "German", ("de",)),
    Voice("gmw/en", "English (Great Britain)", ("en-gb",)),
    Voice("gmw/en-us", "English (America)", ("en-us",)),
    Voice("mb/mb-es1", "spanish-mbrola-1", ("es",)),
    Voice("roa/es-419", "Spanish (Latin America)", ("es-419",)),
    Voice("roa/es", "Spanish (Spain)", ("es",)),
]


def test_ordering_puts_the_language_first_best_first() -> None:
    ids = [v.id for v in ordered(VOICES, "es")]
    assert ids[:3] == ["roa/es", "mb/mb-es1", "roa/es-419"]
    assert ids[3:] == ["gmw/af", "gmw/de", "gmw/en", "gmw/en-us"]
    assert [v.id for v in ordered(VOICES, "en", first="gmw/en-us")][:2] == ["gmw/en-us", "gmw/en"]
    assert ordered(VOICES, None) == VOICES
    assert speaks(VOICES[5], "es") and not speaks(VOICES[1], "es")


def test_voice_for_keeps_a_chosen_voice_that_speaks_the_language() -> None:
    assert voice_for(VOICES, "es") == "roa/es"
    assert voice_for(VOICES, "es", chosen="roa/es-419") == "roa/es-419"
    assert voice_for(VOICES, "es", chosen="gmw/en") == "roa/es"  # English voice, Spanish words
    assert voice_for(VOICES, "de", default="gmw/en") == "gmw/de"
    assert voice_for(VOICES, "en", default="gmw/en") == "gmw/en"
    assert voice_for(VOICES, "en", chosen="English (America)") == "gmw/en-us"
    assert voice_for(VOICES, "es", chosen="nonsense") == "nonsense"  # left for set_voice to refuse
    assert voice_for([], "es", default="x") == "x"
    assert best_voice(VOICES, "fr") is None


def test_voices_command_lists_the_language_first(data_dir: Path) -> None:
    for lang, first in (("es", "roa/es"), ("de", "gmw/de")):
        result = run_spotter("--lang", lang, "voices", "--json", data_dir=data_dir)
        assert result.returncode == 0, result.stderr
        rows = json.loads(result.stdout)
        assert rows[0]["id"] == first and rows[0]["default"] is True
        assert len(rows) > 50  # every voice is still listed, the language's first


def test_say_in_spanish_renders_real_spanish_speech(data_dir: Path, tmp_path: Path) -> None:
    from app.speech.audio import wav_levels

    dest = tmp_path / "es.wav"
    result = run_spotter("--lang", "es", "say", "--wav", str(dest),
                         "Descansa treinta segundos. A continuación: el cisne.", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "roa/es" in result.stdout
    rms, peak = wav_levels(dest)
    assert rms > 500 and peak > 5000
    english = run_spotter("--lang", "es", "say", "--voice", "gmw/en", "--wav", str(dest), "hello",
                          data_dir=data_dir)
    assert "gmw/en" in english.stdout  # --voice wins over the language


def test_settings_voice_list_puts_the_language_first(tmp_path: Path) -> None:
    from app.ui.spotter_app import list_voices

    voices, _problem = list_voices(tmp_path / "cache", "de")
    assert voices[0] == ("gmw/de", "German")
    assert len(voices) > 50 and ("roa/es", "Spanish (Spain)") in voices
    assert list_voices(tmp_path / "cache", "es")[0][0][0] == "roa/es"

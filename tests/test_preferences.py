"""Preferences without Qt: the store, ``spotter settings``, and the terminal player honouring them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_spotter

from app.preferences import PreferenceError, Preferences, PreferenceStore, Theme, as_json

SETS_NO_REST = """---
title: Two Sets
description: Two sets and no rest of its own, so the rest setting decides.
difficulty: beginner
duration: 10
sets: 2
steps:
  - text: Hold still.
    seconds: 4
---

A test page.
"""


def test_store_round_trips_and_keeps_other_sections(tmp_path: Path) -> None:
    """Saved preferences load back equal; a section the store does not own (the window) is kept."""
    path = tmp_path / "settings.ini"
    path.write_text("[window]\ngeometry=AAAA\n", encoding="utf-8")
    store = PreferenceStore(path)
    prefs = Preferences(voice_enabled=False, voice="gmw/en-GB", rate=150, volume=0.5, get_ready=8,
                        default_rest=30, beeps=False, text_size=150, theme=Theme.DARK, language="de")
    store.save(prefs)
    assert PreferenceStore(path).load() == prefs
    assert store.raw("window", "geometry") == "AAAA"
    assert not list(tmp_path.glob(".settings.ini.*"))  # the temporary file went away


def test_hand_edited_nonsense_loads_and_qsettings_quotes_are_read(tmp_path: Path) -> None:
    """Garbled values take their defaults, out-of-range ones are clamped, QSettings' quoting is undone."""
    path = tmp_path / "settings.ini"
    path.write_text('[preferences]\nrate=fast\ntext_size=900\ntheme=purple\nvolume=3\nbeeps=no\n'
                    'voice="en, gb"\n', encoding="utf-8")
    prefs = PreferenceStore(path).load()
    assert prefs.rate == Preferences().rate and prefs.text_size == 200 and prefs.volume == 1.0
    assert prefs.theme is Theme.SYSTEM and prefs.beeps is False and prefs.voice == "en, gb"
    assert PreferenceStore(tmp_path / "missing.ini").load() == Preferences()


@pytest.mark.parametrize(("key", "value", "message"), [
    ("nonsense", "3", "no setting 'nonsense'"),
    ("get-ready", "soon", "get-ready must be a whole number"),
    ("get-ready", "61", "get-ready must be from 0 to 60"),
    ("volume", "2", "volume must be from 0 to 1"),
    ("beeps", "loud", "beeps must be on or off"),
    ("theme", "purple", "theme must be one of system, light, dark, high_contrast"),
    ("language", "fr", "language must be one of en, es, de or system"),
])
def test_set_value_is_strict(tmp_path: Path, key: str, value: str, message: str) -> None:
    """Setting by name refuses a bad key or value with one line, and changes nothing."""
    store = PreferenceStore(tmp_path / "settings.ini")
    with pytest.raises(PreferenceError, match=message) as caught:
        store.set_value(key, value)
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "settings.ini").exists()


def test_settings_command_sets_and_shows(data_dir: Path) -> None:
    """`settings set get-ready 20` is shown by `settings --json`; a bad key or value: one line, exit 2."""
    done = run_spotter("settings", "set", "get-ready", "20", data_dir=data_dir)
    assert done.returncode == 0 and done.stdout.strip() == "get-ready = 20"
    assert run_spotter("settings", "set", "beeps", "off", data_dir=data_dir).returncode == 0
    shown = json.loads(run_spotter("settings", "--json", data_dir=data_dir).stdout)
    assert shown == {**as_json(Preferences()), "get-ready": 20, "beeps": False}
    table = run_spotter("settings", data_dir=data_dir).stdout
    assert "get-ready" in table and "20" in table and "beeps" in table
    for bad in (("nonsense", "1"), ("rate", "fast"), ("rate", "900"), ("voice", "no-such-voice")):
        result = run_spotter("settings", "set", *bad, data_dir=data_dir)
        assert result.returncode == 2, bad
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr, bad
    again = json.loads(run_spotter("settings", "--json", data_dir=data_dir).stdout)
    assert again == shown  # the refused values changed nothing


def _segments(data_dir: Path, *args: str) -> list[dict]:
    result = run_spotter("--speed", "40", "play", *args, "--headless", "--mute", "--events",
                         data_dir=data_dir, input="")
    assert result.returncode == 0, result.stderr
    return [e for e in map(json.loads, result.stdout.splitlines()) if e["type"] == "segment"]


def test_headless_player_honours_get_ready_and_rest(data_dir: Path) -> None:
    """The terminal player takes get-ready and the rest between sets from the saved settings."""
    folder = data_dir / "content" / "exercises"
    folder.mkdir(parents=True)
    (folder / "two-sets.md").write_text(SETS_NO_REST, encoding="utf-8")
    first = _segments(data_dir, "two-sets")
    assert first[0]["kind"] == "prepare" and first[0]["seconds"] < 9  # 5 s, or the words' length
    assert [s["seconds"] for s in first if s["kind"] == "rest"] == [20]  # the desktop's default
    run_spotter("settings", "set", "get-ready", "20", data_dir=data_dir)
    run_spotter("settings", "set", "rest", "12", data_dir=data_dir)
    later = _segments(data_dir, "two-sets")
    assert later[0]["kind"] == "prepare" and later[0]["seconds"] == pytest.approx(20)
    assert [s["seconds"] for s in later if s["kind"] == "rest"] == [12]
    once = _segments(data_dir, "two-sets", "--get-ready", "9")  # for this run only
    assert once[0]["seconds"] == pytest.approx(9)
    assert json.loads(run_spotter("settings", "--json", data_dir=data_dir).stdout)["get-ready"] == 20


def test_the_ini_reads_and_writes_as_configparser_does_and_never_refuses_a_file(tmp_path):
    """Same sections, keys and text as RawConfigParser; a garbled line costs only itself."""
    import configparser
    import io

    from app.preferences import Ini

    samples = [
        ("[preferences]\nget_ready=20\nvoice = en-us\n# a comment\n; another\nrate: 150\n\n"
         "[window]\ngeometry=AdnQywADAAAAAAAB==\n"),
        '[General]\ngeometry=@ByteArray(\\x1\\xd9)\n[preferences]\ntheme="dark"\nvolume=0.5\nvolume=0.7\n',
        "[preferences]\nlanguage=es\nnote=first\n  second line\n",
    ]
    for text in samples:
        reference = configparser.RawConfigParser(strict=False, interpolation=None)
        reference.optionxform = str  # type: ignore[assignment,method-assign]
        reference.read_string(text)
        ini = Ini.parse(text)
        assert ini.sections == {s: dict(reference[s]) for s in reference.sections()}
        ini.set("preferences", "theme", "dark")
        reference.set("preferences", "theme", "dark")
        written = io.StringIO()
        reference.write(written, space_around_delimiters=False)
        assert ini.text() == written.getvalue()
    garbled = "stray line before any section\n[preferences]\nno delimiter here\nget_ready=25\n"
    path = tmp_path / "settings.ini"
    path.write_text(garbled, encoding="utf-8")
    assert PreferenceStore(path).load().get_ready == 25  # configparser refused this whole file

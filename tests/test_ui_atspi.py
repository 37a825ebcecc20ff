"""Spotter through the accessibility API, as a screen reader reads and drives it (AT-SPI).

The app runs under Xvfb with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` in a private
D-Bus session (``dbus-run-session``, which starts the AT-SPI bus and registry
on demand); ``tests/atspi_client.py`` runs under the system python3, where
Debian's python3-pyatspi lives. One run (about 8 s) walks every screen in
Spanish, starts an exercise, presses Pause through the Action interface and
listens for the announcements.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
import xvfb_support
from conftest import ROOT

pytestmark = [pytest.mark.e2e, pytest.mark.gui]
SYSTEM_PYTHON = "/usr/bin/python3"


def _english_words(lang: str) -> set[str]:
    """The interface's English strings that ``lang`` says differently (accelerators removed)."""
    root = ET.parse(ROOT / "resources" / "i18n" / f"spotter_{lang}.ts").getroot()
    out = set()
    for message in root.iter("message"):
        source = (message.findtext("source") or "").replace("&", "").strip()
        translation = message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        if source and "%" not in source and text.replace("&", "").strip() != source:
            out.add(source)
    return out


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One AT-SPI session of the app in Spanish (its report as a dict)."""
    missing = [tool for tool in ("Xvfb", "dbus-run-session", SYSTEM_PYTHON) if not shutil.which(tool)]
    assert not missing, f"missing {missing}: run scripts/system-deps.sh (at-spi2-core, dbus-daemon, xvfb)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0')"],
                           capture_output=True, text=True, check=False)
    assert probe.returncode == 0, f"python3-pyatspi is missing (scripts/system-deps.sh): {probe.stderr}"
    data = tmp_path_factory.mktemp("atspi-data")
    (data / "settings.ini").write_text("[preferences]\nvoice_enabled=false\n")  # captions only: fast
    out = data / "report.json"
    xvfb, display = xvfb_support.start_xvfb()
    try:
        env = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS")}
        env.update(DISPLAY=display, SPOTTER_DATA_DIR=str(data))
        run = subprocess.run(["dbus-run-session", "--", SYSTEM_PYTHON, str(ROOT / "tests" / "atspi_client.py"),
                              sys.executable, str(data), "es", "Pausa", str(out)],
                             env=env, capture_output=True, text=True, timeout=120, check=False)
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    assert run.returncode == 0 and out.is_file(), run.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8"))


def test_every_screen_reads_in_spanish_with_no_english_interface_word(report):
    """Each screen's showing objects carry Spanish names; none is an English interface string."""
    english = _english_words("es")
    assert report["sections"] == "Secciones"
    expected = {"library": "Buscar ejercicios", "workouts": "Empezar el entrenamiento",
                "history": "Sesiones por fecha", "settings": "Velocidad de la voz"}
    for screen, items in {**report["screens"], "player": report["player"]}.items():
        names = {item["name"] for item in items}
        if screen in expected:
            assert expected[screen] in names, (screen, sorted(names))
        found = [(item["role"], value) for item in items
                 for value in (item["name"], item["description"], item["text"] if item["role"] == "label" else "")
                 if value.replace("&", "").strip() in english]
        assert not found, f"{screen}: English on screen: {found}"


ENGLISH = re.compile(r"(?<![-.])\b(the|and|your|with|Speech|Pause|Resume|Next|Back|Stop|Library|History|"
                     r"Settings|Workouts|Start|seconds|left|Get ready|Rest|side|exercises?|Easier|Harder|"
                     r"Standard)\b(?!-|\.\w)")  # not inside a file name (exercises.json, free-exercise-db)


def test_no_english_word_in_the_interface_outside_content_titles(report):
    """Beyond the catalogue: no common English word in any name, description or player label.

    List items are left out: they are the library's titles, which a translation may keep.
    """
    found = []
    for screen, items in {**report["screens"], "player": report["player"]}.items():
        for item in items:
            if item["role"] == "list item":
                continue
            texts = (item["name"], item["description"], item["text"] if screen == "player" else "")
            found += [(screen, item["role"], t[:80]) for t in texts if t and ENGLISH.search(t)]
    assert not found, found


def test_every_showing_player_button_has_a_name(report):
    """All the player's showing buttons are named, in Spanish."""
    buttons = [item for item in report["player"] if item["role"] in ("push button", "toggle button")]
    assert len(buttons) >= 8
    assert all(b["name"].strip() for b in buttons), buttons
    assert {"Atrás", "Pausa", "Siguiente", "Parar"} <= {b["name"] for b in buttons}


def test_every_showing_button_on_every_screen_has_a_name_and_a_description(report):
    """A screen reader can say what each button is and what it does, on every screen."""
    for screen, items in {**report["screens"], "player": report["player"]}.items():
        buttons = [item for item in items if item["role"] in ("push button", "toggle button")]
        assert buttons or screen == "settings", screen
        bare = [b for b in buttons if not (b["name"].strip() and b["description"].strip())]
        assert not bare, f"{screen}: {bare}"


def test_pressing_pause_through_atspi_pauses_and_says_so(report):
    """The Pause button pressed through the Action interface pauses: it reads Reanudar and it is announced."""
    assert report["pause_found"], report["player_buttons"]
    after = report["after_pause"]
    names = [item["name"] for item in after if item["role"] == "push button"]
    assert "Reanudar" in names and "Pausa" not in names, names
    assert any(item["role"] == "label" and item["name"].startswith("EN PAUSA") for item in after)
    assert "En pausa" in report["heard"], report["heard"]


def test_cues_are_announced_to_the_screen_reader_with_the_voice_off(report):
    """With speech off in Settings, the first cue still reaches AT-SPI as an announcement."""
    assert any(text and text != "En pausa" for text in report["heard"]), report["heard"]


def test_the_countdown_and_the_step_are_exposed(report):
    """The countdown has a spoken name (time left) and the step text is a described label."""
    labels = [item for item in report["player"] if item["role"] == "label"]
    assert any(item["name"].startswith("Tiempo restante en este paso") for item in labels), labels
    assert any(item["description"] == "Qué hacer ahora" for item in labels), labels

"""The Qt Linguist catalogues: complete, in step with the code, compiled, and used by the widgets."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import ROOT

I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%(?:\d|n|s|d)")


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context") for m in ctx.iter("message")]


def _ui_sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))


@pytest.mark.parametrize("lang", ["es", "de"])
def test_catalogue_is_complete_with_placeholders_and_plurals(lang):
    """Every entry is translated (none unfinished), keeps its placeholders, and plurals have both forms."""
    messages = _messages(I18N / f"spotter_{lang}.ts")
    assert len(messages) >= 150
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            assert len(forms) == 2 and all(forms), (context, source)
        else:
            forms = [translation.text or ""]
            assert forms[0].strip() or not source.strip(), (context, source)
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (context, source)


def test_catalogues_hold_every_string_of_the_interface(tmp_path):
    """lupdate over app/ui finds no string the catalogues lack (run `make translations` after adding one)."""
    for lang in ("es", "de"):
        copy = tmp_path / f"spotter_{lang}.ts"
        shutil.copy(I18N / f"spotter_{lang}.ts", copy)
        subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *_ui_sources(),
                        "-ts", str(copy)], check=True, capture_output=True, timeout=120)
        new = [(c, m.findtext("source")) for c, m in _messages(copy)
               if (m.find("translation") is not None and m.find("translation").get("type"))]
        assert not new, f"{lang}: not in the catalogue yet: {new[:10]}"
        assert copy.read_text(encoding="utf-8") == (I18N / f"spotter_{lang}.ts").read_text(encoding="utf-8")


def test_shipped_qm_files_are_compiled_from_the_catalogues(tmp_path):
    """The .qm files the app loads are exactly what lrelease makes of the .ts files."""
    for lang in ("es", "de", "en"):
        shutil.copy(I18N / f"spotter_{lang}.ts", tmp_path / f"spotter_{lang}.ts")
        subprocess.run([str(BIN / "pyside6-lrelease"), str(tmp_path / f"spotter_{lang}.ts")],
                       check=True, capture_output=True, timeout=120)
        assert (tmp_path / f"spotter_{lang}.qm").read_bytes() == (I18N / f"spotter_{lang}.qm").read_bytes(), lang


@pytest.mark.gui
def test_installed_language_translates_words_plurals_and_numbers(qapp):
    """With Spanish installed, the words, the plural forms and the numbers are Spanish; English after."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from app.ui.qt import words
    from app.ui.qt.translation import install_translators

    try:
        install_translators(qapp, "es")
        assert QCoreApplication.translate("PlayerView", "Pause") == "Pausa"
        assert words.reps(1) == "1 repetición" and words.reps(12) == "12 repeticiones"
        assert words.number(1.5) == "1,5" and QLocale().language() == QLocale.Language.Spanish
        assert words.difficulty("beginner") == "Principiante"
        install_translators(qapp, "de")
        assert words.sets(1) == "1 Satz" and words.sets(3) == "3 Sätze"
        assert any(t == "Abbrechen" for t in [QCoreApplication.translate("QPlatformTheme", "Cancel")])
    finally:
        install_translators(qapp, "en")
    assert words.reps(1) == "1 rep" and words.reps(2) == "2 reps"
    assert QCoreApplication.translate("PlayerView", "Pause") == "Pause"


def test_switching_language_leaves_only_the_current_translators(qapp):
    """Each switch removes and deletes the catalogues before (they were kept as children of the app)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

    from app.ui.qt.translation import install_translators

    try:
        for lang in ("es", "de", "es", "de"):
            installed = install_translators(qapp, lang)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert installed and set(qapp.findChildren(QTranslator)) == set(installed)
    finally:
        install_translators(qapp, "en")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.gui
def test_every_interface_language_resolves_from_the_command_line_or_the_setting():
    """--lang wins over the saved language, a language without a catalogue falls back to English."""
    from app.ui.qt.translation import interface_language

    assert interface_language("es", "de") == "es"
    assert interface_language(None, "de") == "de"
    assert interface_language("fr", None) in ("en", "es", "de")  # then the system's, else English


@pytest.mark.gui
def test_why_speech_is_off_is_said_in_the_interface_language(qapp):
    """Each fixed sentence of app/speech is still said there and is translated; a detail is kept."""
    import inspect

    from app.ui.qt import words
    from app.ui.qt.translation import install_translators

    speech = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "app" / "speech").glob("*.py"))
    known = re.findall(r'"(Speech is [^"]*?)"\s*:', inspect.getsource(words.speech_problem))
    assert len(known) >= 6
    for sentence in known:
        assert f'"{sentence}"' in speech or f'"{sentence[:40]}' in speech, sentence
    try:
        install_translators(qapp, "es")
        for sentence in known:
            assert words.speech_problem(sentence).startswith("La voz está"), sentence
        assert words.speech_problem("Speech is off: boom (42).") == "La voz está desactivada: boom (42)."
    finally:
        install_translators(qapp, "en")
    assert words.speech_problem("Speech is off.") == "Speech is off." and words.speech_problem(None) is None


@pytest.mark.gui
def test_every_base_position_of_a_figure_has_a_name_in_each_language(qapp):
    """A figure's accessible name says its position in words: every base of the pose model is named."""
    from app.content.pose import BASES
    from app.ui.qt import words
    from app.ui.qt.translation import install_translators

    try:
        for lang in ("es", "de"):
            install_translators(qapp, lang)
            for base in BASES:
                named = words.pose(base)
                assert named and named != base.replace("-", " "), (lang, base)
    finally:
        install_translators(qapp, "en")
    assert all(words.pose(base) for base in BASES)

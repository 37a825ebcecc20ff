"""Notices made by the cores reach the desktop in the interface's language."""

from __future__ import annotations

import sqlite3

import pytest
from ui_support import make_app

from app.content.crosscheck import mixing_notes
from app.content.library import load_library
from app.history import HistoryStore
from app.i18n import said_in
from app.paths import Paths
from app.ui.qt.translation import install_translators

pytestmark = pytest.mark.gui


def test_a_history_notice_shows_in_spanish(qtbot, data_dir):
    """A history from a newer Spotter: the status bar says so in Spanish, with its numbers."""
    paths = Paths(data_dir)
    HistoryStore.open(paths).close()
    conn = sqlite3.connect(paths.history_db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    spotter = make_app(qtbot, data_dir, language="es")
    try:
        shown: list[str] = []
        spotter.history.notice.connect(shown.append)
        spotter.history.call(lambda store: store.sessions())
        qtbot.waitUntil(lambda: bool(shown), timeout=20000)
        assert "999" in shown[0] and "historial" in shown[0] and "newer Spotter" not in shown[0]
    finally:
        install_translators(spotter.app, "en")


def test_mixing_notes_and_settings_errors_are_said_in_the_language(tmp_path):
    """A workout page's note on a replaced exercise, and a settings error, in es and de."""
    from app.preferences import PreferenceError, PreferenceStore

    root = tmp_path / "mine" / "exercises"
    root.mkdir(parents=True)
    (root / "swan.md").write_text("---\ntitle: Mi cisne\ndescription: x\ndifficulty: beginner\n"
                                  "duration: 30\nsteps: [Túmbate boca abajo.]\n---\n", encoding="utf-8")
    from conftest import ROOT

    library = load_library([ROOT / "content", tmp_path / "mine"])
    workout = next(w for w in library.workouts.values()
                   if any(i.exercise == "swan" for i in w.all_items()))
    [note] = mixing_notes(library, workout)
    assert note.startswith("Mi cisne is now")  # English as made
    assert "sustituye" in said_in("es", note) and "ersetzt" in said_in("de", note)
    with pytest.raises(PreferenceError) as bad:
        PreferenceStore(tmp_path / "settings.ini").set_value("volume", "7")
    assert said_in("es", bad.value) == "volume debe estar entre 0 y 1, no 7"
    assert said_in("de", bad.value) == "volume muss zwischen 0 und 1 liegen, nicht 7"

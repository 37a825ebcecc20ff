"""The end screen says where a finished session is kept when the history refuses it."""

from __future__ import annotations

import sqlite3

import pytest
from ui_support import add_test_exercise, make_app

from app.history import HistoryStore, db
from app.paths import Paths

pytestmark = pytest.mark.gui


def test_end_screen_names_the_file_holding_a_refused_session(qtbot, data_dir, monkeypatch):
    """Another connection holds the lock all session long: the end screen points at the kept file."""
    monkeypatch.setattr(db, "BUSY_TIMEOUT_SECONDS", 0.2)
    paths = Paths(data_dir)
    HistoryStore.open(paths).close()
    holder = sqlite3.connect(paths.history_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        add_test_exercise(data_dir)
        spotter = make_app(qtbot, data_dir, speed=60.0)
        spotter.window.show()
        spotter.play("test-bridge")
        page = spotter.window.built("player")
        qtbot.waitUntil(lambda: page.currentWidget() is page.end, timeout=60000)
        qtbot.waitUntil(lambda: "kept in" in page.end.status.text(), timeout=30000)
        [kept] = list(paths.unsaved_dirs[0].glob("*.session.json"))
        assert str(kept) in page.end.status.text() and not page.end.save.isEnabled()
    finally:
        holder.execute("COMMIT")
        holder.close()
    again = HistoryStore.open(paths)
    assert [s.source_id for s in again.sessions()] == ["test-bridge"] and not kept.exists()

"""The library read while Qt starts: the first window shows it, and a failed read is reported."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication
from ui_support import quiet_settings

from app.context import Context
from app.paths import Paths
from app.ui.library.preload import LibraryPreload
from app.ui.spotter_app import SpotterApp

pytestmark = pytest.mark.gui


def test_preload_reads_the_library_off_the_calling_thread(data_dir):
    """The read runs on its own thread and hands back the bundled library."""
    ctx = Context(paths=Paths.create(data_dir))
    preload = LibraryPreload(ctx)
    assert preload._thread is not threading.current_thread()
    ready, library = preload.take(timeout=20)
    assert ready and "leg-pull-back" in library.exercises and len(library.workouts) >= 3


def test_first_window_is_filled_before_it_is_shown(qtbot, data_dir):
    """With a preload, the Library rows are there as soon as start() returns: no empty first paint."""
    quiet_settings(data_dir)
    ctx = Context(paths=Paths.create(data_dir))
    preload = LibraryPreload(ctx)
    preload.take(timeout=20)  # the read is done, as it usually is by the time the window is built
    spotter = SpotterApp(ctx, QApplication.instance(), preload=preload)
    qtbot.addWidget(spotter.window)
    spotter.start(check_interrupted=False)
    assert spotter.library is not None
    assert spotter.window.built("library").model.rowCount() >= 15
    assert spotter.window.statusBar().currentMessage() == ""


def test_a_failed_preload_is_reported_in_the_window(qtbot, data_dir, monkeypatch):
    """A read that raises shows its reason in the status bar, and the app still starts."""
    import app.ui.library.preload as preload_module

    def broken(ctx):
        raise OSError("disk on fire")

    monkeypatch.setattr(preload_module, "load_library_job", broken)
    quiet_settings(data_dir)
    ctx = Context(paths=Paths.create(data_dir))
    spotter = SpotterApp(ctx, QApplication.instance(), preload=LibraryPreload(ctx))
    qtbot.addWidget(spotter.window)
    with qtbot.waitSignal(spotter.ready, timeout=5000):
        spotter.start(check_interrupted=False)
    assert "disk on fire" in spotter.window.statusBar().currentMessage()


def test_the_library_is_read_in_the_runs_language(tmp_path, data_dir):
    """With --lang es an exercise that has a Spanish translation is shown as written in Spanish."""
    from conftest import ROOT

    from app.context import Context
    from app.paths import Paths
    from app.ui.library.preload import load_library_job

    root = tmp_path / "content"
    (root / "exercises").mkdir(parents=True)
    text = (ROOT / "content" / "exercises" / "glute-bridge.md").read_text(encoding="utf-8")
    (root / "exercises" / "lang-bridge.md").write_text(text.replace("Glute Bridge", "Lang Bridge"), encoding="utf-8")
    (root / "exercises" / "lang-bridge.es.md").write_text(text.replace("Glute Bridge", "Puente de prueba"),
                                                          encoding="utf-8")
    ctx = Context(paths=Paths.create(data_dir), extra_roots=[str(root)], lang="es")
    assert load_library_job(ctx).exercises["lang-bridge"].title == "Puente de prueba"
    ctx.lang = "en"
    assert load_library_job(ctx).exercises["lang-bridge"].title == "Lang Bridge"

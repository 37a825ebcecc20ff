"""Library → Import… in the app: the progress dialog fills, the files are written, the library reloads."""

from __future__ import annotations

import time
from pathlib import Path

from conftest import ROOT
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

FIXTURE = ROOT / "tests" / "fixtures" / "free-exercise-db" / "exercises.json"


def _wait(app: QApplication, until, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not until() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    assert until(), "timed out"


def test_import_from_the_library_page(tmp_path: Path) -> None:
    """The Import… button's path: progress to 100 %, a message with the counts, a reload."""
    from app.ui.library.importer import Importer
    from app.ui.library.view import LibraryView
    from app.ui.qt.invoker import Background

    app = QApplication.instance() or QApplication([])
    view = LibraryView()
    view.show()
    assert view.import_button.text() and view.import_button.isEnabled()
    background = Background()
    reloads: list[int] = []
    importer = Importer(view, background, tmp_path / "content", lambda: reloads.append(1))
    importer.start(FIXTURE)
    assert isinstance(importer.progress, QProgressDialog)
    _wait(app, lambda: importer.message is not None)
    assert isinstance(importer.message, QMessageBox)
    assert "3 added" in importer.message.text() and "1 skipped" in importer.message.text()
    assert reloads == [1] and importer.progress is None
    assert importer.shown and importer.shown[-1] == 100 and importer.shown == sorted(importer.shown)
    assert len(list((tmp_path / "content" / "exercises" / "free-exercise-db").glob("*.md"))) == 3
    importer.message.close()
    importer.message = None
    importer.start(FIXTURE)  # again: nothing new
    _wait(app, lambda: importer.message is not None and "3 unchanged" in importer.message.text())
    background.shutdown()


def test_a_bad_file_is_a_message_not_a_crash(tmp_path: Path) -> None:
    """A file that is not exercises.json ends in a warning message; nothing is written."""
    from app.ui.library.importer import Importer
    from app.ui.library.view import LibraryView
    from app.ui.qt.invoker import Background

    app = QApplication.instance() or QApplication([])
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2, 3]", encoding="utf-8")
    view = LibraryView()
    background = Background()
    importer = Importer(view, background, tmp_path / "content", lambda: None)
    importer.start(bad)
    _wait(app, lambda: importer.message is not None)
    assert importer.message.icon() is QMessageBox.Icon.Warning
    assert "not free-exercise-db" in importer.message.text()
    assert not (tmp_path / "content").exists()
    background.shutdown()


def test_the_app_says_what_has_no_translation(qtbot, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Under --lang es, exercises with no Spanish page are shown as written, and the status bar says so."""
    from ui_support import quiet_settings

    from app.context import Context
    from app.paths import Paths
    from app.ui.spotter_app import SpotterApp

    own = tmp_path / "own" / "exercises"
    own.mkdir(parents=True)
    (own / "lonely-lunge.md").write_text(
        "---\ntitle: Lonely Lunge\ndifficulty: beginner\nduration: 30\nsteps: [Lunge]\n---\n",
        encoding="utf-8")
    quiet_settings(data_dir)
    ctx = Context(paths=Paths.create(data_dir), extra_roots=[str(tmp_path / "own")], lang="es")
    spotter = SpotterApp(ctx, QApplication.instance())
    qtbot.addWidget(spotter.window)
    with qtbot.waitSignal(spotter.library_loaded, timeout=20000):
        spotter.start(check_interrupted=False)
    assert spotter.library.exercises["lonely-lunge"].title == "Lonely Lunge"
    assert spotter.library.exercises["swan"].title == "Cisne"
    message = spotter.window.statusBar().currentMessage()
    assert message.startswith("1 ejercicio no tiene traducción"), message

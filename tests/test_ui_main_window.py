"""The main window: four sections, built lazily, keyboard navigation, remembered size."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from ui_support import make_app

pytestmark = pytest.mark.gui


def test_sections_are_built_on_first_use(qtbot, data_dir):
    """Only the Library exists at start; History and its SQLite code load when opened."""
    spotter = make_app(qtbot, data_dir)
    window = spotter.window
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == \
        ["Library", "Workouts", "History", "Settings"]
    assert window.built("library") is not None
    assert window.built("history") is None and window.built("player") is None
    window.show_page("history")
    assert window.built("history") is not None


def test_ctrl_numbers_switch_sections(qtbot, data_dir):
    """Ctrl+1..4 reach every section from the keyboard."""
    spotter = make_app(qtbot, data_dir)
    window = spotter.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for n, key in enumerate(("library", "workouts", "history", "settings"), 1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{n}"), modifier=Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == key
        assert window.nav.currentRow() == n - 1


def test_window_remembers_its_size(qtbot, data_dir):
    """The size at closing is the size at the next start."""
    spotter = make_app(qtbot, data_dir)
    spotter.window.resize(760, 560)  # inside the 800x600 offscreen screen
    spotter.window.close()
    again = make_app(qtbot, data_dir)
    assert (again.window.width(), again.window.height()) == (760, 560)


def test_library_is_loaded_with_the_bundled_exercises(qtbot, data_dir):
    """After start-up the Library lists the bundled exercises, Leg Pull Back among them."""
    spotter = make_app(qtbot, data_dir)
    library = spotter.window.built("library")
    assert library.model.rowCount() >= 15
    assert library.select("leg-pull-back").isValid()
    assert "Leg Pull Back" in library.detail.browser.toPlainText()


def test_start_up_imports_no_history_speech_or_session_engine(qtbot, data_dir):
    """The first screen does not import history, speech or the engine (lazy start-up)."""
    import subprocess

    code = ("import sys; from app.cli import main; "
            "rc = main(['--quit-after-startup']); "
            "print(sorted(m for m in sys.modules if m.startswith(('app.history', 'app.speech', "
            "'app.session.engine', 'pyttsx3', 'sqlite3'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen",
                              "SPOTTER_DATA_DIR": str(data_dir)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_after_start_up_the_icon_and_clear_button_arrive(qtbot, data_dir):
    """What the first screen does without (window icon, search clear button) follows shortly after."""
    spotter = make_app(qtbot, data_dir)
    library = spotter.window.built("library")
    qtbot.waitUntil(lambda: library.search.isClearButtonEnabled(), timeout=3000)
    assert not spotter.app.windowIcon().isNull()


def test_command_line_settings_last_for_this_run_only(qtbot, data_dir):
    """`spotter play ID --mute --get-ready 2` mutes and shortens get-ready without saving either."""
    from PySide6.QtWidgets import QApplication

    from app.context import Context
    from app.paths import Paths
    from app.ui.settings.store import Settings
    from app.ui.spotter_app import SpotterApp

    ctx = Context(paths=Paths.create(data_dir))
    spotter = SpotterApp(ctx, QApplication.instance(), session_prefs={"voice_enabled": False, "get_ready": 2})
    qtbot.addWidget(spotter.window)
    assert spotter.prefs.voice_enabled is False and spotter.prefs.get_ready == 2
    saved = Settings(ctx.paths.settings_file).load()
    assert saved.voice_enabled is True and saved.get_ready == 5


def test_broken_content_files_are_counted_in_the_status_bar(qtbot, data_dir):
    """A broken user file is reported (by files, not warnings); the rest of the library still loads."""
    user = data_dir / "content" / "exercises"
    user.mkdir(parents=True)
    (user / "broken.md").write_text("---\ntitle: [unclosed\n---\n")
    (user / "also-broken.md").write_text("---\ntitle: Fine\nduration: sixty\n---\n")
    spotter = make_app(qtbot, data_dir)
    message = spotter.window.statusBar().currentMessage()
    assert message.startswith("2 content files could not be loaded")
    assert spotter.window.built("library").model.rowCount() >= 15


def test_an_app_deleted_before_its_queued_calls_run_gets_none_of_them(qtbot, data_dir):
    """``ready`` (and the resume offer) are queued with the app as their context: gone first, they never run.

    (Queued without one, ``ready.emit`` ran on the deleted app: "Signal source has
    been deleted", in whichever test's event loop turned next.)
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    spotter = make_app(qtbot, data_dir)  # the library has just arrived: ready is still queued
    spotter.shutdown()
    spotter.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(100)  # the queued calls' turn: pytest-qt fails the test on an exception raised there

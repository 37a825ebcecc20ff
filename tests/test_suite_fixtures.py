"""The suite's own fixtures (tests/conftest.py) hold whatever ran before a test in its process.

Under `make test` a worker process runs whichever tests it is handed or steals, so a
test may be the first Qt test of its process or the hundredth. These run a small
suite with the real conftest in a fresh process, where nothing ran before.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_fresh(tmp_path: Path, test_source: str) -> subprocess.CompletedProcess[str]:
    """Run ``test_source`` as the only test file, with the suite's conftest and helpers, in a new process."""
    (tmp_path / "conftest.py").write_text((ROOT / "tests" / "conftest.py").read_text(encoding="utf-8"),
                                          encoding="utf-8")
    (tmp_path / "ui_support.py").write_text((ROOT / "tests" / "ui_support.py").read_text(encoding="utf-8"),
                                            encoding="utf-8")
    (tmp_path / "test_alone.py").write_text(textwrap.dedent(test_source), encoding="utf-8")
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\naddopts = --strict-markers\nqt_api = pyside6\n"
        "markers =\n    gui: needs a QApplication\n    serial: alone\n    soak: long\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120, env=env, check=False)


def test_a_gui_test_that_asks_for_no_qt_fixture_has_its_qapplication_when_it_runs_first(tmp_path):
    """A widget made by the first test of a process, marked gui but without qtbot/qapp, does not abort.

    (Without the QApplication, Qt aborts the whole worker: "Must construct a
    QApplication before a QWidget". Which test ran first in a worker decided it.)
    """
    result = run_fresh(tmp_path, '''
        import pytest
        from PySide6.QtWidgets import QApplication, QLabel

        pytestmark = pytest.mark.gui


        def test_a_widget_with_no_fixture():
            assert QApplication.instance() is not None
            assert QLabel("made").text() == "made"
    ''')
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout


def test_a_tests_spotter_app_ends_with_it_and_its_disk_job_never_reaches_the_next_test(tmp_path):
    """The next test finds no SpotterApp, no disk thread and no answer from the last test's app.

    (A SpotterApp is a child of the QApplication, which outlives every test: before,
    each app a test made stayed, with its disk thread, for the rest of the worker's run.)
    """
    result = run_fresh(tmp_path, '''
        import threading
        import time

        import pytest
        from ui_support import make_app

        pytestmark = pytest.mark.gui
        ANSWERS = []


        def test_an_app_with_a_slow_disk_job_still_running(qtbot, data_dir):
            spotter = make_app(qtbot, data_dir)
            spotter.background.run(lambda: time.sleep(0.5), lambda _result: ANSWERS.append("late"))


        def test_the_next_test_starts_clean(qtbot):
            from PySide6.QtWidgets import QApplication

            from app.ui.spotter_app import SpotterApp

            qtbot.wait(1000)  # the event loop runs: an answer still queued would come now
            assert ANSWERS == []
            assert QApplication.instance().findChildren(SpotterApp) == []
            assert [t.name for t in threading.enumerate() if t.name == "spotter-disk"] == []
            assert QApplication.topLevelWidgets() == []
    ''')
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout

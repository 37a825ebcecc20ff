"""Shared fixtures: every test gets its own data directory, never the real home."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "reference" / "seeds"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SPOTTER_TESTING"] = "1"
os.environ["LANGUAGE"] = "en"  # the run's language comes from the system: English unless a test asks


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Soaks (minutes of real-time playback) first: in `make test`'s workers they overlap the rest.

    The order of the other tests is kept.
    """
    items.sort(key=lambda item: item.get_closest_marker("soak") is None)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the figures tests recorded with ``record_property("figure", LINE)`` (a soak's).

    Their own output is not shown by pytest under `make test`'s worker processes: this is.
    """
    lines = [value for kind in ("passed", "failed") for report in terminalreporter.getreports(kind)
             for name, value in report.user_properties if name == "figure"]
    if lines:
        terminalreporter.section("figures")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture(autouse=True)
def _serial_alone(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """In `make test`'s workers, a test marked ``serial`` runs while no other test runs.

    Every test holds a shared lock on one file of the run; a serial one takes it
    exclusively, so it waits for the others and they wait for it (in practice it
    runs at the end). Run in one process, this does nothing.
    """
    if not hasattr(request.config, "workerinput"):
        yield
        return
    exclusive = request.node.get_closest_marker("serial") is not None
    with open(tmp_path_factory.getbasetemp().parent / "serial.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        yield


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the default data directory at a fresh temporary folder for every test."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SPOTTER_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    return data


@pytest.fixture(autouse=True)
def _english_interface(request: pytest.FixtureRequest) -> None:
    """Widget tests see the interface as the app shows it in English (its plural forms too).

    A test marked ``gui`` gets the QApplication even if it asks for neither qtbot
    nor qapp: without one, its first QWidget aborts the process, and whether one
    exists already depends on which tests ran before it in the same worker.
    """
    wants_app = request.node.get_closest_marker("gui") is not None
    if not wants_app and "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    app = request.getfixturevalue("qapp")
    from app.ui.qt.translation import current_language, install_translators

    if current_language() != "en" or app.property("spotterTestLanguage") != "en":
        install_translators(app, "en")
        app.setProperty("spotterTestLanguage", "en")


@pytest.fixture(autouse=True)
def _apps_end_with_their_test(request: pytest.FixtureRequest):
    """The SpotterApps a test made end with it, as the app ends at exit; its closed widgets are deleted.

    A SpotterApp is a child of the QApplication, which lives as long as the worker
    process: left alone, every app a test made stayed alive for the rest of the run,
    with its disk thread, and a job still running there reported into a later test.
    pytest-qt closes a test's widgets and only asks for their deletion, so they also
    lived on into the next test (whose new style sheet walked them). Now the next
    test starts with neither, whichever tests ran before it in the worker.
    """
    yield
    if "app.ui.spotter_app" not in sys.modules and "pytestqt" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    if "app.ui.spotter_app" in sys.modules:
        from app.ui.spotter_app import SpotterApp

        for spotter in app.findChildren(SpotterApp):
            spotter.shutdown()  # history closed, disk thread joined
            spotter.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def data_dir(_isolated_data_dir: Path) -> Path:
    """The data directory of this test (empty at the start)."""
    return _isolated_data_dir


@pytest.fixture
def seeds_dir() -> Path:
    """The seed documents in ../shared; the test is skipped, with the reason, if absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"../shared is absent: no seed pages at {SEEDS}")
    return SEEDS


def run_spotter(*args: str, data_dir: Path, input: str | None = None, timeout: float = 120,
                env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``spotter ARGS`` in a subprocess with its own data directory."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        input=input,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        check=False,
    )

"""History: sessions by date, detail, streak and weekly chart, progress, export, delete."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_support import make_app, seed_history

from app.ui.history.chart import charts_available

pytestmark = pytest.mark.gui


@pytest.fixture
def history(qtbot, data_dir):
    """The History page over four recorded sessions (today, yesterday, 2 and 9 days ago)."""
    seed_history(data_dir, [(9, "glute-bridge", None), (2, "glute-bridge", None),
                            (1, "swan", None), (0, "glute-bridge", "Single-Leg")])
    spotter = make_app(qtbot, data_dir)
    view = spotter.window.page("history")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        spotter.window.show_page("history")
    return spotter, view


def test_sessions_by_date_with_status_and_detail(history):
    """Newest first, with date, title and status; the detail lists exercises and levels."""
    _spotter, view = history
    assert view.list.topLevelItemCount() == 4
    first = view.list.topLevelItem(0)
    assert first.text(1) == "Glute Bridge" and "completed" in first.text(2)
    text = view.detail.toPlainText()
    assert "Glute Bridge" in text and "Single-Leg" in text and "harder" in text


def test_streak_and_minutes_per_week_chart(history):
    """The streak counts today, yesterday and 2 days ago; the chart has a bar per week."""
    _spotter, view = history
    assert view.cards["streak"].text() == "3" and view.cards["sessions"].text() == "4"
    assert len(view.chart.values) >= 2 and view.chart.values[-1] > 0
    assert charts_available() and view.chart.chart is not None
    assert view.chart.chart.series()[0].barSets()[0].count() == len(view.chart.values)


def test_refreshing_the_chart_leaves_no_old_axes(history):
    """Each refresh replaces the two axes: the old ones are deleted, not left behind."""
    import datetime as dt

    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from app.history.records import WeekMinutes

    _spotter, view = history
    weeks = [WeekMinutes(dt.date(2026, 11, 23), 30.0), WeekMinutes(dt.date(2026, 11, 30), 12.5)]
    old = view.chart.chart.axes()
    assert len(old) == 2
    view.chart.set_weeks(weeks)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(view.chart.chart.axes()) == 2 and view.chart.values == [30.0, 12.5]
    assert not any(shiboken6.isValid(axis) for axis in old)


def test_per_exercise_progress(history):
    """Progress shows times done and the level trail, Glute Bridge first (done 3 times)."""
    _spotter, view = history
    assert view.progress.item(0, 0).text() == "Glute Bridge"
    assert view.progress.item(0, 1).text() == "3"
    assert view.progress.item(0, 3).text().startswith("S S H")


def test_delete_asks_first(history, qtbot):
    """Delete asks; Cancel keeps the session, Delete removes it."""
    _spotter, view = history
    box = view.ask_delete()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert view.list.topLevelItemCount() == 4
    box = view.ask_delete()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert view.list.topLevelItemCount() == 3


def test_export_writes_csv_and_json(history, qtbot, tmp_path, monkeypatch):
    """Export writes a CSV row per session exercise, or JSON, chosen by the file name."""
    from PySide6.QtWidgets import QFileDialog

    spotter, view = history
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(spotter.history.notice, timeout=5000):
        view.export.click()
    assert len(target.read_text().strip().splitlines()) == 1 + 4
    with qtbot.waitSignal(spotter.history.notice, timeout=5000):
        view.export_to(tmp_path / "out.json")
    assert len(json.loads((tmp_path / "out.json").read_text())["sessions"]) == 4


def test_empty_history_says_what_to_do(qtbot, data_dir):
    """With no sessions the page explains how to get one."""
    spotter = make_app(qtbot, data_dir)
    view = spotter.window.page("history")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        spotter.window.show_page("history")
    assert "No sessions yet" in view.detail.toPlainText()
    assert not view.delete.isEnabled() and not view.export.isEnabled()


def test_progress_suggests_a_level_for_next_time(history):
    """Each exercise row ends with the level Spotter suggests for next time."""
    _spotter, view = history
    assert view.progress.columnCount() == 5
    assert view.progress.item(0, 4).text().split()[-1] in ("easier", "standard", "harder")


def test_sessions_are_shown_with_the_titles_of_the_current_language(qtbot, data_dir):
    """A session recorded in English reads in Spanish under --lang es: history keeps the id."""
    from PySide6.QtWidgets import QApplication

    from app.context import Context
    from app.paths import Paths
    from app.ui.spotter_app import SpotterApp

    seed_history(data_dir, [(0, "glute-bridge", None)])
    spotter = SpotterApp(Context(paths=Paths.create(data_dir), lang="es"), QApplication.instance())
    qtbot.addWidget(spotter.window)
    try:
        with qtbot.waitSignal(spotter.library_loaded, timeout=20000):
            spotter.start(check_interrupted=False)
        spanish = spotter.library.exercise("glute-bridge").title
        assert spanish != "Glute Bridge"  # the bundled exercise has a Spanish translation
        view = spotter.window.page("history")
        with qtbot.waitSignal(view.loaded, timeout=10000):
            spotter.window.show_page("history")
        assert view.list.topLevelItem(0).text(1) == spanish
        assert spanish in view.detail.toPlainText() and "Glute Bridge" not in view.detail.toPlainText()
    finally:
        spotter.shutdown()


def test_demo_sessions_are_marked_and_not_counted(qtbot, data_dir):
    """A --speed session shows as a demo in the list and the detail, and counts for no statistic."""
    from conftest import run_spotter

    seed_history(data_dir, [(0, "glute-bridge", None)])
    done = run_spotter("--speed", "50", "play", "bird-dog", "--headless", "--mute", "--get-ready", "0",
                       data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    spotter = make_app(qtbot, data_dir)
    view = spotter.window.page("history")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        spotter.window.show_page("history")
    titles = [view.list.topLevelItem(i).text(1) for i in range(view.list.topLevelItemCount())]
    assert titles == ["Bird Dog (demo, ×50)", "Glute Bridge"]
    view.list.setCurrentItem(view.list.topLevelItem(0))
    assert "demo at 50× speed" in view.detail.toPlainText()
    assert view.cards["sessions"].text() == "1" and view.cards["streak"].text() == "1"
    assert [view.progress.item(r, 0).text() for r in range(view.progress.rowCount())] == ["Glute Bridge"]


def test_the_minutes_axis_is_numbered_for_a_small_week_too(qtbot):
    """A first week of four minutes still gets its numbers on the minutes axis (Qt drew none with "%d")."""
    import datetime as dt

    from app.history.records import WeekMinutes
    from app.ui.history.chart import WeeklyMinutesChart

    chart = WeeklyMinutesChart()
    qtbot.addWidget(chart)
    chart.resize(600, 450)
    chart.set_weeks([WeekMinutes(dt.date(2026, 11, 23), 2.8), WeekMinutes(dt.date(2026, 11, 30), 4.0)])
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage()
    plot = chart.chart.plotArea().toRect()
    corner = chart.view.mapTo(chart, chart.view.rect().topLeft())  # the plot is in the view's coordinates
    dx, dy = corner.x(), corner.y()
    # the numbers stand just left of the plot, between its top and its bottom (the title is further left)
    dark = sum(1 for x in range(dx + plot.left() - 20, dx + plot.left() - 3)
               for y in range(dy + plot.top() - 6, dy + plot.bottom() + 6)
               if image.pixelColor(x, y).lightness() < 110)
    assert dark > 20

"""Minutes per week as a bar chart, with Qt's own chart module (QtCharts).

QtCharts comes with the PySide6-Addons wheel, a dependency of Spotter. Should
it be missing anyway (a distribution that split it out), the chart is replaced
by a plain table of the same numbers, so the history still works.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.ui.qt import words
from app.ui.qt.theme import ACCENT

if TYPE_CHECKING:
    from app.history.records import WeekMinutes

try:
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSeries,
        QBarSet,
        QChart,
        QChartView,
        QValueAxis,
    )
except ImportError:  # pragma: no cover - depends on the installation
    QChart = None  # type: ignore[assignment,misc]


WEEKS_SHOWN = 8  # two months: enough for a trend, and every label fits


def charts_available() -> bool:
    """True when QtCharts can be imported."""
    return QChart is not None


class WeeklyMinutesChart(QWidget):
    """Bars of active minutes per ISO week, oldest on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Minutes per week"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.values: list[float] = []
        self.labels: list[str] = []
        if QChart is not None:
            self.chart = QChart()
            self.chart.legend().hide()
            self.chart.setMargins(QMargins(4, 4, 4, 4))
            self.chart.setBackgroundRoundness(8)
            self.chart.setLocale(QLocale())  # "0,5" in Spanish and German, on the bars and the axis
            self.chart.setLocalizeNumbers(True)
            self.view = QChartView(self.chart, self)
            self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.view.setAccessibleName(self.tr("Chart of active minutes per week"))
            layout.addWidget(self.view)
            self.table = None
        else:
            self.chart = None
            self.table = QTableWidget(0, 2, self)
            self.table.setHorizontalHeaderLabels([self.tr("Week"), self.tr("Minutes")])
            layout.addWidget(self.table)

    def set_weeks(self, weeks: Sequence[WeekMinutes]) -> None:
        """Show the last ``WEEKS_SHOWN`` ``WeekMinutes`` records (week_start, minutes), oldest first."""
        weeks = list(weeks)[-WEEKS_SHOWN:]
        self.labels = [words.day_month(w.week_start) for w in weeks]
        self.values = [round(float(w.minutes), 1) for w in weeks]
        if self.chart is None:
            assert self.table is not None
            self.table.setRowCount(len(weeks))
            for row, (label, value) in enumerate(zip(self.labels, self.values)):
                self.table.setItem(row, 0, QTableWidgetItem(label))
                self.table.setItem(row, 1, QTableWidgetItem(words.number(value)))
            return
        self.chart.removeAllSeries()  # (deletes them)
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)  # gives the axis back, undeleted: it would leak at each refresh
            axis.deleteLater()
        bars = QBarSet(self.tr("Minutes"))
        bars.append(self.values)
        bars.setColor(ACCENT)
        bars.setBorderColor(ACCENT)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(self.labels)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        x.setLabelsFont(small)
        y = QValueAxis()
        y.setRange(0, max([10.0, *self.values]) * 1.2)
        y.setLabelFormat("%.0f")  # ("%d" left the axis without numbers for ranges like 0-15)
        y.setTickCount(5)
        y.applyNiceNumbers()
        y.setTitleText(self.tr("minutes"))
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self.chart.setTitle(self.tr("Active minutes per week"))
        self.apply_scheme()

    def apply_scheme(self) -> None:
        """Match the chart to the app's light or dark palette."""
        if self.chart is None:
            return
        app = QApplication.instance()
        pal = app.palette() if isinstance(app, QApplication) else self.palette()
        text = pal.color(pal.ColorRole.Text)
        self.chart.setBackgroundBrush(pal.color(pal.ColorRole.Base))
        self.chart.setTitleBrush(text)
        for axis in self.chart.axes():
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setGridLineColor(QColor(pal.color(pal.ColorRole.Mid)))
        for series in self.chart.series():
            for bar_set in series.barSets():  # type: ignore[attr-defined]
                bar_set.setLabelColor(text)

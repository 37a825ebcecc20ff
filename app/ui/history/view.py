"""The History page: sessions by date, one session's detail, the weekly chart,
the streak, per-exercise progress, export and delete (with confirmation).

Everything is read through ``HistoryService`` on the disk thread; the page
refreshes when shown and whenever a session is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.durations import format_duration
from app.ui.history.chart import WeeklyMinutesChart
from app.ui.history.text import level_trail, session_markdown
from app.ui.qt import words
from app.ui.widgets.content_browser import ContentBrowser

if TYPE_CHECKING:
    from app.history.records import SessionRecord, Stats
    from app.ui.history.service import HistoryService


Titles = Callable[[str], "str | None"]  # an exercise or workout id -> its title now, None if unknown


class HistoryView(QWidget):
    """What the user did, and how they progress."""

    start_requested = Signal(str, str)
    loaded = Signal()  # a refresh has been drawn (for tests)

    def __init__(self, service: HistoryService, titles: Titles | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        # history keeps ids and the title of the day; the page shows the current language's title
        self._titles: Titles = titles or (lambda _id: None)
        self.records: dict[int, SessionRecord] = {}
        self.confirm: QMessageBox | None = None
        title = QLabel(self.tr("History"), self)
        title.setObjectName("pageTitle")
        self.export = QPushButton(self.tr("&Export…"), self)
        self.delete = QPushButton(self.tr("&Delete…"), self)
        self.delete.setObjectName("danger")
        self.again = QPushButton(self.tr("Do it &again"), self)
        self.export.setToolTip(self.tr("Save the whole history as a CSV or JSON file"))
        self.delete.setToolTip(self.tr("Delete the selected session from the history (asks first)"))
        self.again.setToolTip(self.tr("Start the selected session's exercise or workout again"))
        head = QHBoxLayout()
        head.addWidget(title, 1)
        for button in (self.again, self.export, self.delete):
            head.addWidget(button)
        self.cards: dict[str, QLabel] = {}
        cards = QHBoxLayout()
        for key, label in (("streak", self.tr("day streak")), ("week", self.tr("minutes this week")),
                           ("sessions", self.tr("sessions")), ("longest", self.tr("longest streak"))):
            value = QLabel("–", self)
            value.setObjectName("statBig")
            value.setProperty("caption", label)  # read with its number: "sesiones: 3"
            self.cards[key] = value
            box = QVBoxLayout()
            box.addWidget(value)
            box.addWidget(QLabel(label, self))
            cards.addLayout(box)
            cards.addSpacing(24)
        cards.addStretch(1)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Session"), self.tr("Status"), self.tr("Time")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Sessions by date"))
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        self.chart = WeeklyMinutesChart(self)
        self.detail = ContentBrowser(self)
        self.detail.setAccessibleName(self.tr("Session details"))
        self.progress = QTableWidget(0, 5, self)
        self.progress.setHorizontalHeaderLabels([self.tr("Exercise"), self.tr("Times"), self.tr("Last done"),
                                                 self.tr("Levels, oldest first (E/S/H)"), self.tr("Next time")])
        self.progress.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.progress.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.progress.setAccessibleName(self.tr("Progress by exercise"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.chart, self.tr("Minutes per week"))
        self.tabs.addTab(self.detail, self.tr("Session"))
        self.tabs.addTab(self.progress, self.tr("Progress by exercise"))
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.tabs)
        splitter.setSizes([520, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(cards)
        layout.addWidget(splitter, 1)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda *_: self.tabs.setCurrentWidget(self.detail))
        self.export.clicked.connect(self.ask_export)
        self.delete.clicked.connect(self.ask_delete)
        self.again.clicked.connect(self._again)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.ask_delete)
        service.changed.connect(self.refresh)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the history afresh each time the page is opened."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Load sessions and statistics (disk thread) and draw them."""
        self.service.call(lambda store: (store.sessions(limit=500), store.stats()), self._draw)

    def _draw(self, answer: tuple[list[SessionRecord], Stats]) -> None:
        sessions, stats = answer
        current = self.current_id()
        self.records = {r.id: r for r in sessions}
        self.list.clear()
        for r in sessions:
            title = self._titles(r.source_id) or r.title
            if r.demo:
                title = self.tr("%s (demo, ×%s)") % (title, words.number(r.speed))
            item = QTreeWidgetItem([words.date_time(r.started_at), title, words.status(r.status.value),
                                    format_duration(r.active_seconds)])
            if r.demo:
                item.setToolTip(1, self.tr("Played with --speed: left out of the streak, minutes and progress"))
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            self.list.addTopLevelItem(item)
            if r.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        for col in (0, 2, 3):
            self.list.resizeColumnToContents(col)
        self.cards["streak"].setText(str(stats.streak))
        self.cards["longest"].setText(str(stats.longest_streak))
        self.cards["sessions"].setText(str(stats.sessions))
        self.cards["week"].setText(words.number(round(stats.weeks[-1].minutes)) if stats.weeks else "0")
        for card in self.cards.values():  # a screen reader says the number with what it counts
            card.setAccessibleName(f"{card.property('caption')}: {card.text()}")
        self.chart.set_weeks(stats.weeks)
        self.progress.setRowCount(len(stats.exercises))
        for row, ex in enumerate(stats.exercises):
            cells = (self._titles(ex.id) or ex.title, str(ex.times), words.day(ex.last_done),
                     f"{level_trail(ex.levels)}   {words.trend(ex.trend)}",
                     self._suggestion(ex.suggested_level))
            for col, text in enumerate(cells):
                self.progress.setItem(row, col, QTableWidgetItem(text))
        self.progress.resizeColumnsToContents()
        if not sessions:
            self.detail.show_markdown(self.tr("No sessions yet. Pick an exercise in the Library and press "
                                              "Start: it will show up here."), None)
        self._update_buttons()
        self.loaded.emit()

    def _suggestion(self, level: str) -> str:
        """What to try next time, from the history's suggested level."""
        texts = {"easier": self.tr("try easier"), "standard": self.tr("try standard"),
                 "harder": self.tr("try harder")}
        return texts.get(level, level)

    def current_id(self) -> int | None:
        """The id of the selected session."""
        item = self.list.currentItem()
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item else None

    def _show_current(self, *_args: object) -> None:
        record = self.records.get(self.current_id() or -1)
        if record is not None:
            self.detail.show_markdown(session_markdown(record, self._titles), None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.current_id() is not None
        self.delete.setEnabled(selected)
        self.again.setEnabled(selected)
        self.export.setEnabled(bool(self.records))

    def _again(self) -> None:
        record = self.records.get(self.current_id() or -1)
        if record is not None:
            self.start_requested.emit(record.source_id, "")

    def ask_delete(self) -> QMessageBox | None:
        """Ask before deleting the selected session (returns the open question)."""
        record = self.records.get(self.current_id() or -1)
        if record is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete this session?"),
                          self.tr("Delete “%s” of %s from your history? This cannot be undone.")
                          % (record.title, words.date_time(record.started_at)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        session_id = record.id

        def answered(result: int) -> None:
            self.confirm = None
            if result == QMessageBox.StandardButton.Yes:
                self.service.call(lambda store: store.delete(session_id), lambda _ok: self.refresh())

        box.finished.connect(answered)
        self.confirm = box
        box.open()
        return box

    def ask_export(self) -> None:
        """Ask where to save, then export CSV or JSON by the file's extension."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), str(Path.home() / "spotter-history.csv"),
            self.tr("CSV, one row per exercise (*.csv);;JSON (*.json)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the export on the disk thread; say where it went."""
        fmt = "json" if path.suffix.lower() == ".json" else "csv"
        self.service.call(lambda store: store.export(fmt, path),
                          lambda _text: self.service.notice.emit(self.tr("History exported to %s") % path))

"""The Library: search as you type, filters, the exercise list and its detail."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.library.detail import ExerciseDetail, ImageLoader, load_image_now
from app.ui.library.model import ExerciseFilterProxy, ExerciseListModel, ExerciseRole
from app.ui.qt import words
from app.ui.widgets.row_delegate import TwoLineDelegate

if TYPE_CHECKING:
    from app.content.model import Exercise


class LibraryView(QWidget):
    """Find an exercise and start it."""

    start_requested = Signal(str, str)  # exercise id, modification ("" = standard)
    import_requested = Signal()  # Import…: exercises from another database

    def __init__(self, image_loader: ImageLoader = load_image_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ExerciseListModel(self)
        self.proxy = ExerciseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        # every widget is made in the parent it stays in: one moved there later is styled again
        splitter = QSplitter(self)
        left = QWidget(splitter)
        self.search = QLineEdit(left)
        self.search.setPlaceholderText(self.tr("Search exercises (Ctrl+F)…"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.import_button = QPushButton(left)  # (see ExerciseDetail.start)
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import exercises from free-exercise-db (exercises.json)"))
        self.import_button.clicked.connect(self.import_requested)
        self.muscle = self._combo(left, self.tr("Muscle filter"), self.tr("Any muscle"))
        self.muscle.setToolTip(self.tr("Show only the exercises that work this muscle"))
        self.equipment = self._combo(left, self.tr("Equipment filter"), self.tr("Any equipment"))
        self.equipment.setToolTip(self.tr("Show only the exercises that use this equipment"))
        self.difficulty = self._combo(left, self.tr("Difficulty filter"), self.tr("Any difficulty"))
        self.difficulty.setToolTip(self.tr("Show only the exercises of this difficulty"))
        for value in ("beginner", "intermediate", "advanced"):
            self.difficulty.addItem(words.difficulty(value), value)
        self.list = QListView(left)
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setToolTip(self.tr("Pick an exercise to see it; Enter starts it"))
        self.count = QLabel(left)
        self.count.setObjectName("muted")
        self.detail = ExerciseDetail(image_loader, splitter)
        self.detail.start_requested.connect(self.start_requested)

        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.import_button)
        filters = QHBoxLayout()
        for combo in (self.muscle, self.equipment, self.difficulty):
            filters.addWidget(combo, 1)
        left_layout.addLayout(top)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self._refilter)
        for combo in (self.muscle, self.equipment, self.difficulty):
            combo.currentIndexChanged.connect(self._refilter)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list.activated.connect(lambda _index: self.detail.start.click())
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.detail.start.click)
        self.search.returnPressed.connect(self._first_result)
        self._refilter()

    def finish_setup(self) -> None:
        """After start-up: the search's clear button (its icon is loaded from the style)."""
        self.search.setClearButtonEnabled(True)

    @staticmethod
    def _combo(parent: QWidget, name: str, any_label: str) -> QComboBox:
        combo = QComboBox(parent)
        combo.setAccessibleName(name)
        combo.addItem(any_label, "")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(3)
        return combo

    def set_exercises(self, exercises: Iterable[Exercise]) -> None:
        """Fill the list (after the library is loaded) and the filter menus."""
        self.model.set_exercises(exercises)
        for combo, values, name in ((self.muscle, self.model.all_muscles(), words.muscle),
                                    (self.equipment, self.model.all_equipment(), words.equipment)):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in sorted(values, key=lambda v, name=name: name(v).casefold()):
                combo.addItem(name(value), value)  # shown in the interface language, kept as written
            combo.blockSignals(False)
        self._refilter()

    def _refilter(self) -> None:
        self.proxy.set_filters(
            text=self.search.text(),
            muscle=str(self.muscle.currentData() or ""),
            equipment=str(self.equipment.currentData() or ""),
            difficulty=str(self.difficulty.currentData() or ""),
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("%1 of %n exercise(s)", "", total).replace("%1", str(shown)))
        self._sync_detail()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._sync_detail()

    def _sync_detail(self) -> None:
        """Show the selected exercise; after filtering, keep a visible row selected."""
        indexes = self.list.selectionModel().selectedIndexes()
        if not indexes and self.proxy.rowCount():
            self._select_row(0)  # re-enters through selectionChanged
            return
        exercise = indexes[0].data(ExerciseRole) if indexes else None
        if exercise is not self.detail.exercise:
            self.detail.show_exercise(exercise)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _select_row(self, row: int) -> None:
        self.list.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _first_result(self) -> None:
        if self.proxy.rowCount():
            self._select_row(0)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def select(self, exercise_id: str) -> QModelIndex:
        """Select an exercise by id (returns the proxy index, invalid if hidden or unknown)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ExerciseRole).id == exercise_id:
                self._select_row(row)
                return index
        return QModelIndex()

"""The workout builder: pick exercises, set sets/reps/seconds/rest, save a file.

Add with the picker (type to find an exercise, Enter or "Add"), remove and
reorder with the buttons or Delete / Ctrl+Up / Ctrl+Down. The table's 0 means
"the exercise's own value". Saving runs on the disk thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.content.model import Exercise
from app.content.workout_file import BuiltItem, save_workout, workout_text
from app.ui.qt import words

Runner = Callable[..., object]  # Background.run(job, done, error)
_COLUMNS = ("sets", "reps", "seconds", "rest")


class WorkoutBuilder(QDialog):
    """Builds a workout from the library's exercises and saves it to ``folder``."""

    saved = Signal(Path)

    def __init__(self, exercises: Mapping[str, Exercise], folder: Path, run: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workout"))
        self.resize(760, 520)
        self._exercises = exercises
        self._folder = folder
        self._run = run
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Workout title"))
        self.description = QLineEdit(self)
        self.description.setAccessibleName(self.tr("Description"))
        self.difficulty = QComboBox(self)
        for value in ("beginner", "intermediate", "advanced"):
            self.difficulty.addItem(words.difficulty(value), value)
        self.rest_between = QSpinBox(self)
        self.rest_between.setRange(0, 300)
        self.rest_between.setValue(20)
        self.rest_between.setSuffix(self.tr(" s"))
        self.picker = QComboBox(self)
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setAccessibleName(self.tr("Exercise to add"))
        for ex in sorted(exercises.values(), key=lambda e: e.title.casefold()):
            self.picker.addItem(ex.title, ex.id)
        self.add = QPushButton(self.tr("&Add"), self)
        self.remove = QPushButton(self.tr("&Remove"), self)
        self.up = QPushButton(self.tr("Move &up"), self)
        self.down = QPushButton(self.tr("Move &down"), self)
        self.add.setToolTip(self.tr("Add the exercise chosen on the left (Enter)"))
        self.remove.setToolTip(self.tr("Remove the selected exercise (Delete)"))
        self.up.setToolTip(self.tr("Move the selected exercise earlier (Ctrl+Up)"))
        self.down.setToolTip(self.tr("Move the selected exercise later (Ctrl+Down)"))
        self.table = QTableWidget(0, 1 + len(_COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr("Exercise"), self.tr("Sets"), self.tr("Reps"),
                                              self.tr("Seconds"), self.tr("Rest after (s)")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Exercises in this workout"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("D&escription:"), self.description)
        form.addRow(self.tr("Di&fficulty:"), self.difficulty)
        form.addRow(self.tr("Rest &between exercises:"), self.rest_between)
        pick = QHBoxLayout()
        pick.addWidget(self.picker, 1)
        pick.addWidget(self.add)
        edit = QHBoxLayout()
        for button in (self.remove, self.up, self.down):
            edit.addWidget(button)
        edit.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(pick)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit)
        layout.addWidget(self.buttons)
        self.add.clicked.connect(self.add_current)
        self.picker.lineEdit().returnPressed.connect(self.add_current)
        self.remove.clicked.connect(self.remove_current)
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        QShortcut(QKeySequence("Ctrl+Up"), self, lambda: self.move_current(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self, lambda: self.move_current(1))
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_current)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def add_exercise(self, exercise_id: str, sets: int = 0, reps: int = 0, seconds: int = 0,
                     rest: int = 0) -> None:
        """Append an exercise row."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(self._exercises[exercise_id].title)
        name.setData(Qt.ItemDataRole.UserRole, exercise_id)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, name)
        for col, (value, high) in enumerate(((sets, 20), (reps, 100), (seconds, 600), (rest, 300)), 1):
            spin = QSpinBox(self.table)
            spin.setRange(0, high)
            spin.setValue(value)
            spin.setSpecialValueText(self.tr("default"))
            self.table.setCellWidget(row, col, spin)
        self.table.setCurrentCell(row, 0)

    def add_current(self) -> None:
        """Add the exercise chosen in the picker."""
        index = self.picker.findText(self.picker.currentText(), Qt.MatchFlag.MatchContains)
        exercise_id = self.picker.itemData(index) if index >= 0 else None
        if exercise_id:
            self.add_exercise(str(exercise_id))

    def items(self) -> list[BuiltItem]:
        """The rows as workout items, in order."""
        out = []
        for row in range(self.table.rowCount()):
            values = [self.table.cellWidget(row, c).value() for c in range(1, 1 + len(_COLUMNS))]  # type: ignore[attr-defined]
            out.append(BuiltItem(str(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)), *values))
        return out

    def remove_current(self) -> None:
        """Remove the selected row."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_current(self, delta: int) -> None:
        """Move the selected row up (-1) or down (+1)."""
        row, items = self.table.currentRow(), self.items()
        target = row + delta
        if row < 0 or not 0 <= target < len(items):
            return
        items[row], items[target] = items[target], items[row]
        self.table.setRowCount(0)
        for item in items:
            self.add_exercise(item.exercise, item.sets, item.reps, item.seconds, item.rest)
        self.table.setCurrentCell(target, 0)

    def save(self) -> None:
        """Check the form, then write the file on the disk thread."""
        title, items = self.title.text().strip(), self.items()
        if not title or not items:
            QMessageBox.information(self, self.tr("Not yet"),
                                    self.tr("Give the workout a title and add at least one exercise."))
            return
        text = workout_text(title, self.description.text().strip(), str(self.difficulty.currentData()),
                            self.rest_between.value(), items)
        self.buttons.setEnabled(False)
        self._run(lambda: save_workout(self._folder, title, text), self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        self.saved.emit(path)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        QMessageBox.warning(self, self.tr("Not saved"), self.tr("The workout could not be saved: %s") % exc)

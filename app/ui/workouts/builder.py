"""The workout builder: pick exercises, set sets/reps/seconds/rest, save a file.

Find an exercise by typing (its name, a muscle or the equipment: the list
narrows as you type), then Enter, a double-click or "Add" puts it in the part
chosen beside it: warm-up, main or cool-down. Remove and reorder with the
buttons or Delete / Ctrl+Up / Ctrl+Down; a row's part can be changed in the
table. The table's 0 means "the exercise's own value". Saving runs on the disk
thread. Opened on one of the user's own workouts, the builder edits it: saving
writes that file again. An exercise written in that file itself (not one of
the library's) is a row that can be moved or removed but not changed: saving
writes it back as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.content.model import Exercise, Workout
from app.content.workout_file import PARTS, BuiltItem, built_items, save_workout, workout_text
from app.ui.qt import words

Runner = Callable[..., object]  # Background.run(job, done, error)
_NUMBERS = ("sets", "reps", "seconds", "rest")
_FIRST_NUMBER = 2  # columns: part, exercise, then the numbers


class WorkoutBuilder(QDialog):
    """Builds a workout from the library's exercises and saves it to ``folder``."""

    saved = Signal(Path)

    def __init__(self, exercises: Mapping[str, Exercise], folder: Path, run: Runner,
                 parent: QWidget | None = None, editing: Workout | None = None) -> None:
        super().__init__(parent)
        self._part_names = {"warmup": self.tr("Warm-up"), "main": self.tr("Main"),
                            "cooldown": self.tr("Cool-down")}
        self.setWindowTitle(self.tr("Edit workout") if editing else self.tr("New workout"))
        self.resize(960, 600)
        self._exercises = exercises
        self._folder = folder
        self._run = run
        self.editing = editing
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
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find an exercise: name, muscle or equipment…"))
        self.search.setAccessibleName(self.tr("Find an exercise to add"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget(self)
        self.matches.setAccessibleName(self.tr("Exercises found"))
        self.matches.setMaximumHeight(130)
        for ex in sorted(exercises.values(), key=lambda e: e.title.casefold()):
            row = QListWidgetItem(ex.title, self.matches)
            row.setData(Qt.ItemDataRole.UserRole, ex.id)
            row.setToolTip(", ".join((*map(words.muscle, ex.muscles), *map(words.equipment, ex.equipment))))
        self.part = self._part_box(self, "main")
        self.part.setAccessibleName(self.tr("Add to part"))
        self.add = QPushButton(self.tr("&Add"), self)
        self.remove = QPushButton(self.tr("&Remove"), self)
        self.up = QPushButton(self.tr("Move &up"), self)
        self.down = QPushButton(self.tr("Move &down"), self)
        self.add.setToolTip(self.tr("Add the exercise found above (Enter in the search)"))
        self.remove.setToolTip(self.tr("Remove the selected exercise (Delete)"))
        self.up.setToolTip(self.tr("Move the selected exercise earlier (Ctrl+Up)"))
        self.down.setToolTip(self.tr("Move the selected exercise later (Ctrl+Down)"))
        self.table = QTableWidget(0, _FIRST_NUMBER + len(_NUMBERS), self)
        self.table.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Exercise"), self.tr("Sets"),
                                              self.tr("Reps"), self.tr("Seconds"),
                                              self.tr("Rest after (s)")])
        header = self.table.horizontalHeader()  # parts and numbers as wide as their words
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Exercises in this workout"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("D&escription:"), self.description)
        form.addRow(self.tr("Di&fficulty:"), self.difficulty)
        form.addRow(self.tr("Rest &between exercises:"), self.rest_between)
        pick = QHBoxLayout()
        pick.addWidget(self.search, 1)
        pick.addWidget(self.part)
        pick.addWidget(self.add)
        edit = QHBoxLayout()
        for button in (self.remove, self.up, self.down):
            edit.addWidget(button)
        edit.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(pick)
        layout.addWidget(self.matches)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.filter)
        self.search.installEventFilter(self)
        self.matches.itemActivated.connect(lambda _item: self.add_current())
        self.add.clicked.connect(self.add_current)
        self.remove.clicked.connect(self.remove_current)
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        QShortcut(QKeySequence("Ctrl+Up"), self, lambda: self.move_current(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self, lambda: self.move_current(1))
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_current)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.filter("")
        if editing is not None:
            self._fill(editing)

    def _part_box(self, parent: QWidget, part: str) -> QComboBox:
        box = QComboBox(parent)
        for key in PARTS:
            box.addItem(self._part_names[key], key)
        box.setCurrentIndex(PARTS.index(part))
        return box

    def _fill(self, workout: Workout) -> None:
        """Show a workout being edited."""
        self.title.setText(workout.title)
        intro = workout.intro.strip()  # a file without a description: its body's first words
        self.description.setText(workout.description or ("" if "\n" in intro else intro))
        self.difficulty.setCurrentIndex(max(0, self.difficulty.findData(workout.difficulty.value)))
        self.rest_between.setValue(round(workout.rest_between))
        for item in built_items(workout):
            self.add_item(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the search adds the exercise found, and goes no further: it never saves."""
        if (watched is self.search and event.type() is QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):  # type: ignore[attr-defined]
            self.add_current()
            return True
        return super().eventFilter(watched, event)

    # -- the picker --------------------------------------------------------------------------
    def filter(self, text: str) -> None:
        """Show only the exercises whose name, muscles or equipment contain every word typed."""
        typed = text.casefold().split()
        first = by_title = None
        for i in range(self.matches.count()):
            row = self.matches.item(i)
            ex = self._exercises[row.data(Qt.ItemDataRole.UserRole)]
            haystack = " ".join((ex.title, ex.id, *words.body_terms(ex))).casefold()
            hidden = not all(w in haystack for w in typed)
            row.setHidden(hidden)
            first = first or (None if hidden else row)
            if by_title is None and typed and all(w in ex.title.casefold() for w in typed):
                by_title = row  # "glute" means Glute Bridge before the exercises for the glutes
        chosen = by_title or first
        if chosen is not None:
            self.matches.setCurrentItem(chosen)
            self.matches.scrollToItem(chosen)

    def add_current(self) -> None:
        """Add the exercise chosen in the list (the first match) to the chosen part."""
        row = self.matches.currentItem()
        if row is None or row.isHidden():
            return
        self.add_exercise(str(row.data(Qt.ItemDataRole.UserRole)), part=str(self.part.currentData()))

    # -- the table ---------------------------------------------------------------------------
    def add_exercise(self, exercise_id: str, sets: int = 0, reps: int = 0, seconds: int = 0,
                     rest: int = 0, part: str = "main") -> None:
        """Append an exercise row."""
        self.add_item(BuiltItem(exercise_id, sets, reps, seconds, rest, part))

    def add_item(self, item: BuiltItem, at_end: bool = False) -> None:
        """Add one row after the last row of its part (so parts stay in order), or at the end."""
        row = self.table.rowCount() if at_end else sum(
            1 for it in self.items() if PARTS.index(it.part) <= PARTS.index(item.part))
        self.table.insertRow(row)
        self.table.setCellWidget(row, 0, self._part_box(self.table, item.part))
        name = QTableWidgetItem(self._title(item))
        name.setData(Qt.ItemDataRole.UserRole, item.exercise)
        name.setData(Qt.ItemDataRole.UserRole + 1, item.modification)
        name.setData(Qt.ItemDataRole.UserRole + 2, item.inline)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if item.inline:
            name.setToolTip(self.tr("Written in this workout's file: saving keeps it as it is there. "
                                    "Move or remove it here; change it in the file."))
        self.table.setItem(row, 1, name)
        values = (item.sets, item.reps, item.seconds, item.rest)
        for col, (value, high) in enumerate(zip(values, (20, 100, 600, 300)), _FIRST_NUMBER):
            spin = QSpinBox(self.table)
            spin.setRange(0, max(high, value))  # a file's larger value is kept, not cut
            spin.setValue(value)
            spin.setSpecialValueText(self.tr("default"))
            spin.setEnabled(not item.inline)
            self.table.setCellWidget(row, col, spin)
        self.table.setCurrentCell(row, 1)

    def _title(self, item: BuiltItem) -> str:
        """A row's name: the exercise's title, and what is special about it."""
        if item.inline:
            return self.tr("%s (written in the file)") % item.inline
        exercise = self._exercises.get(item.exercise)
        if exercise is None:
            return self.tr("%s (not in the library)") % item.exercise
        return f"{exercise.title} ({item.modification})" if item.modification else exercise.title

    def items(self) -> list[BuiltItem]:
        """The rows as workout items, in order."""
        out = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 1)
            if name is None:  # a row being inserted
                continue
            values = [self.table.cellWidget(row, c).value()  # type: ignore[attr-defined]
                      for c in range(_FIRST_NUMBER, _FIRST_NUMBER + len(_NUMBERS))]
            part = str(self.table.cellWidget(row, 0).currentData())  # type: ignore[attr-defined]
            out.append(BuiltItem(str(name.data(Qt.ItemDataRole.UserRole)), *values, part=part,
                                 modification=str(name.data(Qt.ItemDataRole.UserRole + 1) or ""),
                                 inline=str(name.data(Qt.ItemDataRole.UserRole + 2) or "")))
        return out

    def remove_current(self) -> None:
        """Remove the selected row."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_current(self, delta: int) -> None:
        """Move the selected row up (-1) or down (+1) within its part."""
        row, items = self.table.currentRow(), self.items()
        target = row + delta
        if row < 0 or not 0 <= target < len(items) or items[row].part != items[target].part:
            return
        items[row], items[target] = items[target], items[row]
        self.table.setRowCount(0)
        for item in items:
            self.add_item(item, at_end=True)
        self.table.setCurrentCell(target, 1)

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        """Check the form, then write the file on the disk thread."""
        title, items = self.title.text().strip(), self.items()
        if not title or not any(it.part == "main" for it in items):
            QMessageBox.information(self, self.tr("Not yet"),
                                    self.tr("Give the workout a title and add at least one exercise "
                                            "to its main part."))
            return
        text = workout_text(title, self.description.text().strip(), str(self.difficulty.currentData()),
                            self.rest_between.value(), items)
        self.buttons.setEnabled(False)
        replace = Path(self.editing.path) if self.editing is not None else None
        self._run(lambda: save_workout(self._folder, title, text, replace), self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        self.saved.emit(path)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        QMessageBox.warning(self, self.tr("Not saved"), self.tr("The workout could not be saved: %s") % exc)

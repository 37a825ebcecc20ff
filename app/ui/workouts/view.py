"""The Workouts page: bundled and user workouts, their exercises and total time.

The total time is the compiled plan's (the same numbers the player will use),
with speech lengths estimated from the word count. The user's own workouts (in
``<data-dir>/content/workouts``) can be edited in the builder and deleted
(after a question); bundled ones cannot, and their buttons say why.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.content.crosscheck import mixing_notes
from app.content.model import Workout
from app.context import Context
from app.i18n import said_in
from app.ui.library.model import SubtitleRole, format_duration
from app.ui.qt import words
from app.ui.qt.invoker import Background
from app.ui.qt.translation import current_language
from app.ui.widgets.content_browser import ContentBrowser
from app.ui.widgets.figure_strip import FigureStrip
from app.ui.widgets.markdown import workout_markdown
from app.ui.widgets.row_delegate import TwoLineDelegate

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app.content.model import Exercise, Library
    from app.content.pose import Pose


def planned_seconds(workout: Workout, exercises: Mapping[str, Exercise]) -> float | None:
    """The workout's planned length (the planner's), or None if it cannot be planned."""
    from app.session.plan import planned_seconds as planned
    from app.speech.settings import estimate_seconds

    return planned(workout, exercises, estimate_seconds)


class WorkoutsView(QWidget):
    """Lists workouts, shows one, starts it, and opens the builder."""

    start_requested = Signal(str, str)  # workout id, "" (workouts use their own modifications)
    saved = Signal(Path)

    def __init__(self, ctx: Context, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._background = background
        self._library: Library | None = None
        self.list = QListWidget(self)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setAccessibleName(self.tr("Workouts"))
        self.list.setToolTip(self.tr("Pick a workout to see its exercises; Enter starts it"))
        self.browser = ContentBrowser(self)
        self.browser.setAccessibleName(self.tr("Workout details"))
        self.figures = FigureStrip(self)
        self.figures.setAccessibleName(self.tr("Figures of the workout's exercises"))
        self.start = QPushButton(self.tr("&Start workout"), self)
        self.start.setObjectName("primary")
        self.start.setToolTip(self.tr("Start the selected workout (Enter in the list)"))
        self.new = QPushButton(self.tr("&New workout…"), self)
        self.new.setToolTip(self.tr("Build a workout of your own from the library's exercises"))
        self.edit = QPushButton(self.tr("&Edit…"), self)
        self.delete = QPushButton(self.tr("&Delete…"), self)
        self.delete.setObjectName("danger")
        self.question: QMessageBox | None = None
        bar = QHBoxLayout()
        bar.addWidget(self.new)
        bar.addWidget(self.edit)
        bar.addWidget(self.delete)
        bar.addStretch(1)
        bar.addWidget(self.start)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.figures)
        right_layout.addWidget(self.browser, 1)
        right_layout.addLayout(bar)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([400, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda _item: self.start.click())
        self.start.clicked.connect(self._start)
        self.new.clicked.connect(lambda: self.open_builder())
        self.edit.clicked.connect(self.edit_current)
        self.delete.clicked.connect(self.ask_delete)
        self.start.setEnabled(False)
        self._show_ownership(False)

    def set_library(self, library: Library) -> None:
        """Fill the list from a loaded library."""
        self._library = library
        current = self.current_id()
        self.list.clear()
        user_root = self._ctx.paths.user_content.resolve()
        for w in sorted(library.workouts.values(), key=lambda w: w.title.casefold()):
            seconds = planned_seconds(w, library.exercises)
            mine = user_root in Path(w.path).resolve().parents
            bits = [words.difficulty(w.difficulty.value),
                    format_duration(seconds) if seconds else self.tr("cannot be planned"),
                    words.exercises(len(w.all_items()))]
            if mine:
                bits.append(self.tr("yours"))
            item = QListWidgetItem(w.title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, w.id)
            item.setData(SubtitleRole, " · ".join(bits))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, " · ".join(bits))  # read, not only painted
            item.setData(Qt.ItemDataRole.UserRole + 10, seconds)
            item.setData(Qt.ItemDataRole.UserRole + 11, mine)
        if self.list.count():
            ids = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
            self.list.setCurrentRow(ids.index(current) if current in ids else 0)

    def current_id(self) -> str | None:
        """The id of the selected workout."""
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _show_ownership(self, mine: bool) -> None:
        """Edit and Delete work on the user's own workouts; on others they say why not."""
        why = "" if mine else self.tr("Only your own workouts can be changed: make a new one instead.")
        for button, tip in ((self.edit, self.tr("Change this workout in the builder")),
                            (self.delete, self.tr("Delete this workout (asks first)"))):
            button.setEnabled(mine)
            button.setToolTip(tip if mine else why)
            button.setAccessibleDescription(tip if mine else why)

    def current_workout(self) -> Workout | None:
        """The selected workout."""
        workout_id = self.current_id()
        return self._library.workouts.get(workout_id) if workout_id and self._library else None

    def _show_current(self, item: QListWidgetItem | None) -> None:
        self.start.setEnabled(item is not None)
        self._show_ownership(bool(item is not None and item.data(Qt.ItemDataRole.UserRole + 11)))
        if item is None or self._library is None:
            self.browser.show_markdown("", None)
            self.figures.show_items(())
            return
        w = self._library.workouts[item.data(Qt.ItemDataRole.UserRole)]
        titles = {k: e.title for k, e in self._library.exercises.items()}
        self.figures.show_items(self._figures(w))
        # a later folder replaced one of its exercises: said in the interface's language
        notes = [said_in(current_language(), n) for n in mixing_notes(self._library, w)]
        self.browser.show_markdown(
            workout_markdown(w, titles, item.data(Qt.ItemDataRole.UserRole + 10), notes), w.root)

    def _figures(self, workout: Workout) -> list[tuple[str, Pose | None, str | None]]:
        """One figure per exercise of the workout: the first step of the level it plays."""
        from app.content.pose import posed

        found = []
        for item in workout.all_items():
            ex = self._library.exercises.get(item.exercise)
            if ex is None:
                continue
            mod = ex.modification(item.modification) if item.modification else None
            steps = posed(mod.steps if mod is not None and mod.steps else ex.steps, ex.title, ex.pose)
            found.append((ex.title, steps[0].pose, steps[0].side))
        return found

    def _start(self) -> None:
        workout_id = self.current_id()
        if workout_id:
            self.start_requested.emit(workout_id, "")

    def _user_folder(self) -> Path:
        return self._ctx.paths.user_content / "workouts"

    def edit_current(self) -> QWidget | None:
        """Open the builder on the selected workout, if it is the user's (returned for tests)."""
        workout = self.current_workout()
        if workout is None or not self.edit.isEnabled():
            return None
        return self.open_builder(workout)

    def ask_delete(self) -> QMessageBox | None:
        """Ask, then delete the selected workout's file (the user's own only)."""
        workout = self.current_workout()
        if workout is None or not self.delete.isEnabled():
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete this workout?"),
                          self.tr("Delete “%s”? Its file is removed; sessions you did with it stay "
                                  "in your history.") % workout.title,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep it"))
        path, folder = Path(workout.path), self._user_folder()

        def answered(result: int) -> None:
            self.question = None
            if result != QMessageBox.StandardButton.Yes:
                return
            from app.content.workout_file import delete_workout

            self._background.run(lambda: delete_workout(path, folder), lambda _none: self.saved.emit(path),
                                 lambda exc: QMessageBox.warning(
                                     self, self.tr("Not deleted"),
                                     self.tr("The workout could not be deleted: %s") % exc))

        box.finished.connect(answered)
        self.question = box
        box.open()
        return box

    def open_builder(self, editing: Workout | None = None) -> QWidget:
        """Open the workout builder, new or on ``editing`` (returned for tests)."""
        from app.ui.workouts.builder import WorkoutBuilder

        exercises = self._library.exercises if self._library is not None else {}
        builder = WorkoutBuilder(exercises, self._user_folder(), self._background.run, self, editing)
        builder.saved.connect(self.saved)
        builder.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        builder.open()
        return builder

"""The exercise list as a Qt model, with a filter proxy for search and filters.

The model keeps, per exercise, one lower-case search string and the
muscle/equipment sets, made on the first search (not at start-up) and kept
until the next library load, so filtering 10,000 rows on each key press is a
set lookup and a substring test per row, no Markdown, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.content.model import Exercise
from app.durations import format_duration
from app.ui.qt import words

ExerciseRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 2
DifficultyRole = Qt.ItemDataRole.UserRole + 3

_DIFFICULTY_ORDER = {"beginner": 0, "intermediate": 1, "advanced": 2}


class _Row:
    """One exercise with what the filter and the delegate need, each made when first asked.

    A library of thousands of exercises is shown at start-up, so nothing is
    computed for a row before the filter or the painter needs it.
    """

    __slots__ = ("_equipment", "_haystack", "_muscles", "_subtitle", "exercise")

    def __init__(self, exercise: Exercise) -> None:
        self.exercise = exercise
        self._haystack: str | None = None
        self._muscles: frozenset[str] | None = None
        self._equipment: frozenset[str] | None = None
        self._subtitle: str | None = None

    @property
    def haystack(self) -> str:
        if self._haystack is None:
            ex = self.exercise
            self._haystack = " ".join([ex.title, ex.id, ex.description, *words.body_terms(ex),
                                       *ex.keywords]).casefold()
        return self._haystack

    @property
    def muscles(self) -> frozenset[str]:
        if self._muscles is None:
            self._muscles = frozenset(m.casefold() for m in self.exercise.muscles)
        return self._muscles

    @property
    def equipment(self) -> frozenset[str]:
        if self._equipment is None:
            self._equipment = frozenset(e.casefold() for e in self.exercise.equipment)
        return self._equipment

    @property
    def subtitle(self) -> str:
        if self._subtitle is None:
            ex = self.exercise
            text = f"{words.difficulty(ex.difficulty.value)} · {format_duration(ex.duration)}"
            muscles = ", ".join(map(words.muscle, ex.muscles[:3]))
            self._subtitle = f"{text} · {muscles}" if muscles else text
        return self._subtitle



class ExerciseListModel(QAbstractListModel):
    """One row per exercise, ordered by title."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def set_exercises(self, exercises: Iterable[Exercise]) -> None:
        """Replace the rows (after a library load)."""
        self.beginResetModel()
        ordered = sorted(exercises, key=lambda e: e.title.casefold())
        self._rows = [_Row(e) for e in ordered]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.exercise.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return row.exercise.description
        if role == SubtitleRole:
            return row.subtitle
        if role == ExerciseRole:
            return row.exercise
        if role == DifficultyRole:
            return row.exercise.difficulty.value
        return None

    def row_data(self, row: int) -> _Row:
        """The precomputed row (for the proxy's filter)."""
        return self._rows[row]

    def all_muscles(self) -> list[str]:
        """Every muscle named in the library, for the filter menu."""
        return sorted({m for r in self._rows for m in r.exercise.muscles}, key=str.casefold)

    def all_equipment(self) -> list[str]:
        """Every piece of equipment named in the library, for the filter menu."""
        return sorted({e for r in self._rows for e in r.exercise.equipment}, key=str.casefold)


class ExerciseFilterProxy(QSortFilterProxyModel):
    """Search text (every word must match) plus muscle, equipment and difficulty filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._muscle = ""
        self._equipment = ""
        self._difficulty = ""

    def set_filters(self, text: str = "", muscle: str = "", equipment: str = "", difficulty: str = "") -> None:
        """Apply new filters; empty strings mean "any" (the same filters again cost nothing)."""
        wanted = (tuple(text.casefold().split()), muscle.casefold(), equipment.casefold(),
                  difficulty.casefold())
        if wanted == (self._words, self._muscle, self._equipment, self._difficulty):
            return  # e.g. after a library load, which has filtered every row already
        self.beginFilterChange()
        self._words, self._muscle, self._equipment, self._difficulty = wanted
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ExerciseListModel)
        row = model.row_data(source_row)
        if self._difficulty and row.exercise.difficulty.value != self._difficulty:
            return False
        if self._muscle and self._muscle not in row.muscles:
            return False
        if self._equipment and self._equipment not in row.equipment:
            return False
        return all(w in row.haystack for w in self._words)

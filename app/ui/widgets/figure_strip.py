"""A row of small figures: one per step of an exercise (or per exercise of a workout).

Each figure shows its step's pose where the movement goes (the ``to`` pose:
the bridge, the lifted leg), or the pose itself for a hold, with a number (or
a name) under it; the player shows the movement itself. The row scrolls
sideways when there are many.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.content.pose import Pose
from app.ui.widgets.figure import FigureWidget

Item = tuple[str, Pose | None, str | None]  # caption, pose, side


class FigureStrip(QScrollArea):
    """Shows ``items`` (caption, pose, side) as small figures in a row."""

    def __init__(self, parent: QWidget | None = None, *, cell: QSize | None = None) -> None:
        super().__init__(parent)
        cell = cell or QSize(150, 112)
        self.setObjectName("figureStrip")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(cell.height() + 40)
        self._cell = cell
        self.figures: list[FigureWidget] = []
        self._items: tuple[Item, ...] = ()
        self.setWidget(QWidget(self))

    def show_items(self, items: Sequence[Item]) -> None:
        """Replace the figures (nothing is rebuilt when they are the same)."""
        items = tuple(items)
        if items == self._items:
            return
        self._items = items
        inner = QWidget(self)
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.figures = []
        for caption, pose, side in items:
            cell = QWidget(inner)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            figure = FigureWidget(cell, minimum=self._cell)
            figure.setFixedSize(self._cell)
            figure.set_pose(pose, side, side)
            figure.set_phase(1.0)
            figure.setToolTip(caption)
            label = QLabel(caption, cell)
            label.setObjectName("muted")
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setFixedWidth(self._cell.width())
            label.setToolTip(caption)
            column.addWidget(figure)
            column.addWidget(label)
            row.addWidget(cell)
            self.figures.append(figure)
        row.addStretch(1)
        self.setWidget(inner)
        self.setVisible(bool(items))

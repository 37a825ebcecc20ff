"""The drawn figure as a widget: a pose, still or moving, in the theme's colours.

It paints ``app.content.figure`` with ``figure_paint``; the frames of a
movement are computed once (48 steps from start to end) and kept, so a moving
figure costs a lookup and a paint. ``set_phase`` moves it; a paused figure
shows a large pause sign over itself, which reads from across the room.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.content.figure import Figure, bounds, figure
from app.content.figure_svg import DARK, LIGHT, Palette
from app.content.pose import Pose
from app.ui.qt import words
from app.ui.widgets.figure_paint import paint_figure

FRAMES = 48


class FigureWidget(QWidget):
    """One pose, drawn to fill the widget; ``set_phase`` moves it through its movement."""

    def __init__(self, parent: QWidget | None = None, *, minimum: QSize | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure")
        self.setMinimumSize(minimum or QSize(120, 90))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._key: tuple[object, ...] | None = None
        self._pose: Pose | None = None
        self._side: str | None = None
        self._written: str | None = None
        self._frames: dict[int, Figure] = {}
        self._bounds: tuple[float, float, float, float] | None = None
        self._frame = 0
        self.paused = False

    def set_pose(self, pose: Pose | None, side: str | None = None, written_side: str | None = None) -> None:
        """Show ``pose`` for ``side`` (None: nothing); the frames are made again only for a new pose."""
        key = (pose, side, written_side)
        if key == self._key:
            return
        self._key, self._pose, self._side, self._written = key, pose, side, written_side
        self._frames.clear()
        self._frame = 0
        self._bounds = bounds(pose, side, written_side) if pose is not None else None
        name = words.pose(pose.base) if pose is not None else ""
        self.setAccessibleName(self.tr("Figure: %s") % name if name else self.tr("No figure"))
        self.update()

    @property
    def moves(self) -> bool:
        """True when the pose has a movement to show."""
        return self._pose is not None and self._pose.to is not None

    def set_phase(self, t: float) -> None:
        """Move to ``t`` of the way through the movement (0..1); repaints only on a new frame."""
        frame = round(max(0.0, min(1.0, t)) * FRAMES) if self.moves else 0
        if frame != self._frame:
            self._frame = frame
            self.update()

    def set_paused(self, paused: bool) -> None:
        """Show (or hide) the pause sign."""
        if paused != self.paused:
            self.paused = paused
            self.update()

    def current(self) -> Figure | None:
        """The figure of the current frame (computed the first time it is needed)."""
        if self._pose is None:
            return None
        found = self._frames.get(self._frame)
        if found is None:
            found = figure(self._pose, self._side, self._frame / FRAMES, self._written)
            self._frames[self._frame] = found
        return found

    def palette_colours(self) -> Palette:
        """The figure's colours for the widget's light or dark palette."""
        return DARK if self.palette().color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT

    def paintEvent(self, event: QPaintEvent) -> None:
        fig = self.current()
        if fig is None:
            return
        painter = QPainter(self)
        box = QRectF(self.rect())
        paint_figure(painter, fig, box, self.palette_colours(), self._bounds)
        if self.paused:
            self._pause_sign(painter, box)
        painter.end()

    def _pause_sign(self, painter: QPainter, box: QRectF) -> None:
        side = min(box.width(), box.height()) * 0.42
        x0, y0 = box.center().x() - side / 2, box.center().y() - side / 2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        veil = QColor(self.palette().color(QPalette.ColorRole.Window))
        veil.setAlpha(150)
        painter.fillRect(box, veil)
        painter.setBrush(QColor("#d9822b"))
        bar = side * 0.32
        painter.drawRoundedRect(QRectF(x0 + side * 0.08, y0, bar, side), bar * 0.2, bar * 0.2)
        painter.drawRoundedRect(QRectF(x0 + side * 0.92 - bar, y0, bar, side), bar * 0.2, bar * 0.2)

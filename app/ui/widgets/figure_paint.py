"""Paint a figure (``app.content.figure``) with QPainter: the app's figures and ``spotter pose --png``.

It draws what the SVG renderer draws (``app.content.figure_svg``), through the
same :func:`~app.content.figure_svg.fit`, so the two pictures match. Only
QtGui is needed: the command line paints into a QImage without widgets.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from app.content.figure import Figure
from app.content.figure_svg import LIGHT, Palette, fit, nose

Bounds = tuple[float, float, float, float]


def paint_figure(painter: QPainter, fig: Figure, box: QRectF, palette: Palette = LIGHT,
                 bounds: Bounds | None = None) -> None:
    """Draw ``fig`` with its mat line inside ``box``."""
    place = fit(bounds or fig.bounds, box.width(), box.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(box.topLeft())
    if palette.background:
        painter.fillRect(QRectF(0, 0, box.width(), box.height()), QColor(palette.background))

    def pt(x: float, y: float) -> QPointF:
        return QPointF(*place.point(x, y))

    def pen(colour: str, width: float) -> QPen:
        p = QPen(QColor(colour), width)
        p.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return p

    mat_w = max(2.0, place.scale * 0.012)
    painter.setPen(pen(palette.mat, mat_w))
    y = place.oy + mat_w / 2
    painter.drawLine(QPointF(box.width() * 0.03, y), QPointF(box.width() * 0.97, y))
    line_w = max(1.5, place.scale * 0.014)
    for prop in fig.props:
        if prop.kind == "line":
            painter.setPen(pen(palette.prop, line_w * 1.5))
            painter.drawLine(pt(*prop.coords[:2]), pt(*prop.coords[2:4]))
        elif prop.kind == "rect":
            x, y0, w, h = prop.coords
            painter.fillRect(QRectF(pt(x, y0 + h), pt(x + w, y0)), QColor(palette.prop))
        else:
            painter.setPen(pen(palette.prop, line_w))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = prop.coords[2] * place.scale
            painter.drawEllipse(pt(*prop.coords[:2]), r, r)
    head_done = False
    for part in fig.parts:
        if not part.far and not head_done:
            _head(painter, fig, place, palette)
            head_done = True
        painter.setPen(pen(palette.far if part.far else palette.body, part.width * place.scale))
        points = [pt(*p) for p in part.points]
        for a, b in pairwise(points):
            painter.drawLine(a, b)
    if not head_done:
        _head(painter, fig, place, palette)
    painter.restore()


def _head(painter: QPainter, fig: Figure, place: object, palette: Palette) -> None:
    hx, hy, r = fig.head
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(palette.body))
    scale = place.scale  # type: ignore[attr-defined]
    painter.drawEllipse(QPointF(*place.point(hx, hy)), r * scale, r * scale)  # type: ignore[attr-defined]
    nx, ny = nose(fig)
    painter.drawEllipse(QPointF(*place.point(nx, ny)), r * 0.32 * scale, r * 0.32 * scale)  # type: ignore[attr-defined]
    painter.setBrush(Qt.BrushStyle.NoBrush)


def figure_image(fig: Figure, width: int, height: int, palette: Palette = LIGHT,
                 bounds: Bounds | None = None) -> QImage:
    """The figure on a transparent (or the palette's) background, as an image."""
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(palette.background) if palette.background else Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_figure(painter, fig, QRectF(0, 0, width, height), palette, bounds)
    painter.end()
    return image

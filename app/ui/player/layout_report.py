"""The player's layout as JSON, for tests and for checking proportions (``SPOTTER_LAYOUT``).

``{"window": [w, h], "fullscreen": bool, "text_scale": s, "widgets": {name: {"rect":
[x, y, w, h], "font_px": n, "fits": bool}}}``: every leaf widget that shows
something (labels, buttons, the figure, the progress lines), in window
coordinates; none contains another. ``font_px`` is the font's pixel size and
``fits`` says whether the whole text is visible in the widget.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.files import write_atomic

if TYPE_CHECKING:
    from app.ui.player.view import PlayerView


def _fits(widget: QWidget) -> bool:
    """The whole text shows: wrapped labels need their height, others their width."""
    if isinstance(widget, QPushButton):
        return widget.sizeHint().width() <= widget.width() + 1 and \
            QFontMetrics(widget.font()).height() <= widget.height()
    assert isinstance(widget, QLabel)
    text = widget.text()
    if not text:
        return True
    metrics = QFontMetrics(widget.font())
    room = widget.contentsRect()
    if widget.wordWrap():
        needed = metrics.boundingRect(QRect(0, 0, room.width(), 100000),
                                      int(Qt.TextFlag.TextWordWrap), text)
        widest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        return needed.height() <= room.height() + 1 and widest <= room.width() + 1
    return metrics.horizontalAdvance(text) <= room.width() + 1 and metrics.height() <= room.height() + 1


def _entry(widget: QWidget, window: QWidget) -> dict[str, object]:
    top_left = widget.mapTo(window, QPoint(0, 0))
    found: dict[str, object] = {"rect": [top_left.x(), top_left.y(), widget.width(), widget.height()]}
    if isinstance(widget, (QLabel, QPushButton)):
        found["font_px"] = QFontInfo(widget.font()).pixelSize()
        found["fits"] = _fits(widget)
        found["text"] = widget.text()
    return found


def report(view: PlayerView) -> dict[str, object]:
    """The layout of a PlayerView: the window, and each visible leaf widget by name."""
    window = view.window()
    widgets: dict[str, QWidget] = {
        "countdown": view.countdown, "step_text": view.step_text, "figure": view.figure,
        "kind": view.kind, "unit": view.unit, "where": view.where, "total": view.total,
        "caption": view.caption, "next_up": view.next_up, "modification": view.modification,
        "step_progress": view.stage.step_progress, "session_progress": view.stage.session_progress,
        "done": view.done, "speech": view.speech, "safety": getattr(view, "safety", view.speech),
    }
    for name, button in view.buttons.items():
        widgets[f"button_{name}"] = button
    shown = {name: w for name, w in widgets.items() if w.isVisible()}
    return {"window": [window.width(), window.height()], "fullscreen": window.isFullScreen(),
            "text_scale": view.stage.text_scale,
            "widgets": {name: _entry(w, window) for name, w in shown.items()}}


def write_report(view: PlayerView, path: Path) -> None:
    """Write the report atomically (a reader never sees half a file)."""
    write_atomic(path, json.dumps(report(view), indent=1, ensure_ascii=False), durable=False)

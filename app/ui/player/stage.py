"""The middle of the player, sized for the mat: the figure, the countdown, the step's words.

Everything here is placed by hand in ``resizeEvent`` and its type is sized
from the window's height, so the proportions hold at any size: the figure
fills the left half (well over a third of the height), the countdown's digits
are a fifth of the window's height and the step text at least 4.5 % of it
(larger with the text-size setting, shrunk only as far as it must to fit).
Above them a line shows the session's progress, under the countdown the
step's. Pause shows in three ways at once: a large orange PAUSED line, a
pause sign over the figure and a grey countdown.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from app.ui.widgets.figure import FigureWidget

COUNTDOWN, STEP_TEXT, KIND, UNIT = 0.20, 0.05, 0.045, 0.024  # of the window's height
STEP_TEXT_MIN = 0.045


class ProgressLine(QWidget):
    """A flat progress bar (0..1) in the accent colour."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.value = 0.0

    def set_value(self, value: float) -> None:
        """Fill to ``value``; repaints only when the fill moves by a pixel."""
        value = max(0.0, min(1.0, value))
        if abs(value - self.value) * self.width() >= 1 or (value in (0.0, 1.0) and value != self.value):
            self.value = value
            self.setAccessibleDescription(f"{round(value * 100)} %")
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        r = self.height() / 2
        track = QColor(self.palette().color(QPalette.ColorRole.PlaceholderText))
        track.setAlpha(60)
        painter.setBrush(track)
        painter.drawRoundedRect(self.rect(), r, r)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        fill = QRect(0, 0, round(self.width() * self.value), self.height())
        if fill.width() > 0:
            painter.drawRoundedRect(fill, r, r)
        painter.end()


class Stage(QWidget):
    """Figure, countdown, kind of segment, step text and the two progress lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.text_scale = 1.0
        self.figure = FigureWidget(self)
        self.session_progress = ProgressLine("sessionProgress", self)
        self.session_progress.setAccessibleName(self.tr("Progress of the session"))
        self.step_progress = ProgressLine("stepProgress", self)
        self.step_progress.setAccessibleName(self.tr("Progress of this step"))
        self.kind = self._label("kind")
        self.countdown = self._label("countdown", Qt.AlignmentFlag.AlignHCenter)
        self.unit = self._label("unit", Qt.AlignmentFlag.AlignHCenter)
        self.step_text = self._label("stepText")
        self.step_text.setWordWrap(True)
        self.step_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._fitted: tuple[object, ...] = ()
        self._kind_px = 20

    def _label(self, name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        return label

    def window_height(self) -> int:
        """The height the type is sized from: the window's (the screen's in full screen)."""
        return max(300, self.window().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.arrange()
        super().resizeEvent(event)

    def arrange(self) -> None:
        """Place every part and size its type for the current window.

        The top row holds the figure (left) and the countdown (right), at least
        35.5 % of the window tall; the step text runs the full width beneath.
        """
        w, h, wh = self.width(), self.height(), self.window_height()
        gap = round(wh * 0.012)
        bar = max(6, round(wh * 0.009))
        self.session_progress.setGeometry(0, 0, w, bar)
        top = bar + gap
        self._font(self.countdown, round(wh * COUNTDOWN), 700)
        self._font(self.unit, round(wh * UNIT * min(self.text_scale, 1.3)), 400)
        kind_px = self._kind_px = round(wh * KIND * min(self.text_scale, 1.15))
        self._font(self.kind, kind_px, 700)
        kind_h = round(kind_px * 1.4)
        count_h = QFontMetrics(self.countdown.font()).height()
        unit_h = QFontMetrics(self.unit.font()).height()
        clock_h = kind_h + count_h + bar + gap // 2 + unit_h
        self._font(self.step_text, self._text_px(), 500)
        text_needed = self._needed(self.step_text, w) + gap
        row = max(round(wh * 0.355), clock_h, min(h - top - text_needed, round(h * 0.62)))
        row = min(row, h - top)
        left_w = round(w * 0.46)
        self.figure.setGeometry(0, top, left_w, row)
        x = left_w + gap * 2
        col = w - x
        y = top + max(0, (row - clock_h) // 2)
        self.kind.setGeometry(x, y, col, kind_h)
        y += kind_h
        self.countdown.setGeometry(x, y, col, count_h)
        y += count_h
        self.step_progress.setGeometry(x + col // 6, y, col - col // 3, bar)
        y += bar + gap // 2
        self.unit.setGeometry(x, y, col, unit_h)
        y = top + row + gap
        self.step_text.setGeometry(0, y, w, max(0, h - y))
        self._fitted = ()
        self.fit_text()

    def _text_px(self) -> int:
        return max(10, round(self.window_height() * STEP_TEXT * self.text_scale))

    @staticmethod
    def _needed(label: QLabel, width: int) -> int:
        metrics = QFontMetrics(label.font())
        return metrics.boundingRect(QRect(0, 0, max(1, width), 100000),
                                    int(Qt.TextFlag.TextWordWrap), label.text() or "M").height()

    @staticmethod
    def _font(label: QLabel, px: int, weight: int) -> None:
        font = QFont(label.font())
        font.setPixelSize(max(8, px))
        font.setWeight(QFont.Weight(weight))
        label.setFont(font)

    def fit_text(self) -> None:
        """The step text as large as asked, shrunk only as far as needed for all of it to show."""
        text, rect = self.step_text.text(), self.step_text.geometry()
        key = (text, rect.width(), rect.height(), self.text_scale)
        if key == self._fitted or rect.width() <= 0:
            return
        self._fitted = key
        px = self._text_px()
        while px > 10 and not self._fits(self.step_text, px):
            px = max(10, int(px * 0.94))
        self._font(self.step_text, px, 500)
        kind = self.kind.text()
        kpx = self._kind_px
        while kpx > 10 and QFontMetrics(self._with_px(self.kind, kpx)).horizontalAdvance(kind) > self.kind.contentsRect().width():
            kpx = int(kpx * 0.94)
        if kpx != self.kind.font().pixelSize():
            self._font(self.kind, kpx, 700)

    @staticmethod
    def _with_px(label: QLabel, px: int) -> QFont:
        font = QFont(label.font())
        font.setPixelSize(px)
        return font

    def _fits(self, label: QLabel, px: int) -> bool:
        metrics = QFontMetrics(self._with_px(label, px))
        rect = label.geometry()
        needed = metrics.boundingRect(QRect(0, 0, rect.width(), 100000),
                                      int(Qt.TextFlag.TextWordWrap), label.text())
        widest = max((metrics.horizontalAdvance(word) for word in label.text().split()), default=0)
        return needed.height() <= rect.height() and widest <= rect.width()

    def set_step_text(self, text: str) -> None:
        """New words: set and fit them (nothing happens when they are the same)."""
        if text != self.step_text.text():
            self.step_text.setText(text)
            self.arrange()  # the text's length decides how tall the top row can be

    def set_kind(self, text: str) -> None:
        """The line above the countdown (NOW, REST, PAUSED...), shrunk to one line if needed."""
        if text != self.kind.text():
            self.kind.setText(text)
            self._fitted = ()
            self.fit_text()

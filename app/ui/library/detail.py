"""The right-hand pane of the Library: the figures of the steps, the whole page, and Start.

A row of drawn figures shows every step of the chosen level (the standard
steps, or the modification's own). A picture named by ``image`` is read off
the GUI thread (through ``image_loader``) and shown above them when it
arrives; without one, there is no placeholder: the figures are the picture.

The figures are drawn just after the rest of the page: once the pane has been
painted for the first time (so the app's first window shows without waiting
for them, as a picture arrives after its page), then in the next turn of the
event loop whenever the exercise or the level changes. Their modules (the
figure model, the painter) are imported only then, and a slot of the strip's
height is kept for them, so nothing moves when they arrive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.content.model import Exercise, Level
from app.ui.widgets.content_browser import ContentBrowser, file_inside
from app.ui.widgets.markdown import exercise_markdown

if TYPE_CHECKING:  # imported when the first figures are drawn
    from PySide6.QtGui import QPaintEvent

    from app.ui.widgets.figure_strip import FigureStrip

ImageLoader = Callable[[Path, Callable[[QImage], None]], None]
_PICTURE_HEIGHT = 140
_STRIP_HEIGHT = 152  # FigureStrip's own height with its default cells (112 px and the caption)


def load_image_now(path: Path, done: Callable[[QImage], None]) -> None:
    """The fallback image loader: read at once (tests, or no background thread)."""
    done(QImage(str(path)))


class ExerciseDetail(QWidget):
    """Shows one exercise and offers to start it with a chosen modification."""

    start_requested = Signal(str, str)  # exercise id, modification name ("" = standard)

    def __init__(self, image_loader: ImageLoader = load_image_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loader = image_loader
        self._exercise: Exercise | None = None
        self.picture = QLabel(self)
        self.picture.setObjectName("picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setFixedHeight(_PICTURE_HEIGHT)
        self.picture.hide()
        self._strip: FigureStrip | None = None
        self._slot = _FigureSlot(self)  # where the figure strip goes once it is made
        self._slot.setFixedHeight(_STRIP_HEIGHT)
        self._slot_layout = QVBoxLayout(self._slot)
        self._slot_layout.setContentsMargins(0, 0, 0, 0)
        self._figures_due = False
        self.browser = ContentBrowser(self)
        self.browser.setAccessibleName(self.tr("Exercise details"))
        self.modification = QComboBox(self)
        self.modification.setAccessibleName(self.tr("Modification to start with"))
        self.modification.setToolTip(self.tr("Start with the exercise as written, or an easier or harder version"))
        self.modification.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.modification.setMinimumContentsLength(8)
        self.start = QPushButton(self)  # text set apart: QPushButton(text, parent) loads QIcon's types
        self.start.setText(self.tr("&Start"))
        self.start.setObjectName("primary")
        self.start.setDefault(True)
        self.start.setToolTip(self.tr("Start this exercise (Ctrl+Return)"))
        self.start.clicked.connect(self._start)
        self.modification.currentIndexChanged.connect(lambda _i: self._show_figures())
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Level:"), self)
        label.setBuddy(self.modification)
        bar.addWidget(label)
        bar.addWidget(self.modification, 1)
        bar.addWidget(self.start)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addWidget(self._slot)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bar)
        self.show_exercise(None)

    @property
    def figures(self) -> FigureStrip:
        """The row of figures (made on first use)."""
        if self._strip is None:
            from app.ui.widgets.figure_strip import FigureStrip

            self._strip = FigureStrip(self._slot)
            self._strip.setAccessibleName(self.tr("Figures of the steps"))
            self._slot_layout.addWidget(self._strip)
        return self._strip

    @property
    def exercise(self) -> Exercise | None:
        """The exercise shown, if any."""
        return self._exercise

    def show_exercise(self, ex: Exercise | None) -> None:
        """Show ``ex`` (or an empty page asking the user to pick one)."""
        self._exercise = ex
        self.modification.clear()
        self.start.setEnabled(ex is not None)
        self.modification.setEnabled(ex is not None)
        if ex is None:
            self.picture.hide()
            if self._strip is not None:
                self._strip.show_items(())
            self.browser.show_text(self.tr("Search or filter the list, then pick an exercise to see "
                                           "its steps, modifications and cautions."))
            return
        self.modification.addItem(self.tr("Standard"), "")
        for level in (Level.EASIER, Level.HARDER):
            prefix = self.tr("Easier") if level is Level.EASIER else self.tr("Harder")
            for mod in ex.modifications_at(level):
                self.modification.addItem(self.tr("%s: %s") % (prefix, mod.name), mod.name)
        self.browser.show_markdown(exercise_markdown(ex), ex.root)
        self._show_figures()
        image = self._image_path(ex)
        if image is None:
            self.picture.hide()  # no placeholder: the figures show the exercise
        else:
            self._placeholder(self.tr("Loading picture…"))
            self._loader(image, lambda img, wanted=ex.id: self._picture_loaded(wanted, img))

    @staticmethod
    def _image_path(ex: Exercise) -> Path | None:
        if not ex.image or ex.root is None:
            return None
        return file_inside(ex.root, QUrl(ex.image))  # the same rule as the page's resources

    def _picture_loaded(self, exercise_id: str, image: QImage) -> None:
        if self._exercise is None or self._exercise.id != exercise_id:
            return  # the user has moved on
        if image.isNull():
            self.picture.hide()  # unreadable: the figures stand in for it
            return
        pix = QPixmap.fromImage(image).scaledToHeight(_PICTURE_HEIGHT, Qt.TransformationMode.SmoothTransformation)
        self.picture.setProperty("placeholder", False)
        self.picture.setPixmap(pix)
        self.picture.show()
        self.picture.setAccessibleName(self.tr("Picture of %s") % self._exercise.title)

    def _show_figures(self) -> None:
        """Draw the figures soon (once, however often asked): after the pane's first paint."""
        if not self._figures_due:
            self._figures_due = True
            self._slot.after_paint(self._draw_figures)

    def _draw_figures(self) -> None:
        """One figure per step of the level chosen in the box (a modification's own steps)."""
        from app.content.pose import posed

        self._figures_due = False
        ex = self._exercise
        if ex is None:
            return
        mod = ex.modification(str(self.modification.currentData() or ""))
        steps = posed(mod.steps if mod is not None and mod.steps else ex.steps, ex.title, ex.pose)
        self.figures.show_items([(self.tr("Step %d") % n, s.pose, s.side)
                                 for n, s in enumerate(steps, start=1)])

    def _placeholder(self, text: str) -> None:
        self.picture.show()
        self.picture.clear()
        self.picture.setText(text)
        self.picture.setProperty("placeholder", True)
        self.picture.setAccessibleName(text)

    def _start(self) -> None:
        if self._exercise is not None:
            self.start_requested.emit(self._exercise.id, str(self.modification.currentData() or ""))


class _FigureSlot(QWidget):
    """The figure strip's place: runs a callback after its first paint, then in the next turn."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._painted = False
        self._waiting: Callable[[], None] | None = None

    def after_paint(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once this slot has been painted (at once in the next turn if it was)."""
        if self._painted:
            QTimer.singleShot(0, self, callback)
        else:
            self._waiting = callback

    def paintEvent(self, event: QPaintEvent) -> None:
        """The first paint: the page is on screen; the figures follow in the next turn."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._waiting is not None:
                QTimer.singleShot(0, self, self._waiting)
                self._waiting = None

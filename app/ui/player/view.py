"""The player screen, built to be read from three metres.

It shows what the engine's ``Snapshot`` says (countdown, step text, exercise i
of N, step j of M, total time left, next up, the modification in use) and the
caption of every spoken cue. It never talks to the engine: each button and key
emits ``control`` with a name, and the page passes it on.

Keys: Space pause/resume, Right next, Left back, D done, P "this hurts",
E/S/H easier/standard/harder, M mute, + add 10 s, F11 full screen, Esc stop.
Presentation clickers and media keys: PageDown/PageUp next/back, Media
Play/Pause pause or resume, Media Next/Previous next/back, Media Stop stop.
Buttons take no focus, so Space always means pause and never "press the
focused button".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.library.model import format_duration

# control name -> (button label, key)
CONTROLS = {
    "back": ("Back", "Left"), "pause": ("Pause", "Space"), "next": ("Next", "Right"),
    "add_time": ("+10 s", "+"), "pain": ("This hurts", "P"), "mute": ("Mute", "M"),
    "fullscreen": ("Full screen", "F11"), "stop": ("Stop", "Esc"),
}
LEVEL_KEYS = {"easier": "E", "standard": "S", "harder": "H"}
_KINDS = {"prepare": "GET READY", "step": "NOW", "rest": "REST", "switch_sides": "SWITCH SIDES",
          "finish": "FINISH"}
_KEY_LABELS = {"Left": "←", "Right": "→"}
# keys that a presentation clicker, a keyboard's media keys or a headset send
EXTRA_KEYS = {
    Qt.Key.Key_PageDown: "next", Qt.Key.Key_PageUp: "back",
    Qt.Key.Key_MediaTogglePlayPause: "pause", Qt.Key.Key_MediaPlay: "pause", Qt.Key.Key_MediaPause: "pause",
    Qt.Key.Key_MediaNext: "next", Qt.Key.Key_MediaPrevious: "back", Qt.Key.Key_MediaStop: "stop",
}


class PlayerView(QWidget):
    """The live session screen; ``control`` carries every user command."""

    control = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.where = self._label("where")
        self.where.setWordWrap(True)
        self.total = self._label("total", Qt.AlignmentFlag.AlignRight)
        self.kind = self._label("kind")
        self.countdown = self._label("countdown", Qt.AlignmentFlag.AlignCenter)
        self.countdown.setMinimumWidth(300)
        self.unit = self._label("unit", Qt.AlignmentFlag.AlignCenter)
        self.unit.setText(self.tr("seconds left in this step"))
        self.step_text = self._label("stepText")
        self.step_text.setWordWrap(True)
        self.caption = self._label("caption")
        self.caption.setWordWrap(True)
        self.next_up = self._label("nextUp")
        self.next_up.setWordWrap(True)
        self.modification = self._label("modification")
        self.modification.setWordWrap(True)
        self.done = QPushButton(self.tr("✓  Done  (D)"), self)
        self.done.setObjectName("done")
        self.done.setAccessibleName(self.tr("Done with this step"))
        self.done.clicked.connect(lambda: self.control.emit("done"))
        self.done.hide()
        self.buttons: dict[str, QPushButton] = {}
        self.levels = QButtonGroup(self)
        self.levels.setExclusive(True)
        level_row = QHBoxLayout()
        level_row.addWidget(self.modification, 1)
        for name, key in LEVEL_KEYS.items():
            button = self._button(name, self.tr(name.capitalize()) + f"  ({key})", key, level_row)
            button.setObjectName("level")
            button.setCheckable(True)
            self.levels.addButton(button)
        self.controls = QWidget(self)
        # the row of controls never forces the window wider: with large text it wraps to two rows
        self.controls.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._grid = QGridLayout(self.controls)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        for name, (label, key) in CONTROLS.items():
            self._button(name, f"{self.tr(label)}  ({_KEY_LABELS.get(key, key)})", key, None)
        self._arrange(len(CONTROLS))
        self.buttons["pain"].setObjectName("pain")
        QShortcut(QKeySequence("D"), self, lambda: self.control.emit("done"))
        QShortcut(QKeySequence("="), self, lambda: self.control.emit("add_time"))
        QShortcut(QKeySequence("R"), self, lambda: self.control.emit("restart_step"))
        for key, name in EXTRA_KEYS.items():
            QShortcut(QKeySequence(key), self, lambda n=name: self.control.emit(n))

        top = QHBoxLayout()
        top.addWidget(self.where, 1)
        top.addWidget(self.total)
        clock = QVBoxLayout()
        clock.addStretch(1)
        clock.addWidget(self.countdown)
        clock.addWidget(self.unit)
        clock.addStretch(1)
        words = QVBoxLayout()
        words.addStretch(1)
        words.addWidget(self.kind)
        words.addWidget(self.step_text)
        words.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(clock)
        middle.addSpacing(24)
        middle.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(middle, 1)
        layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)
        layout.addWidget(self.next_up)
        layout.addSpacing(8)
        layout.addLayout(level_row)
        layout.addWidget(self.controls)
        self.show_muted(False)

    def _label(self, name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _button(self, name: str, text: str, key: str, row: QHBoxLayout | None) -> QPushButton:
        button = QPushButton(text, self if row is not None else self.controls)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAccessibleName(text.split("  (")[0].strip())
        button.setToolTip(self.tr("%s (key: %s)") % (button.accessibleName(), key))
        button.clicked.connect(lambda _checked=False, n=name: self.control.emit(n))
        QShortcut(QKeySequence(key), self, lambda n=name: self.control.emit(n))
        self.buttons[name] = button
        if row is not None:
            row.addWidget(button)
        return button

    def _arrange(self, columns: int) -> None:
        """Lay the control buttons out in rows of ``columns``."""
        if columns == self._columns:
            return
        self._columns = columns
        for i, name in enumerate(CONTROLS):
            self._grid.addWidget(self.buttons[name], i // columns, i % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """One row of controls when it fits, else two."""
        needed = sum(self.buttons[n].sizeHint().width() for n in CONTROLS) + 6 * len(CONTROLS)
        self._arrange(len(CONTROLS) if needed <= self.controls.width() or self.controls.width() == 0
                      else (len(CONTROLS) + 1) // 2)
        super().resizeEvent(event)

    def show_snapshot(self, snap: object) -> None:
        """Draw one engine ``Snapshot``."""
        seg = getattr(snap, "segment", None)
        paused = bool(getattr(snap, "paused", False))
        remaining = float(getattr(snap, "remaining", 0.0))
        self.countdown.setText(format_duration(remaining + 0.999) if remaining >= 59.5 else f"{int(remaining + 0.999)}")
        if self.countdown.property("paused") != paused:
            # re-styling is costly: only when the state flips, not on every 100 ms tick
            self.countdown.setProperty("paused", paused)
            self.countdown.style().polish(self.countdown)
        self.total.setText(self.tr("Total left %s") % format_duration(snap.total_remaining))  # type: ignore[attr-defined]
        self.buttons["pause"].setText(self.tr("Resume  (Space)") if paused else self.tr("Pause  (Space)"))
        if seg is None:
            return
        bits = [seg.title or ""]
        if snap.exercise_number:  # type: ignore[attr-defined]
            bits.append(self.tr("Exercise %d of %d") % (snap.exercise_number, snap.exercise_count))  # type: ignore[attr-defined]
        if snap.step_number:  # type: ignore[attr-defined]
            bits.append(self.tr("Step %d of %d") % (snap.step_number, snap.step_count))  # type: ignore[attr-defined]
        if seg.sets and seg.sets > 1 and seg.set:
            bits.append(self.tr("Set %d of %d") % (seg.set, seg.sets))
        if seg.side:
            bits.append(self.tr("%s side") % seg.side.capitalize())
        self.where.setText("  ·  ".join(b for b in bits if b))
        kind = _KINDS.get(seg.kind.value, "")
        if seg.reps:
            kind = self.tr("%d REPS") % seg.reps
        self.kind.setText(self.tr("PAUSED — press Space to go on") if paused else self.tr(kind))
        self.unit.setText(self.tr("seconds left") if remaining < 59.5 else self.tr("minutes left"))
        self.step_text.setText(seg.text)
        self.next_up.setText(self.tr("Next up: %s") % snap.next_up if snap.next_up else "")  # type: ignore[attr-defined]
        self.done.setVisible(bool(seg.reps) or bool(getattr(snap, "waiting_for_done", False)))
        self._show_modification(snap.modification, seg.exercise_index is not None)  # type: ignore[attr-defined]

    def _show_modification(self, mod: object, has_exercise: bool) -> None:
        level = getattr(getattr(mod, "level", None), "value", "standard")
        if mod is None:
            self.modification.setText(self.tr("Level: Standard form"))
        else:
            self.modification.setText(self.tr("Level: %s (%s)") % (mod.name, self.tr(level)))  # type: ignore[attr-defined]
        self.modification.setToolTip(getattr(mod, "description", "") or "")
        for name in LEVEL_KEYS:
            self.buttons[name].setChecked(name == level)
            self.buttons[name].setEnabled(has_exercise)

    def show_caption(self, text: str) -> None:
        """The words just spoken (or that would have been, when muted)."""
        self.caption.setText("♪  “" + text + "”")

    def show_muted(self, muted: bool) -> None:
        """Reflect the mute state on its button."""
        self.buttons["mute"].setText(self.tr("Unmute  (M)") if muted else self.tr("Mute  (M)"))
        self.buttons["mute"].setAccessibleName(self.tr("Unmute") if muted else self.tr("Mute"))

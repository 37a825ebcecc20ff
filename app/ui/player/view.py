"""The player screen, built to be read from three metres.

It shows what the engine's ``Snapshot`` says (countdown, step text, exercise i
of N, step j of M, total time left, next up, the modification in use) and the
caption of every spoken cue. It never talks to the engine: each button and key
emits ``control`` with a name (a ``Control`` value from ``app.session.controls``,
or "mute"/"fullscreen", which belong to the player), and the page passes it on.

Keys: Space pause/resume, Right next, Left back, D done, P "this hurts",
E/S/H easier/standard/harder, M mute, + add 10 s, F11 full screen, Esc stop.
Presentation clickers and media keys: PageDown/PageUp next/back, Media
Play/Pause pause or resume, Media Next/Previous next/back, Media Stop stop.
Buttons take no focus, so Space always means pause and never "press the
focused button".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent, QShortcut
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

from app.durations import Rounding, format_duration, whole_seconds
from app.session.controls import Control
from app.ui.player.motion import Motion
from app.ui.player.stage import Stage
from app.ui.qt import words
from app.ui.qt.announce import announce

# control name -> (button label, key, what it does: the accessible description)
CONTROLS = {
    Control.BACK.value: (QT_TRANSLATE_NOOP("PlayerView", "Back"), "Left",
             QT_TRANSLATE_NOOP("PlayerView", "Go back to the previous step")),
    Control.TOGGLE_PAUSE.value: (QT_TRANSLATE_NOOP("PlayerView", "Pause"), "Space",
              QT_TRANSLATE_NOOP("PlayerView", "Pause the session; the countdown stops")),
    Control.NEXT.value: (QT_TRANSLATE_NOOP("PlayerView", "Next"), "Right",
             QT_TRANSLATE_NOOP("PlayerView", "Skip to the next step")),
    Control.ADD_TIME.value: (QT_TRANSLATE_NOOP("PlayerView", "+10 s"), "+",
                 QT_TRANSLATE_NOOP("PlayerView", "Add ten seconds to this step")),
    Control.PAIN.value: (QT_TRANSLATE_NOOP("PlayerView", "This hurts"), "P",
             QT_TRANSLATE_NOOP("PlayerView", "Say it hurts: Spotter switches to an easier version")),
    "mute": (QT_TRANSLATE_NOOP("PlayerView", "Mute"), "M",
             QT_TRANSLATE_NOOP("PlayerView", "Silence the voice; captions and announcements go on")),
    "voice": (QT_TRANSLATE_NOOP("PlayerView", "Voice"), "V",
              QT_TRANSLATE_NOOP("PlayerView", "Listen for voice commands: next, back, pause, resume, easier, "
                                              "harder, done, stop, this hurts")),
    "fullscreen": (QT_TRANSLATE_NOOP("PlayerView", "Full screen"), "F11",
                   QT_TRANSLATE_NOOP("PlayerView", "Fill the screen with the player, or leave full screen")),
    Control.STOP.value: (QT_TRANSLATE_NOOP("PlayerView", "Stop"), "Esc",
             QT_TRANSLATE_NOOP("PlayerView", "Stop the session (asks first)")),
}
LEVEL_KEYS = {Control.EASIER.value: "E", Control.STANDARD.value: "S", Control.HARDER.value: "H"}
_LEVELS = {
    "easier": (QT_TRANSLATE_NOOP("PlayerView", "Easier"),
               QT_TRANSLATE_NOOP("PlayerView", "Switch to the easier version of this exercise")),
    "standard": (QT_TRANSLATE_NOOP("PlayerView", "Standard"),
                 QT_TRANSLATE_NOOP("PlayerView", "Go back to the exercise as written")),
    "harder": (QT_TRANSLATE_NOOP("PlayerView", "Harder"),
               QT_TRANSLATE_NOOP("PlayerView", "Switch to the harder version of this exercise")),
}
_KINDS = {"prepare": QT_TRANSLATE_NOOP("PlayerView", "GET READY"), "step": QT_TRANSLATE_NOOP("PlayerView", "NOW"),
          "rest": QT_TRANSLATE_NOOP("PlayerView", "REST"),
          "switch_sides": QT_TRANSLATE_NOOP("PlayerView", "SWITCH SIDES"),
          "finish": QT_TRANSLATE_NOOP("PlayerView", "FINISH")}
_KEY_LABELS = {"Left": "←", "Right": "→"}
# keys that a presentation clicker, a keyboard's media keys or a headset send
EXTRA_KEYS = {
    Qt.Key.Key_PageDown: Control.NEXT, Qt.Key.Key_PageUp: Control.BACK,
    Qt.Key.Key_MediaTogglePlayPause: Control.TOGGLE_PAUSE, Qt.Key.Key_MediaPlay: Control.TOGGLE_PAUSE,
    Qt.Key.Key_MediaPause: Control.PAUSE, Qt.Key.Key_MediaNext: Control.NEXT,
    Qt.Key.Key_MediaPrevious: Control.BACK, Qt.Key.Key_MediaStop: Control.STOP,
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
        self.stage = Stage(self)
        self.figure = self.stage.figure
        self.kind = self.stage.kind
        self.countdown = self.stage.countdown
        self.unit = self.stage.unit
        self.unit.setText(self.tr("seconds left in this step"))
        self.countdown.setAccessibleDescription(self.tr("Countdown of the current step"))
        self.step_text = self.stage.step_text
        self.step_text.setAccessibleDescription(self.tr("What to do now"))
        self.caption = self._label("caption")
        self.caption.setWordWrap(True)
        # why nothing is heard (no sound device, no speech engine, voice off): stays on
        # screen for the whole session, captions never write over it
        self.speech = self._label("speechStatus")
        self.speech.setWordWrap(True)
        self.speech.hide()
        # voice commands: "Heard: next", or why they are off; cue captions never write over it
        self.heard = self._label("heard")
        self.heard.setWordWrap(True)
        self.heard.hide()
        # the safety word after "this hurts" stopped an exercise: stays until the next one starts
        self.safety = self._label("safety")
        self.safety.setWordWrap(True)
        self.safety.hide()
        self.next_up = self._label("nextUp")
        self.next_up.setWordWrap(True)
        self.modification = self._label("modification")
        self.modification.setWordWrap(True)
        self.done = QPushButton(self.tr("✓  Done  (D)"), self)
        self.done.setObjectName("done")
        self.done.setAccessibleName(self.tr("Done with this step"))
        self.done.setAccessibleDescription(self.tr("Say you finished the repetitions (key: D)"))
        self.done.clicked.connect(lambda: self.control.emit(Control.DONE.value))
        self.done.hide()
        self.buttons: dict[str, QPushButton] = {}
        self.levels = QButtonGroup(self)
        self.levels.setExclusive(True)
        level_row = QHBoxLayout()
        level_row.addWidget(self.modification, 1)
        for name, key in LEVEL_KEYS.items():
            label, description = _LEVELS[name]
            button = self._button(name, self.tr(label), key, self.tr(description), level_row)
            button.setObjectName("level")
            button.setCheckable(True)
            self.levels.addButton(button)
        self.controls = QWidget(self)
        # the row of controls never forces the window wider: with large text it wraps to two rows
        self.controls.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._grid = QGridLayout(self.controls)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        for name, (label, key, description) in CONTROLS.items():
            self._button(name, self.tr(label), key, self.tr(description), None)
        self._arrange(len(CONTROLS))
        self.buttons[Control.PAIN.value].setObjectName("pain")
        QShortcut(QKeySequence("D"), self, lambda: self.control.emit(Control.DONE.value))
        QShortcut(QKeySequence("="), self, lambda: self.control.emit(Control.ADD_TIME.value))
        QShortcut(QKeySequence("R"), self, lambda: self.control.emit(Control.RESTART_STEP.value))
        for key, control in EXTRA_KEYS.items():
            QShortcut(QKeySequence(key), self, lambda c=control: self.control.emit(c.value))

        top = QHBoxLayout()
        top.addWidget(self.where, 1)
        top.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(self.stage, 1)
        layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.safety)
        layout.addWidget(self.speech)
        layout.addWidget(self.heard)
        layout.addWidget(self.caption)
        layout.addWidget(self.next_up)
        layout.addSpacing(8)
        layout.addLayout(level_row)
        layout.addWidget(self.controls)
        self.motion = Motion(self.figure, self)
        self._mod_state: tuple[object, ...] = ()
        self._levels_state: tuple[str | None, str | None] = ("", "")
        self.show_muted(False)

    def _label(self, name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _button(self, name: str, label: str, key: str, description: str,
                row: QHBoxLayout | None) -> QPushButton:
        button = QPushButton(self if row is not None else self.controls)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setProperty("key", key)
        self._label_button(button, label, description)
        button.clicked.connect(lambda _checked=False, n=name: self.control.emit(n))
        QShortcut(QKeySequence(key), self, lambda n=name: self.control.emit(n))
        self.buttons[name] = button
        if row is not None:
            row.addWidget(button)
        return button

    def _label_button(self, button: QPushButton, label: str, description: str) -> None:
        """Text with its key, the accessible name and description, and the tooltip, for one state."""
        key = str(button.property("key"))
        shown = self.tr("Space") if key == "Space" else _KEY_LABELS.get(key, key)
        button.setText(f"{label}  ({shown})")
        button.setAccessibleName(label)
        button.setAccessibleDescription(self.tr("%1 (key: %2)").replace("%1", description).replace("%2", shown))
        button.setToolTip(button.accessibleDescription())

    def _arrange(self, columns: int) -> None:
        """Lay the control buttons out in rows of ``columns``."""
        if columns == self._columns:
            return
        self._columns = columns
        for i, name in enumerate(CONTROLS):
            self._grid.addWidget(self.buttons[name], i // columns, i % columns)

    def size_type(self) -> None:
        """Every text below and above the stage, sized from the window's height and the text size."""
        wh = max(300, self.window().height())
        scale = min(self.stage.text_scale, 1.5)
        sizes = {self.where: (0.026, 600, False), self.total: (0.026, 400, False),
                 self.caption: (0.024, 400, True), self.next_up: (0.021, 400, False),
                 self.speech: (0.02, 600, False), self.modification: (0.02, 600, False),
                 self.heard: (0.02, 600, False),
                 self.safety: (0.03, 700, False),
                 self.done: (0.03, 700, False)}
        for name, button in self.buttons.items():
            sizes[button] = (0.018 if name in LEVEL_KEYS else 0.016,
                             600 if name == Control.PAIN.value else 400, False)
        for widget, (share, weight, italic) in sizes.items():
            font = QFont(widget.font())
            font.setPixelSize(max(9, round(wh * share * scale)))
            font.setWeight(QFont.Weight(weight))
            font.setItalic(italic)
            if font != widget.font():
                widget.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Type sized to the window; one row of controls when it fits, else two."""
        self.size_type()
        needed = sum(self.buttons[n].sizeHint().width() for n in CONTROLS) + 6 * len(CONTROLS)
        self._arrange(len(CONTROLS) if needed <= self.controls.width() or self.controls.width() == 0
                      else (len(CONTROLS) + 1) // 2)
        super().resizeEvent(event)

    def show_snapshot(self, snap: object) -> None:
        """Draw one engine ``Snapshot``."""
        seg = getattr(snap, "segment", None)
        paused = bool(getattr(snap, "paused", False))
        remaining = float(getattr(snap, "remaining", 0.0))
        left = whole_seconds(remaining, Rounding.UP)  # 0 only at the very end
        shown = format_duration(left) if left >= 60 else str(left)
        if self.countdown.text() != shown:  # once a second: the screen reader reads a sentence
            self.countdown.setText(shown)
            self.countdown.setAccessibleName(self.tr("Time left in this step: %s") % shown)
        if self.countdown.property("paused") != paused:
            # re-styling is costly: only when the state flips, not on every 100 ms tick
            for label in (self.countdown, self.kind):
                label.setProperty("paused", paused)
                label.style().polish(label)
            self.stage.arrange()  # polishing resets the fonts the stage sized
        self.figure.set_paused(paused)
        self.motion.follow(snap, paused)
        seconds = float(getattr(snap, "segment_seconds", 0.0)) or 1.0
        self.stage.step_progress.set_value(1.0 - remaining / seconds if seg is not None else 0.0)
        elapsed = float(getattr(snap, "elapsed", 0.0))
        total = elapsed + float(getattr(snap, "total_remaining", 0.0))
        self.stage.session_progress.set_value(elapsed / total if total > 0 else 0.0)
        self.total.setText(self.tr("Total left %s") % format_duration(snap.total_remaining))  # type: ignore[attr-defined]
        self._show_paused(paused)
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
            bits.append(words.side(seg.side))
        self.where.setText("  ·  ".join(b for b in bits if b))
        kind = _KINDS.get(seg.kind.value, "")
        if seg.reps:
            kind = self.tr("%n REPS", "", seg.reps)
        self.stage.set_kind(self.tr("PAUSED — press Space to go on") if paused
                            else kind if seg.reps else self.tr(kind))
        self.unit.setText(self.tr("seconds left") if remaining < 59.5 else self.tr("minutes left"))
        self.stage.set_step_text(seg.text)
        self.next_up.setText(self.tr("Next up: %s") % snap.next_up if snap.next_up else "")  # type: ignore[attr-defined]
        self.done.setVisible(bool(seg.reps) or bool(getattr(snap, "waiting_for_done", False)))
        self._show_modification(snap.modification, seg.exercise_index is not None)  # type: ignore[attr-defined]

    def _show_modification(self, mod: object, has_exercise: bool) -> None:
        level = getattr(getattr(mod, "level", None), "value", "standard")
        if mod is None:
            text = self.tr("Level: Standard form")
        else:
            text = self.tr("Level: %s (%s)") % (mod.name, words.level(level))  # type: ignore[attr-defined]
        state = (text, getattr(mod, "description", "") or "", level, has_exercise)
        if state == self._mod_state:
            return  # drawn already: nothing is re-set on every 100 ms tick
        self._mod_state = state
        self.modification.setText(text)
        self.modification.setToolTip(state[1])
        for name in LEVEL_KEYS:
            self.buttons[name].setChecked(name == level)
        self.buttons["standard"].setEnabled(has_exercise)

    def show_levels(self, easier: str | None, harder: str | None) -> None:
        """Enable Easier and Harder, or disable each with the reason (None: it can be used)."""
        if (easier, harder) == self._levels_state:
            return
        self._levels_state = (easier, harder)
        for name, reason in (("easier", easier), ("harder", harder)):
            button = self.buttons[name]
            button.setEnabled(reason is None)
            if reason is None:  # what it does, with its key (as every control says)
                label, description = _LEVELS[name]
                self._label_button(button, self.tr(label), self.tr(description))
            else:  # why it cannot be used now: read by a screen reader too
                button.setToolTip(reason)
                button.setAccessibleDescription(reason)

    def _show_paused(self, paused: bool) -> None:
        """Pause becomes Resume (text, accessible name and description); said once per change."""
        button = self.buttons[Control.TOGGLE_PAUSE.value]
        was = button.property("paused")
        if was == paused:
            return
        button.setProperty("paused", paused)
        if paused:
            self._label_button(button, self.tr("Resume"), self.tr("Resume the session where it stopped"))
        else:
            label, _key, description = CONTROLS[Control.TOGGLE_PAUSE.value]
            self._label_button(button, self.tr(label), self.tr(description))
        if was is not None:
            announce(self, self.tr("Paused") if paused else self.tr("Resumed"), assertive=True)

    def show_heard(self, text: str) -> None:
        """A voice command heard ("Heard: next"), or a notice about voice commands; also announced."""
        self.heard.setText(text)
        self.heard.setVisible(bool(text))
        announce(self.heard, text)

    def show_listening(self, on: bool) -> None:
        """Reflect whether voice commands are listened for on the Voice button."""
        button = self.buttons["voice"]
        button.setCheckable(True)
        button.setChecked(on)

    def show_caption(self, text: str) -> None:
        """The words just spoken (or that would have been, when muted), also announced."""
        self.caption.setText("♪  “" + text + "”")
        announce(self.caption, text)

    def show_safety(self, text: str | None) -> None:
        """Show the safety word after "this hurts" (None: hide it), and announce it."""
        self.safety.setText("⚠  " + text if text else "")
        self.safety.setVisible(bool(text))
        if text:
            announce(self.safety, text, assertive=True)

    def show_speech(self, problem: str | None) -> None:
        """Say plainly, until the session ends, that speech is off and why (None: it is on)."""
        problem = words.speech_problem(problem)
        text = problem or ""
        if text == self.speech.text():
            return
        self.speech.setText(text)
        self.speech.setAccessibleName(problem or "")
        self.speech.setVisible(bool(problem))

    def show_muted(self, muted: bool) -> None:
        """Reflect the mute state on its button."""
        button = self.buttons["mute"]
        if muted:
            self._label_button(button, self.tr("Unmute"), self.tr("Let the voice speak the cues again"))
        else:
            label, _key, description = CONTROLS["mute"]
            self._label_button(button, self.tr(label), self.tr(description))

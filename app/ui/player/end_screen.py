"""The end of a session: a summary, how hard it felt (RPE 1-10) and notes.

The summary shows the time, each exercise with the modifications used, and
the status. "Save" sends the rating and notes to history; the screen stays
until the user leaves it, so nothing is lost by a glance away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.durations import format_duration
from app.history.summary import SessionSummary
from app.ui.qt import words


def _form(label: str) -> str:
    """``"Knees down (easier)"`` with its level in the interface language; "Standard" alone."""
    name, _sep, level = label.rpartition(" (")
    level = level.rstrip(")")
    if not name or level not in ("easier", "standard", "harder"):
        return label
    if level == "standard":
        return words.level("standard")
    return f"{name} ({words.level_word(level)})"


class EndScreen(QWidget):
    """Summary, RPE and notes; ``save_requested(rpe, notes)`` when the user saves."""

    save_requested = Signal(int, str)  # rpe (0: not given), notes
    leave = Signal()
    show_history = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.heading = QLabel(self)
        self.heading.setObjectName("endTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        rpe_label = QLabel(self.tr("How hard was it?  1 = very easy … 10 = all-out  (keys 1–9, 0 for 10)"), self)
        rpe_label.setObjectName("question")
        rpe_label.setWordWrap(True)
        self.rpe = QButtonGroup(self)
        rpe_row = QHBoxLayout()
        for value in range(1, 11):
            button = QPushButton(str(value), self)
            button.setObjectName("rpe")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Effort %d of 10") % value)
            button.setToolTip(self.tr("How hard it felt, from 1 (very easy) to 10 (all-out); key %d")
                              % (value % 10))
            self.rpe.addButton(button, value)
            rpe_row.addWidget(button)
            QShortcut(QKeySequence(str(value % 10)), self, button.click)
        rpe_row.addStretch(1)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("Notes for next time (optional): how it felt, what to change…"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(90)
        self.notes.setTabChangesFocus(True)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)  # a long sentence (German) wraps instead of widening the window
        self.save = QPushButton(self.tr("&Save to history  (Ctrl+S)"), self)
        self.save.setObjectName("primary")
        self.back = QPushButton(self.tr("&Back to the library"), self)
        self.history = QPushButton(self.tr("See &history"), self)
        self.save.setToolTip(self.tr("Add how hard it was and your notes to this session"))
        self.back.setToolTip(self.tr("Leave the summary and pick another exercise"))
        self.history.setToolTip(self.tr("Open the history with this session in it"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.history)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 30, 60, 30)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(rpe_label)
        layout.addLayout(rpe_row)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.save.clicked.connect(self._save)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save)
        self.back.clicked.connect(self.leave)
        self.history.clicked.connect(self.show_history)

    def show_summary(self, summary: SessionSummary) -> None:
        """Fill the screen for a finished session."""
        completed = summary.status == "completed"
        if summary.stopped_for_pain:  # never "Well done" after pain
            self.heading.setText(self.tr("Finished, with an exercise stopped for pain") if completed
                                 else self.tr("Stopped: this hurts"))
        else:
            self.heading.setText(self.tr("Well done!") if completed else self.tr("Session stopped"))
        if self.heading.property("pain") != summary.stopped_for_pain:  # shown in the warning colour
            self.heading.setProperty("pain", summary.stopped_for_pain)
            self.heading.style().polish(self.heading)
        lines = [summary.title,
                 self.tr("Time: %s active") % format_duration(summary.active_seconds)
                 + (self.tr(", %s paused") % format_duration(summary.paused_seconds)
                    if summary.paused_seconds >= 1 else ""),
                 ""]
        reached = summary.reached()
        for ex in reached:
            mods = ", ".join(map(_form, ex.modifications)) if ex.modifications else self.tr("Standard")
            line = f"•  {ex.title} — {format_duration(ex.seconds)} — {mods}"
            if ex.pain:
                line += self.tr(" — “this hurts” ×%d") % ex.pain
            if not ex.completed:  # skipped part of it, or the session stopped in it
                line += self.tr(" — not finished")
            lines.append(line)
        if len(reached) < len(summary.exercises):
            lines.append(self.tr("Not reached: %d of %d exercises")
                         % (len(summary.exercises) - len(reached), len(summary.exercises)))
        if summary.stopped_for_pain:
            lines += ["", self.tr("⚠  You said “this hurts”, so that exercise was stopped. "
                                  "If the pain is sharp or stays, get advice before you do it again.")]
        used = [_form(m) for m in summary.modifications_used()]
        lines += ["", self.tr("Modifications used: %s") % (", ".join(used) if used else self.tr("none"))]
        self.summary.setText("\n".join(lines))
        checked = self.rpe.checkedButton()
        if checked is not None:
            self.rpe.setExclusive(False)
            checked.setChecked(False)
            self.rpe.setExclusive(True)
        self.notes.clear()
        self.save.setEnabled(True)
        self.status.setText(self.tr("The session is in your history. Rate it and save, or just leave."))

    def _save(self) -> None:
        if not self.save.isEnabled():
            return
        self.save.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.save_requested.emit(max(0, self.rpe.checkedId()), self.notes.toPlainText().strip())

    def kept_elsewhere(self, path: str) -> None:
        """The history could not take the session: say where it is kept until it can."""
        self.status.setText(self.tr("Not in your history yet: it is kept in %s and goes in at the next start.")
                            % path)
        self.save.setEnabled(False)

    def saved(self, ok: bool, message: str = "") -> None:
        """The history's answer to a save."""
        self.status.setText(self.tr("Saved ✓") if ok else self.tr("Not saved: %s") % message)
        self.save.setEnabled(not ok)

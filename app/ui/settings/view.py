"""The Settings page: voice, timing, beeps, text size, theme and language.

Every change is saved at once (no OK button to forget) and announced with
``changed`` so the app can re-theme or reconfigure speech.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.preferences import Preferences, Theme
from app.ui.qt import words
from app.ui.qt.translation import INTERFACE_LANGUAGES
from app.ui.settings.store import Settings

# what a get-ready typically says: the exercise and its first step (then "3, 2, 1")
TYPICAL_EXERCISE = ("Glute Bridge", "Lie on your back with your knees bent and your feet flat.")


def shortest_get_ready(rate: int) -> int:
    """About the shortest get-ready, in whole seconds, at ``rate`` words per minute.

    The plan never ends the get-ready before its words are said and "3, 2, 1"
    counted (``app.session.plan``, rule 5), so a shorter setting is lengthened.
    """
    import math

    from app.session.cues import COUNTDOWN, get_ready_text
    from app.session.plan import PlanSettings
    from app.speech.settings import estimate_seconds

    said = get_ready_text(TYPICAL_EXERCISE[0], None, TYPICAL_EXERCISE[1])
    return math.ceil(estimate_seconds(said, rate) + PlanSettings().speech_margin + len(COUNTDOWN))


class SettingsView(QWidget):
    """Edits ``Preferences``; saves them to the settings file on every change."""

    changed = Signal(object)  # Preferences

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        prefs = settings.load()
        self.voice_enabled = QCheckBox(self.tr("Speak the cues"), self)
        self.voice_enabled.setChecked(prefs.voice_enabled)
        self.voice = QComboBox(self)
        self.voice.setAccessibleName(self.tr("Voice"))
        self.voice.addItem(self.tr("Default voice"), "")
        if prefs.voice:
            self.voice.addItem(prefs.voice, prefs.voice)
            self.voice.setCurrentIndex(1)
        self.rate = self._spin(80, 300, prefs.rate, self.tr(" words/min"), self.tr("Speech rate"))
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(prefs.volume * 100))
        self.volume.setAccessibleName(self.tr("Volume"))
        self.get_ready = self._spin(0, 60, prefs.get_ready, self.tr(" s"), self.tr("Get-ready seconds"))
        self.default_rest = self._spin(0, 300, prefs.default_rest, self.tr(" s"), self.tr("Default rest"))
        self.beeps = QCheckBox(self.tr("Beep on the last three seconds"), self)
        self.beeps.setChecked(prefs.beeps)
        self.voice_commands = QCheckBox(self.tr("Listen for voice commands (next, back, pause, resume, "
                                                "easier, harder, done, stop, \u201cthis hurts\u201d)"), self)
        self.voice_commands.setChecked(prefs.voice_commands)
        self.voice_commands.setToolTip(self.tr("Off by default. Uses the microphone during a session, "
                                               "offline: nothing heard is stored or sent anywhere"))
        self.reduce_motion = QCheckBox(self.tr("Keep the figure still"), self)
        self.reduce_motion.setChecked(prefs.reduce_motion)
        self.reduce_motion.setToolTip(self.tr("The player shows each step's pose without moving it"))
        self.text_size = self._spin(75, 200, prefs.text_size, self.tr(" %"), self.tr("Text size"))
        self.text_size.setSingleStep(25)
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Theme"))
        for value, label in ((Theme.SYSTEM, self.tr("Follow the system")), (Theme.LIGHT, self.tr("Light")),
                             (Theme.DARK, self.tr("Dark")), (Theme.HIGH_CONTRAST, self.tr("High contrast"))):
            self.theme.addItem(label, value.value)
        self.theme.setCurrentIndex(self.theme.findData(prefs.theme.value))
        self.voice_enabled.setToolTip(self.tr("Off: no voice at all, the cues are shown as captions"))
        self.voice.setToolTip(self.tr("The voice that speaks the cues; the current language's come first"))
        self.rate.setToolTip(self.tr("How fast the voice speaks"))
        self.volume.setToolTip(self.tr("How loud the voice speaks"))
        self.get_ready.setToolTip(self.tr("Seconds to get in place before the first step"))
        self.default_rest.setToolTip(self.tr("Seconds of rest between exercises when a workout does not say"))
        self.beeps.setToolTip(self.tr("A short beep on each of the last three seconds of a step"))
        self.text_size.setToolTip(self.tr("Bigger or smaller text everywhere, on top of the system's font size"))
        self.theme.setToolTip(self.tr("Light, dark or high contrast; or follow the system"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(
            self.tr("The language of the screens, the voice and the messages, from the next start"))
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in INTERFACE_LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))

        self.speech_status = QLabel(self.tr("Checking the speech engine and the sound device…"), self)
        self.speech_status.setObjectName("muted")
        self.speech_status.setWordWrap(True)
        self._speech_problem: str | None = None
        self._speech_checked = False

        form = QFormLayout()
        form.addRow(self.tr("&Voice:"), self.voice_enabled)
        form.addRow("", self.voice)
        form.addRow("", self.speech_status)
        form.addRow(self.tr("&Rate:"), self.rate)
        form.addRow(self.tr("V&olume:"), self.volume)
        form.addRow(self.tr("&Get ready:"), self.get_ready)
        self.get_ready_note = QLabel(self)
        self.get_ready_note.setWordWrap(True)
        form.addRow("", self.get_ready_note)
        form.addRow(self.tr("Default &rest:"), self.default_rest)
        form.addRow(self.tr("&Beeps:"), self.beeps)
        form.addRow(self.tr("Voice &commands:"), self.voice_commands)
        form.addRow(self.tr("Reduce &motion:"), self.reduce_motion)
        form.addRow(self.tr("&Text size:"), self.text_size)
        form.addRow(self.tr("T&heme:"), self.theme)
        form.addRow(self.tr("&Language:"), self.language)
        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("pageTitle")
        self.note = QLabel(self.tr("Changes are saved at once and apply to the next session; "
                                   "a new language applies when Spotter starts again."), self)
        self.note.setWordWrap(True)
        self.note.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)

        for box in (self.voice_enabled, self.beeps, self.reduce_motion, self.voice_commands):
            box.toggled.connect(self._save)
        self.voice_enabled.toggled.connect(self._show_speech)
        self.get_ready.valueChanged.connect(self._show_get_ready)
        self.rate.valueChanged.connect(self._show_get_ready)
        self._show_get_ready()
        for spin in (self.rate, self.get_ready, self.default_rest, self.text_size):
            spin.valueChanged.connect(self._save)
        self.volume.valueChanged.connect(self._save)
        self.voice.currentIndexChanged.connect(self._save)
        self.theme.currentIndexChanged.connect(self._save)
        self.language.currentIndexChanged.connect(self._save)

    def _spin(self, low: int, high: int, value: int, suffix: str, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        return spin

    def _show_get_ready(self) -> None:
        """Say when the get-ready will be longer than set, and why."""
        least = shortest_get_ready(self.rate.value())
        if self.get_ready.value() >= least:
            text = self.tr("The countdown before the first step, as set.")
            name = "muted"
        else:
            text = self.tr("It will last about %d s, not %d s: Spotter first says the exercise and "
                           "its first step, then counts 3, 2, 1, and never cuts that short. Set "
                           "%d s or more to get exactly what you set.") % (
                least, self.get_ready.value(), least)
            name = "warning"
        self.get_ready_note.setText(text)
        self.get_ready.setAccessibleDescription(text)
        if self.get_ready_note.objectName() != name:
            self.get_ready_note.setObjectName(name)
            self.get_ready_note.style().polish(self.get_ready_note)

    def set_speech_check(self, found: tuple[list[tuple[str, str]], str | None]) -> None:
        """The disk thread's check of speech: the voices, and why it is off (None: it works)."""
        voices, problem = found
        self._speech_problem, self._speech_checked = problem, True
        self.set_voices(voices)
        self._show_speech()

    def _show_speech(self) -> None:
        """Plainly: will the cues be heard, and if not, why."""
        if not self.voice_enabled.isChecked():
            text = self.tr("Speech is off: “Speak the cues” is unchecked, so cues are shown as "
                           "captions only.")
        elif not self._speech_checked:
            text = self.tr("Checking the speech engine and the sound device…")
        elif self._speech_problem:
            text = words.speech_problem(self._speech_problem) or ""
        else:
            text = self.tr("Speech is on: cues are spoken and shown as captions.")
        off = not self.voice_enabled.isChecked() or bool(self._speech_checked and self._speech_problem)
        self.speech_status.setText(text)
        self.speech_status.setObjectName("warning" if off else "muted")
        self.speech_status.style().polish(self.speech_status)

    def set_voices(self, voices: list[tuple[str, str]]) -> None:
        """Offer the speech engine's voices (id, name), keeping the current choice."""
        current = self.voice.currentData()
        self.voice.blockSignals(True)
        self.voice.clear()
        self.voice.addItem(self.tr("Default voice"), "")
        for voice_id, name in voices:
            self.voice.addItem(name, voice_id)
        index = self.voice.findData(current)
        if index < 0 and current:
            self.voice.addItem(str(current), current)
            index = self.voice.count() - 1
        self.voice.setCurrentIndex(max(0, index))
        self.voice.blockSignals(False)

    def preferences(self) -> Preferences:
        """What the widgets show now."""
        return replace(
            Preferences(),
            voice_enabled=self.voice_enabled.isChecked(),
            voice=str(self.voice.currentData() or ""),
            rate=self.rate.value(),
            volume=self.volume.value() / 100,
            get_ready=self.get_ready.value(),
            default_rest=self.default_rest.value(),
            beeps=self.beeps.isChecked(),
            reduce_motion=self.reduce_motion.isChecked(),
            voice_commands=self.voice_commands.isChecked(),
            text_size=self.text_size.value(),
            theme=Theme(self.theme.currentData()),
            language=str(self.language.currentData() or ""),
        )

    def _save(self) -> None:
        prefs = self.preferences()
        self._settings.save(prefs)
        self.changed.emit(prefs)

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

from app.ui.qt.translation import INTERFACE_LANGUAGES
from app.ui.settings.store import Preferences, Settings, Theme


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

        form = QFormLayout()
        form.addRow(self.tr("&Voice:"), self.voice_enabled)
        form.addRow("", self.voice)
        form.addRow(self.tr("&Rate:"), self.rate)
        form.addRow(self.tr("V&olume:"), self.volume)
        form.addRow(self.tr("&Get ready:"), self.get_ready)
        form.addRow(self.tr("Default &rest:"), self.default_rest)
        form.addRow(self.tr("&Beeps:"), self.beeps)
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

        for box in (self.voice_enabled, self.beeps):
            box.toggled.connect(self._save)
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
            text_size=self.text_size.value(),
            theme=Theme(self.theme.currentData()),
            language=str(self.language.currentData() or ""),
        )

    def _save(self) -> None:
        prefs = self.preferences()
        self._settings.save(prefs)
        self.changed.emit(prefs)

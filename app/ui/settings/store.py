"""The user's settings, kept with QSettings in an INI file in the data dir.

An INI file at ``Paths.settings_file`` (not the platform registry) keeps tests
and ``--data-dir`` runs self-contained. Values are read with their defaults and
types here, so the rest of the app never handles raw QSettings variants.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class Theme(str, Enum):
    """Follow the system's light or dark scheme, or force one."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"  # black and white, yellow focus: for low vision


@dataclass(frozen=True)
class Preferences:
    """Everything the Settings view edits."""

    voice_enabled: bool = True
    voice: str = ""  # empty: the speech engine's default voice
    rate: int = 170  # words per minute
    volume: float = 1.0  # 0.0 - 1.0
    get_ready: int = 5  # seconds before the first step
    default_rest: int = 20  # seconds between exercises
    beeps: bool = True  # beep on the last three seconds
    text_size: int = 100  # percent of the normal size
    theme: Theme = Theme.SYSTEM
    language: str = ""  # interface, voice and messages: "" follows the system (``app.i18n``)


_LIMITS = {"rate": (80, 300), "get_ready": (0, 60), "default_rest": (0, 300), "text_size": (75, 200)}


class Settings:
    """Reads and writes ``Preferences`` and the window geometry."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        """The INI file."""
        return Path(self._qs.fileName())

    def load(self) -> Preferences:
        """The saved preferences; a missing or garbled value falls back to its default."""
        base = Preferences()
        values: dict[str, object] = {}
        for f in fields(Preferences):
            default = getattr(base, f.name)
            raw = self._qs.value(f"preferences/{f.name}", None)
            values[f.name] = _coerce(raw, default, f.name)
        return replace(base, **values)  # type: ignore[arg-type]

    def save(self, prefs: Preferences) -> None:
        """Write every preference and flush to disk (a tiny file: done on the GUI thread)."""
        for f in fields(Preferences):
            value = getattr(prefs, f.name)
            self._qs.setValue(f"preferences/{f.name}", value.value if isinstance(value, Enum) else value)
        self._qs.sync()

    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry, if any."""
        raw = self._qs.value("window/geometry", None)
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def set_geometry(self, data: QByteArray) -> None:
        """Remember the main window's geometry."""
        self._qs.setValue("window/geometry", data)
        self._qs.sync()


def _coerce(raw: object, default: object, name: str) -> object:
    """Turn an INI string back into the default's type, clamped to its range."""
    if raw is None:
        return default
    try:
        if isinstance(default, bool):
            value: object = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
        elif isinstance(default, Theme):
            value = Theme(str(raw))
        elif isinstance(default, int):
            value = int(float(str(raw)))
        elif isinstance(default, float):
            value = min(1.0, max(0.0, float(str(raw))))
        else:
            value = str(raw)
    except (ValueError, TypeError):
        return default
    if name in _LIMITS and isinstance(value, int):
        low, high = _LIMITS[name]
        value = min(high, max(low, value))
    return value

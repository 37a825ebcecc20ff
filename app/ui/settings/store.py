"""The desktop's view of the preferences store, plus the window's geometry.

The preferences themselves live in ``app/preferences.py`` (no Qt), so the
terminal player and ``spotter settings`` read the same file; this adds only
what is Qt's own: the main window's geometry, kept base64 in ``[window]``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from app.preferences import Preferences, PreferenceStore, Theme

__all__ = ["Preferences", "Settings", "Theme"]  # the two types re-exported for older imports
_WINDOW, _GEOMETRY = "window", "geometry"


class Settings:
    """Reads and writes ``Preferences`` and the window geometry."""

    def __init__(self, path: Path) -> None:
        self._store = PreferenceStore(path)

    @property
    def path(self) -> Path:
        """The INI file."""
        return self._store.path

    def load(self) -> Preferences:
        """The saved preferences; a missing or garbled value falls back to its default."""
        return self._store.load()

    def save(self, prefs: Preferences) -> None:
        """Write every preference to disk (a tiny file: done on the GUI thread)."""
        self._store.save(prefs)

    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry, if any."""
        raw = self._store.raw(_WINDOW, _GEOMETRY)
        if not raw or raw.startswith("@"):  # absent, or in the QSettings form of older versions
            return None
        data = QByteArray.fromBase64(raw.encode("ascii", "ignore"))
        return data if not data.isEmpty() else None

    def set_geometry(self, data: QByteArray) -> None:
        """Remember the main window's geometry."""
        text = bytes(data.toBase64().data()).decode("ascii")
        if self._store.raw(_WINDOW, _GEOMETRY) != text:  # unchanged (most closes): no write at all
            self._store.set_raw(_WINDOW, _GEOMETRY, text)

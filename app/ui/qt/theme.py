"""Light and dark palettes, following the system unless the user chose one.

Qt reports the system scheme through ``QStyleHints.colorScheme`` and tells us
when it changes. Not every platform theme repaints widgets by itself (the
generic X11 one does not), so Spotter sets a matching Fusion palette itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.ui.settings.store import Theme

ACCENT = QColor("#2e7d6b")  # Spotter green: calm, readable on light and dark


def effective_scheme(theme: Theme) -> Qt.ColorScheme:
    """The scheme to paint with: the user's choice, else the system's (light if unknown)."""
    if theme is Theme.DARK:
        return Qt.ColorScheme.Dark
    if theme is Theme.LIGHT:
        return Qt.ColorScheme.Light
    system = QGuiApplication.styleHints().colorScheme()
    return Qt.ColorScheme.Dark if system == Qt.ColorScheme.Dark else Qt.ColorScheme.Light


def _palette(dark: bool) -> QPalette:
    pal = QPalette()
    if dark:
        window, base, text, alt = "#1e2124", "#26292d", "#e8eaed", "#2c3035"
        button, mid = "#33373c", "#4a4f55"
    else:
        window, base, text, alt = "#f4f5f2", "#ffffff", "#1d2021", "#eef0ec"
        button, mid = "#e6e8e3", "#b9bdb5"
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: alt,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.Mid: mid,
        QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: "#9aa0a6" if dark else "#6b7066",  # readable secondary text
        QPalette.ColorRole.Highlight: ACCENT.name(),
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7fd1bd" if dark else ACCENT.name(),
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(mid))
    return pal


def apply_theme(app: QApplication, theme: Theme, text_size: int = 100) -> Qt.ColorScheme:
    """Paint the app in the chosen scheme and text size; returns the scheme used."""
    scheme = effective_scheme(theme)
    hints = QGuiApplication.styleHints()
    if theme is Theme.SYSTEM:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(scheme)
    if not app.property("spotterFusion"):
        # once per app; ``run_gui`` already asks for Fusion on the command line, which
        # spares PySide building QStyle's Python enums while the first window opens
        app.setStyle("Fusion")
        app.setProperty("spotterFusion", True)
    app.setPalette(_palette(scheme == Qt.ColorScheme.Dark))
    font = QFont(app.font())
    font.setPointSizeF(10.5 * text_size / 100)
    app.setFont(font)
    app.setProperty("spotterScheme", "dark" if scheme == Qt.ColorScheme.Dark else "light")
    return scheme

"""Light, dark and high-contrast palettes, following the system unless the user chose one.

Qt reports the system scheme through ``QStyleHints.colorScheme`` and tells us
when it changes. Not every platform theme repaints widgets by itself (the
generic X11 one does not), so Spotter sets a matching Fusion palette itself.

The high-contrast theme is white on black with a yellow accent and focus.
Text size: the system's font size is the base (never below ``BASE_POINTS``,
Spotter's own size when the platform says nothing, as Qt's 9 pt fallback) and
the Text size setting scales it; ``text_scale`` tells the style sheet how much.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.preferences import Theme

ACCENT = QColor("#2e7d6b")  # Spotter green: calm, readable on light and dark
CONTRAST_ACCENT = QColor("#ffd400")  # yellow on black: the high-contrast accent and focus
BASE_POINTS = 10.5


def effective_scheme(theme: Theme) -> Qt.ColorScheme:
    """The scheme to paint with: the user's choice, else the system's (light if unknown)."""
    if theme in (Theme.DARK, Theme.HIGH_CONTRAST):
        return Qt.ColorScheme.Dark
    if theme is Theme.LIGHT:
        return Qt.ColorScheme.Light
    system = QGuiApplication.styleHints().colorScheme()
    return Qt.ColorScheme.Dark if system == Qt.ColorScheme.Dark else Qt.ColorScheme.Light


def _palette(dark: bool, contrast: bool = False) -> QPalette:
    pal = QPalette()
    if contrast:
        window, base, text, alt = "#000000", "#000000", "#ffffff", "#141414"
        button, mid = "#000000", "#ffffff"
    elif dark:
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
    if contrast:
        roles.update({QPalette.ColorRole.PlaceholderText: "#e6e6e6", QPalette.ColorRole.Link: "#7fdbff",
                      QPalette.ColorRole.Highlight: CONTRAST_ACCENT.name(),
                      QPalette.ColorRole.HighlightedText: "#000000"})
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    disabled = "#a6a6a6" if contrast else mid
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
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
    app.setPalette(_palette(scheme == Qt.ColorScheme.Dark, theme is Theme.HIGH_CONTRAST))
    font = QFont(app.font())
    font.setPointSizeF(system_points(app) * text_size / 100)
    app.setFont(font)
    app.setProperty("spotterScheme", "dark" if scheme == Qt.ColorScheme.Dark else "light")
    return scheme


def system_points(app: QApplication) -> float:
    """The system's font size in points (read once, before Spotter sets its own), at least 10.5."""
    points = app.property("spotterSystemPoints")
    if points is None:
        points = app.font().pointSizeF()
        app.setProperty("spotterSystemPoints", points)
    return max(BASE_POINTS, float(points))


def text_scale(app: QApplication, text_size: int) -> float:
    """How much bigger than Spotter's own sizes to draw: system font and Text size setting."""
    return system_points(app) / BASE_POINTS * text_size / 100

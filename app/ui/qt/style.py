"""The app's style sheet: a calm sidebar, one accent colour, big player type.

Colours come from the palette (``palette(...)``), so the same sheet works in
light and dark; sizes are in points and scale with the text-size setting
through ``scale``.
"""

from __future__ import annotations

from app.ui.qt.theme import ACCENT, CONTRAST_ACCENT


def style_sheet(scale: float = 1.0, dark: bool = False, contrast: bool = False) -> str:
    """The QSS for the whole app at a text scale (1.0 = 100 %); ``contrast``: the high-contrast theme."""

    def pt(size: float) -> str:
        return f"{size * scale:.0f}pt"

    accent = ACCENT.name()
    accent_text = "#5cc4a8" if dark else accent  # the accent as text: lighter on dark, for contrast
    accent_soft = "#2a4a43" if dark else "#dcefe9"
    card = "#26292d" if dark else "#ffffff"
    warn = "#c0392b"
    focus, on_accent = accent, "white"
    ring = "#ffffff" if dark else "#1d2021"  # focus on a filled accent button: the text colour
    fields = ""
    if contrast:  # white on black, yellow for everything that stands out
        accent = accent_text = focus = CONTRAST_ACCENT.name()
        accent_soft, card, warn, on_accent, ring = "#000000", "#000000", "#ff8a80", "black", "#ffffff"
        fields = f"""
    QLineEdit, QPlainTextEdit, QSpinBox {{ border: 1px solid #ffffff; padding: 2px; }}
    QLineEdit:focus, QPlainTextEdit:focus, QSpinBox:focus {{ border: 2px solid {focus}; }}"""
    return f"""
    QLabel#brand {{ font-size: {pt(18)}; font-weight: 700; color: {accent_text}; padding: 4px 10px 12px 10px; }}
    QListWidget#nav {{ border: none; background: transparent; font-size: {pt(12)}; outline: 0; }}
    QListWidget#nav::item {{ padding: 10px 12px; border-radius: 6px; margin: 2px 6px 2px 0; }}
    QListWidget#nav::item:selected {{ background: {accent}; color: {on_accent}; }}
    QLabel#pageTitle {{ font-size: {pt(18)}; font-weight: 600; padding: 6px 0 10px 0; }}
    QLabel#muted {{ color: palette(placeholder-text); }}
    QLabel#warning {{ color: {warn}; font-weight: 600; }}
    QLabel#picture[placeholder="true"] {{ background: {accent_soft}; color: palette(placeholder-text);
        border-radius: 8px; font-size: {pt(12)}; }}
    QPushButton {{ padding: 6px 14px; border-radius: 6px; background: palette(button);
        border: 1px solid palette(mid); }}
    QPushButton:hover {{ border-color: {accent}; }}
    QPushButton:focus {{ border: 2px solid {focus}; }}
    QTextBrowser:focus, QListView:focus, QTreeView:focus, QTableView:focus {{ border: 2px solid {focus}; }}
    QListWidget#nav:focus {{ border: 2px solid {focus}; border-radius: 6px; }}
    QPushButton:disabled {{ color: palette(placeholder-text); }}
    QPushButton#primary {{ background: {accent}; color: {on_accent}; font-weight: 600; padding: 8px 22px; border: none; }}
    QPushButton#primary:disabled {{ background: palette(mid); }}
    QPushButton#primary:focus {{ border: 3px solid {ring}; padding: 5px 19px; }}
    PlayerView QPushButton#done:focus {{ border: 3px solid {ring}; padding: 13px 45px; }}
    QPushButton#danger {{ color: {warn}; }}
    QPushButton#danger:disabled {{ color: palette(placeholder-text); }}
    QTextBrowser {{ border: none; background: {card}; padding: 10px; border-radius: 8px; }}
    QListView, QTreeView, QTableView {{ border: none; background: {card}; border-radius: 8px; }}

    PlayerView {{ background: palette(window); }}
    /* the player's type is sized from the window's height, in code: app/ui/player/view.py and stage.py */
    PlayerView QLabel#where {{ }}
    PlayerView QLabel#total {{ color: palette(placeholder-text); }}
    PlayerView QLabel#unit {{ color: palette(placeholder-text); }}
    PlayerView QLabel#countdown {{ color: {accent_text}; }}
    PlayerView QLabel#countdown[paused="true"] {{ color: palette(placeholder-text); }}
    PlayerView QLabel#kind {{ color: palette(placeholder-text); }}
    PlayerView QLabel#kind[paused="true"] {{ color: white; background: #b85f12; border-radius: 8px; padding: 0 14px; }}
    PlayerView QLabel#caption {{ padding: 4px 14px; background: {accent_soft}; border-radius: 8px; }}
    PlayerView QLabel#safety {{ color: {warn}; padding: 6px 0; }}
    PlayerView QLabel#speechStatus {{ color: {warn}; }}
    PlayerView QLabel#nextUp {{ color: palette(placeholder-text); }}
    PlayerView QPushButton {{ padding: 6px 10px; }}
    PlayerView QPushButton#level {{ padding: 6px 22px; border: 2px solid {accent_text};
        background: transparent; }}
    PlayerView QPushButton#level:checked {{ background: {accent}; color: {on_accent}; }}
    PlayerView QPushButton#done {{ padding: 10px 48px; background: {accent}; color: {on_accent};
        border: none; }}
    PlayerView QPushButton#pain {{ color: {warn}; }}
    EndScreen QLabel#endTitle {{ font-size: {pt(30)}; font-weight: 700; color: {accent_text}; }}
    EndScreen QLabel#endTitle[pain="true"] {{ color: {warn}; }}
    EndScreen QLabel#summary {{ font-size: {pt(15)}; background: {card}; border-radius: 8px; padding: 16px; }}
    EndScreen QLabel#question {{ font-size: {pt(14)}; font-weight: 600; }}
    EndScreen QPushButton#rpe {{ font-size: {pt(14)}; min-width: 40px; padding: 8px; }}
    EndScreen QPushButton#rpe:checked {{ background: {accent}; color: {on_accent}; }}
    QLabel#statBig {{ font-size: {pt(22)}; font-weight: 700; color: {accent_text}; }}
    """ + fields

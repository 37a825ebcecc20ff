"""Say something to a screen reader: an accessibility announcement (Qt >= 6.8).

Each spoken cue is also announced, so someone who listens with a screen reader
hears it even with Spotter's own voice muted. On Linux Qt sends it over AT-SPI
as an ``object:announcement`` event. Nothing is sent while no assistive
technology listens (``QAccessible.isActive``), so it costs nothing otherwise.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, assertive: bool = False) -> bool:
    """Announce ``text`` from ``widget``; True when an assistive technology was listening."""
    if not text or not QAccessible.isActive():
        return False
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    return True

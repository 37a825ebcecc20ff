"""One session on the desktop: the screen kept awake and the MPRIS service, from start to end.

The player page calls ``begin`` when a session starts and ``end`` on the end
screen, on stop and on close. Between the two, every engine snapshot updates
the MPRIS properties, and MPRIS calls come back to the page as controls.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.session.controls import Control
from app.ui.desktop.inhibit import KeepAwake
from app.ui.desktop.mpris import MprisService

if TYPE_CHECKING:
    from app.session.plan import Segment
    from app.session.snapshot import Snapshot

log = logging.getLogger(__name__)

_KIND_TITLES = {"prepare": "Get ready", "rest": "Rest", "switch_sides": "Switch sides", "finish": "Finish"}


class DesktopSession(QObject):
    """Keep-awake and MPRIS for the session the page plays."""

    def __init__(self, control: Callable[[Control], None], window: Callable[[], QWidget],
                 parent: QObject | None = None, bus: QDBusConnection | None = None) -> None:
        super().__init__(parent)
        self._control = control
        self._window = window
        self.keep_awake = KeepAwake(bus, platform=QGuiApplication.platformName(),
                                    window_id=lambda: int(window().winId()), parent=self)
        self.mpris = MprisService(self._control, self._raise, bus, parent=self)
        self.album = ""
        self.active = False

    def begin(self, album: str) -> None:
        """A session starts: hold the screen, offer the media controls."""
        self.album = album
        self.active = True
        self.keep_awake.hold(f"Workout: {album}")
        self.mpris.register()

    def show(self, snap: Snapshot) -> None:
        """Reflect one engine snapshot in MPRIS."""
        if not self.active:
            return
        seg = getattr(snap, "segment", None)
        state = getattr(getattr(snap, "state", None), "value", "running")
        status = {"paused": "Paused", "finished": "Stopped", "ready": "Stopped"}.get(state, "Playing")
        length = float(getattr(snap, "segment_seconds", 0.0))
        position = max(0.0, length - float(getattr(snap, "remaining", 0.0)))
        self.mpris.update(status, int(getattr(snap, "index", 0)), _title(snap, seg), self.album, length, position)

    def end(self) -> None:
        """The session is over (end screen, stop, close): let the screen sleep, give the name back."""
        if not self.active:
            return
        self.active = False
        self.mpris.update("Stopped", -1, "", self.album, 0.0, 0.0)
        self.mpris.unregister()
        self.keep_awake.release()

    def _raise(self) -> None:
        window = self._window()
        window.showNormal() if window.isMinimized() else None
        window.raise_()
        window.activateWindow()


def _title(snap: Snapshot, seg: Segment | None) -> str:
    if seg is None:
        return ""
    kind = getattr(getattr(seg, "kind", None), "value", "")
    title = seg.title or _KIND_TITLES.get(kind, "Spotter")
    if kind in _KIND_TITLES and seg.title:
        title = f"{_KIND_TITLES[kind]}: {seg.title}"
    if getattr(snap, "step_number", None) and getattr(snap, "step_count", 0) > 1 and kind == "step":
        title = f"{title}, step {snap.step_number} of {snap.step_count}"
    return title

"""MPRIS2: during a session Spotter is ``org.mpris.MediaPlayer2.spotter`` on the session bus.

Media keys, headset and Bluetooth buttons, the GNOME and KDE media controls and
phone remotes (KDE Connect, GSConnect) all speak MPRIS, so this one service
brings them all. A track is one step of the session: its title is the step
(or the exercise), the album is the workout, the length the step's length and
the position how far into it the session is.

QtDBus exports the adaptors' typed properties (``Position`` really is an
int64, as clients check); ``mpris:length`` inside ``Metadata`` is made an int64
by ``dbus_types.int64``, as PySide6 would send an int32. ``PropertiesChanged`` is sent by hand, because QtDBus
does not send it for adaptors; its invalidated list is an empty ``as`` built
with ``QDBusArgument``, as PySide6 would send an empty Python list as ``av``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)

from app.session.controls import Control
from app.ui.desktop.dbus_types import int64

log = logging.getLogger(__name__)

SERVICE = "org.mpris.MediaPlayer2.spotter"
PATH = "/org/mpris/MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"


class PlayerState:
    """What the adaptors report; ``MprisService.update`` fills it from engine snapshots."""

    def __init__(self) -> None:
        self.status = "Stopped"
        self.index = -1
        self.title = ""
        self.album = ""
        self.length_us = 0
        self.position_us = 0

    def metadata(self) -> dict[str, Any]:
        """The ``Metadata`` map (a{sv})."""
        if self.index < 0:
            return {"mpris:trackid": QDBusObjectPath(NO_TRACK)}
        return {"mpris:trackid": QDBusObjectPath(f"/org/spotter/step/{self.index}"),
                "xesam:title": self.title, "xesam:album": self.album,
                "xesam:artist": ["Spotter"], "mpris:length": int64(self.length_us)}


@ClassInfo({"D-Bus Interface": "org.mpris.MediaPlayer2"})
class RootAdaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2: who Spotter is."""

    def __init__(self, parent: QObject, raise_window: Callable[[], None]) -> None:
        super().__init__(parent)
        self._raise = raise_window

    Identity = Property(str, lambda self: "Spotter")
    DesktopEntry = Property(str, lambda self: "spotter")
    CanQuit = Property(bool, lambda self: False)
    CanRaise = Property(bool, lambda self: True)
    HasTrackList = Property(bool, lambda self: False)
    SupportedUriSchemes = Property("QStringList", lambda self: [])
    SupportedMimeTypes = Property("QStringList", lambda self: [])

    @Slot()
    def Raise(self) -> None:
        self._raise()

    @Slot()
    def Quit(self) -> None:
        """CanQuit is false: Spotter is quit from its window."""


@ClassInfo({"D-Bus Interface": PLAYER})
class PlayerAdaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2.Player: the session's transport controls."""

    Seeked = Signal("qlonglong")

    def __init__(self, parent: QObject, state: PlayerState, control: Callable[[Control], None]) -> None:
        super().__init__(parent)
        self._state = state
        self._control = control

    PlaybackStatus = Property(str, lambda self: self._state.status)
    Metadata = Property("QVariantMap", lambda self: self._state.metadata())
    Position = Property("qlonglong", lambda self: self._state.position_us)
    Rate = Property(float, lambda self: 1.0)
    MinimumRate = Property(float, lambda self: 1.0)
    MaximumRate = Property(float, lambda self: 1.0)
    Volume = Property(float, lambda self: 1.0)
    CanGoNext = Property(bool, lambda self: self._state.status != "Stopped")
    CanGoPrevious = Property(bool, lambda self: self._state.status != "Stopped")
    CanPlay = Property(bool, lambda self: self._state.status != "Stopped")
    CanPause = Property(bool, lambda self: self._state.status != "Stopped")
    CanSeek = Property(bool, lambda self: False)
    CanControl = Property(bool, lambda self: True)

    @Slot()
    def PlayPause(self) -> None:
        self._control(Control.TOGGLE_PAUSE)

    @Slot()
    def Play(self) -> None:
        self._control(Control.RESUME)

    @Slot()
    def Pause(self) -> None:
        self._control(Control.PAUSE)

    @Slot()
    def Next(self) -> None:
        self._control(Control.NEXT)

    @Slot()
    def Previous(self) -> None:
        self._control(Control.BACK)

    @Slot()
    def Stop(self) -> None:
        self._control(Control.STOP)

    @Slot("qlonglong")
    def Seek(self, _offset: int) -> None:
        """CanSeek is false: a session's time is not scrubbed."""

    @Slot(QDBusObjectPath, "qlonglong")
    def SetPosition(self, _track: QDBusObjectPath, _position: int) -> None:
        """CanSeek is false."""

    @Slot(str)
    def OpenUri(self, _uri: str) -> None:
        """No URIs are played."""


class MprisService(QObject):
    """Registers the MPRIS object while a session runs and keeps its properties true.

    ``control`` receives the player's own ``Control`` (PlayPause is TOGGLE_PAUSE, Play RESUME...).
    """

    def __init__(self, control: Callable[[Control], None], raise_window: Callable[[], None] = lambda: None,
                 bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self.state = PlayerState()
        self._host = QObject(self)
        RootAdaptor(self._host, raise_window)
        self._player = PlayerAdaptor(self._host, self.state, control)
        self.registered = False

    def register(self) -> bool:
        """Take the bus name; False (and a log line) when there is no session bus or it is taken."""
        if self.registered:
            return True
        if not self._bus.isConnected():
            log.info("MPRIS: no session bus, media keys and remotes are not available")
            return False
        if not self._bus.registerObject(PATH, self._host):
            log.warning("MPRIS: cannot register %s: %s", PATH, self._bus.lastError().message())
            return False
        if not self._bus.registerService(SERVICE):
            log.warning("MPRIS: cannot take %s: %s", SERVICE, self._bus.lastError().message())
            self._bus.unregisterObject(PATH)
            return False
        self.registered = True
        log.info("MPRIS: registered as %s", SERVICE)
        return True

    def unregister(self) -> None:
        """Give the name back (end screen, stop, close)."""
        if not self.registered:
            return
        self._bus.unregisterService(SERVICE)
        self._bus.unregisterObject(PATH)
        self.registered = False

    def update(self, status: str, index: int, title: str, album: str, length: float, position: float) -> None:
        """Set the state (times in seconds); send PropertiesChanged and Seeked as needed."""
        state = self.state
        changed: dict[str, Any] = {}
        expected_us = state.position_us
        new_track = index != state.index
        if new_track or title != state.title or album != state.album or int(length * 1e6) != state.length_us:
            state.index, state.title, state.album = index, title, album
            state.length_us = int(length * 1e6)
            changed["Metadata"] = state.metadata()
        if status != state.status:
            if (status == "Stopped") != (state.status == "Stopped"):
                for name in ("CanGoNext", "CanGoPrevious", "CanPlay", "CanPause"):
                    changed[name] = status != "Stopped"
            state.status = status
            changed["PlaybackStatus"] = status
        state.position_us = max(0, int(position * 1e6))
        if changed:
            self._properties_changed(changed)
        # a jump within the same step (restart, back to the start of a step): tell clients
        if not new_track and state.position_us + 1_500_000 < expected_us and self.registered:
            self._player.Seeked.emit(state.position_us)

    def _properties_changed(self, changed: dict[str, Any]) -> None:
        if not self.registered:
            return
        invalidated = QDBusArgument()
        invalidated.beginArray(QMetaType(QMetaType.Type.QString))
        invalidated.endArray()
        signal = QDBusMessage.createSignal(PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged")
        signal.setArguments([PLAYER, changed, invalidated])
        self._bus.send(signal)

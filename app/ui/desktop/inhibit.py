"""Keep the screen awake while a session plays or is paused.

Tried in order, the first that works is used, and the log says which:

1. ``org.freedesktop.ScreenSaver.Inhibit`` on the session bus (GNOME, KDE,
   Xfce and most others). ``UnInhibit`` takes a ``uint32`` cookie; PySide6
   would send a Python int as ``int32``, which strict services refuse, so the
   cookie goes out typed (``dbus_types.uint32``).
2. The xdg-desktop-portal ``Inhibit`` (``org.freedesktop.portal.Desktop``) with
   the idle flag, 8 (sandboxes, Wayland). Its flags are a ``uint32`` too; it
   returns a ``Request`` object path, and ``Request.Close`` on it lets go.
   1 and 2 are tried when their service runs, or when the bus can start it
   (D-Bus activation, as the portal often is): the call then waits longer.
3. On X11 with neither: ``XScreenSaverSuspend`` (libXss), else ``xdg-screensaver
   suspend`` on the window.

If nothing works the session goes on; the log says the screen may blank. If
Spotter dies, 1 and 2 are let go as well: the services watch their clients'
names on the bus and drop what a vanished client held (tests/test_desktop_keep_awake.py).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import shutil
import subprocess
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusObjectPath

from app.ui.desktop.dbus_types import uint32

log = logging.getLogger(__name__)

SCREENSAVER = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver")
PORTAL = ("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop", "org.freedesktop.portal.Inhibit")
PORTAL_IDLE = 8
TIMEOUT_MS = 2000
START_TIMEOUT_MS = 5000


class KeepAwake(QObject):
    """``hold`` while a session runs, ``release`` on the end screen or stop."""

    def __init__(self, bus: QDBusConnection | None = None, *, platform: str = "",
                 window_id: Callable[[], int] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._platform = platform
        self._window_id = window_id
        self._release: Callable[[], None] | None = None
        self.method: str | None = None  # what holds the screen now, None when nothing does

    @property
    def held(self) -> bool:
        """True while something keeps the screen awake."""
        return self._release is not None

    def hold(self, reason: str) -> str:
        """Keep the screen awake; returns the method used, or "none"."""
        if self._release is not None:
            return self.method or "none"
        for name, attempt in (("org.freedesktop.ScreenSaver", self._screensaver),
                              ("xdg-desktop-portal", self._portal),
                              ("XScreenSaverSuspend", self._xss),
                              ("xdg-screensaver", self._xdg_screensaver)):
            try:
                release = attempt(reason)
            except Exception as exc:  # noqa: BLE001 - one method failing must not stop a session
                log.debug("keep-awake: %s failed: %s", name, exc)
                release = None
            if release is not None:
                self._release, self.method = release, name
                log.info("keep-awake: the screen is kept on with %s", name)
                return name
        log.info("keep-awake: no screensaver service, portal or X11 method; the screen may blank")
        self.method = None
        return "none"

    def release(self) -> None:
        """Let the screen sleep again (safe to call when nothing is held)."""
        release, self._release = self._release, None
        if release is None:
            return
        try:
            release()
            log.info("keep-awake: released (%s)", self.method)
        except Exception as exc:  # noqa: BLE001 - the bus lets go when Spotter quits anyway
            log.warning("keep-awake: releasing %s failed: %s", self.method, exc)
        self.method = None

    # -- the methods: each returns how to let go, or None when it is not available

    def _timeout(self, service: str) -> int | None:
        """How long to wait for ``service``: longer when the bus must start it first; None without it."""
        if not self._bus.isConnected():
            return None
        bus = self._bus.interface()
        running = bus.isServiceRegistered(service)
        if running.isValid() and running.value():
            return TIMEOUT_MS
        startable = bus.activatableServiceNames()
        if startable.isValid() and service in (startable.value() or []):
            return START_TIMEOUT_MS  # D-Bus activation: the call starts it (the portal often is)
        return None

    def _screensaver(self, reason: str) -> Callable[[], None] | None:
        service, path, interface = SCREENSAVER
        timeout = self._timeout(service)
        if timeout is None:
            return None
        reply = self._call(service, path, interface, "Inhibit", ["Spotter", reason], timeout)
        if not reply.arguments():
            return None
        cookie = int(reply.arguments()[0])

        def release() -> None:
            # UnInhibit(uint32): a plain Python int would go out as int32, which is refused
            self._call(service, path, interface, "UnInhibit", [uint32(cookie)])
        return release

    def _portal(self, reason: str) -> Callable[[], None] | None:
        service, path, interface = PORTAL
        timeout = self._timeout(service)
        if timeout is None:
            return None
        token = "spotter" + uuid.uuid4().hex[:12]
        reply = self._call(service, path, interface, "Inhibit",
                           [self._portal_window(), uint32(PORTAL_IDLE), {"handle_token": token, "reason": reason}],
                           timeout)
        handle = reply.arguments()[0] if reply.arguments() else None
        if not isinstance(handle, QDBusObjectPath) or not handle.path():
            raise RuntimeError(f"the portal's Inhibit returned {handle!r}, not a request path")
        request = handle.path()

        def release() -> None:
            self._call(service, request, "org.freedesktop.portal.Request", "Close", [])
        return release

    def _portal_window(self) -> str:
        """The portal's parent-window identifier: "x11:XID" on X11, "" elsewhere."""
        if self._platform != "xcb" or self._window_id is None:
            return ""
        return f"x11:{int(self._window_id()):x}"

    def _call(self, service: str, path: str, interface: str, method: str, args: list,
              timeout: int = TIMEOUT_MS) -> QDBusMessage:
        """A blocking call; raises with the bus's message when it does not succeed."""
        call = QDBusMessage.createMethodCall(service, path, interface, method)
        call.setArguments(args)
        reply = self._bus.call(call, QDBus.CallMode.Block, timeout)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            raise RuntimeError(f"{method}: {reply.errorName()}: {reply.errorMessage()}")
        return reply

    def _xss(self, _reason: str) -> Callable[[], None] | None:
        if self._platform != "xcb":
            return None
        xss_name, x11_name = ctypes.util.find_library("Xss"), ctypes.util.find_library("X11")
        if not xss_name or not x11_name:
            return None
        x11, xss = ctypes.CDLL(x11_name), ctypes.CDLL(xss_name)
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x11.XFlush.argtypes = [ctypes.c_void_p]
        xss.XScreenSaverSuspend.argtypes = [ctypes.c_void_p, ctypes.c_int]
        display = x11.XOpenDisplay(None)
        if not display:
            return None
        xss.XScreenSaverSuspend(display, 1)
        x11.XFlush(display)

        def release() -> None:
            xss.XScreenSaverSuspend(display, 0)
            x11.XCloseDisplay(display)  # closing the display would also end the suspension
        return release

    def _xdg_screensaver(self, _reason: str) -> Callable[[], None] | None:
        tool = shutil.which("xdg-screensaver")
        if self._platform != "xcb" or tool is None or self._window_id is None:
            return None
        wid = hex(int(self._window_id()))
        result = subprocess.run([tool, "suspend", wid], check=False, capture_output=True, timeout=10)
        if result.returncode != 0:
            return None

        def release() -> None:
            subprocess.run([tool, "resume", wid], check=False, capture_output=True, timeout=10)
        return release

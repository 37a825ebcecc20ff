"""Keep-awake through the xdg-desktop-portal, and what the bus does when Spotter is killed.

On a private dbus-daemon with no screensaver service, a stand-in portal
(tests/desktop_screensaver.py, GDBus, the real signatures) records Inhibit and
Request.Close; the app falls back to it, and lets go on the end screen and on stop.
Then a real KeepAwake in a child process is killed with SIGKILL while it holds the
screen: the stand-ins, like the real services, see its name vanish and drop its hold.
Last, bare X11 (Xvfb, nothing on the bus): XScreenSaverSuspend keeps the X screen saver
from coming on, and without libXss xdg-screensaver turns its timeout off, then back.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ui_support import add_test_exercise, make_app

from app.ui.desktop.inhibit import PORTAL_IDLE, KeepAwake

pytestmark = pytest.mark.gui
pytest_plugins = ("dbus_support",)  # the private bus and the stand-ins
ROOT = Path(__file__).resolve().parent.parent


def test_without_a_screensaver_the_portal_keeps_the_screen_awake_and_lets_go(bus, portal, caplog):
    """Inhibit(window, 8 = idle, {handle_token, reason}) as the spec has it; Close on its Request."""
    caplog.set_level("INFO")
    awake = KeepAwake(bus, platform="offscreen")
    assert awake.hold("Workout: Core") == "xdg-desktop-portal"
    assert "kept on with xdg-desktop-portal" in caplog.text
    portal.wait_for(lambda: portal.starting("Inhibit"))
    _, window, flags, reason, handle, sender = portal.starting("Inhibit")[0]
    assert (window, int(flags), reason, sender) == ("", PORTAL_IDLE, "Workout: Core", bus.baseService())
    assert handle.startswith(f"/org/freedesktop/portal/desktop/request/{bus.baseService()[1:].replace('.', '_')}/")
    assert awake.held and awake.method == "xdg-desktop-portal"
    awake.release()
    portal.wait_for(lambda: f"Close {handle}" in portal.lines)
    assert not awake.held and "released (xdg-desktop-portal)" in caplog.text


def _session(qtbot, spotter, playerctl):
    spotter.play("test-bridge")
    page = spotter.window.built("player")
    qtbot.waitUntil(lambda: page.runner is not None and not page.runner.finished, timeout=20000)
    qtbot.waitUntil(lambda: playerctl("-p", "spotter", "status") == "Playing", timeout=5000)
    return page


def test_the_app_falls_back_to_the_portal_and_lets_go_on_stop_and_on_the_end_screen(
        qtbot, data_dir, bus, playerctl, portal, caplog):
    """playerctl stop: Close, the end screen; a second session run to its end: Close again."""
    caplog.set_level("INFO")
    add_test_exercise(data_dir)
    spotter = make_app(qtbot, data_dir, speed=1.0)
    spotter.dbus = bus
    spotter.window.show()
    page = _session(qtbot, spotter, playerctl)
    try:
        portal.wait_for(lambda: len(portal.starting("Inhibit")) == 1, qtbot=qtbot)
        first = portal.starting("Inhibit")[0][-2]
        assert "keep-awake: the screen is kept on with xdg-desktop-portal" in caplog.text
        playerctl("-p", "spotter", "stop")
        qtbot.waitUntil(lambda: page.currentWidget() is page.end, timeout=5000)
        portal.wait_for(lambda: f"Close {first}" in portal.lines, qtbot=qtbot)
        assert "spotter" not in playerctl("-l").split()

        page = _session(qtbot, spotter, playerctl)
        portal.wait_for(lambda: len(portal.starting("Inhibit")) == 2, qtbot=qtbot)
        second = portal.starting("Inhibit")[1][-2]
        assert second != first
        for _ in range(20):
            if page.runner.finished:
                break
            playerctl("-p", "spotter", "next")
            qtbot.wait(100)
        qtbot.waitUntil(lambda: page.currentWidget() is page.end, timeout=5000)
        portal.wait_for(lambda: f"Close {second}" in portal.lines, qtbot=qtbot)
        assert len(portal.starting("Close")) == 2
    finally:
        page.close_session()


HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication
from app.ui.desktop.inhibit import KeepAwake
app = QCoreApplication(sys.argv)
print(KeepAwake(platform="offscreen").hold("Workout: crash"), flush=True)
app.exec()
"""


@pytest.mark.parametrize(("kind", "method"), [("screensaver", "org.freedesktop.ScreenSaver"),
                                              ("portal", "xdg-desktop-portal")])
def test_a_killed_spotter_is_let_go_by_the_bus(bus_address, stand_in, kind, method):
    """SIGKILL while holding: the service sees the client's name vanish and drops its hold."""
    stand = stand_in(kind)
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus_address, QT_QPA_PLATFORM="offscreen")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == method
        stand.wait_for(lambda: stand.starting("Inhibit"))
        inhibit = stand.starting("Inhibit")[0]
        client, held = inhibit[-1], inhibit[-2]  # the cookie or the request handle
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=5)
        stand.wait_for(lambda: f"Vanished {client} dropped {held}" in stand.lines)
        assert not stand.starting("UnInhibit") and not stand.starting("Close")  # the bus, not Spotter
    finally:
        if holder.poll() is None:
            holder.kill()


def test_a_portal_the_bus_must_start_is_started_and_used(activatable_portal, caplog):
    """Not running, only activatable (as on many Wayland desktops): the call starts it."""
    from PySide6.QtDBus import QDBusConnection

    address, portal = activatable_portal
    caplog.set_level("INFO")
    connection = QDBusConnection.connectToBus(address, "spotter-activation")
    try:
        assert not connection.interface().isServiceRegistered("org.freedesktop.portal.Desktop").value()
        awake = KeepAwake(connection, platform="offscreen")
        assert awake.hold("Workout: Core") == "xdg-desktop-portal"
        portal.wait_for(lambda: portal.starting("Inhibit"))
        handle = portal.starting("Inhibit")[0][-2]
        awake.release()
        portal.wait_for(lambda: f"Close {handle}" in portal.lines)
    finally:
        QDBusConnection.disconnectFromBus("spotter-activation")


X11_HOLDER = """
import ctypes.util, sys
from PySide6.QtWidgets import QApplication, QWidget
from app.ui.desktop.inhibit import KeepAwake
find = ctypes.util.find_library
ctypes.util.find_library = lambda name: None if name == "Xss" else find(name)  # a system without libXss
app = QApplication(sys.argv)
window = QWidget()
window.show()
app.processEvents()
awake = KeepAwake(platform=app.platformName(), window_id=lambda: int(window.winId()))
print(awake.hold("Workout"), flush=True)
sys.stdin.readline()
awake.release()
print("released", awake.held, flush=True)
"""


def _xset_timeout(display: str) -> int:
    report = subprocess.run(["xset", "-display", display, "q"], capture_output=True, text=True, check=True)
    return int(re.search(r"timeout:\s+(\d+)", report.stdout).group(1))


def test_on_bare_x11_without_libxss_xdg_screensaver_turns_the_x_screensaver_off(bus_address):
    """No service, no libXss: xdg-screensaver suspend on the window (the X timeout goes to 0), resume."""
    from xvfb_support import start_xvfb

    if shutil.which("xdg-screensaver") is None or shutil.which("xset") is None:
        pytest.fail("xdg-screensaver or xset is missing: scripts/system-deps.sh installs them")
    xvfb, display = start_xvfb("640x480x24")
    holder = None
    try:
        before = _xset_timeout(display)
        assert before > 0
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", DBUS_SESSION_BUS_ADDRESS=bus_address,
                   XDG_CURRENT_DESKTOP="")
        holder = subprocess.Popen([sys.executable, "-c", X11_HOLDER], cwd=ROOT, env=env, text=True,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert holder.stdout.readline().strip() == "xdg-screensaver"
        assert _xset_timeout(display) == 0
        holder.stdin.write("release\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released False"
        assert _xset_timeout(display) == before
    finally:
        if holder is not None and holder.poll() is None:
            holder.kill()
        xvfb.terminate()
        xvfb.wait(timeout=5)


class _Info(ctypes.Structure):
    _fields_ = [("window", ctypes.c_ulong), ("state", ctypes.c_int), ("kind", ctypes.c_int),
                ("til_or_since", ctypes.c_ulong), ("idle", ctypes.c_ulong), ("event_mask", ctypes.c_ulong)]


class _XScreen:
    """An X connection held for the whole test (Xvfb resets its settings when the last one
    closes); ``saver_on`` asks XScreenSaverQueryInfo whether the screen saver is on."""

    def __init__(self, display: str) -> None:
        self.x11 = ctypes.CDLL(ctypes.util.find_library("X11"))
        self.xss = ctypes.CDLL(ctypes.util.find_library("Xss"))
        self.x11.XOpenDisplay.restype, self.x11.XOpenDisplay.argtypes = ctypes.c_void_p, [ctypes.c_char_p]
        self.x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.xss.XScreenSaverQueryInfo.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_Info)]
        self.connection = self.x11.XOpenDisplay(display.encode())
        assert self.connection, display

    def saver_on(self) -> bool:
        info = _Info()
        root = self.x11.XDefaultRootWindow(self.connection)
        assert self.xss.XScreenSaverQueryInfo(self.connection, root, ctypes.byref(info))
        return info.state == 1  # ScreenSaverOn

    def close(self) -> None:
        self.x11.XCloseDisplay(self.connection)


def _soon(cond, timeout: float = 6.0) -> bool:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def test_on_bare_x11_xscreensaversuspend_keeps_the_x_screen_saver_off(bus, monkeypatch):
    """No service on the bus, X11 (Xvfb) with a 1 s saver: it comes on, but not while Spotter holds."""
    from xvfb_support import start_xvfb

    xvfb, display = start_xvfb("640x480x24")
    screen = _XScreen(display)
    try:
        monkeypatch.setenv("DISPLAY", display)
        subprocess.run(["xset", "-display", display, "s", "1", "0"], check=True)
        subprocess.run(["xset", "-display", display, "s", "reset"], check=True)
        assert _soon(screen.saver_on)  # the check can see it: idle for a second, the saver comes on
        awake = KeepAwake(bus, platform="xcb")
        assert awake.hold("Workout") == "XScreenSaverSuspend"
        subprocess.run(["xset", "-display", display, "s", "reset"], check=True)
        time.sleep(1.5)
        assert not screen.saver_on()
        awake.release()
        assert not awake.held and awake.method is None
        assert _soon(screen.saver_on)
    finally:
        screen.close()
        xvfb.terminate()
        xvfb.wait(timeout=5)

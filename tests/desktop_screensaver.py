"""Stand-ins for the desktop's screensaver and its portal on a test session bus, recording calls.

Run as ``/usr/bin/python3 desktop_screensaver.py [screensaver|portal]`` (the system python,
for GDBus through python3-gi, which the real services are built on). It prints one line per
call, flushed, and "READY" once it owns its name:

- ``screensaver`` owns org.freedesktop.ScreenSaver: "Inhibit APP 'REASON' COOKIE SENDER",
  "UnInhibit COOKIE".
- ``portal`` owns org.freedesktop.portal.Desktop with org.freedesktop.portal.Inhibit:
  "Inhibit 'WINDOW' FLAGS 'REASON' HANDLE SENDER"; the reply is the Request object path
  the spec gives (exported there), and "Close HANDLE" is printed when the client calls
  org.freedesktop.portal.Request.Close on it.

GDBus checks each call against the interface's XML below, the real signatures: a call that
sends an int32 where a uint32 belongs (a cookie, the flags) is refused and never printed.
Like the real services (gnome-session, ksmserver, xdg-desktop-portal), both watch the bus
for vanished clients and drop what they held: "Vanished SENDER dropped COOKIES-OR-HANDLES".
"""

from __future__ import annotations

import sys

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib

SCREENSAVER_XML = """<node><interface name="org.freedesktop.ScreenSaver">
  <method name="Inhibit"><arg type="s" direction="in"/><arg type="s" direction="in"/>
    <arg type="u" direction="out"/></method>
  <method name="UnInhibit"><arg type="u" direction="in"/></method>
</interface></node>"""
PORTAL_XML = """<node><interface name="org.freedesktop.portal.Inhibit">
  <method name="Inhibit"><arg type="s" direction="in"/><arg type="u" direction="in"/>
    <arg type="a{sv}" direction="in"/><arg type="o" direction="out"/></method>
  <property name="version" type="u" access="read"/>
</interface></node>"""
REQUEST_XML = """<node><interface name="org.freedesktop.portal.Request">
  <method name="Close"/>
  <signal name="Response"><arg type="u"/><arg type="a{sv}"/></signal>
</interface></node>"""

HELD: dict[str, list[str]] = {}  # sender's unique name -> cookies or request handles it holds


def out(*words: object) -> None:
    print(*words, flush=True)


def let_go(item: str) -> None:
    for held in HELD.values():
        if item in held:
            held.remove(item)


class Stand:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.cookie = 100
        self.requests: dict[str, int] = {}  # handle -> registration id
        self.connection: Gio.DBusConnection | None = None

    def acquired(self, connection: Gio.DBusConnection, _name: str) -> None:
        out("READY")

    def bus(self, connection: Gio.DBusConnection, _name: str) -> None:
        self.connection = connection
        if self.kind == "portal":
            info = Gio.DBusNodeInfo.new_for_xml(PORTAL_XML).interfaces[0]
            connection.register_object("/org/freedesktop/portal/desktop", info, self.call, self.get, None)
        else:
            info = Gio.DBusNodeInfo.new_for_xml(SCREENSAVER_XML).interfaces[0]
            connection.register_object("/org/freedesktop/ScreenSaver", info, self.call, None, None)
        connection.signal_subscribe("org.freedesktop.DBus", "org.freedesktop.DBus", "NameOwnerChanged",
                                    "/org/freedesktop/DBus", None, Gio.DBusSignalFlags.NONE, self.owner, None)

    def get(self, *_args) -> GLib.Variant:
        return GLib.Variant("u", 3)

    def call(self, connection, sender, path, interface, method, params, invocation) -> None:
        args = params.unpack()
        if interface == "org.freedesktop.ScreenSaver" and method == "Inhibit":
            self.cookie += 1
            HELD.setdefault(sender, []).append(str(self.cookie))
            out("Inhibit", args[0], repr(args[1]), self.cookie, sender)
            invocation.return_value(GLib.Variant("(u)", (self.cookie,)))
        elif interface == "org.freedesktop.ScreenSaver" and method == "UnInhibit":
            let_go(str(args[0]))
            out("UnInhibit", args[0])
            invocation.return_value(None)
        elif interface == "org.freedesktop.portal.Inhibit" and method == "Inhibit":
            window, flags, options = args
            token = str(options.get("handle_token", f"t{len(self.requests)}"))
            handle = f"/org/freedesktop/portal/desktop/request/{sender.lstrip(':').replace('.', '_')}/{token}"
            info = Gio.DBusNodeInfo.new_for_xml(REQUEST_XML).interfaces[0]
            self.requests[handle] = connection.register_object(handle, info, self.call, None, None)
            HELD.setdefault(sender, []).append(handle)
            out("Inhibit", repr(window), flags, repr(options.get("reason", "")), handle, sender)
            invocation.return_value(GLib.Variant("(o)", (handle,)))
        elif interface == "org.freedesktop.portal.Request" and method == "Close":
            let_go(path)
            connection.unregister_object(self.requests.pop(path))
            out("Close", path)
            invocation.return_value(None)

    def owner(self, _connection, _sender, _path, _interface, _signal, params, _data=None) -> None:
        name, _old, new = params.unpack()
        if name.startswith(":") and not new and HELD.get(name):
            for handle in HELD[name]:
                if handle in self.requests:
                    self.connection.unregister_object(self.requests.pop(handle))
            out("Vanished", name, "dropped", ",".join(HELD.pop(name)))


def main() -> int:
    kind = sys.argv[1] if len(sys.argv) > 1 else "screensaver"
    stand = Stand(kind)
    name = "org.freedesktop.portal.Desktop" if kind == "portal" else "org.freedesktop.ScreenSaver"
    loop = GLib.MainLoop()
    Gio.bus_own_name(Gio.BusType.SESSION, name, Gio.BusNameOwnerFlags.NONE, stand.bus, stand.acquired,
                     lambda *_: (out("cannot own", name), loop.quit()))
    loop.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())

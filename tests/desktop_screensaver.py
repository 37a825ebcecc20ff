"""A stand-in for the desktop's screensaver on a test session bus, recording the calls.

Run as ``python desktop_screensaver.py``: it owns org.freedesktop.ScreenSaver and
prints one line per call ("Inhibit APP REASON COOKIE", "UnInhibit COOKIE"). Its
``UnInhibit`` takes a uint32 only, as the real services do: a call that sends
an int32 is refused and never printed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QDBusAbstractAdaptor):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._next = 100

    @Slot(str, str, result="uint")
    def Inhibit(self, app: str, reason: str) -> int:
        self._next += 1
        print("Inhibit", app, repr(reason), self._next, flush=True)
        return self._next

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        print("UnInhibit", cookie, flush=True)


def main() -> int:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    host = QObject()
    ScreenSaver(host)
    if not (bus.registerObject("/org/freedesktop/ScreenSaver", host)
            and bus.registerService("org.freedesktop.ScreenSaver")):
        print("cannot register", bus.lastError().message(), flush=True)
        return 1
    print("READY", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

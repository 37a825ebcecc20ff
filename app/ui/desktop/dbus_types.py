"""D-Bus integers of an exact width, which PySide6 cannot express by itself.

PySide6 turns a Python int into an ``int32`` (or an ``int64`` when it does not
fit), and its ``QDBusArgument << int`` always picks the ``uint16`` overload. The
desktop's interfaces want ``uint32`` (ScreenSaver cookies, the portal's flags)
and ``int64`` (MPRIS ``mpris:length``); a strict service refuses anything else.

``uint32`` and ``int64`` return a ``QDBusArgument`` holding one value of that
type, written by QtDBus's own ``operator<<`` for it (reached through ctypes,
since PySide6 hides those overloads). A ``QDBusArgument`` can stand wherever a
value goes: a method argument, a property, a value in an ``a{sv}`` map.
If the overload cannot be reached (a Qt built differently), the plain int is
returned and the log says so once.
"""

from __future__ import annotations

import ctypes
import logging
from functools import cache
from pathlib import Path

import shiboken6
from PySide6 import QtDBus
from PySide6.QtDBus import QDBusArgument

log = logging.getLogger(__name__)

# QDBusArgument &QDBusArgument::operator<<(T) for T = uint, qlonglong (Itanium C++ ABI)
_SYMBOLS = {"u": "_ZN13QDBusArgumentlsEj", "x": "_ZN13QDBusArgumentlsEx"}
_CTYPES = {"u": ctypes.c_uint32, "x": ctypes.c_int64}


def uint32(value: int) -> QDBusArgument | int:
    """A D-Bus ``u``."""
    return _typed("u", int(value))


def int64(value: int) -> QDBusArgument | int:
    """A D-Bus ``x``."""
    return _typed("x", int(value))


def _typed(code: str, value: int) -> QDBusArgument | int:
    write = _writer(code)
    if write is None:
        return value
    argument = QDBusArgument()
    write(shiboken6.getCppPointer(argument)[0], value)
    return argument


@cache
def _writer(code: str):  # a ctypes function, or None
    for name in _library_names():
        try:
            function = getattr(ctypes.CDLL(name), _SYMBOLS[code])
        except (OSError, AttributeError):
            continue
        function.argtypes = [ctypes.c_void_p, _CTYPES[code]]
        function.restype = ctypes.c_void_p
        return function
    log.warning("D-Bus: QDBusArgument's %s writer not found; sending a plain int", code)
    return None


def _library_names() -> list[str]:
    """libQt6DBus as PySide6 loaded it (its wheel's copy first, then the system's)."""
    bundled = Path(QtDBus.__file__).resolve().parent / "Qt" / "lib" / "libQt6DBus.so.6"
    return [str(bundled), "libQt6DBus.so.6"]

"""dbus_types on the wire: a signal carrying uint32 and int64 values, read back by dbus-monitor."""

from __future__ import annotations

import pytest
from PySide6.QtDBus import QDBusArgument, QDBusMessage

from app.ui.desktop.dbus_types import int64, uint32

pytestmark = pytest.mark.gui
pytest_plugins = ("dbus_support",)  # the private bus


def test_uint32_and_int64_keep_their_type_and_value_at_the_edges(qtbot, bus, monitor):
    """As arguments and inside an a{sv}: u and x, at their limits, where PySide6 alone sends i."""
    assert isinstance(uint32(1), QDBusArgument) and isinstance(int64(1), QDBusArgument)
    heard = monitor("interface='org.spotter.Probe'")
    signal = QDBusMessage.createSignal("/org/spotter/Probe", "org.spotter.Probe", "Values")
    signal.setArguments([uint32(4294967295), uint32(0), int64(-(2**63)), int64(2**63 - 1),
                         {"length": int64(30_000_000), "plain": 30_000_000}])
    assert bus.send(signal)
    expected = ("uint32 4294967295", "uint32 0", "int64 -9223372036854775808", "int64 9223372036854775807",
                "int64 30000000", "int32 30000000")
    heard.wait_for(qtbot, lambda: "member=Values" in heard.text and expected[-1] in heard.text)
    body = heard.text[heard.text.index("member=Values"):]
    for line in expected:
        assert line in body, body

"""dbus_types on the wire: a signal carrying uint32 and int64 values, read back by dbus-monitor."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from PySide6.QtDBus import QDBusArgument, QDBusMessage

from app.ui.desktop.dbus_types import int64, uint32

pytestmark = pytest.mark.gui
pytest_plugins = ("dbus_support",)  # the private bus


def test_uint32_and_int64_keep_their_type_and_value_at_the_edges(qtbot, bus, bus_address):
    """As arguments and inside an a{sv}: u and x, at their limits, where PySide6 alone sends i."""
    if shutil.which("dbus-monitor") is None:
        pytest.fail("dbus-monitor is missing: scripts/system-deps.sh installs it")
    assert isinstance(uint32(1), QDBusArgument) and isinstance(int64(1), QDBusArgument)
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus_address)
    monitor = subprocess.Popen(["dbus-monitor", "--address", bus_address, "interface='org.spotter.Probe'"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        qtbot.wait(500)  # the monitor is listening
        signal = QDBusMessage.createSignal("/org/spotter/Probe", "org.spotter.Probe", "Values")
        signal.setArguments([uint32(4294967295), uint32(0), int64(-(2**63)), int64(2**63 - 1),
                             {"length": int64(30_000_000), "plain": 30_000_000}])
        assert bus.send(signal)
        qtbot.wait(500)
    finally:
        monitor.terminate()
        heard = monitor.communicate(timeout=5)[0]
    body = heard[heard.index("member=Values"):]
    for line in ("uint32 4294967295", "uint32 0", "int64 -9223372036854775808", "int64 9223372036854775807",
                 "int64 30000000", "int32 30000000"):
        assert line in body, body

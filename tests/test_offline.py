"""Spotter opens no network connection: every command runs with the network forbidden."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_spotter

# Loaded by Python at start-up (sitecustomize on PYTHONPATH): any attempt to reach
# the network is written down and refused; local (AF_UNIX) sockets, which X11
# and D-Bus use, stay allowed.
GUARD = '''
import os, socket
_log = os.environ["SPOTTER_NET_LOG"]

def _refuse(what):
    with open(_log, "a") as f:
        f.write(what + "\\n")
    raise OSError("network use is forbidden in this test: " + what)

_connect = socket.socket.connect
def connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _refuse(f"connect {address!r}")
    return _connect(self, address)
socket.socket.connect = connect
socket.socket.connect_ex = connect
socket.getaddrinfo = lambda *a, **k: _refuse(f"getaddrinfo {a!r}")
socket.create_connection = lambda *a, **k: _refuse(f"create_connection {a!r}")
'''


@pytest.fixture
def guarded_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """Environment for a subprocess whose every network attempt is logged and refused."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(GUARD)
    log = tmp_path / "net.log"
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")])),
           "SPOTTER_NET_LOG": str(log), "QT_QPA_PLATFORM": "offscreen"}
    return env, log


def test_the_guard_itself_catches_a_connection(guarded_env, data_dir):
    """The guard is live in the subprocess: a deliberate connection attempt is logged."""
    import subprocess
    import sys

    env, log = guarded_env
    code = "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 80), 1)\nexcept OSError:\n    pass\n"
    subprocess.run([sys.executable, "-c", code], env={**os.environ, **env}, check=True, timeout=30)
    assert "create_connection" in log.read_text()


@pytest.mark.parametrize("args", [
    ("validate",),
    ("list", "--json"),
    ("show", "leg-pull-back", "--json"),
    ("play", "leg-pull-back", "--headless", "--speed", "100"),
    ("history", "--json"),
    ("--quit-after-startup",),
])
def test_commands_open_no_network_connection(args, guarded_env, data_dir):
    """validate, list, show, play (with speech), history and the desktop app never touch the network."""
    env, log = guarded_env
    result = run_spotter(*args, data_dir=data_dir, env=env, input="")
    assert result.returncode == 0, result.stderr
    assert not log.exists(), log.read_text()

"""A private session bus per test, the recording stand-ins on it, and playerctl against it.

A pytest plugin: test modules take its fixtures with ``pytest_plugins = ("dbus_support",)``.
The stand-ins (tests/desktop_screensaver.py) run in their own processes under the system
python3 with GDBus, as the desktop's services would, and print one line per call;
``Recorder.lines`` collects them.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"  # the stand-ins use GDBus (python3-gi, scripts/system-deps.sh)


def start_daemon(*options: str) -> tuple[subprocess.Popen, str]:
    """A private dbus-daemon (session type); the process and its address."""
    if shutil.which("dbus-daemon") is None:
        pytest.fail("dbus-daemon is missing: scripts/system-deps.sh installs it")
    daemon = subprocess.Popen(["dbus-daemon", *options, "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = daemon.stdout.readline().strip()
    assert address.startswith("unix:"), address
    return daemon, address


@pytest.fixture
def bus_address():
    """A private session bus for one test; its address."""
    daemon, address = start_daemon("--session")
    yield address
    daemon.terminate()
    daemon.wait(timeout=5)


ACTIVATION_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:tmpdir={tmp}</listen><auth>EXTERNAL</auth>
  <servicedir>{services}</servicedir>
  <policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/>
    <allow own="*"/></policy>
</busconfig>
"""


@pytest.fixture
def activatable_portal(tmp_path):
    """A private session bus that can start the stand-in portal, which is not running yet.

    Yields (address, recorder); the portal's lines go to a file, since the bus starts it.
    """
    services = tmp_path / "services"
    services.mkdir()
    log = tmp_path / "portal.log"
    script = HERE / "desktop_screensaver.py"
    (services / "org.freedesktop.portal.Desktop.service").write_text(
        "[D-BUS Service]\nName=org.freedesktop.portal.Desktop\n"
        f"Exec=/bin/sh -c 'exec {SYSTEM_PYTHON} {script} portal > {log}'\n", encoding="utf-8")
    config = tmp_path / "bus.conf"
    config.write_text(ACTIVATION_CONFIG.format(tmp=tmp_path, services=services), encoding="utf-8")
    daemon, address = start_daemon(f"--config-file={config}")
    yield address, Recorder(address, "portal", log=log)
    daemon.terminate()
    daemon.wait(timeout=5)


@pytest.fixture
def bus(bus_address):
    """This process's connection to the private bus."""
    name = f"spotter-test-{time.monotonic_ns()}"
    connection = QDBusConnection.connectToBus(bus_address, name)
    assert connection.isConnected(), connection.lastError().message()
    yield connection
    QDBusConnection.disconnectFromBus(name)


class Recorder:
    """A stand-in service (screensaver or portal); ``lines`` are the calls it saw.

    Started here as a subprocess, or, with ``log``, started by the bus itself (D-Bus
    activation) and writing to that file, which is read as it grows.
    """

    def __init__(self, address: str, kind: str = "screensaver", log: Path | None = None) -> None:
        self.lines: list[str] = []
        self.proc: subprocess.Popen | None = None
        if log is None:
            env = {"PATH": os.environ.get("PATH", "/usr/bin"), "DBUS_SESSION_BUS_ADDRESS": address}
            self.proc = subprocess.Popen([SYSTEM_PYTHON, str(HERE / "desktop_screensaver.py"), kind], env=env,
                                         stdout=subprocess.PIPE, text=True)
            threading.Thread(target=self._pump, daemon=True).start()
            self.wait_for(lambda: "READY" in self.lines, timeout=15)
        else:
            self._log = log
            threading.Thread(target=self._follow, daemon=True).start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line.strip())

    def _follow(self) -> None:
        seen = 0
        while True:
            text = self._log.read_text() if self._log.exists() else ""
            complete = text[:text.rfind("\n") + 1].splitlines()
            self.lines.extend(line.strip() for line in complete[seen:])
            seen = len(complete)
            time.sleep(0.05)

    def starting(self, word: str) -> list[list[str]]:
        """The calls seen so far whose first word is ``word``, split into words (quotes kept together)."""
        return [shlex.split(line) for line in self.lines if line.split()[:1] == [word]]

    def wait_for(self, cond, timeout: float = 5.0, qtbot=None) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if cond():
                return
            if qtbot is not None:
                qtbot.wait(50)
            else:
                time.sleep(0.05)
        raise AssertionError(f"the stand-in saw: {self.lines}")

    def close(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=5)


@pytest.fixture
def screensaver(bus_address):
    recorder = Recorder(bus_address, "screensaver")
    yield recorder
    recorder.close()


@pytest.fixture
def portal(bus_address):
    recorder = Recorder(bus_address, "portal")
    yield recorder
    recorder.close()


@pytest.fixture
def stand_in(bus_address):
    """Start a stand-in by kind ("screensaver" or "portal"); each is closed after the test."""
    started: list[Recorder] = []

    def start(kind: str) -> Recorder:
        started.append(Recorder(bus_address, kind))
        return started[-1]
    yield start
    for recorder in started:
        recorder.close()


@pytest.fixture
def playerctl(qtbot, bus_address):
    """``playerctl(*args)``: run playerctl on the private bus while the Qt loop keeps answering it."""
    if shutil.which("playerctl") is None:
        pytest.fail("playerctl is missing: scripts/system-deps.sh installs it")
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus_address)

    def run(*args: str) -> str:
        proc = subprocess.Popen(["playerctl", *args], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10000)
        return proc.stdout.read().strip()
    return run


class Follower:
    """A client left running on the private bus (playerctl --follow, dbus-monitor); ``lines``
    are what it printed so far, collected by a thread so the Qt loop keeps running."""

    def __init__(self, bus_address: str, *command: str) -> None:
        tool = shutil.which(command[0])
        if tool is None:
            pytest.fail(f"{command[0]} is missing: scripts/system-deps.sh installs it")
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus_address)
        self.proc = subprocess.Popen([tool, *command[1:]], env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._pump, daemon=True)
        self._reader.start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    @property
    def done(self) -> bool:
        """It exited and everything it printed is in ``lines``."""
        return self.proc.poll() is not None and not self._reader.is_alive()

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def wait_for(self, qtbot, cond, timeout: float = 10.0) -> None:
        """Wait (the Qt loop running) until ``cond()``; fails with what was printed."""
        try:
            qtbot.waitUntil(lambda: bool(cond()), timeout=int(timeout * 1000))
        except AssertionError as exc:
            raise AssertionError(f"{self.proc.args[0]} printed: {self.lines}") from exc

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=5)


@pytest.fixture
def follow(bus_address):
    """``follow(*command)``: a Follower on the private bus, stopped after the test."""
    started: list[Follower] = []

    def start(*command: str) -> Follower:
        started.append(Follower(bus_address, *command))
        return started[-1]
    yield start
    for follower in started:
        if follower.proc.poll() is None:
            follower.stop()


@pytest.fixture
def monitor(follow, qtbot, bus_address):
    """``monitor(rule)``: dbus-monitor on the private bus, once it listens (it says NameLost then)."""
    def start(rule: str) -> Follower:
        watcher = follow("dbus-monitor", "--address", bus_address, rule)
        watcher.wait_for(qtbot, lambda: "member=NameLost" in watcher.text)
        return watcher
    return start

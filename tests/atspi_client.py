"""An AT-SPI client for tests/test_ui_atspi.py: reads and drives Spotter as a screen reader does.

It runs under the system python3 (Debian's python3-pyatspi brings the Atspi
GObject bindings there, not in the venv), inside the private D-Bus session the
test made, on the test's Xvfb display. It starts the app itself, so both share
that session bus and its accessibility bus.

    /usr/bin/python3 tests/atspi_client.py VENV_PYTHON DATA_DIR LANG PAUSE_NAME REPORT.json

It writes one JSON object (stdout is shared with the bus daemons): every screen's showing accessible objects (role,
name, description, text), the player's buttons before and after pressing
Pause through the Action interface, and the announcements heard.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCREENS = ("library", "workouts", "history", "settings")  # the sidebar's order
heard: list[str] = []


def pump(seconds: float = 0.0) -> None:
    """Let AT-SPI events (announcements) arrive for ``seconds``."""
    end = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while True:
        while context.iteration(False):
            pass
        if time.monotonic() >= end:
            return
        time.sleep(0.02)


def wait_for(what, timeout: float = 20.0):
    """``what()`` once it is truthy (events pumped meanwhile); raises after ``timeout``."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = what()
        if found:
            return found
        pump(0.1)
    raise TimeoutError(getattr(what, "__doc__", None) or "waited too long")


def showing(node) -> bool:
    try:
        return node.get_state_set().contains(Atspi.StateType.SHOWING)
    except GLib.Error:
        return False


def objects(node, out=None):
    """Every showing object under ``node``: dicts of role, name, description and text."""
    out = [] if out is None else out
    try:
        count = node.get_child_count()
    except GLib.Error:
        return out
    for i in range(count):
        child = node.get_child_at_index(i)
        if child is None or not showing(child):
            continue
        try:
            text = Atspi.Text.get_text(child, 0, -1) if "Text" in child.get_interfaces() else ""
            out.append({"role": child.get_role_name(), "name": child.get_name() or "",
                        "description": child.get_description() or "", "text": text or "", "node": child})
        except GLib.Error:
            continue
        objects(child, out)
    return out


def plain(items):
    return [{k: v for k, v in item.items() if k != "node"} for item in items]


def main() -> int:
    python, data_dir, lang, wanted, report_path = sys.argv[1:6]
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    listener = Atspi.EventListener.new(lambda event: heard.append(str(event.any_data or "")))
    listener.register("object:announcement")
    proc = subprocess.Popen([python, "-m", "app", "--data-dir", data_dir, "--lang", lang], env=env, cwd=ROOT)
    report: dict = {"screens": {}}
    try:
        def application():
            """the app on the accessibility bus"""
            desktop = Atspi.get_desktop(0)
            for i in range(desktop.get_child_count()):
                candidate = desktop.get_child_at_index(i)
                if candidate is not None and candidate.get_process_id() == proc.pid:
                    return candidate
            return None

        app = wait_for(application, 30)
        sections = wait_for(lambda: next((o["node"] for o in objects(app) if o["role"] == "list"
                                          and o["node"].get_child_count() == len(SCREENS)), None))
        report["sections"] = sections.get_name()
        wait_for(lambda: any(o["role"] == "list item" for o in objects(app) if o["name"] and
                             o["description"]))  # the library is loaded
        for index, screen in enumerate(SCREENS):
            sections.select_child(index)
            pump(0.8)
            report["screens"][screen] = plain(objects(app))
        sections.select_child(0)
        pump(0.5)
        start = wait_for(lambda: next((o["node"] for o in objects(app) if o["role"] == "push button"
                                       and o["description"] and "Ctrl" in o["description"]), None))
        report["start"] = start.get_name()
        start.do_action(0)

        def player_buttons():
            """the player's buttons"""
            found = [o for o in objects(app) if o["role"] in ("push button", "toggle button")]
            return found if len(found) >= 8 else None

        time.sleep(0.5)
        before = wait_for(player_buttons)
        pump(1.0)
        report["player"] = plain(objects(app))
        report["player_buttons"] = [b["name"] for b in before]
        pause = next((b["node"] for b in before if b["name"] == wanted), None)
        report["pause_found"] = pause is not None
        if pause is not None:
            pause.do_action(0)
            pump(1.0)
            report["after_pause"] = plain(objects(app))
        pump(0.5)
        report["heard"] = list(heard)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    with open(report_path, "w", encoding="utf-8") as out:
        json.dump(report, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

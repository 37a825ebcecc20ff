"""Crash safety: a recording process killed with SIGKILL at random moments.

Two kinds of process are killed. The history driver
(``fixtures/history_driver.py``) feeds realistic engine events through the
real recorder with small sleeps and reports every commit, so the test can
check that nothing reported as written is lost (24 rounds). The real
``spotter play --headless`` is killed in eight rounds of (a full session,
then a session killed at a random moment), as the issue asks.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

from app.history import HistoryStore, Status
from app.paths import Paths

DRIVER = ROOT / "tests" / "fixtures" / "history_driver.py"
ROUNDS = 24


def _round(data_dir: Path, rng: random.Random) -> list[dict]:
    """Run the driver, kill it at a random moment, return the facts it printed."""
    proc = subprocess.Popen([sys.executable, str(DRIVER), "kill", str(data_dir), "0.004"],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert json.loads(proc.stdout.readline()) == {"ready": True}
    time.sleep(rng.uniform(0.0, 0.6))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    facts = []
    for line in out.splitlines():
        try:
            facts.append(json.loads(line))
        except json.JSONDecodeError:  # the kill can cut the last line short
            pass
    return facts


def test_kill_9_at_random_moments_loses_nothing_written(data_dir: Path) -> None:
    """After 24 random SIGKILLs: integrity ok, finished sessions kept, killed ones interrupted."""
    rng = random.Random(20261121)
    finished: set[int] = set()
    written: dict[int, float] = {}  # session -> active seconds reported as written
    for _ in range(ROUNDS):
        for fact in _round(data_dir, rng):
            assert not fact["pending"]
            written[fact["id"]] = max(written.get(fact["id"], 0.0), fact["active"])
            if fact["type"] == "session_end":
                finished.add(fact["id"])
    conn = sqlite3.connect(data_dir / "history.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    store = HistoryStore.open(Paths(data_dir))
    records = {s.id: s for s in store.sessions(limit=None)}
    assert finished and finished <= set(records)
    assert all(records[i].status is Status.COMPLETED for i in finished)
    # a kill between a session's last commit and its report leaves it completed, unreported
    others = [s for s in records.values() if s.id not in finished]
    killed = [s for s in others if s.status is not Status.COMPLETED]
    assert len(killed) <= ROUNDS
    assert all(s.status is Status.INTERRUPTED for s in killed)
    assert all(s.active_seconds >= written.get(s.id, 0.0) for s in records.values())
    with_progress = [s for s in killed if s.active_seconds > 0 and s.resume_index]
    assert len(with_progress) >= ROUNDS // 3
    assert len(store.interrupted()) == len(killed)


PLAY_ROUNDS = 8


def _play(data_dir: Path, exercise: str, speed: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--speed", speed, "play",
         "--headless", "--mute", "--events", exercise],
        cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)


@pytest.mark.e2e
@pytest.mark.slow
def test_kill_9_of_spotter_play_keeps_finished_and_marks_killed(data_dir: Path) -> None:
    """Eight rounds of a full `spotter play` then one SIGKILLed at a random moment."""
    rng = random.Random(8)
    finished = []
    for n in range(PLAY_ROUNDS):
        exercise = ("cat-cow", "glute-bridge")[n % 2]
        full = _play(data_dir, exercise, "150")
        out, err = full.communicate(timeout=120)
        assert full.returncode == 0, err
        assert "Traceback" not in err
        assert '"status": "completed"' in out.splitlines()[-1]
        finished.append(exercise)
        doomed = _play(data_dir, exercise, "100")
        assert doomed.stdout is not None
        first = json.loads(doomed.stdout.readline())
        assert first["type"] == "session_start"
        wall = first["plan"]["total_seconds"] / 100
        time.sleep(rng.uniform(0.05, wall * 0.9))
        doomed.send_signal(signal.SIGKILL)
        doomed.communicate()
    conn = sqlite3.connect(data_dir / "history.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    store = HistoryStore.open(Paths(data_dir))
    records = store.sessions(limit=None)[::-1]  # oldest first
    completed = [r for r in records if r.status is Status.COMPLETED]
    killed = [r for r in records if r.status is Status.INTERRUPTED]
    assert [r.source_id for r in completed] == finished
    assert len(killed) == PLAY_ROUNDS and len(records) == 2 * PLAY_ROUNDS
    assert all(r.status is Status.COMPLETED for r in records[0::2])
    with_progress = [r for r in killed if r.active_seconds > 0 and r.exercises[0].seconds > 0]
    assert len(with_progress) >= PLAY_ROUNDS // 2


@pytest.mark.e2e
def test_killed_play_is_resumed_at_its_step_on_a_terminal(data_dir: Path) -> None:
    """After a SIGKILL, `spotter play` on a terminal offers the session; "r" completes the same one."""
    import os
    import pty
    import select

    doomed = _play(data_dir, "glute-bridge", "100")
    assert doomed.stdout is not None
    doomed.stdout.readline()
    time.sleep(0.8)
    doomed.send_signal(signal.SIGKILL)
    doomed.communicate()
    store = HistoryStore.open(Paths(data_dir))
    [before] = store.interrupted()
    store.close()
    assert before.resume_index > 0 and before.active_seconds > 0
    pid, fd = pty.fork()
    if pid == 0:  # the child: spotter play on a terminal
        os.chdir(ROOT)
        os.execv(sys.executable, [sys.executable, "-m", "app", "--data-dir", str(data_dir),
                                  "--speed", "100", "play", "--headless", "--mute",
                                  "glute-bridge"])
    screen, answered, deadline = b"", False, time.monotonic() + 60
    while time.monotonic() < deadline:
        if select.select([fd], [], [], 0.2)[0]:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the terminal closed: play has ended
                break
            if not chunk:
                break
            screen += chunk
            if not answered and b"[r]esume" in screen:
                os.write(fd, b"r\n")
                answered = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert answered and os.waitstatus_to_exitcode(status) == 0
    store = HistoryStore.open(Paths(data_dir))
    [after] = store.sessions()
    assert after.id == before.id and after.status is Status.COMPLETED
    assert after.active_seconds > before.active_seconds
    assert abs(after.active_seconds - after.planned_seconds) < 1.0  # both runs add up to the plan
    assert after.exercises[0].completed and store.interrupted() == []

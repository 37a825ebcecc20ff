"""Crash safety: a recording process killed with SIGKILL at random moments.

``spotter play`` does not record yet, so the process is the history driver
(``fixtures/history_driver.py``), which feeds realistic engine events through
the real recorder with small sleeps. Each round kills it at a random moment
and checks the file: intact, no finished session lost, the killed one
``interrupted`` with at least the progress it had reported as written.
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
    killed = [s for s in records.values() if s.id not in finished]
    assert len(killed) <= ROUNDS
    assert all(s.status is Status.INTERRUPTED for s in killed)
    assert all(s.active_seconds >= written.get(s.id, 0.0) for s in records.values())
    with_progress = [s for s in killed if s.active_seconds > 0 and s.resume_index]
    assert len(with_progress) >= ROUNDS // 3
    assert len(store.interrupted()) == len(killed)

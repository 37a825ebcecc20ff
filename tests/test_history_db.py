"""Faults of the environment: a full disk and a read-only folder, for real.

Both run the recorder in a separate process (``fixtures/history_driver.py``):
the full disk is a 4 KiB ``RLIMIT_FSIZE`` (SIGXFSZ ignored, so writes fail
with EFBIG instead of killing the process); the read-only folder is a folder
with mode 0555 used by a process that dropped from root to user ``nobody``
(root ignores file modes, so chmod alone would test nothing).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import ROOT
from fixtures.history_events import events

from app.history import HistoryStore, Status
from app.history.faults import classify
from app.paths import Paths

DRIVER = ROOT / "tests" / "fixtures" / "history_driver.py"


def _facts(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_full_disk_keeps_the_session_in_memory_until_it_can_be_written(data_dir: Path) -> None:
    """With writes failing (file-size limit), the session waits in memory, then is saved."""
    HistoryStore.open(Paths(data_dir)).close()
    done = subprocess.run([sys.executable, str(DRIVER), "fsize", str(data_dir)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    full, free = _facts(done.stdout)
    assert full["pending"] and not full["flushed"]
    assert len(full["notices"]) == 1 and "kept in memory" in full["notices"][0]
    assert not free["pending"]
    assert free["notices"] == [("The history can be written again: everything kept in memory "
                               "is saved.")]
    conn = sqlite3.connect(data_dir / "history.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = HistoryStore.open(Paths(data_dir))
    [session] = store.sessions()
    assert session.id == free["id"] and session.status is Status.COMPLETED
    assert all(e.completed for e in session.exercises)


def test_read_only_folder_keeps_the_session_in_memory_until_writable() -> None:
    """As user nobody in a 0555 folder: history readable, session kept, saved once writable."""
    folder = Path(tempfile.mkdtemp(prefix="spotter-ro-", dir="/tmp"))  # /tmp: nobody can enter
    try:
        store = HistoryStore.open(Paths(folder))
        rec = store.recorder()
        for ev in events():
            rec.handle(ev)
        first = rec.session_id
        store.close()
        for path in folder.rglob("*"):
            path.chmod(0o555 if path.is_dir() else 0o444)
        folder.chmod(0o555)
        proc = subprocess.Popen([sys.executable, str(DRIVER), "readonly", str(folder)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                cwd="/")
        assert proc.stdout is not None and proc.stdin is not None
        stuck = json.loads(proc.stdout.readline())
        assert stuck["read_only"] and stuck["pending"] and stuck["listed"] == [first]
        assert len(stuck["notices"]) == 1 and "read-only" in stuck["notices"][0]
        assert not list(folder.glob("history.sqlite3-wal"))
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o777 if path.is_dir() else 0o666)
        proc.stdin.write("go\n")
        proc.stdin.flush()
        saved = json.loads(proc.stdout.readline())
        assert proc.wait(timeout=60) == 0
        assert not saved["pending"] and saved["id"] != first
        assert saved["notices"][0].startswith("The history can be written again")
        store = HistoryStore.open(Paths(folder))
        assert [(s.id, s.status) for s in store.sessions()] == [
            (saved["id"], Status.COMPLETED), (first, Status.COMPLETED)]
    finally:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o777)
        shutil.rmtree(folder)


def test_missing_parent_that_cannot_be_created_degrades(tmp_path: Path) -> None:
    """A data folder under a plain file cannot exist: the store opens empty and says why."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = HistoryStore.open(Paths(blocker / "data"))
    assert store.read_only and store.sessions() == [] and len(store.notices) == 1
    rec = store.recorder()
    for ev in events():
        rec.handle(ev)
    assert rec.pending and rec.session_id is None


def test_errors_are_told_apart() -> None:
    """Corruption, environment faults and bugs are classified by SQLite's error code."""
    conn = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.Error) as bug:
        conn.execute("SELEC 1")
    assert classify(bug.value) == "bug"
    assert classify(OSError(28, "No space left on device")) == "environment"

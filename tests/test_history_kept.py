"""Finished sessions the history refuses are kept in a file and written at the next start.

The refusals are real: another connection holding the write lock (SQLite's
own busy timeout, shortened here for the in-process cases), a file-size
limit standing in for a full disk in a separate ``spotter`` process, and a
read-only bind mount (or mode 0555 when not root).
"""

from __future__ import annotations

import json
import resource
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_spotter
from fixtures.history_events import events

from app.history import HistoryStore, Status, db
from app.paths import Paths


def _hold_lock(path: Path, seconds: float, started: threading.Event) -> None:
    """A second, real connection holding the write lock for ``seconds``."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    started.set()
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()


def test_lock_held_past_every_retry_keeps_the_session_in_a_file(data_dir: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """With the lock held throughout, the ended session goes to a file, then into the history."""
    monkeypatch.setattr(db, "BUSY_TIMEOUT_SECONDS", 0.05)
    paths = Paths(data_dir)
    HistoryStore.open(paths).close()
    store = HistoryStore.open(paths)
    rec = store.recorder()
    conn = sqlite3.connect(paths.history_db, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    for ev in events():
        rec.handle(ev)
    rec.close()
    assert rec.kept_at is not None and rec.kept_at.parent == paths.unsaved_dirs[0]
    assert any(str(rec.kept_at) in n for n in store.notices)
    store.close()
    conn.execute("COMMIT")
    conn.close()

    again = HistoryStore.open(paths)
    [session] = again.sessions()
    assert session.status is Status.COMPLETED and all(e.completed for e in session.exercises)
    assert not rec.kept_at.exists()
    assert any("is now in the history" in n for n in again.notices)


def test_second_location_when_the_data_folder_takes_nothing(data_dir: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """If the data folder's file cannot be written either, the runtime folder keeps it."""
    monkeypatch.setattr(db, "BUSY_TIMEOUT_SECONDS", 0.05)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    paths = Paths(data_dir)
    HistoryStore.open(paths).close()
    paths.unsaved_dirs[0].write_text("a file where the folder should be")
    store = HistoryStore.open(paths)
    rec = store.recorder()
    holder = sqlite3.connect(paths.history_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    for ev in events(stop_at=4):
        rec.handle(ev)
    rec.close()
    assert rec.kept_at is not None and rec.kept_at.parent == paths.unsaved_dirs[1]
    assert tmp_path / "run" in rec.kept_at.parents
    holder.execute("COMMIT")
    # the next session is the next chance: the kept one is written before it starts
    nxt = store.recorder()
    assert [s.status for s in store.sessions()] == [Status.STOPPED]
    assert not rec.kept_at.exists()
    nxt.close()


def test_nowhere_to_keep_it_retries_from_memory(data_dir: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither the file nor either folder takes it: it stays in memory and is saved later."""
    monkeypatch.setattr(db, "BUSY_TIMEOUT_SECONDS", 0.05)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(blocker))  # the second location cannot be made
    paths = Paths(data_dir)
    HistoryStore.open(paths).close()
    paths.unsaved_dirs[0].write_text("a file where the folder should be")
    store = HistoryStore.open(paths)
    rec = store.recorder()
    holder = sqlite3.connect(paths.history_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    for ev in events():
        rec.handle(ev)
    rec.close()
    assert rec.lost and rec.kept_at is None
    assert any("kept in memory while Spotter runs" in n for n in store.notices)
    holder.execute("COMMIT")
    assert store.save_kept() == 1 and not rec.lost
    assert [s.status for s in store.sessions()] == [Status.COMPLETED]


def test_headless_session_survives_a_lock_held_twenty_seconds(data_dir: Path) -> None:
    """`play --headless` ends while another connection holds the lock 20 s (2x the busy timeout)."""
    HistoryStore.open(Paths(data_dir)).close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--speed", "40", "play",
         "bird-dog", "--headless", "--mute", "--get-ready", "0"],
        cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    reader = sqlite3.connect(data_dir / "history.sqlite3")
    while not reader.execute("SELECT count(*) FROM sessions").fetchone()[0]:
        assert time.monotonic() < deadline, "the session never reached the history"
        time.sleep(0.05)
    started = threading.Event()
    holder = threading.Thread(target=_hold_lock, args=(data_dir / "history.sqlite3", 20.0, started))
    holder.start()
    started.wait(5)
    out, err = proc.communicate(timeout=90)
    holder.join()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "completed" in out
    listed = run_spotter("history", "--json", data_dir=data_dir)
    [session] = json.loads(listed.stdout)["sessions"]
    assert session["status"] == "completed", (session, err)


def _full_disk() -> None:
    """In the child: SIGXFSZ ignored (inherited through exec) and files capped at 4 KiB."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))


def test_full_disk_headless_session_is_kept_and_written_at_the_next_start(data_dir: Path) -> None:
    """Headless on a full disk: the output says where the session is; the next run saves it."""
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--speed", "60", "play",
         "bird-dog", "--headless", "--mute", "--get-ready", "0"],
        cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=90,
        preexec_fn=_full_disk, check=False)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    kept = [Path(line.split(" it is kept in ", 1)[1].split(" and goes", 1)[0])
            for line in done.stderr.splitlines() if " it is kept in " in line]
    assert len(kept) == 1 and kept[0].is_file(), done.stderr
    listed = run_spotter("history", "--json", data_dir=data_dir)
    [session] = json.loads(listed.stdout)["sessions"]
    assert session["status"] == "completed" and session["source_id"] == "bird-dog"
    assert "is now in the history" in listed.stderr and not kept[0].exists()

"""The files around the history: an emptied database, export targets, leftovers of kills."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from conftest import ROOT, run_spotter
from fixtures.history_events import events

from app.history import HistoryStore, Status
from app.paths import Paths


def _record(paths: Paths, **options: object) -> int:
    store = HistoryStore.open(paths)
    rec = store.recorder()
    for ev in events(**options):  # type: ignore[arg-type]
        rec.handle(ev)
    store.close()
    assert rec.session_id is not None
    return rec.session_id


def test_zero_byte_history_is_damage_and_the_backup_comes_back(data_dir: Path) -> None:
    """A 0-byte history.sqlite3 is not an empty history: it is moved aside, the backup restored."""
    paths = Paths(data_dir)
    first = _record(paths)
    paths.history_db.write_bytes(b"")
    for extra in ("-wal", "-shm"):
        paths.history_db.with_name(paths.history_db.name + extra).unlink(missing_ok=True)
    store = HistoryStore.open(paths)
    assert [s.id for s in store.sessions()] == [first]
    [notice] = store.notices
    assert "damaged" in notice and "restored" in notice
    assert len(list(data_dir.glob("history.corrupt-*.sqlite3"))) == 1


def test_zero_byte_history_without_backup_says_so(data_dir: Path) -> None:
    """Without a backup the emptied file is still kept aside and the user told."""
    Paths(data_dir).history_db.parent.mkdir(parents=True, exist_ok=True)
    Paths(data_dir).history_db.write_bytes(b"")
    result = run_spotter("history", data_dir=data_dir)
    assert result.returncode == 0 and "damaged" in result.stderr and "no backup" in result.stderr


def _export(data_dir: Path, target: Path) -> subprocess.CompletedProcess[str]:
    return run_spotter("history", "export", "--format", "json", "-o", str(target), data_dir=data_dir)


def test_export_writes_through_a_symbolic_link(data_dir: Path, tmp_path: Path) -> None:
    """-o LINK replaces the link's target, and the link stays a link."""
    _record(Paths(data_dir))
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    result = _export(data_dir, link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and '"sessions"' in real.read_text()


def test_export_writes_through_a_fifo_and_a_device(data_dir: Path, tmp_path: Path) -> None:
    """-o FIFO feeds its reader and stays a FIFO; -o /dev/null stays a device."""
    _record(Paths(data_dir))
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    result = _export(data_dir, fifo)
    reader.join(30)
    assert result.returncode == 0, result.stderr
    assert fifo.is_fifo() and '"sessions"' in got[0]
    assert _export(data_dir, Path("/dev/null")).returncode == 0
    assert Path("/dev/null").is_char_device()


def test_export_to_a_folder_is_refused_in_one_line(data_dir: Path, tmp_path: Path) -> None:
    """-o FOLDER: one line saying why, exit 2, the folder untouched."""
    _record(Paths(data_dir))
    result = _export(data_dir, tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == f"spotter: cannot write {tmp_path}: it is a folder"


def _kill_when(cmd: list[str], appears: Path, pattern: str, env: dict[str, str]) -> None:
    """Start ``cmd``, SIGKILL it as soon as a new file matching ``pattern`` shows in ``appears``."""
    before = set(appears.glob(pattern))
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not set(appears.glob(pattern)) - before:
        assert proc.poll() is None and time.monotonic() < deadline, "it never wrote a temporary file"
        time.sleep(0.001)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


SLOW_WRITE = """
import os, sys, time
from pathlib import Path
def stall(fd):  # hold the temporary file open, as a slow disk would, until killed
    time.sleep(60)
os.fsync = stall
from app.history import HistoryStore
from app.paths import Paths
store = HistoryStore.open(Paths(Path(sys.argv[1])))
store.export("json", Path(sys.argv[2])) if sys.argv[3] == "export" else store.backup()
"""


def test_killed_exports_and_backups_leave_no_temporaries(data_dir: Path, tmp_path: Path) -> None:
    """A kill -9 mid-export or mid-backup leaves a temporary file; the next run deletes it.

    Killed twice, one temporary is left of each (the second run deleted the
    first's); a run that finishes leaves none.
    """
    paths = Paths(data_dir)
    _record(paths)
    target = tmp_path / "out.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(2):
        _kill_when([sys.executable, "-c", SLOW_WRITE, str(data_dir), str(target), "export"],
                   tmp_path, ".out.json.*.tmp", env)
        _kill_when([sys.executable, "-c", SLOW_WRITE, str(data_dir), str(target), "backup"],
                   paths.backups_dir, "*.tmp", env)
    assert len(list(tmp_path.glob(".out.json.*.tmp"))) == 1
    assert len(list(paths.backups_dir.glob("*.tmp"))) == 1
    assert _export(data_dir, target).returncode == 0
    assert list(tmp_path.glob(".out.json.*")) == [] and target.is_file()
    run_spotter("history", data_dir=data_dir)  # any later run that opens the history
    assert list(paths.backups_dir.glob("*.tmp*")) == []


def test_speed_is_recorded_and_demos_stay_out_of_the_statistics(data_dir: Path) -> None:
    """A --speed session is a demo: `history --json` shows its speed; stats ignore it."""
    done = run_spotter("--speed", "50", "play", "bird-dog", "--headless", "--mute", "--get-ready", "0",
                       data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    import json

    [demo] = json.loads(run_spotter("history", "--json", data_dir=data_dir).stdout)["sessions"]
    assert demo["speed"] == 50 and demo["demo"] and demo["status"] == "completed"
    stats = json.loads(run_spotter("history", "stats", "--json", data_dir=data_dir).stdout)
    assert stats["sessions"] == 0 and stats["active_minutes"] == 0 and stats["streak"] == 0
    assert stats["exercises"] == []
    real = _record(Paths(data_dir))
    stats = json.loads(run_spotter("history", "stats", "--json", data_dir=data_dir).stdout)
    assert stats["sessions"] == 1 and stats["active_minutes"] > 0
    assert "bird-dog" not in [e["id"] for e in stats["exercises"]]
    store = HistoryStore.open(Paths(data_dir))
    assert store.session(real).speed == 1.0 and not store.session(real).demo  # type: ignore[union-attr]


def test_version_two_history_migrates_to_real_speed(data_dir: Path) -> None:
    """Sessions from before speed was kept are taken as real ones (speed 1)."""
    paths = Paths(data_dir)
    _record(paths)
    conn = sqlite3.connect(paths.history_db)
    conn.execute("ALTER TABLE sessions DROP COLUMN speed")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    store = HistoryStore.open(paths)
    [session] = store.sessions()
    assert session.speed == 1.0 and session.status is Status.COMPLETED
    assert list(paths.backups_dir.glob("history-v2-premigration-*.sqlite3"))

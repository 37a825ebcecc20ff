"""The store: interrupted sessions, the file's versions, corruption and backups."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from fixtures.history_events import events

from app.history import HistoryStore, Status, backups, schema
from app.paths import Paths

DRIVER = ROOT / "tests" / "fixtures" / "history_driver.py"
FIXTURE_V1 = ROOT / "tests" / "fixtures" / "history_v1.sql"


def _record(store: HistoryStore, **options: object) -> int:
    rec = store.recorder()
    for ev in events(**options):  # type: ignore[arg-type]
        rec.handle(ev)
    assert rec.session_id is not None and not rec.pending
    return rec.session_id


def _schema(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master"))
    finally:
        conn.close()


def test_killed_recorder_shows_as_interrupted_with_its_progress(data_dir: Path) -> None:
    """A session whose process got SIGKILL is interrupted, offered, with its resume point."""
    proc = subprocess.Popen([sys.executable, str(DRIVER), "hang", str(data_dir)],
                            stdout=subprocess.PIPE, text=True)
    try:
        fact = json.loads(proc.stdout.readline())  # type: ignore[union-attr]
        live = HistoryStore.open(Paths(data_dir))
        assert live.interrupted() == []  # its process still runs
        assert live.sessions()[0].status is Status.RUNNING
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    store = HistoryStore.open(Paths(data_dir))
    [offer] = store.interrupted()
    assert offer.id == fact["id"] and offer.resume_index == fact["resume_index"]
    assert offer.active_seconds == fact["active"] > 0
    assert offer.modifications == {0: "Knees down"}
    record = store.session(offer.id)
    assert record is not None and record.status is Status.INTERRUPTED
    assert record.ended_at is not None  # the time of its last write
    raw = sqlite3.connect(data_dir / "history.sqlite3")
    assert raw.execute("SELECT status FROM sessions").fetchone()[0] == "interrupted"


def test_keep_discard_and_the_twelve_hour_window(data_dir: Path) -> None:
    """Kept sessions are no longer offered, discarded ones are gone, old ones not offered."""
    start = dt.datetime(2026, 5, 1, 8, 0).astimezone()
    now = [start]
    store = HistoryStore.open(Paths(data_dir), now=lambda: now[0])
    ids = []
    for _ in range(3):
        rec = store.recorder()
        for n, ev in enumerate(events()):
            rec.handle(ev)
            if n == 12:
                break
        rec.close()
        ids.append(rec.session_id)
    assert sorted(o.id for o in store.interrupted()) == ids
    assert store.keep(ids[0]) and store.discard(ids[1])
    assert [o.id for o in store.interrupted()] == [ids[2]]
    assert store.session(ids[0]).status is Status.INTERRUPTED  # type: ignore[union-attr]
    assert store.session(ids[1]) is None
    now[0] = start + dt.timedelta(hours=12, minutes=1)
    assert store.interrupted() == []
    assert [o.id for o in store.interrupted(within=dt.timedelta(hours=13))] == [ids[2]]


def test_sessions_by_date_and_delete(data_dir: Path) -> None:
    """Sessions are listed newest first, filtered by local day, and deleted with exercises."""
    now = [dt.datetime(2026, 5, 1, 8, 0).astimezone()]
    store = HistoryStore.open(Paths(data_dir), now=lambda: now[0])
    ids = []
    for day in range(1, 6):
        now[0] = now[0].replace(day=day)
        ids.append(_record(store))
    assert [s.id for s in store.sessions()] == ids[::-1]
    assert [s.id for s in store.sessions(limit=2, offset=1)] == ids[3:1:-1]
    may = dt.date(2026, 5, 2)
    assert [s.id for s in store.sessions(since=may, until=may.replace(day=3))] == ids[2:0:-1]
    assert store.delete(ids[0]) and not store.delete(ids[0])
    raw = sqlite3.connect(data_dir / "history.sqlite3")
    assert raw.execute("SELECT count(*) FROM session_exercises WHERE session_id = ?",
                       (ids[0],)).fetchone()[0] == 0


def test_fresh_file_settings(data_dir: Path) -> None:
    """A new history is in WAL mode, at the current schema version, with foreign keys on."""
    store = HistoryStore.open(Paths(data_dir))
    _record(store)
    conn = store._db.conn
    assert conn is not None
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert schema.user_version(conn) == schema.SCHEMA_VERSION
    assert not store.read_only and store.notices == []


def test_migration_from_version_one_matches_a_fresh_schema(data_dir: Path, tmp_path: Path) -> None:
    """A version-1 file is backed up, migrated in place, and ends with the fresh schema."""
    old = data_dir / "history.sqlite3"
    conn = sqlite3.connect(old)
    conn.executescript(FIXTURE_V1.read_text())
    conn.close()
    before = sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0]
    assert before == 1
    store = HistoryStore.open(Paths(data_dir))
    assert store.notices == []
    fresh = HistoryStore.open(Paths(tmp_path / "fresh"))
    fresh.close()
    store.close()
    assert _schema(old) == _schema(tmp_path / "fresh" / "history.sqlite3")
    [copy] = (data_dir / "backups").glob("history-v1-premigration-*.sqlite3")
    assert sqlite3.connect(copy).execute("PRAGMA user_version").fetchone()[0] == 1
    store = HistoryStore.open(Paths(data_dir))
    old_sessions = store.sessions()
    assert [s.id for s in old_sessions] == [3, 2, 1]
    assert old_sessions[0].status is Status.INTERRUPTED  # was 'running' in version 1
    first = old_sessions[-1]
    assert first.started_at.date() == dt.date(2025, 12, 1)
    plank = first.exercises[1]
    assert (plank.modification, plank.level) == ("Knees down", "easier")
    assert [(w.name, w.reason) for w in plank.switches] == [("Knees down", "start")]
    assert store.interrupted(within=dt.timedelta(days=3650)) == []  # v1 sessions: no resume
    new_id = _record(store)
    assert store.session(new_id) is not None
    assert store.stats(dt.date(2025, 12, 3)).streak == 2


def test_newer_schema_opens_read_only_with_a_message(data_dir: Path) -> None:
    """A file from a newer Spotter is listed but never written, and the user is told."""
    store = HistoryStore.open(Paths(data_dir))
    sid = _record(store)
    store.close()
    conn = sqlite3.connect(data_dir / "history.sqlite3")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    size = (data_dir / "history.sqlite3").stat().st_size
    store = HistoryStore.open(Paths(data_dir))
    assert store.read_only
    assert len(store.notices) == 1 and "newer Spotter" in store.notices[0]
    assert [s.id for s in store.sessions()] == [sid]
    rec = store.recorder()
    for ev in events():
        rec.handle(ev)
    assert rec.pending and not rec.flush()
    assert not store.delete(sid) and store.session(sid) is not None
    store.close()
    conn = sqlite3.connect(data_dir / "history.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION + 1
    assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
    assert (data_dir / "history.sqlite3").stat().st_size == size


def test_corrupt_file_is_moved_aside_and_the_backup_restored(data_dir: Path) -> None:
    """First 100 bytes overwritten: file kept aside, newest backup restored, recording goes on."""
    store = HistoryStore.open(Paths(data_dir))
    ids = [_record(store) for _ in range(2)]
    store.close()
    db = data_dir / "history.sqlite3"
    with open(db, "r+b") as handle:
        handle.write(b"\xff" * 100)
    store = HistoryStore.open(Paths(data_dir))
    assert len(store.notices) == 1
    assert "damaged" in store.notices[0] and "restored" in store.notices[0]
    [aside] = data_dir.glob("history.corrupt-*.sqlite3")
    assert aside.read_bytes()[:100] == b"\xff" * 100
    assert [s.id for s in store.sessions()] == ids[::-1]
    new_id = _record(store)
    assert next(s.id for s in store.sessions()) == new_id
    check = sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0]
    assert check == "ok"


def test_corrupt_file_without_backup_starts_empty(data_dir: Path) -> None:
    """With no backup at all, the damaged file is kept aside and a new history starts."""
    db = data_dir / "history.sqlite3"
    db.write_bytes(b"this is not a database" * 200)
    store = HistoryStore.open(Paths(data_dir))
    assert "no backup" in store.notices[0]
    assert list(data_dir.glob("history.corrupt-*.sqlite3"))
    assert store.sessions() == []
    assert store.session(_record(store)) is not None


def test_backups_keep_the_newest_five(data_dir: Path) -> None:
    """A backup follows every session; only the newest five automatic copies are kept."""
    store = HistoryStore.open(Paths(data_dir))
    for _ in range(7):
        _record(store)
    copies = backups.automatic(data_dir / "backups")
    assert len(copies) == backups.KEEP
    newest = sqlite3.connect(copies[0])
    assert newest.execute("SELECT count(*) FROM sessions").fetchone()[0] == 7
    assert not list((data_dir / "backups").glob("*.tmp"))


def test_two_spotters_writing_at_once_corrupt_nothing(data_dir: Path) -> None:
    """Two processes recording sessions at the same time keep every session intact."""
    HistoryStore.open(Paths(data_dir)).close()
    procs = [subprocess.Popen([sys.executable, str(DRIVER), "concurrent", str(data_dir), "15"],
                              stdout=subprocess.PIPE, text=True) for _ in range(2)]
    facts = [json.loads(p.communicate(timeout=120)[0].splitlines()[-1]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert all(f["notices"] == [] for f in facts)
    ids = facts[0]["ids"] + facts[1]["ids"]
    assert len(set(ids)) == 30
    conn = sqlite3.connect(data_dir / "history.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = conn.execute("SELECT status, count(*) FROM sessions GROUP BY status").fetchall()
    assert rows == [("completed", 30)]
    assert conn.execute("SELECT count(*) FROM session_exercises").fetchone()[0] == 90
    assert os.path.exists(data_dir / "backups")


def test_two_spotters_finding_the_damage_at_once_recover_it_once(data_dir: Path) -> None:
    """Two processes opening a damaged file together: one moves it aside, both record."""
    store = HistoryStore.open(Paths(data_dir))
    first = _record(store)
    store.close()
    with open(data_dir / "history.sqlite3", "r+b") as handle:
        handle.write(b"\xff" * 100)
    procs = [subprocess.Popen([sys.executable, str(DRIVER), "concurrent", str(data_dir), "2"],
                              stdout=subprocess.PIPE, text=True) for _ in range(2)]
    facts = [json.loads(p.communicate(timeout=120)[0].splitlines()[-1]) for p in procs]
    assert len(list(data_dir.glob("history.corrupt-*.sqlite3"))) == 1
    told = [n for f in facts for n in f["notices"] if "damaged" in n]
    assert len(told) == 1
    store = HistoryStore.open(Paths(data_dir))
    ids = sorted(s.id for s in store.sessions())
    assert ids == sorted([first, *facts[0]["ids"], *facts[1]["ids"]]) and len(ids) == 5


def test_file_replaced_under_a_running_recorder_loses_no_session(data_dir: Path) -> None:
    """Another Spotter restores a backup mid-session: both its session and this one survive."""
    store = HistoryStore.open(Paths(data_dir))
    _record(store)
    rec = store.recorder()
    feed = list(events())
    for ev in feed[:20]:
        rec.handle(ev)
    mine = rec.session_id
    [copy] = backups.automatic(data_dir / "backups")  # made before this session began
    db = data_dir / "history.sqlite3"
    for extra in ("-wal", "-shm"):
        Path(str(db) + extra).unlink(missing_ok=True)
    os.replace(copy, db)  # what a recovering Spotter does
    other = HistoryStore.open(Paths(data_dir), now=lambda: dt.datetime(2030, 1, 1).astimezone())
    theirs = _record(other)
    assert theirs == mine  # the id this session had is now another session's
    for ev in feed[20:]:
        rec.handle(ev)
    assert rec.flush() and rec.session_id not in (None, theirs)
    records = {s.id: s for s in other.sessions()}
    assert records[theirs].started_at.year == 2030
    assert records[rec.session_id].status is Status.COMPLETED  # type: ignore[index]
    assert len(records) == 3

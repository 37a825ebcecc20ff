"""``spotter history`` in a subprocess: list, show, stats, export, delete, a damaged file."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_spotter
from fixtures.history_events import events

from app.history import HistoryStore
from app.paths import Paths


def _fill(data_dir: Path) -> None:
    store = HistoryStore.open(Paths(data_dir))
    for options in ({}, {"easier_at": 5}):
        rec = store.recorder()
        for ev in events(**options):  # type: ignore[arg-type]
            rec.handle(ev)
    store.close()


def test_history_json_lists_sessions_in_the_documented_shape(data_dir: Path) -> None:
    """--json prints sessions newest first with the keys the issue names."""
    _fill(data_dir)
    done = run_spotter("history", "--json", data_dir=data_dir)
    assert done.returncode == 0 and done.stderr == ""
    sessions = json.loads(done.stdout)["sessions"]
    assert [s["id"] for s in sessions] == [2, 1]
    keys = {"id", "started_at", "ended_at", "status", "kind", "source_id", "title",
            "active_seconds", "exercises"}
    assert all(keys <= set(s) for s in sessions)
    assert {s["status"] for s in sessions} == {"completed"}
    ex = sessions[0]["exercises"][0]
    assert {"id", "title", "modification", "seconds", "completed", "skipped"} <= set(ex)
    assert ex["modification"] == {"name": "Knees down", "level": "easier"}
    assert sessions[1]["exercises"][0]["modification"] is None
    limited = run_spotter("history", "--json", "--limit", "1", data_dir=data_dir)
    assert [s["id"] for s in json.loads(limited.stdout)["sessions"]] == [2]


def test_history_table_show_and_stats(data_dir: Path) -> None:
    """The table, one session's detail and the statistics print without errors."""
    _fill(data_dir)
    table = run_spotter("history", data_dir=data_dir)
    assert table.returncode == 0 and "Morning Mobility" in table.stdout
    show = run_spotter("history", "show", "2", data_dir=data_dir)
    assert show.returncode == 0 and "Knees down (easier" in show.stdout
    missing = run_spotter("history", "show", "99", data_dir=data_dir)
    assert missing.returncode == 2 and "no session 99" in missing.stderr
    assert "Traceback" not in missing.stderr
    stats = run_spotter("history", "stats", "--json", data_dir=data_dir)
    assert stats.returncode == 0 and json.loads(stats.stdout)["sessions"] == 2
    assert run_spotter("history", "stats", data_dir=data_dir).stdout.startswith("Sessions: 2")


def test_export_csv_to_a_file(data_dir: Path, tmp_path: Path) -> None:
    """export --format csv -o F writes one row per session exercise."""
    _fill(data_dir)
    target = tmp_path / "out.csv"
    done = run_spotter("history", "export", "--format", "csv", "-o", str(target),
                       data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert len(list(csv.DictReader(target.open()))) == 6
    bad = run_spotter("history", "export", "-o", str(tmp_path / "no" / "x.csv"),
                      data_dir=data_dir)
    assert bad.returncode == 2 and "does not exist" in bad.stderr
    to_stdout = run_spotter("history", "export", "--format", "json", data_dir=data_dir)
    assert len(json.loads(to_stdout.stdout)["sessions"]) == 2


def test_delete_needs_confirmation_without_a_terminal(data_dir: Path) -> None:
    """Without a TTY, delete refuses unless --yes; with --yes the session is gone."""
    _fill(data_dir)
    refused = run_spotter("history", "delete", "1", data_dir=data_dir, input="y\n")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = run_spotter("history", "delete", "1", "--yes", data_dir=data_dir)
    assert done.returncode == 0
    listed = json.loads(run_spotter("history", "--json", data_dir=data_dir).stdout)
    assert [s["id"] for s in listed["sessions"]] == [2]


def test_damaged_file_is_reported_once_without_traceback(data_dir: Path) -> None:
    """With the first 100 bytes overwritten, history --json restores and tells on stderr."""
    _fill(data_dir)
    with open(data_dir / "history.sqlite3", "r+b") as handle:
        handle.write(b"\0" * 100)
    done = run_spotter("history", "--json", data_dir=data_dir)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert done.stderr.count("damaged") == 1
    assert len(json.loads(done.stdout)["sessions"]) == 2  # the backup after session 2
    assert list(data_dir.glob("history.corrupt-*.sqlite3"))
    store = HistoryStore.open(Paths(data_dir))
    rec = store.recorder()
    for ev in events():
        rec.handle(ev)
    assert [s.id for s in store.sessions()] == [3, 2, 1]


def test_newer_file_is_listed_with_one_message(data_dir: Path) -> None:
    """A history from a newer Spotter is listed, with one sentence on stderr saying why."""
    import sqlite3

    _fill(data_dir)
    conn = sqlite3.connect(data_dir / "history.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    done = run_spotter("history", "--json", data_dir=data_dir)
    assert done.returncode == 0
    assert len(json.loads(done.stdout)["sessions"]) == 2
    assert done.stderr.count("newer Spotter") == 1 and len(done.stderr.splitlines()) == 1
    refused = run_spotter("history", "delete", "1", "--yes", data_dir=data_dir)
    assert refused.returncode == 2 and "could not be deleted" in refused.stderr


@pytest.mark.e2e
def test_two_headless_sessions_one_easier_are_listed_and_exported(data_dir: Path,
                                                                   tmp_path: Path) -> None:
    """Two `spotter play` runs, one switched to easier part-way: both listed and exported."""
    plain = run_spotter("--speed", "50", "play", "--headless", "--mute", "cat-cow",
                        data_dir=data_dir)
    assert plain.returncode == 0, plain.stderr
    easier = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--speed", "50", "play",
         "--headless", "--mute", "--events", "cat-cow"],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    assert easier.stdin is not None and easier.stdout is not None
    for line in easier.stdout:  # wait for the first step, then press "easier"
        event = json.loads(line)
        if event["type"] == "segment" and event["kind"] == "step":
            easier.stdin.write("easier\n")
            easier.stdin.flush()
            break
    _out, err = easier.communicate(timeout=60)
    assert easier.returncode == 0, err
    listed = json.loads(run_spotter("history", "--json", data_dir=data_dir).stdout)["sessions"]
    assert [s["status"] for s in listed] == ["completed", "completed"]
    second, first = listed
    assert [e["id"] for e in first["exercises"]] == ["cat-cow"] == [
        e["id"] for e in second["exercises"]]
    assert first["exercises"][0]["modification"] is None
    assert second["exercises"][0]["modification"]["level"] == "easier"
    assert all(s["exercises"][0]["seconds"] > 0 for s in listed)
    target = tmp_path / "f.csv"
    run_spotter("history", "export", "--format", "csv", "-o", str(target), data_dir=data_dir)
    rows = list(csv.DictReader(target.open()))
    assert [(r["session_id"], r["exercise_id"], r["level"]) for r in rows] == [
        ("1", "cat-cow", "standard"), ("2", "cat-cow", "easier")]


def test_list_by_date(data_dir: Path) -> None:
    """--since and --until keep the sessions started between those days."""
    import datetime as dt

    now = [dt.datetime(2026, 4, 1, 9, 0).astimezone()]
    store = HistoryStore.open(Paths(data_dir), now=lambda: now[0])
    for day in (1, 2, 3):
        now[0] = now[0].replace(day=day)
        rec = store.recorder()
        for ev in events():
            rec.handle(ev)
    store.close()
    done = run_spotter("history", "--json", "--since", "2026-04-02", "--until", "2026-04-02",
                       data_dir=data_dir)
    assert [s["id"] for s in json.loads(done.stdout)["sessions"]] == [2]
    bad = run_spotter("history", "--since", "April", data_dir=data_dir)
    assert bad.returncode == 2 and "not a date" in bad.stderr

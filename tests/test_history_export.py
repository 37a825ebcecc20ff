"""Export: CSV with one row per session exercise, JSON with everything, written atomically."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fixtures.history_events import events

from app.files import write_atomic
from app.history import HistoryStore
from app.history.export import CSV_COLUMNS
from app.paths import Paths


def _store_with_sessions(data_dir: Path) -> HistoryStore:
    store = HistoryStore.open(Paths(data_dir))
    for options in ({"easier_at": 2}, {"skip_at": 4}):
        rec = store.recorder()
        for ev in events(**options):  # type: ignore[arg-type]
            rec.handle(ev)
    return store


def test_csv_has_one_row_per_session_exercise(data_dir: Path, tmp_path: Path) -> None:
    """Each session exercise is one CSV row with its session's fields and its switches."""
    store = _store_with_sessions(data_dir)
    target = tmp_path / "history.csv"
    text = store.export("csv", target)
    assert target.read_text() == text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 6
    assert [r["session_id"] for r in rows] == ["1"] * 3 + ["2"] * 3
    first = rows[0]
    assert (first["exercise_id"], first["modification"], first["level"]) == (
        "cat-cow", "Knees down", "easier")
    assert first["switches"].endswith(":easier:Knees down")
    assert (rows[3]["skipped"], rows[3]["completed"]) == ("1", "0")


def test_json_export_holds_every_session(data_dir: Path) -> None:
    """The JSON export lists every session, oldest first, with exercises and switches."""
    store = _store_with_sessions(data_dir)
    data = json.loads(store.export("json"))
    assert [s["id"] for s in data["sessions"]] == [1, 2]
    cat = data["sessions"][0]["exercises"][0]
    assert cat["modification"] == {"name": "Knees down", "level": "easier"}
    assert cat["switches"][0]["reason"] == "user"


def test_atomic_write_replaces_or_leaves_the_old_file(tmp_path: Path) -> None:
    """The target is replaced whole; a failed write leaves the old file and no temp file."""
    target = tmp_path / "out.csv"
    target.write_text("old")
    write_atomic(target, "new")
    assert target.read_text() == "new"
    with pytest.raises(TypeError):
        write_atomic(target, None)  # type: ignore[arg-type]
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]

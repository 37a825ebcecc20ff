"""The history's schema, as a list of migrations.

A fresh database runs every migration in order, so a migrated database and a
fresh one end with exactly the same ``sqlite_master``. The version lives in
``PRAGMA user_version``; ``SCHEMA_VERSION`` is the number of migrations.
Never edit a migration that has shipped: add a new one.

Version 1 kept the modification in use per exercise but not its switches, and
could not tell a live session from a killed one. Version 2 adds the switches,
the resume point, the local day (for statistics) and the indexes. Version 3
adds the speed a session ran at: anything but 1 is a demo, kept out of the
statistics.
"""

from __future__ import annotations

import sqlite3

_V1 = (
    """CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'stopped', 'interrupted')),
    kind TEXT NOT NULL CHECK (kind IN ('exercise', 'workout')),
    source_id TEXT NOT NULL,
    title TEXT NOT NULL,
    planned_seconds REAL NOT NULL DEFAULT 0,
    active_seconds REAL NOT NULL DEFAULT 0,
    paused_seconds REAL NOT NULL DEFAULT 0,
    rpe INTEGER CHECK (rpe BETWEEN 1 AND 10),
    notes TEXT
)""",
    """CREATE TABLE session_exercises (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    exercise_id TEXT NOT NULL,
    title TEXT NOT NULL,
    modification TEXT,
    level TEXT NOT NULL DEFAULT 'standard',
    seconds REAL NOT NULL DEFAULT 0,
    sets INTEGER NOT NULL DEFAULT 0,
    reps INTEGER NOT NULL DEFAULT 0,
    completed INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    pain INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, position)
)""",
    "CREATE INDEX sessions_started_at ON sessions (started_at)",
)

_V2 = (
    "ALTER TABLE sessions ADD COLUMN day TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sessions ADD COLUMN updated_at TEXT",
    "ALTER TABLE sessions ADD COLUMN resume_index INTEGER",
    "ALTER TABLE sessions ADD COLUMN exercise_index INTEGER",
    "ALTER TABLE sessions ADD COLUMN offer_resume INTEGER NOT NULL DEFAULT 1",
    """CREATE TABLE modification_switches (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    t REAL NOT NULL,
    at TEXT NOT NULL,
    name TEXT,
    level TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (session_id, position, seq)
)""",
    # a version-1 session's local day is the date part of its local start time
    "UPDATE sessions SET day = substr(started_at, 1, 10), updated_at = coalesce(ended_at, started_at)",
    # version 1 knew only the last modification: keep it as a switch at the start
    """INSERT INTO modification_switches (session_id, position, seq, t, at, name, level, reason)
    SELECT e.session_id, e.position, 0, 0, s.started_at, e.modification, e.level, 'start'
    FROM session_exercises e JOIN sessions s ON s.id = e.session_id
    WHERE e.modification IS NOT NULL""",
    # version 1 could not resume: nothing of it is offered
    "UPDATE sessions SET offer_resume = 0",
    "UPDATE sessions SET status = 'interrupted' WHERE status = 'running'",
    "CREATE INDEX sessions_day ON sessions (day)",
    "CREATE INDEX sessions_status ON sessions (status) WHERE status IN ('running', 'interrupted')",
    # covers the per-exercise statistics without touching the table
    ("CREATE INDEX session_exercises_exercise "
    "ON session_exercises (exercise_id, session_id, seconds, completed)"),
)

_V3 = (
    # every session before version 3 is taken to have run at real speed
    "ALTER TABLE sessions ADD COLUMN speed REAL NOT NULL DEFAULT 1",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version stored in the file (0 for a new, empty file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, current: int) -> None:
    """Bring the schema from ``current`` to ``SCHEMA_VERSION`` in one transaction.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so that the
    explicit ``BEGIN IMMEDIATE`` holds every step: a failure leaves the file as
    it was. The version is re-read inside the transaction, because another
    Spotter may have migrated the file in the meantime.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = user_version(conn)
        for version in range(current, SCHEMA_VERSION):
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
        if current < SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise

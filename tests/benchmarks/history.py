"""Benchmark the history with 10,000 sessions: listing, statistics, export.

Run: ``.venv/bin/python tests/benchmarks/history.py [--sessions N]``.
Fills a fresh history in a temporary folder (3 to 6 exercises per session,
spread over the last three years, some with modification switches, some
interrupted), then prints the time to open it, list the latest 50, compute
the statistics, export CSV and JSON, record one more session through the
recorder (every commit synchronous), and run ``spotter history`` in a new
process (start-up included). Targets: listing and statistics < 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fixtures.history_events import events

from app.history import HistoryStore
from app.paths import Paths

EXERCISES = [f"exercise-{n:02d}" for n in range(40)]
LEVELS = ("easier", "standard", "harder")


def fill(paths: Paths, count: int, seed: int = 1) -> None:
    """Write ``count`` realistic sessions straight into a fresh history (one transaction)."""
    rng = random.Random(seed)
    store = HistoryStore.open(paths)
    store.close()
    import sqlite3

    conn = sqlite3.connect(paths.history_db)
    start = dt.datetime.now().astimezone() - dt.timedelta(days=3 * 365)
    step = dt.timedelta(days=3 * 365) / count
    sessions, exercises, switches = [], [], []
    for sid in range(1, count + 1):
        began = start + step * sid + dt.timedelta(minutes=rng.randint(0, 60))
        n = rng.randint(3, 6)
        active = 0.0
        status = rng.choices(("completed", "stopped", "interrupted"), (90, 6, 4))[0]
        for pos in range(n):
            ex = rng.choice(EXERCISES)
            level = rng.choices(LEVELS, (25, 55, 20))[0]
            secs = rng.uniform(30, 240)
            active += secs
            mod = None if level == "standard" else f"{level} form"
            exercises.append((sid, pos, ex, ex.replace("-", " ").title(), mod, level, secs,
                              rng.randint(1, 3), rng.randint(0, 30), int(status == "completed"),
                              0, int(rng.random() < 0.02)))
            if mod:
                switches.append((sid, pos, 0, active - secs, began.isoformat(), mod, level,
                                 rng.choice(("start", "user"))))
        ended = began + dt.timedelta(seconds=active * 1.2)
        sessions.append((sid, began.isoformat(timespec="seconds"), began.date().isoformat(),
                         ended.isoformat(timespec="seconds"), status,
                         rng.choice(("exercise", "workout")), f"workout-{sid % 25}",
                         f"Workout {sid % 25}", active * 1.1, active, active * 0.1,
                         rng.choice((None, 5, 6, 7, 8)), None, ended.isoformat(), 0))
    with conn:
        conn.executemany(
            "INSERT INTO sessions (id, started_at, day, ended_at, status, kind, source_id, title, "
            "planned_seconds, active_seconds, paused_seconds, rpe, notes, updated_at, "
            "offer_resume) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sessions)
        conn.executemany("INSERT INTO session_exercises VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         exercises)
        conn.executemany("INSERT INTO modification_switches VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         switches)
    conn.close()


def timed(label: str, fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    """Run ``fn`` ``repeat`` times; print and return the median in milliseconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    median = statistics.median(times)
    print(f"{label:34} median {median:7.1f} ms   max {max(times):7.1f} ms")
    return median


def main() -> int:
    """Fill, measure, print; exit 1 if listing or statistics miss 300 ms."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="spotter-bench-") as tmp:
        paths = Paths(Path(tmp))
        t0 = time.perf_counter()
        fill(paths, args.sessions)
        size = paths.history_db.stat().st_size / 1e6
        print(f"filled {args.sessions} sessions in {time.perf_counter() - t0:.1f} s "
              f"({size:.1f} MB)")
        timed("open", lambda: HistoryStore.open(paths).close())
        store = HistoryStore.open(paths)
        listing = timed("list latest 50", lambda: store.sessions(limit=50))
        stats = timed("statistics", lambda: store.stats())
        out = Path(tmp) / "export"
        timed("export csv (to a file)", lambda: store.export("csv", out.with_suffix(".csv")), 3)
        timed("export json (to a file)", lambda: store.export("json", out.with_suffix(".json")), 3)

        def record() -> None:
            rec = store.recorder()
            for ev in events():
                rec.handle(ev)

        timed("record a session (~20 commits)", record, 3)
        store.close()

        def cli(*args: str) -> None:
            subprocess.run([sys.executable, "-m", "app", "--data-dir", tmp, "history", *args],
                           cwd=ROOT, check=True, capture_output=True)

        timed("`spotter history --json` (process)", lambda: cli("--json", "--limit", "50"), 3)
        timed("`spotter history stats` (process)", lambda: cli("stats", "--json"), 3)
    ok = listing < 300 and stats < 300
    print("targets (list, statistics < 300 ms):", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

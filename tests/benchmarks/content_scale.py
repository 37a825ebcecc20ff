"""Scale: a bilingual Hugo site plus free-exercise-db against the bundled library alone.

Run: ``.venv/bin/python tests/benchmarks/content_scale.py [--pages 1000] [--runs 9]
[--fedb PATH/exercises.json]``

Builds, in a temporary folder, a generated Hugo site (``--pages`` exercise pages
in English and nine in ten of them in Spanish, articles, a data file of
workouts; see ``tests/content_site_support.py``) and imports an exercises.json
of free-exercise-db's shape (the real file with ``--fedb``, else 870 generated
records in its schema) with ``spotter import``. Then, under a private Xvfb,
in fresh processes, alternating, it times ``spotter --quit-after-startup``:

- bundled: the bundled library only (cache warm);
- large warm: bundled + site + import, the library cache warm;
- large cold: the same with the cache deleted before each run.

It prints the medians, the ratio warm/bundled (issue target <= 1.3x) and cold
(target < 3 s), and the search figure of ``--bench-search`` (target <= 30 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
import xvfb_support
from content_site_support import make_site


def fake_fedb(path: Path, n: int = 870) -> None:
    """``n`` records in free-exercise-db's schema (made up; the real data is not committed)."""
    muscles = ["abdominals", "hamstrings", "quadriceps", "glutes", "chest", "shoulders", "biceps"]
    records = [{
        "id": f"Generated_Exercise_{i}", "name": f"Generated Exercise {i}",
        "force": ["push", "pull", "static"][i % 3], "level": ["beginner", "intermediate", "expert"][i % 3],
        "mechanic": ["compound", "isolation", None][i % 3],
        "equipment": ["body only", "dumbbell", None, "barbell"][i % 4],
        "primaryMuscles": [muscles[i % 7]], "secondaryMuscles": [muscles[(i + 2) % 7]],
        "instructions": [f"Step {k + 1} of generated exercise {i}." for k in range(3 + i % 4)],
        "category": ["strength", "stretching", "plyometrics"][i % 3],
        "images": [f"Generated_Exercise_{i}/0.jpg"]} for i in range(n)]
    path.write_text(json.dumps(records), encoding="utf-8")


def timed(cmd: list[str], env: dict[str, str], before: object = None) -> float:
    if callable(before):
        before()
    started = time.perf_counter()
    result = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300,
                            check=False)
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--fedb", type=Path, help="a real exercises.json to import")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="spotter-scale-"))
    xvfb, display = xvfb_support.start_xvfb()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "LANGUAGE": "en"}
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    script = Path(sys.executable).with_name("spotter")
    launcher = [str(script)] if script.is_file() else [sys.executable, "-m", "app"]
    try:
        facts = make_site(work / "site", args.pages)
        fedb = args.fedb or work / "exercises.json"
        if not args.fedb:
            fake_fedb(fedb)
        subprocess.run([*launcher, "--data-dir", str(work / "large"), "import", "free-exercise-db",
                        str(fedb)], env=env, check=True, capture_output=True)
        bundled = [*launcher, "--data-dir", str(work / "small"), "--quit-after-startup"]
        large = [*launcher, "--data-dir", str(work / "large"), "--content", str(work / "site"),
                 "--quit-after-startup"]
        listed = subprocess.run([*launcher, "--data-dir", str(work / "large"), "--content",
                                 str(work / "site"), "list", "--json"], env=env, check=True,
                                capture_output=True, text=True)
        count = len(json.loads(listed.stdout)["exercises"])
        cache = work / "large" / "cache" / "library.pickle"
        timed(bundled, env)
        timed(large, env)  # fills the caches
        small_t, warm_t, cold_t = [], [], []
        for _ in range(args.runs):
            small_t.append(timed(bundled, env))
            warm_t.append(timed(large, env))
            cold_t.append(timed(large, env, lambda: cache.unlink(missing_ok=True)))
        search = subprocess.run([*large, "--bench-search", "bridge"], env=env, check=True,
                                capture_output=True, text=True).stdout.strip()
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(work, ignore_errors=True)
    s, w, c = (statistics.median(t) for t in (small_t, warm_t, cold_t))
    print(f"site: {facts.exercises} English + {facts.translated} Spanish pages; "
          f"free-exercise-db: {'the real file' if args.fedb else '870 generated records'}; "
          f"{count} exercises listed")
    print(f"{args.runs} runs each, medians (display {display}):")
    print(f"  bundled only, cache warm : {s * 1000:7.1f} ms  {[round(t * 1000) for t in small_t]}")
    print(f"  large, cache warm        : {w * 1000:7.1f} ms  {[round(t * 1000) for t in warm_t]}")
    print(f"  large, cache cold        : {c * 1000:7.1f} ms  {[round(t * 1000) for t in cold_t]}")
    print(f"  warm ratio               : {w / s:7.2f}x  (target <= 1.3x)")
    print(f"  cold                     : {c:7.2f} s   (target < 3 s)")
    print(f"  {search}  (target <= 30 ms)")


if __name__ == "__main__":
    main()

"""Benchmark: ``spotter validate`` over generated libraries vs a bare libyaml parse.

Run: ``.venv/bin/python tests/benchmarks/load_library.py [COUNT ...]`` (default 1000 10000).

For each count it writes that many exercise files (shaped like the seed pages,
each one different) into a temporary content root, then times, as fresh
subprocesses so start-up is included:

* ``spotter validate ROOT`` — the whole loader: read, split, guard, parse,
  check every field, index, cross-check, report;
* a bare script that reads the same files, cuts out the front matter and
  parses it with ``yaml.load(..., Loader=yaml.CSafeLoader)``, nothing else.

It prints the best of ``--runs`` runs of each and the ratio. Issue 2 asks for
at most 2.5x (goal 1.5x).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

TEMPLATE = """---
title: "Exercise {n}"
translationKey: "exercise-{n}"
description: "Generated exercise number {n}, shaped like the seed pages, for timing the loader."
date: 2024-01-15
lastmod: 2024-12-17

keywords: ["generated", "exercise {n}", "posterior chain", "benchmark"]

equipment: ["mat"]
muscles: ["core", "glutes", "hamstrings", "back"]
difficulty: "{difficulty}"
duration: {duration}
sides: each
reps: {reps}

steps:
  - "Lie face down with your forehead on your hands"
  - "Draw your navel in to lift the belly off the mat"
  - text: "Lift the right leg a few inches, keeping the hips down"
    seconds: 5
    breath: "Exhale as you lift"
  - "Lower the leg slowly with control"
  - "Repeat {reps} times, then switch sides"

modifications:
  - name: "Smaller Lift"
    level: "easier"
    description: "Lift only an inch or two"
  - name: "Bent Knee"
    level: "easier"
    description: "Bend the knee to ninety degrees"
  - name: "Ankle Weight"
    level: "harder"
    description: "Add a light ankle weight"

faq:
  - q: "Should I feel this in my lower back?"
    a: "No. Lift lower and keep your belly drawn in."
  - q: "How high should the leg go?"
    a: "Only as high as you can without the hips rolling."
  - q: "Can I do this every day?"
    a: "Yes, it is gentle; rest if anything hurts."

author: "Benchmark"
image: "/images/exercises/exercise-{n}.jpg"
---

Generated exercise {n}. A short introduction before the first section.

## Benefits

- **Glutes**: works the back of the hips
- **Posture**: strengthens the back

## Common Mistakes

1. **Rolling the hips** - keep both hip bones down
2. **Holding the breath** - breathe out as you lift

## Tips

- Reach the leg long before lifting it
"""

BARE = r"""
import os, sys, yaml
loader = yaml.CSafeLoader
folder = sys.argv[1]
count = 0
for name in sorted(os.listdir(folder)):
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        text = f.read()
    front = text.split("\n---", 1)[0][3:]
    yaml.load(front, Loader=loader)
    count += 1
print(count)
"""


def generate(root: Path, count: int) -> None:
    """Write ``count`` exercise files into ``root/exercises``."""
    folder = root / "exercises"
    folder.mkdir(parents=True)
    levels = ("beginner", "intermediate", "advanced")
    for n in range(count):
        text = TEMPLATE.format(n=n, difficulty=levels[n % 3], duration=30 + n % 90,
                               reps=3 + n % 8)
        (folder / f"exercise-{n:05d}.md").write_text(text, encoding="utf-8")


def best_of(runs: int, command: list[str], env: dict[str, str]) -> float:
    """The fastest wall-clock time of ``runs`` runs (the command must succeed)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                                check=False)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            sys.exit(f"failed: {' '.join(command)}\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return min(times)


def main() -> None:
    """Generate, time, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    python = sys.executable
    print(f"python: {python}")
    print(f"{'files':>7}  {'validate':>9}  {'bare yaml':>9}  {'ratio':>5}")
    for count in args.counts:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "root"
            generate(root, count)
            env = dict(os.environ, SPOTTER_DATA_DIR=str(Path(tmp) / "data"))
            spotter = best_of(args.runs, [python, "-m", "app", "--data-dir", str(Path(tmp) / "data"),
                                          "validate", str(root)], env)
            bare = best_of(args.runs, [python, "-c", BARE, str(root / "exercises")], env)
            print(f"{count:>7}  {spotter:>8.3f}s  {bare:>8.3f}s  {spotter / bare:>5.2f}")


if __name__ == "__main__":
    main()

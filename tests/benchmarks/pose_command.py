"""How long `spotter pose --png` takes as a whole process (the target is under 0.5 s)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        times = {"png": [], "svg": []}
        for kind in ("png", "svg"):
            for i in range(6):  # the first run also writes the library cache
                start = time.perf_counter()
                subprocess.run([sys.executable, "-m", "app", "--data-dir", tmp, "pose", "cat-cow",
                                "--step", "3", f"--{kind}", str(Path(tmp) / f"x{i}.{kind}")],
                               cwd=ROOT, check=True, capture_output=True)
                times[kind].append(time.perf_counter() - start)
        for kind, found in times.items():
            print(f"spotter pose --{kind}: median {statistics.median(found):.3f} s, "
                  f"max {max(found):.3f} s over {len(found)} runs (target < 0.5 s)")


if __name__ == "__main__":
    main()

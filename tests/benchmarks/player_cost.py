"""What the desktop player costs during a timed step at real speed: CPU share and memory.

Runs ``spotter play cat-cow --fullscreen --mute`` on a private Xvfb (1920x1080),
waits for its third step (eight reps: the figure is moving), then reads the
process's CPU time and resident memory from /proc for 15 s. Targets: at most
12 % of one core and 160 MiB.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from xvfb_support import rss_kib, start_spotter, start_xvfb

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of ``pid`` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def main() -> None:
    size = sys.argv[1] if len(sys.argv) > 1 else "1920x1080"
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "layout.json"
        xvfb, display = start_xvfb(f"{size}x24")
        app = start_spotter(["play", "cat-cow", "--fullscreen", "--mute", "--get-ready", "0"],
                            Path(tmp), display, SPOTTER_LAYOUT=str(report))
        try:
            deadline = time.monotonic() + 120
            while not report.exists() and time.monotonic() < deadline:
                time.sleep(0.1)
            if not report.exists():
                raise SystemExit("the player never showed a timed step")
            time.sleep(10.0)  # steps 1 and 2 (10 s): now in step 3, the moving one
            start_cpu, start = cpu_seconds(app.pid), time.monotonic()
            peak = 0
            while time.monotonic() - start < 15.0:
                peak = max(peak, rss_kib(app.pid))
                time.sleep(0.5)
            used = cpu_seconds(app.pid) - start_cpu
            share = used / (time.monotonic() - start) * 100
            print(f"player during a moving timed step ({size}, real speed, 15 s): "
                  f"{share:.1f} % of one core (target <= 12 %), "
                  f"peak RSS {peak / 1024:.0f} MiB (target <= 160 MiB)")
        finally:
            app.kill()
            app.communicate()
            xvfb.kill()


if __name__ == "__main__":
    main()

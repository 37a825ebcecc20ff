"""The player seen from the mat: its layout report under a real X server (Xvfb).

``spotter play ID --fullscreen`` with ``SPOTTER_LAYOUT=FILE`` writes where every
leaf widget is once a timed step has shown for a second (of the session: at --speed 4
the report is the same, but the get-ready before it takes 2 s, not 8). These tests read
that report at 1920x1080 and 1280x720, at 100 % and 150 % text size, with the
longest step text of the library.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_spotter
from xvfb_support import start_spotter, start_xvfb

LONG = ROOT / "content" / "exercises" / "swan.md"


def _layout(tmp_path: Path, size: str, text_size: int, ident: str, *extra: str) -> dict:
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: scripts/system-deps.sh installs it")
    data = tmp_path / f"data-{size}-{text_size}"
    data.mkdir()
    assert run_spotter("settings", "set", "text-size", str(text_size), data_dir=data).returncode == 0
    report = tmp_path / f"layout-{size}-{text_size}.json"
    xvfb, display = start_xvfb(f"{size}x24")
    app = start_spotter(["--speed", "4", "play", ident, "--fullscreen", "--mute", "--get-ready", "0",
                         *extra], data, display, SPOTTER_LAYOUT=str(report))
    try:
        deadline = time.monotonic() + 90
        while not report.exists():
            assert app.poll() is None, app.communicate()[1][-3000:]
            assert time.monotonic() < deadline, "no layout report within 90 s"
            time.sleep(0.1)
        return json.loads(report.read_text())
    finally:
        app.kill()
        app.communicate()
        xvfb.kill()
        xvfb.wait()


def _check(found: dict, width: int, height: int, *, strict: bool) -> None:
    assert found["window"] == [width, height] and found["fullscreen"] is True
    widgets = found["widgets"]
    for name in ("countdown", "step_text", "figure", "kind", "caption", "step_progress",
                 "session_progress", "button_toggle_pause"):
        assert name in widgets, name
    if strict:  # the proportions of the issue
        assert widgets["countdown"]["font_px"] >= 0.18 * height
        assert widgets["step_text"]["font_px"] >= 0.045 * height
    assert widgets["figure"]["rect"][3] >= 0.35 * height
    rects = {}
    for name, entry in widgets.items():
        x, y, w, h = entry["rect"]
        assert x >= 0 and y >= 0 and x + w <= width and y + h <= height, (name, entry["rect"])
        if "fits" in entry:
            assert entry["fits"], (name, entry)
        if w > 0 and h > 0:
            rects[name] = (x, y, x + w, y + h)
    names = sorted(rects)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            ra, rb = rects[a], rects[b]
            overlap = min(ra[2], rb[2]) > max(ra[0], rb[0]) and min(ra[3], rb[3]) > max(ra[1], rb[1])
            assert not overlap, (a, ra, b, rb)


@pytest.mark.parametrize("size", ["1920x1080", "1280x720"])
def test_full_screen_proportions(size: str, tmp_path: Path) -> None:
    """Countdown >= 18 % of the height, step text >= 4.5 %, figure >= 35 % tall, all fitting."""
    width, height = (int(v) for v in size.split("x"))
    _check(_layout(tmp_path, size, 100, "cat-cow"), width, height, strict=True)


def test_the_longest_step_text_fits_at_150_percent(tmp_path: Path) -> None:
    """At 150 % text, the library's longest step: nothing clipped, nothing on top of anything."""
    root = tmp_path / "long" / "exercises"
    root.mkdir(parents=True)
    text = LONG.read_text()
    # swan's fourth step (the longest text) as the first, timed step of a copy
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if "Reach the crown of your head" in line)
    first = next(i for i, line in enumerate(lines) if line.startswith("steps:")) + 1
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("    "))
    block = lines[start:end]
    (root / "swan-long.md").write_text("\n".join(lines[:first] + block + lines[first:]))
    found = _layout(tmp_path, "1280x720", 150, "swan-long", "--content", str(tmp_path / "long"))
    assert "Reach the crown" in found["widgets"]["step_text"]["text"]
    _check(found, 1280, 720, strict=False)

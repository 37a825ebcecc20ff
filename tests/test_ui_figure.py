"""The figure in the app: painted, moved at the tempo of the reps, still when paused or asked."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import ROOT

from app.content.library import load_library
from app.session.plan import PlanSettings, SegmentKind, compile_plan
from app.session.poses import phase, pose_at
from app.ui.player.motion import Motion
from app.ui.widgets.figure import FigureWidget


@pytest.fixture(scope="module")
def plan():
    lib = load_library([ROOT / "content"])
    return compile_plan(lib.exercise("cat-cow"), lib, PlanSettings(), lambda text: 0.5)


def _inked(widget: FigureWidget) -> int:
    image = widget.grab().toImage()
    background = image.pixelColor(1, 1)
    return sum(image.pixelColor(x, y) != background
               for y in range(0, image.height(), 4) for x in range(0, image.width(), 4))


def test_every_segment_shows_a_pose_and_get_ready_shows_the_first_step(plan) -> None:
    """Get ready shows the first step's pose (still); each step its own (moving)."""
    first = pose_at(plan, 0)
    assert plan.segments[0].kind is SegmentKind.PREPARE and first is not None
    assert not first.moving and first.pose.base == "all-fours"
    for index, seg in enumerate(plan.segments):
        shown = pose_at(plan, index)
        assert shown is not None
        assert shown.moving == (seg.kind is SegmentKind.STEP)


def test_the_movement_follows_the_reps(plan) -> None:
    """Eight reps in 48 s: start pose at 0 s, the `to` pose at 3 s, back at 6 s."""
    seg = next(s for s in plan.segments if s.reps == 8)
    assert phase(seg, 0.0, seg.seconds) == pytest.approx(0.0)
    period = seg.seconds / 8
    assert phase(seg, period / 2, seg.seconds) == pytest.approx(1.0)
    assert phase(seg, period, seg.seconds) == pytest.approx(0.0, abs=1e-9)
    hold = next(s for s in plan.segments if s.kind is SegmentKind.STEP and not s.reps)
    assert phase(hold, hold.seconds, hold.seconds) == pytest.approx(1.0)  # moved once, then held


def test_the_widget_paints_a_figure_and_a_pause_sign(qtbot, plan) -> None:
    """A pose paints a figure; pausing adds the sign over it."""
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    assert _inked(widget) == 0
    shown = pose_at(plan, 3)
    widget.set_pose(shown.pose, shown.side, shown.written_side)
    still = _inked(widget)
    assert still > 200
    widget.set_paused(True)
    assert _inked(widget) > still


def _snap(plan, index: int, elapsed: float) -> SimpleNamespace:
    seg = plan.segments[index]
    return SimpleNamespace(index=index, segment=seg, segment_seconds=seg.seconds,
                           remaining=seg.seconds - elapsed)


def test_motion_moves_stops_when_paused_and_stays_still_with_reduce_motion(qtbot, plan) -> None:
    """Playing: frames go on between snapshots; paused: no timer; reduce motion: the start pose."""
    index = next(i for i, s in enumerate(plan.segments) if s.reps == 8)
    widget = FigureWidget()
    qtbot.addWidget(widget)
    motion = Motion(widget)
    motion.plan = plan
    motion.speed = 10.0  # the session's speed: 10x, so the move shows within the test
    motion.follow(_snap(plan, index, 0.0), paused=False)
    assert motion._timer.isActive()
    qtbot.waitUntil(lambda: widget._frame > 10, timeout=3000)  # it moved on by itself
    motion.follow(_snap(plan, index, 1.5), paused=True)
    assert not motion._timer.isActive()
    held = widget._frame
    qtbot.wait(200)
    assert widget._frame == held and held > 0
    motion.reduce = True
    motion.follow(_snap(plan, index, 1.5), paused=False)
    assert not motion._timer.isActive() and widget._frame == 0

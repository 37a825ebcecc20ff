"""Which pose a player shows at each moment of a session, and how far into its movement.

A step shows its own pose; get-ready, rests and side switches show the pose
of the step that comes next (get into position), the finish the last one.
The movement of a step (its pose's ``to``) goes there and back once per rep at
the tempo of its reps; a step without reps makes the movement once, then holds.
Pure functions of the plan and the time: no Qt, no clock of its own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.content.pose import Pose
from app.content.pose_infer import infer
from app.session.plan import Segment, SegmentKind, SessionPlan


@dataclass(frozen=True)
class ShownPose:
    """A pose, the side it is shown for, and the side its one-sided joints were written for."""

    pose: Pose
    side: str | None
    written_side: str | None
    moving: bool  # True for the step's own movement; False while getting ready or resting


def step_pose(plan: SessionPlan, seg: Segment) -> ShownPose | None:
    """The pose of a step segment (None for any other kind)."""
    if seg.kind is not SegmentKind.STEP or seg.exercise_index is None or not seg.step:
        return None
    exercise = plan.exercises[seg.exercise_index].exercise
    mod = seg.modification
    steps = mod.steps if mod is not None and mod.steps else exercise.steps
    if not 1 <= seg.step <= len(steps):
        return None
    step = steps[seg.step - 1]
    pose = step.pose or infer([step.text], exercise.title)[0]  # a model built by hand
    return ShownPose(pose, seg.side or step.side, step.side, True)


def pose_at(plan: SessionPlan, index: int) -> ShownPose | None:
    """What to show during segment ``index``: its step's pose, else the next step's (or the last)."""
    segments = plan.segments
    if not segments:
        return None
    index = max(0, min(index, len(segments) - 1))
    found = step_pose(plan, segments[index])
    if found is not None:
        return found
    for seg in (*segments[index + 1:], *reversed(segments[:index])):
        found = step_pose(plan, seg)
        if found is not None:
            return ShownPose(found.pose, found.side, found.written_side, False)
    return None


def phase(seg: Segment | None, elapsed: float, seconds: float) -> float:
    """How far into the movement (0 start .. 1 the ``to`` pose) ``elapsed`` s into the segment."""
    if seg is None or seg.kind is not SegmentKind.STEP or seconds <= 0:
        return 0.0
    elapsed = max(0.0, min(elapsed, seconds))
    if seg.reps:
        period = seconds / seg.reps
        cycle = (elapsed % period) / period
        return 0.5 - 0.5 * math.cos(2 * math.pi * cycle)  # there and back, eased
    move = min(3.0, seconds / 2)
    t = min(1.0, elapsed / move)
    return 0.5 - 0.5 * math.cos(math.pi * t)

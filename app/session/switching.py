"""Switching an exercise's modification mid-session: the plan rebuilt, and where to carry on.

Rules (the engine applies them, ``docs/architecture.md`` lists them):

1. The whole plan is recompiled with the exercise on its new modification
   (``SessionPlan.with_modification``); segments before that exercise keep
   their indices, so the session's position stays meaningful.
2. If the exercise's segments are the same as before (a modification without
   steps of its own, or between two that share them), the current segment
   goes on without a break: only its label changes.
3. If the steps change and the session is in one of that exercise's steps,
   the current set (and side) starts again at step 1 of the new steps.
4. In a rest between sets or a side switch of that exercise, the rest goes on;
   the new steps follow it.
5. Anywhere else (get-ready, a rest before the exercise) the session goes on;
   the exercise will be done on its new form when it comes.

The modification ladder of an exercise (``ladder``) is: easier modifications
from the last written to the first (content lists them mildest first), the
standard form, then the harder ones as written. "easier" moves one rung down,
"harder" one rung up, and "pain" goes to the bottom rung.
"""

from __future__ import annotations

from app.content.model import Exercise, Level, Modification
from app.session.plan import Segment, SegmentKind, SessionPlan


def ladder(exercise: Exercise) -> tuple[Modification | None, ...]:
    """Modifications from the easiest to the hardest; ``None`` is the standard form."""
    easier = exercise.modifications_at(Level.EASIER)
    return (*reversed(easier), None, *exercise.modifications_at(Level.HARDER))


def rebuild(plan: SessionPlan, k: int, mod: Modification | None,
            index: int) -> tuple[SessionPlan, int, bool]:
    """The new plan, the index to be at in it, and whether that segment starts again."""
    new = plan.with_modification(k, mod)
    old_block, new_block = plan.block(k), new.block(k)
    cur = plan.segments[index]

    def shape(p: SessionPlan, block: range) -> list[tuple[SegmentKind, str, float]]:
        return [(s.kind, s.text, s.seconds) for s in p.segments[block.start:block.stop]]

    if index not in old_block or shape(plan, old_block) == shape(new, new_block):
        return new, index, False
    target = _matching(new, new_block, cur)
    return new, target, cur.kind is SegmentKind.STEP


def _matching(plan: SessionPlan, block: range, cur: Segment) -> int:
    """In the rebuilt block, where the current segment's set (and side) picks up."""
    for i in block:
        s = plan.segments[i]
        if cur.kind is SegmentKind.STEP:
            if s.kind is SegmentKind.STEP and s.set == cur.set and s.side == cur.side and s.step == 1:
                return i
        elif s.kind is cur.kind and s.set == cur.set:
            return i
    return block.start


def target_exercise(plan: SessionPlan, index: int) -> int | None:
    """The exercise a modification or "this hurts" acts on at segment ``index``.

    The current exercise, or during a rest between exercises the next one; None
    once only the finish is left.
    """
    for seg in plan.segments[index:]:
        if seg.kind is SegmentKind.FINISH:
            return None
        if seg.exercise_index is not None:
            return seg.exercise_index
    return None


def after_exercise(plan: SessionPlan, k: int, index: int) -> int:
    """Where the session carries on when exercise ``k`` ends early at segment ``index``."""
    block = plan.block(k)
    target = max(block.stop, index + 1) if block else index + 1
    return min(target, len(plan.segments) - 1)


def after_pain(plan: SessionPlan, k: int, index: int) -> int | None:
    """Where a session may go on when "this hurts" stops exercise ``k``; None: no exercise is left."""
    target = after_exercise(plan, k, index)
    return None if all(s.exercise_index is None for s in plan.segments[target:]) else target


def previous_step(plan: SessionPlan, index: int) -> int:
    """Where "back" goes from ``index``: the step (or get-ready) before it; rests and side
    switches are passed over, and at the first segment it is the segment itself."""
    return next((i for i in range(index - 1, -1, -1)
                 if plan.segments[i].kind in (SegmentKind.STEP, SegmentKind.PREPARE)), index)

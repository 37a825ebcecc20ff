"""A resumed session starts with a get-ready (issue 8), not at once.

``with_get_ready(plan, index)`` is the plan with a get-ready segment put in
front of segment ``index``: it names the exercise there (or, in a rest, the
one that follows) and that segment's instruction, then counts "3, 2, 1", like
the plan's own first segment, and lasts the settings' get-ready (rule 5's
speech floor applies). The engine plays it, then goes back to the plan as
compiled (``Engine`` rule 2), so every index the history keeps stays true.
"""

from __future__ import annotations

from dataclasses import replace

from app.session.cues import Cue, CueKind
from app.session.plan import Segment, SegmentKind, SessionPlan
from app.session.plan import _timed as timed  # the plan's one rule for a segment's length


def get_ready_for(plan: SessionPlan, index: int) -> Segment | None:
    """The get-ready for carrying on at segment ``index``; None when no exercise is left."""
    seg = plan.segments[index]
    k = next((s.exercise_index for s in plan.segments[index:] if s.exercise_index is not None), None)
    if k is None:
        return None
    planned = plan.exercises[k]
    first = seg.cues[0].text if seg.kind is SegmentKind.STEP and seg.cues else None
    mod, title = planned.modification, planned.exercise.title
    said = plan.phrases.get_ready(title, mod.name if mod else None, first)
    return timed(Segment(SegmentKind.PREPARE, plan.settings.get_ready, plan.phrases.get_ready_label(title),
                         (Cue(said, CueKind.GET_READY),), planned.exercise.id, k, title,
                         steps=seg.steps, modification=mod), plan.settings, plan.measure, plan.phrases)


def with_get_ready(plan: SessionPlan, index: int) -> SessionPlan | None:
    """``plan`` with the get-ready inserted at ``index`` (None: nothing to get ready for)."""
    intro = get_ready_for(plan, index) if index > 0 else None
    if intro is None:
        return None
    return replace(plan, segments=plan.segments[:index] + (intro,) + plan.segments[index:])

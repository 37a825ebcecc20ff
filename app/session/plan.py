"""Compile an exercise or a workout into a session plan: a list of timed segments.

The rules (kept in ``docs/architecture.md`` too):

1. A plan starts with one **prepare** segment (the get-ready countdown,
   ``PlanSettings.get_ready`` seconds, 5 by default) and ends with one
   **finish** segment (the closing word).
2. Each exercise is done ``sets`` times (the workout item's ``sets``, else the
   exercise's, else 1). Between sets there is a **rest** of the exercise's
   ``rest`` seconds (else ``PlanSettings.set_rest``). Between exercises of a
   workout there is a rest of the item's ``rest`` (else the workout's
   ``rest_between``); a rest of 0 is left out.
3. Sides: ``each`` does every step for the right side, a **switch_sides**
   segment (``PlanSettings.switch_seconds``), then every step for the left side;
   ``duration`` counts per side. ``alternating`` is one pass of the steps (the
   content alternates within them); unless the steps already mention
   alternating, the first step with a ``side`` (else the last) adds "Alternate
   sides.". A step's own ``side`` labels its segment. ``none`` is one pass.
4. Step length, in this order: a step's own ``seconds`` wins. A step with
   ``reps`` is a reps step: it lasts its own seconds, else reps x ``tempo``
   (3 s by default); "done" ends it early, and with ``wait_for_done`` it waits
   for "done". The exercise's ``reps`` make the last step a reps step when that
   step has neither seconds nor reps (``hold`` is shown, never timed: content
   gives the held step its seconds). The rest of the exercise's ``duration`` is
   shared by the other steps in proportion to the length of their text, each at
   least ``min_step`` seconds. A workout item's ``reps`` replace the count of
   the steps with reps, at the same pace (or, if no step has reps, make the last
   step a reps step of reps x tempo); its ``seconds`` set the length of one pass:
   every step is scaled by the same factor.
5. No segment ends before what is said at its start has been said in full:
   every segment lasts at least the measured length of its start cues (the
   speaker's ``measure``) plus ``speech_margin``. This floor beats rule 4. The
   get-ready segment also keeps room for its "3, 2, 1" after its words.
6. A modification with its own ``steps`` replaces the base steps; one without
   keeps them. ``SessionPlan.with_modification`` recompiles the plan with one
   exercise switched, so the engine can swap the rest of that exercise mid-session.
7. The modification ladder of an exercise is ``switching.ladder``'s.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Protocol

from app.content.model import Exercise, Modification, Sides, Step, Workout, WorkoutItem
from app.session import cues as C
from app.session.cues import Cue, CueKind
from app.session.phrases import ENGLISH, Phrases

Measure = Callable[[str], float]
SIDE_ORDER = ("right", "left")


class PlanError(ValueError):
    """The source cannot be planned (e.g. a workout names an unknown exercise)."""


class SegmentKind(str, Enum):
    """What a segment of the plan is."""

    PREPARE = "prepare"
    STEP = "step"
    REST = "rest"
    SWITCH_SIDES = "switch_sides"
    FINISH = "finish"


@dataclass(frozen=True)
class PlanSettings:
    """The knobs of the planner (user settings and command-line options)."""

    get_ready: float = 5.0
    tempo: float = 3.0  # seconds per rep
    wait_for_done: bool = False
    set_rest: float = 20.0  # the "rest" setting's default (app.preferences)
    switch_seconds: float = 5.0
    min_step: float = 3.0
    speech_margin: float = 1.0
    cue_gap: float = 0.2  # silence between two cues said one after the other


@dataclass(frozen=True)
class Segment:
    """One timed part of a session. ``step``/``set`` are 1-based; ``seconds`` is planned."""

    kind: SegmentKind
    seconds: float
    text: str
    cues: tuple[Cue, ...] = ()
    exercise_id: str | None = None
    exercise_index: int | None = None
    title: str | None = None  # the exercise's title
    step: int | None = None
    steps: int = 0
    set: int | None = None
    sets: int | None = None
    side: str | None = None
    reps: int | None = None
    wait_for_done: bool = False
    modification: Modification | None = None

    @property
    def start_cues(self) -> tuple[Cue, ...]:
        """The cues said as the segment starts, in order."""
        return tuple(c for c in self.cues if c.before_end is None and c.at == 0)


@dataclass(frozen=True)
class PlannedExercise:
    """An exercise as it appears in the plan, with the workout item that placed it."""

    exercise: Exercise
    item: WorkoutItem | None
    modification: Modification | None


@dataclass(frozen=True)
class SessionPlan:
    """A compiled session: what to do, in order, for how long."""

    kind: str  # "exercise" | "workout"
    source_id: str
    title: str
    segments: tuple[Segment, ...]
    exercises: tuple[PlannedExercise, ...]
    settings: PlanSettings
    rest_between: float = 0.0
    measure: Measure = field(default=lambda text: 0.0, compare=False, repr=False)
    phrases: Phrases = field(default=ENGLISH, compare=False, repr=False)

    @property
    def total_seconds(self) -> float:
        """Planned length of the whole session (reps steps at their nominal time)."""
        return sum(s.seconds for s in self.segments)

    def block(self, exercise_index: int) -> range:
        """Indices of the segments that belong to one exercise (its steps, switches, set rests)."""
        found = [i for i, s in enumerate(self.segments)
                 if s.exercise_index == exercise_index and s.kind is not SegmentKind.PREPARE]
        return range(found[0], found[-1] + 1) if found else range(0)

    def next_up(self, index: int) -> str:
        """A short description of the segment after ``index`` ("" at the end)."""
        if index + 1 >= len(self.segments):
            return ""
        seg = self.segments[index + 1]
        if seg.kind is SegmentKind.REST:
            return self.phrases.next_rest_label(seg.seconds)
        if seg.kind is SegmentKind.SWITCH_SIDES:
            return self.phrases.switch_label
        if seg.kind is SegmentKind.FINISH:
            return self.phrases.next_finish_label
        return seg.text

    def to_json(self) -> dict[str, object]:
        """The ``plan`` field of the ``session_start`` event."""
        return {"total_seconds": round(self.total_seconds, 3),
                "exercises": [p.exercise.id for p in self.exercises]}

    def with_modification(self, exercise_index: int, modification: Modification | None) -> SessionPlan:
        """The same plan with one exercise switched to ``modification`` (None: standard)."""
        entries = list(self.exercises)
        entries[exercise_index] = replace(entries[exercise_index], modification=modification)
        return _build(self.kind, self.source_id, self.title, entries, self.settings,
                      self.rest_between, self.measure, self.phrases)


class _Library(Protocol):
    @property
    def exercises(self) -> Mapping[str, Exercise]: ...


def compile_plan(source: Exercise | Workout, library: _Library | Mapping[str, Exercise] | None,
                 settings: PlanSettings, measure: Measure,
                 modifications: Mapping[int, str | None] | None = None,
                 phrases: Phrases = ENGLISH) -> SessionPlan:
    """Compile ``source`` into a plan.

    Args:
        source: The exercise or workout to do.
        library: The ``Library`` (or a mapping of exercises by id) that resolves a
            workout's items; unused for a single exercise.
        settings: Planner settings.
        measure: Seconds it takes to say a text (``Speaker.measure``).
        modifications: Modification name per exercise index, overriding the workout
            item's (``None`` or "standard": the standard form).
        phrases: The words the session adds, in its language (English by default).

    Raises:
        PlanError: A workout names an exercise or a modification that does not exist.
    """
    chosen = dict(modifications or {})
    exercises: Mapping[str, Exercise] = (
        library.exercises if hasattr(library, "exercises") else library or {})  # type: ignore[union-attr]
    if isinstance(source, Exercise):
        items: list[tuple[Exercise, WorkoutItem | None]] = [(source, None)]
        kind, rest_between = "exercise", 0.0
    else:
        kind, rest_between = "workout", source.rest_between
        items = []
        for wi in source.all_items():
            found = wi.inline or exercises.get(wi.exercise)
            if found is None:
                raise PlanError(f"workout {source.id!r} names an unknown exercise {wi.exercise!r}")
            items.append((found, wi))
    if not items:
        raise PlanError(f"{source.id!r} has nothing to do")
    entries = []
    for index, (exercise, item) in enumerate(items):
        name = chosen.get(index, item.modification if item else None)
        entries.append(PlannedExercise(exercise, item, resolve_modification(exercise, name)))
    return _build(kind, source.id, source.title, entries, settings, rest_between, measure, phrases)


def planned_seconds(source: Exercise | Workout, library: _Library | Mapping[str, Exercise] | None,
                    measure: Measure, settings: PlanSettings | None = None) -> float | None:
    """The one length of a workout (or exercise): the planner's, or None if it cannot be planned.

    ``spotter list``/``show`` and the Workouts screen all show this figure.
    """
    try:
        return compile_plan(source, library, settings or PlanSettings(), measure).total_seconds
    except PlanError:
        return None


def resolve_modification(exercise: Exercise, name: str | None) -> Modification | None:
    """The modification called ``name``; None for the standard form; PlanError if unknown."""
    known_form, found = exercise.form(name)
    if not known_form:
        known = ", ".join(m.name for m in exercise.modifications) or "none"
        raise PlanError(f"{exercise.id!r} has no modification {name!r} (it has: {known})")
    return found


def _build(kind: str, source_id: str, title: str, entries: Sequence[PlannedExercise],
           settings: PlanSettings, rest_between: float, measure: Measure,
           phrases: Phrases) -> SessionPlan:
    """Lay out the segments of every exercise, the rests between them, prepare and finish."""
    blocks = [_exercise_segments(i, p, settings, measure, phrases) for i, p in enumerate(entries)]
    first = entries[0]
    first_step = blocks[0][0].cues[0].text if blocks[0] and blocks[0][0].cues else None
    segments = [_timed(Segment(
        SegmentKind.PREPARE, settings.get_ready, phrases.get_ready_label(first.exercise.title),
        (Cue(phrases.get_ready(first.exercise.title,
                               first.modification.name if first.modification else None,
                               first_step), CueKind.GET_READY),),
        first.exercise.id, 0, first.exercise.title, steps=blocks[0][0].steps if blocks[0] else 0,
        modification=first.modification), settings, measure, phrases)]
    for i, block in enumerate(blocks):
        segments.extend(block)
        if i + 1 < len(entries):
            item = entries[i].item
            seconds = item.rest if item is not None and item.rest is not None else rest_between
            if seconds > 0:
                nxt = entries[i + 1].exercise.title
                segments.append(_timed(Segment(
                    SegmentKind.REST, seconds, phrases.rest_label(nxt),
                    (Cue(phrases.rest(seconds, nxt), CueKind.REST),)), settings, measure, phrases))
    segments.append(_timed(Segment(
        SegmentKind.FINISH, 0.0, phrases.finish_label, (Cue(phrases.closing, CueKind.FINISH),)),
        settings, measure, phrases))
    return SessionPlan(kind, source_id, title, tuple(segments), tuple(entries), settings,
                       rest_between, measure, phrases)


def _exercise_segments(index: int, planned: PlannedExercise, settings: PlanSettings,
                       measure: Measure, phrases: Phrases) -> list[Segment]:
    """Every set, side and step of one exercise, with the rests between sets."""
    ex, item, mod = planned.exercise, planned.item, planned.modification
    steps = mod.steps if mod is not None and mod.steps else ex.steps
    sets = max(1, (item.sets if item and item.sets else None) or ex.sets or 1)
    lengths = _step_lengths(steps, ex.duration, ex.reps, item, settings)
    passes: tuple[str | None, ...] = SIDE_ORDER if ex.sides is Sides.EACH else (None,)
    base = Segment(SegmentKind.STEP, 0.0, "", exercise_id=ex.id, exercise_index=index,
                   title=ex.title, steps=len(steps), sets=sets, modification=mod)
    out: list[Segment] = []
    speak_breathing = ex.breathing and not any(s.breath for s in steps)
    alternate_at = _alternate_at(steps) if ex.sides is Sides.ALTERNATING else 0
    for set_no in range(1, sets + 1):
        for side in passes:
            if side == SIDE_ORDER[1]:
                out.append(_timed(replace(
                    base, kind=SegmentKind.SWITCH_SIDES, seconds=settings.switch_seconds,
                    text=phrases.switch_label, cues=(Cue(phrases.switch_sides, CueKind.SWITCH),),
                    set=set_no, side=side), settings, measure, phrases))
            for n, (step, (seconds, step_reps)) in enumerate(zip(steps, lengths), start=1):
                said = step.cue or step.text
                if n == 1 and side:
                    said = phrases.side(side, said)
                elif n == alternate_at:
                    said = phrases.alternate(said)
                start = [Cue(said, CueKind.INSTRUCTION)]
                if step.breath:
                    start.append(Cue(step.breath, CueKind.BREATH))
                elif n == 1 and set_no == 1 and side != SIDE_ORDER[1] and speak_breathing:
                    start.append(Cue(ex.breathing or "", CueKind.BREATH))
                out.append(_timed(replace(
                    base, seconds=seconds, text=step.text, cues=tuple(start), step=n, set=set_no,
                    side=side or step.side, reps=step_reps,
                    wait_for_done=step_reps is not None and settings.wait_for_done),
                    settings, measure, phrases))
        if set_no < sets:
            rest = ex.rest if ex.rest is not None else settings.set_rest
            if rest > 0:
                what = phrases.set_label(set_no + 1, sets)
                out.append(_timed(replace(
                    base, kind=SegmentKind.REST, seconds=rest, text=phrases.rest_label(what),
                    cues=(Cue(phrases.rest_before_set(rest, set_no + 1, sets), CueKind.REST),),
                    set=set_no), settings, measure, phrases))
    return out


def _alternate_at(steps: Sequence[Step]) -> int:
    """The step (1-based) that says "alternate sides": the first with a side, else the last.

    0 when the content says it already (a step's text or cue mentions alternating).
    """
    if any("alternat" in f"{s.text} {s.cue or ''}".casefold() for s in steps):
        return 0
    return next((n for n, s in enumerate(steps, start=1) if s.side), len(steps))


def _step_lengths(steps: Sequence[Step], duration: float, reps: int | None,
                  item: WorkoutItem | None, settings: PlanSettings) -> list[tuple[float, int | None]]:
    """(seconds, reps or None) per step, before the speech floor (rules 4 and 5)."""
    asked = item.reps if item is not None and item.reps else None
    has_reps = any(st.reps for st in steps)
    out: list[tuple[float | None, int | None]] = []
    for i, step in enumerate(steps):
        seconds, count = step.seconds, step.reps
        last = i == len(steps) - 1
        if asked and count:  # the workout asks for another count: same pace
            seconds = seconds * asked / count if seconds is not None else None
            count = asked
        elif asked and last and not has_reps:
            seconds, count = None, asked
        elif reps and last and seconds is None and count is None:
            count = reps
        if seconds is not None:
            out.append((float(seconds), count))
        elif count:
            out.append((count * settings.tempo, count))
        else:
            out.append((None, None))
    free = [i for i, (sec, _) in enumerate(out) if sec is None]
    left = max(0.0, duration - sum(sec for sec, _ in out if sec is not None))
    weight = sum(len(steps[i].text) or 1 for i in free) or 1
    result = [(sec if sec is not None else
               max(settings.min_step, left * (len(steps[i].text) or 1) / weight), count)
              for i, (sec, count) in enumerate(out)]
    if item is not None and item.seconds:  # the workout sets the pass length: scale every step
        factor = item.seconds / (sum(sec for sec, _ in result) or 1)
        result = [(sec * factor, count) for sec, count in result]
    return result


def _timed(segment: Segment, settings: PlanSettings, measure: Measure,
           phrases: Phrases = ENGLISH) -> Segment:
    """Apply the speech floor (rule 5) and add the halfway mark and the countdown."""
    starts = segment.cues
    speech = sum(measure(c.text) for c in starts) + settings.cue_gap * max(0, len(starts) - 1)
    kind = segment.kind
    room = len(C.COUNTDOWN) if kind is SegmentKind.PREPARE else 0.0  # "3, 2, 1" after the words
    seconds = max(segment.seconds, speech + settings.speech_margin + room)
    timed = C.timed_cues(
        seconds,
        counted=kind is not SegmentKind.FINISH and not segment.wait_for_done,
        halfway=kind in (SegmentKind.STEP, SegmentKind.REST) and not segment.wait_for_done,
        phrases=phrases)
    return replace(segment, seconds=round(seconds, 3), cues=starts + timed)

"""The session engine: a state machine that walks a plan on an injected clock.

It creates no thread and no timer: it reads the clock and has the ``scheduler``
wake it at the next moment that matters (a cue's time or the segment's end), so
time left comes from monotonic deadlines, never from counted ticks, and a late
wake-up is never carried into the next segment. ``SessionClock`` keeps the time
(pauses, speed), ``SpeechTiming`` the speech; the engine keeps where the session
is. Its controls are the ``Control`` vocabulary (``controls.py`` says what each
does); each acts at once and returns True when it did something.

Three rules keep a session safe and honest (issue 8):

1. "This hurts" on the easiest form (or on an exercise without an easier one)
   stops that exercise with the safety word (stop; if the pain is sharp or
   stays, get advice). A session with nothing left after it ends ``stopped``,
   never completed; in a workout the session waits, paused (``reason="pain"``),
   to go on (resume) or end (stop).
2. A resumed session (``start(at_index > 0)``) begins with a get-ready for the
   exercise it carries on with (``SessionPlan.get_ready_for``). It is not part of
   the plan: its ``segment`` event has the index it prepares, and it has no
   ``segment_end``, so the resume point stays where it was.
3. A wake-up later than ``stall_after`` wall seconds means the process or the
   machine stood still (SIGSTOP, a freeze): the session is paused as of the
   moment it should have woken (``reason="stall"``), never raced through the
   steps it missed.

Thread rule: every public method takes the engine's lock, so controls may come
from another thread than the scheduler's; ``emit`` is called under that lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Concatenate, ParamSpec

from app.content.model import Modification
from app.session import events as ev
from app.session import switching
from app.session.clock import Alarm, Clock, Scheduler
from app.session.controls import ADD_TIME_SECONDS, Control
from app.session.cues import Cue, CueKind
from app.session.plan import Segment, SessionPlan, ladder
from app.session.session_clock import SessionClock
from app.session.snapshot import EngineState, Snapshot
from app.session.speaker import Speaker
from app.session.speech_timing import SpeechTiming, due_cues

__all__ = ["Engine", "EngineState", "Snapshot"]

EPSILON = 1e-4  # wall seconds: a wake-up this early counts as on time
STALL_SECONDS = 3.0  # wall seconds: a wake-up later than this means the machine stood still
HEARTBEAT = 1.0  # wall seconds: the longest the engine sleeps while running
P = ParamSpec("P")


def _live_only(method: Callable[Concatenate[Engine, P], bool]) -> Callable[Concatenate[Engine, P], bool]:
    """A control: run under the lock while the session is running or paused, else False."""
    def control(self: Engine, /, *args: P.args, **kwargs: P.kwargs) -> bool:
        with self._lock:
            return self._live() and method(self, *args, **kwargs)
    control.__name__, control.__doc__ = method.__name__, method.__doc__
    return control


class Engine:
    """Runs one session plan; see the module docstring for the controls."""

    def __init__(self, plan: SessionPlan, clock: Clock, scheduler: Scheduler, speaker: Speaker,
                 emit: Callable[[ev.SessionEvent], None], speed: float = 1.0) -> None:
        self.plan = plan
        self.time = SessionClock(clock, speed)
        self.speed = speed
        self._emit = emit
        self._speech = SpeechTiming(speaker, clock.now, plan.settings.cue_gap,
                                    lambda cue: self._send(ev.CueSaid(cue.text, cue.kind)))
        self._lock = threading.RLock()
        self.state = EngineState.READY
        self.status: str | None = None  # "completed" | "stopped" once finished
        self.index = 0
        self._seg_start = self._seg_end = 0.0
        self._pending: list[tuple[float, Cue]] = []
        self._waiting = False
        self._alarm = Alarm(scheduler, self._lock)
        self._wake_wall: float | None = None  # when the alarm should ring (wall time)
        self.stall_after = STALL_SECONDS
        self._real_plan: SessionPlan | None = None  # set while a resume's get-ready plays
        self._held = False  # "this hurts" ended an exercise: the next segment waits to be entered
        self.stopped_for_pain = False
        self._uncounted = 0.0  # active seconds of a resume's get-ready: not exercise time

    def control(self, control: Control) -> bool:
        """Apply one control of the shared vocabulary; True when it did something."""
        if control is Control.STANDARD:
            return self.set_modification(None)
        if control is Control.ADD_TIME:
            return self.add_time(ADD_TIME_SECONDS)
        return bool(getattr(self, control.value)())

    # -- life ---------------------------------------------------------------
    def start(self, at_index: int = 0) -> None:
        """Begin the session, at segment ``at_index`` (resuming after a crash) or the start."""
        with self._lock:
            if self.state is not EngineState.READY:
                raise RuntimeError("the session has already started")
            if not 0 <= at_index < len(self.plan.segments):
                raise ValueError(f"no segment {at_index} in a plan of {len(self.plan.segments)}")
            for cue in (c for seg in self.plan.segments for c in seg.start_cues):
                self._speech.measure(cue.text)  # now, not while a cue is due
            self.time.start()
            self._speech.reset()
            self.state = EngineState.RUNNING
            self._send(ev.SessionStart.of(self.plan, at_index if at_index else None, self.speed))
            for k, planned in enumerate(self.plan.exercises):
                if planned.modification is not None:
                    self._send(ev.ModificationChange.of(planned.exercise.id, k, planned.modification,
                                                        "start"))
            intro = self.plan.get_ready_for(at_index) if at_index else None
            if intro is not None:  # rule 2: the plan with the get-ready before ``at_index``
                self._real_plan = self.plan
                segs = self.plan.segments
                self.plan = replace(self.plan, segments=segs[:at_index] + (intro,) + segs[at_index:])
            self._enter(at_index, 0.0)

    def pause(self) -> bool:
        """Freeze the session; the current cue finishes, timed cues wait."""
        with self._lock:
            if self.state is not EngineState.RUNNING:
                return False
            self.time.pause()
            self.state = EngineState.PAUSED
            self._alarm.cancel()
            self._send(ev.Paused())
            return True

    def resume(self) -> bool:
        """Carry on from where the session was paused (after "this hurts": the next exercise)."""
        with self._lock:
            if self.state is not EngineState.PAUSED:
                return False
            self.time.resume()
            self.state = EngineState.RUNNING
            self._send(ev.Resumed())
            if self._held:
                self._held = False
                self._enter(self.index, self.time.active())
            else:
                self._reschedule()
            return True

    def toggle_pause(self) -> bool:
        """Pause when running, resume when paused."""
        with self._lock:
            return self.resume() if self.state is EngineState.PAUSED else self.pause()

    @_live_only
    def stop(self) -> bool:
        """End the session now, ``stopped``."""
        self._end("stopped")
        return True

    # -- moving ---------------------------------------------------------------
    @_live_only
    def next(self) -> bool:
        """Skip to the next segment; on the finish, end the session."""
        if self._real_plan is not None:  # the resume's get-ready: on to the segment it prepares
            self._jump(self.index)
            return True
        if self.index + 1 >= len(self.plan.segments):
            self._end("completed")
            return True
        self._send(ev.Skipped(self.index, self.index + 1))
        self._jump(self.index + 1)
        return True

    @_live_only
    def back(self) -> bool:
        """Go to the previous step (rests and side switches are passed over)."""
        target = switching.previous_step(self.plan, self.index)
        self._send(ev.WentBack(self.index, target))
        self._jump(target)
        return True

    @_live_only
    def restart_step(self) -> bool:
        """Start the current segment again (its full time, its cues again)."""
        self._send(ev.WentBack(self.index, self.index))
        self._jump(self.index)
        return True

    @_live_only
    def add_time(self, seconds: float = ADD_TIME_SECONDS) -> bool:
        """Give the current segment ``seconds`` more (session seconds)."""
        if seconds <= 0:
            return False
        active = self.time.active()
        self._seg_end = max(self._seg_end, active) + seconds
        self._waiting = False
        self._pending = due_cues(self.plan.segments[self.index], self._seg_start, self._seg_end, active)
        self._reschedule()
        return True

    @_live_only
    def done(self) -> bool:
        """End a reps step now; False (and nothing happens) on any other segment."""
        if self.plan.segments[self.index].reps is None or self._held:
            return False
        self._send(ev.Done())
        self._speech.cut()
        self._leave(completed=True)
        self._enter(self.index + 1, self.time.active())
        return True

    # -- modifications ----------------------------------------------------------
    def easier(self) -> bool:
        """Move the current exercise one rung easier."""
        return self._step_ladder(-1)

    def harder(self) -> bool:
        """Move the current exercise one rung harder."""
        return self._step_ladder(+1)

    @_live_only
    def set_modification(self, name: str | None) -> bool:
        """Switch the current exercise to the modification ``name`` (None: standard)."""
        k = self.target_exercise()
        if k is None:
            return False
        found, mod = switching.named_form(self.plan.exercises[k].exercise, name)
        if not found or mod == self.plan.exercises[k].modification:
            return False
        self._switch(k, mod, "user")
        return True

    @_live_only
    def pain(self) -> bool:
        """"This hurts": the easiest modification, or that exercise stopped (rule 1)."""
        k = self.target_exercise()
        if k is None:
            self._send(ev.Pain(None, None, "ended"))
            return True
        planned = self.plan.exercises[k]
        easiest = ladder(planned.exercise)[0]
        if easiest is not None and planned.modification != easiest:
            self._send(ev.Pain(planned.exercise.id, k, "easier"))
            self._switch(k, easiest, "pain")
            return True
        self._send(ev.Pain(planned.exercise.id, k, "ended"))
        self.stopped_for_pain = True
        self._speech.cut()
        self._leave(completed=False)  # (a resume's get-ready is dropped: back on the real plan)
        self._speech.say(Cue(self.plan.phrases.pain_stop(planned.exercise.title), CueKind.INFO))
        target = switching.after_exercise(self.plan, k, self.index)
        if all(s.exercise_index is None for s in self.plan.segments[target:]):
            self._finish("stopped")  # nothing left to go on with: stopped, never completed
            return True
        self._speech.say(Cue(self.plan.phrases.pain_go_on, CueKind.INFO))
        self._hold(target)
        return True

    def _hold(self, index: int) -> None:
        """Wait, paused, before segment ``index`` (not entered yet): go on (resume) or end (stop)."""
        if self.state is EngineState.RUNNING:
            self.time.pause()
        self.state = EngineState.PAUSED
        self._alarm.cancel()
        self.index, self._held, self._waiting = index, True, False
        self._seg_start = self.time.active()
        self._seg_end = self._seg_start + self.plan.segments[index].seconds
        self._pending = []
        self._send(ev.Paused("pain"))

    def target_exercise(self) -> int | None:
        """The exercise easier/harder/pain act on: the current one, or the next during a rest."""
        with self._lock:
            return switching.target_exercise(self.plan, self.index)

    # -- reading ---------------------------------------------------------------
    @property
    def segment(self) -> Segment | None:
        """The current segment (None before the start)."""
        return None if self.state is EngineState.READY else self.plan.segments[self.index]

    def snapshot(self) -> Snapshot:
        """Everything a player draws, consistent at one instant."""
        with self._lock:
            return Snapshot.at(self.plan, self.state, self.index, self._seg_start, self._seg_end,
                               self.time.active(), self.time.session_time(), self._waiting)

    # -- inside ------------------------------------------------------------------
    def _live(self) -> bool:
        return self.state in (EngineState.RUNNING, EngineState.PAUSED)

    def _send(self, payload: ev.Payload) -> None:
        self._emit(ev.SessionEvent(self.time.session_time(), payload))

    def _enter(self, index: int, start: float, first: Cue | None = None) -> None:
        """Make segment ``index`` current, starting at active time ``start``."""
        self.index = index
        seg = self.plan.segments[index]
        self._seg_start, self._seg_end = start, start + seg.seconds
        self._waiting = False
        self._send(ev.SegmentStart.of(index, seg))
        for cue in ((first,) if first is not None else ()) + tuple(seg.start_cues):
            self._speech.say(cue)
        self._make_room_for_speech()
        self._pending = due_cues(seg, start, self._seg_end, start)
        self._reschedule()

    def _make_room_for_speech(self) -> None:
        """Push the end out if start cues wait behind earlier speech (a switch, "this hurts").

        The plan gives every segment room for its own start cues. Sped up, speech is not waited for.
        """
        if self.speed <= 1.0 and self.state is EngineState.RUNNING and self.plan.segments[self.index].start_cues:
            said = self._speech.said_by(self.time.active(), self.speed)
            self._seg_end = max(self._seg_end, said + self.plan.settings.speech_margin)

    def _leave(self, completed: bool) -> None:
        if self._held:  # the segment waiting after "this hurts" was never entered
            self._held = False
            return
        if self._real_plan is not None:  # a resume's get-ready ends without a trace (rule 2)
            self.plan, self._real_plan = self._real_plan, None
            self._uncounted += self.time.active() - self._seg_start  # nor in the active time
            return
        seg = self.plan.segments[self.index]
        # a segment that ran out counts its planned length, however late the wake-up
        natural = completed and not self._waiting and self._seg_end <= self.time.active()
        spent = (self._seg_end if natural else self.time.active()) - self._seg_start
        self._send(ev.SegmentEnd(self.index, seg.kind, seg.exercise_id, seg.exercise_index,
                                 round(max(0.0, spent), 3), completed))

    def _jump(self, index: int, first: Cue | None = None) -> None:
        """Leave the current segment unfinished and start ``index`` now; stale speech is cut."""
        self._speech.cut()
        self._leave(completed=False)
        self._enter(index, self.time.active(), first)

    def _end(self, status: str) -> None:
        """End the session now, in the middle of a segment."""
        self._speech.cut()
        self._leave(completed=False)
        self._finish(status)

    def _finish(self, status: str) -> None:
        self._alarm.cancel()
        self.time.finish()
        self.status = status
        self.state = EngineState.FINISHED
        self._send(ev.SessionEnd(status, round(self.time.active() - self._uncounted, 3),
                                 round(self.time.paused_seconds, 3)))

    @_live_only
    def _step_ladder(self, direction: int) -> bool:
        k = self.target_exercise()
        if k is None:
            return False
        planned = self.plan.exercises[k]
        rungs = ladder(planned.exercise)
        pos = rungs.index(planned.modification) + direction
        if not 0 <= pos < len(rungs):
            self._speech.cut()
            self._speech.say(Cue(self.plan.phrases.ladder_end(easier=direction < 0), CueKind.INFO))
            return False
        self._switch(k, rungs[pos], "user")
        return True

    def _switch(self, k: int, mod: Modification | None, reason: str) -> None:
        """Put exercise ``k`` on ``mod``; restart the current set on new steps if they changed."""
        if self._real_plan is not None or self._held:
            # in a resume's get-ready or waiting after "this hurts": the exercise starts now,
            # on its new form
            self._leave(completed=False)
            new, index, _restart = switching.rebuild(self.plan, k, mod, self.index)
            self._send(ev.ModificationChange.of(self.plan.exercises[k].exercise.id, k, mod, reason))
            self._speech.cut()
            self.plan = new
            self._enter(index, self.time.active(), first=Cue(self._form_words(mod), CueKind.MODIFICATION))
            return
        new, index, restart = switching.rebuild(self.plan, k, mod, self.index)
        self._send(ev.ModificationChange.of(self.plan.exercises[k].exercise.id, k, mod, reason))
        self._speech.cut()
        cue = Cue(self._form_words(mod), CueKind.MODIFICATION)
        if not restart:
            self.plan, self.index = new, index
            self._speech.say(cue)
            return
        self._leave(completed=False)
        self.plan = new
        self._enter(index, self.time.active(), first=cue)

    def _form_words(self, mod: Modification | None) -> str:
        phrases = self.plan.phrases
        return phrases.modification(mod.name, mod.description) if mod else phrases.standard_form

    # -- waking -----------------------------------------------------------------------
    def _reschedule(self) -> None:
        self._alarm.cancel()
        self._wake_wall = None
        targets = [t for t, _ in self._pending[:1]] + ([] if self._waiting else [self._seg_end])
        if self.state is EngineState.RUNNING:
            # at least once a second, so a stall is seen however far off the next deadline is
            delay = min([HEARTBEAT, *(max(0.0, self.time.wall_delay(t)) for t in targets)])
            self._wake_wall = self.time.now() + delay
            self._alarm.set(delay, self._wake)

    def _stalled(self, since: float) -> None:
        """Rule 3: pause as of ``since``, the moment the engine should have woken."""
        self.time.pause(since)
        self.state = EngineState.PAUSED
        self._alarm.cancel()
        self._send(ev.Paused("stall"))
        self._speech.cut()
        self._speech.say(Cue(self.plan.phrases.stalled, CueKind.INFO))

    def _wake(self) -> None:
        with self._lock:
            if self.state is not EngineState.RUNNING:
                return
            due = self._wake_wall
            if due is not None and self.time.now() - due > self.stall_after:
                self._stalled(due)
                return
            horizon = self.time.active() + EPSILON * self.speed
            while self._pending and self._pending[0][0] <= horizon:
                due, cue = self._pending.pop(0)
                self._speech.say(cue, due=self.time.wall_of(due))
            while not self._waiting and self._seg_end <= horizon and self.state is EngineState.RUNNING:
                seg = self.plan.segments[self.index]
                if seg.wait_for_done:
                    self._waiting = True
                    break
                following = self.index if self._real_plan is not None else self.index + 1
                self._leave(completed=True)
                if following >= len(self.plan.segments):
                    self._finish("completed")
                    return
                self._speech.drop_stale()
                self._enter(following, self._seg_end)
                horizon = self.time.active() + EPSILON * self.speed
            self._reschedule()

"""The session engine: a state machine that walks a plan on an injected clock.

It creates no thread and no timer: it reads the clock and has the ``scheduler``
wake it at the next moment that matters (a cue's time or the segment's end), so
time left comes from monotonic deadlines, never from counted ticks, and a late
wake-up is never carried into the next segment. ``SessionClock`` keeps the time
(pauses, speed), ``SpeechTiming`` the speech; the engine keeps where the session
is. Its controls are the ``Control`` vocabulary (``controls.py`` says what each
does); each acts at once and returns True when it did something. The form
controls (easier, harder, a named form, "this hurts") are ``forms.py``'s, a
mixin over the same state.

Issue 8's three safety rules ("this hurts" on the easiest form, a resume's
get-ready, a stall) are in ``docs/architecture.md``, "Safety".

Thread rule: every public method takes the engine's lock, so controls may come
from another thread than the scheduler's; ``emit`` is called under that lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.session import events as ev
from app.session import switching
from app.session.clock import Clock, Scheduler
from app.session.controls import ADD_TIME_SECONDS, Control, live_only
from app.session.cues import Cue, CueKind
from app.session.forms import FormControls
from app.session.plan import Segment, SessionPlan
from app.session.resuming import with_get_ready
from app.session.session_clock import SessionClock
from app.session.snapshot import EngineState, Snapshot
from app.session.speaker import Speaker
from app.session.speech_timing import SpeechTiming, due_cues
from app.session.waking import WakeUp

__all__ = ["Engine", "EngineState", "Snapshot"]

EPSILON = 1e-4  # wall seconds: a wake-up this early counts as on time


class Engine(FormControls):
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
        self.wake = WakeUp(scheduler, self._lock, clock.now)
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
            introduced = with_get_ready(self.plan, at_index)
            if introduced is not None:  # the get-ready first; the compiled plan comes back after it
                self._real_plan, self.plan = self.plan, introduced
            self._enter(at_index, 0.0)

    def pause(self) -> bool:
        """Freeze the session; the current cue finishes, timed cues wait."""
        with self._lock:
            if self.state is not EngineState.RUNNING:
                return False
            self._freeze("user")
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

    @live_only
    def stop(self) -> bool:
        """End the session now, ``stopped``."""
        self._end("stopped")
        return True

    # -- moving ---------------------------------------------------------------
    @live_only
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

    @live_only
    def back(self) -> bool:
        """Go to the previous step (rests and side switches are passed over)."""
        target = switching.previous_step(self.plan, self.index)
        self._send(ev.WentBack(self.index, target))
        self._jump(target)
        return True

    @live_only
    def restart_step(self) -> bool:
        """Start the current segment again (its full time, its cues again)."""
        self._send(ev.WentBack(self.index, self.index))
        self._jump(self.index)
        return True

    @live_only
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

    @live_only
    def done(self) -> bool:
        """End a reps step now; False (and nothing happens) on any other segment."""
        if self.plan.segments[self.index].reps is None or self._held:
            return False
        self._send(ev.Done())
        self._speech.cut()
        self._leave(completed=True)
        self._enter(self.index + 1, self.time.active())
        return True

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

    def _freeze(self, reason: str, since: float | None = None) -> None:
        """Pause (as of ``since``, a stall found late) and say why in the event."""
        if self.state is EngineState.RUNNING:
            self.time.pause(since)
        self.state = EngineState.PAUSED
        self.wake.cancel()
        self._send(ev.Paused(reason))

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
        """Push the end out if start cues wait behind earlier speech (not sped up: not waited for)."""
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
        self.wake.cancel()
        self.time.finish()
        self.status = status
        self.state = EngineState.FINISHED
        self._send(ev.SessionEnd(status, round(self.time.active() - self._uncounted, 3),
                                 round(self.time.paused_seconds, 3)))

    # -- waking -----------------------------------------------------------------------
    def _reschedule(self) -> None:
        now = self.wake.now()  # before the delays: a stop from here on makes the wake-up late
        self.wake.cancel()
        targets = [t for t, _ in self._pending[:1]] + ([] if self._waiting else [self._seg_end])
        if self.state is EngineState.RUNNING:
            self.wake.set(min((self.time.wall_delay(t) for t in targets), default=1e9), self._wake, now)

    def _wake(self) -> None:
        with self._lock:
            if self.state is not EngineState.RUNNING:
                return
            began = self.wake.now()
            since = self.wake.stalled_since()
            if since is not None:  # the machine stood still: paused as of then, nothing raced
                self._stall(since)
                return
            # what is due as of the turn's start: a stop during the turn races through nothing
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
            since = self.wake.stood_still_since(began)
            if since is not None and self.state is EngineState.RUNNING:
                self._stall(since)  # stopped during this very turn: the next wake-up would race
                return
            self._reschedule()

    def _stall(self, since: float) -> None:
        """The process stood still since ``since`` (wall): paused as of then, and said why."""
        self._freeze("stall", since)
        self._speech.cut()
        self._speech.say(Cue(self.plan.phrases.stalled, CueKind.INFO))

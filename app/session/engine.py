"""The session engine: a state machine that walks a plan on an injected clock.

The engine creates no thread and no timer. It reads ``clock.now()`` and asks
the ``scheduler`` to wake it at the next moment that matters — a cue's time
or the segment's end — so time left always comes from monotonic deadlines,
never from counted ticks, and a late wake-up is never carried into the next
segment (a segment that ends on time starts the next at its planned deadline).

Times: *session time* ``t`` (the events' ``t``) is wall time since the start
times ``speed``, pauses included; *active time* stops while paused and is what
segments are measured in.

Controls take effect at once and return True when they did something:

- ``pause``/``resume``/``toggle_pause``.
- ``next``: skip to the next segment (on the finish: end the session).
- ``back``: go to the previous step (or the get-ready segment), passing over
  rests and side switches; at the first segment it restarts it.
- ``restart_step``: the current segment from its start (a ``back`` event with
  ``from_index == to_index``).
- ``add_time(10)``: push the current segment's end out (the countdown moves with it).
- ``easier``/``harder``/``set_modification``: the current exercise (during a
  rest between exercises, the next one) one rung along its ladder
  (``plan.ladder``), or to a named form. Where the session carries on is
  ``switching.py``'s rules: if the steps change, the current set (and side)
  restarts at step 1 of the new steps; otherwise the segment goes on without a
  break. The modification is emitted and spoken (name, then description); at
  either end of the ladder nothing changes and "This is the easiest form." is said.
- ``done``: ends a reps step now (completed).
- ``pain``: always emits ``pain``; switches to the easiest modification, or if
  there is none (or it is in use already) ends the exercise.
- ``stop``: ends the session, ``stopped``.

Thread rule: every public method takes the engine's lock, so controls may come
from another thread than the scheduler's; ``emit`` is called under that lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

from app.content.model import Level, Modification
from app.session import cues as C
from app.session.clock import Clock, Handle, Scheduler
from app.session.cues import Cue, CueKind
from app.session.events import EventType, SessionEvent
from app.session.plan import Segment, SegmentKind, SessionPlan, ladder
from app.session.snapshot import EngineState, Snapshot, modification_json
from app.session.switching import rebuild
from app.session.speaker import Speaker

__all__ = ["Engine", "EngineState", "Snapshot", "modification_json"]

EPSILON = 1e-4  # wall seconds: a wake-up this early counts as on time
LATE_DROP = 0.3  # wall seconds: a countdown number later than this is dropped
STALE_SPEECH = 0.25  # wall seconds of speech still queued at a segment's end: cut it


class Engine:
    """Runs one session plan; see the module docstring for the controls."""

    def __init__(self, plan: SessionPlan, clock: Clock, scheduler: Scheduler, speaker: Speaker,
                 emit: Callable[[SessionEvent], None], speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError("speed must be above 0")
        self.plan = plan
        self.speed = speed
        self._clock, self._scheduler, self._speaker, self._emit = clock, scheduler, speaker, emit
        self._lock = threading.RLock()
        self.state = EngineState.READY
        self.status: str | None = None  # "completed" | "stopped" once finished
        self.index = 0
        self._start_wall = self._run_since = self._paused_since = 0.0
        self._active_base = self._paused_wall = 0.0
        self._seg_start = self._seg_end = 0.0
        self._pending: list[tuple[float, Cue]] = []
        self._waiting = False
        self._speech_until = 0.0
        self._measured: dict[str, float] = {}
        self._handle: Handle | None = None
        self._gen = 0

    # -- time ---------------------------------------------------------------
    def _now(self) -> float:
        return self._clock.now()

    def _active(self) -> float:
        if self.state is EngineState.RUNNING:
            return self._active_base + (self._now() - self._run_since) * self.speed
        return self._active_base

    def session_time(self) -> float:
        """Session seconds since the start, pauses included."""
        with self._lock:
            if self.state is EngineState.READY:
                return 0.0
            end = self._finished_wall if self.state is EngineState.FINISHED else self._now()
            return (end - self._start_wall) * self.speed

    # -- life ---------------------------------------------------------------
    def start(self, at_index: int = 0) -> None:
        """Begin the session, at segment ``at_index`` (resuming after a crash) or the start."""
        with self._lock:
            if self.state is not EngineState.READY:
                raise RuntimeError("the session has already started")
            if not 0 <= at_index < len(self.plan.segments):
                raise ValueError(f"no segment {at_index} in a plan of {len(self.plan.segments)}")
            for seg in self.plan.segments:  # measured now, not while a cue is due
                for cue in seg.start_cues:
                    self._measure(cue.text)
            self._start_wall = self._run_since = self._speech_until = self._now()
            self.state = EngineState.RUNNING
            self._send(EventType.SESSION_START, plan=self.plan.to_json(), kind=self.plan.kind,
                       source_id=self.plan.source_id, title=self.plan.title,
                       resume_from=at_index if at_index else None, speed=self.speed,
                       exercise_titles=[p.exercise.title for p in self.plan.exercises])
            for k, planned in enumerate(self.plan.exercises):
                if planned.modification is not None:
                    self._send_modification(k, planned.modification, "start")
            self._enter(at_index, 0.0)

    def pause(self) -> bool:
        """Freeze the session; the current cue finishes, timed cues wait."""
        with self._lock:
            if self.state is not EngineState.RUNNING:
                return False
            self._active_base = self._active()
            self._paused_since = self._now()
            self.state = EngineState.PAUSED
            self._cancel_wake()
            self._send(EventType.PAUSE)
            return True

    def resume(self) -> bool:
        """Carry on from where the session was paused."""
        with self._lock:
            if self.state is not EngineState.PAUSED:
                return False
            now = self._now()
            self._paused_wall += now - self._paused_since
            self._run_since = now
            self.state = EngineState.RUNNING
            self._send(EventType.RESUME)
            self._reschedule()
            return True

    def toggle_pause(self) -> bool:
        """Pause when running, resume when paused."""
        with self._lock:
            return self.resume() if self.state is EngineState.PAUSED else self.pause()

    def stop(self) -> bool:
        """End the session now, ``stopped``."""
        with self._lock:
            if not self._live():
                return False
            self._speaker.cancel()
            self._leave(completed=False)
            self._finish("stopped")
            return True

    # -- moving ---------------------------------------------------------------
    def next(self) -> bool:
        """Skip to the next segment; on the finish, end the session."""
        with self._lock:
            if not self._live():
                return False
            if self.index + 1 >= len(self.plan.segments):
                self._speaker.cancel()
                self._leave(completed=False)
                self._finish("completed")
                return True
            self._send(EventType.SKIP, from_index=self.index, to_index=self.index + 1)
            self._jump(self.index + 1)
            return True

    def back(self) -> bool:
        """Go to the previous step (rests and side switches are passed over)."""
        with self._lock:
            if not self._live():
                return False
            target = next((i for i in range(self.index - 1, -1, -1)
                           if self.plan.segments[i].kind in (SegmentKind.STEP, SegmentKind.PREPARE)),
                          self.index)
            self._send(EventType.BACK, from_index=self.index, to_index=target)
            self._jump(target)
            return True

    def restart_step(self) -> bool:
        """Start the current segment again (its full time, its cues again)."""
        with self._lock:
            if not self._live():
                return False
            self._send(EventType.BACK, from_index=self.index, to_index=self.index)
            self._jump(self.index)
            return True

    def add_time(self, seconds: float = 10.0) -> bool:
        """Give the current segment ``seconds`` more (session seconds)."""
        with self._lock:
            if not self._live() or seconds <= 0:
                return False
            active = self._active()
            self._seg_end = max(self._seg_end, active) + seconds
            self._waiting = False
            self._pending = self._timed_cues(after=active)
            self._reschedule()
            return True

    def done(self) -> bool:
        """End a reps step now; False (and nothing happens) on any other segment."""
        with self._lock:
            seg = self.segment
            if not self._live() or seg is None or seg.reps is None:
                return False
            self._send(EventType.DONE)
            self._speaker.cancel()
            self._speech_until = self._now()
            self._leave(completed=True)
            self._enter(self.index + 1, self._active())
            return True

    # -- modifications ----------------------------------------------------------
    def easier(self) -> bool:
        """Move the current exercise one rung easier."""
        return self._step_ladder(-1)

    def harder(self) -> bool:
        """Move the current exercise one rung harder."""
        return self._step_ladder(+1)

    def set_modification(self, name: str | None) -> bool:
        """Switch the current exercise to the modification ``name`` (None: standard)."""
        with self._lock:
            k = self.target_exercise()
            if not self._live() or k is None:
                return False
            ex = self.plan.exercises[k].exercise
            mod = None if name is None or name.casefold() == "standard" else ex.modification(name)
            if name is not None and name.casefold() != "standard" and mod is None:
                return False
            if mod == self.plan.exercises[k].modification:
                return False
            self._switch(k, mod, "user")
            return True

    def pain(self) -> bool:
        """"This hurts": the easiest modification, or the end of the exercise."""
        with self._lock:
            if not self._live():
                return False
            k = self.target_exercise()
            if k is None:
                self._send(EventType.PAIN, exercise=None, exercise_index=None, action="ended")
                return True
            planned = self.plan.exercises[k]
            easiest = ladder(planned.exercise)[0]
            if easiest is not None and planned.modification != easiest:
                self._send(EventType.PAIN, exercise=planned.exercise.id, exercise_index=k,
                           action="easier")
                self._switch(k, easiest, "pain")
                return True
            self._send(EventType.PAIN, exercise=planned.exercise.id, exercise_index=k,
                       action="ended")
            block = self.plan.block(k)
            target = max(block.stop, self.index + 1) if block else self.index + 1
            self._jump(min(target, len(self.plan.segments) - 1),
                       first=Cue(f"Stop {planned.exercise.title} here.", CueKind.INFO))
            return True

    def target_exercise(self) -> int | None:
        """The exercise easier/harder/pain act on: the current one, or the next during a rest."""
        with self._lock:
            for seg in self.plan.segments[self.index:]:
                if seg.kind is SegmentKind.FINISH:
                    return None
                if seg.exercise_index is not None:
                    return seg.exercise_index
            return None

    # -- reading ---------------------------------------------------------------
    @property
    def segment(self) -> Segment | None:
        """The current segment (None before the start)."""
        if self.state is EngineState.READY:
            return None
        return self.plan.segments[self.index]

    def snapshot(self) -> Snapshot:
        """Everything a player draws, consistent at one instant."""
        with self._lock:
            seg = self.segment
            active = self._active()
            if seg is None:
                remaining = seg_len = 0.0
            else:
                remaining = max(0.0, self._seg_end - active)
                seg_len = self._seg_end - self._seg_start
            later = sum(s.seconds for s in self.plan.segments[self.index + 1:])
            k = seg.exercise_index if seg is not None else None
            return Snapshot(
                state=self.state, index=self.index, segment=seg, remaining=remaining,
                segment_seconds=seg_len, elapsed=active, t=self.session_time(),
                total_remaining=(remaining + later) if self.state is not EngineState.FINISHED else 0.0,
                exercise_number=None if k is None else k + 1,
                exercise_count=len(self.plan.exercises),
                step_number=seg.step if seg is not None else None,
                step_count=seg.steps if seg is not None else 0,
                next_up=self.plan.next_up(self.index),
                modification=None if k is None else self.plan.exercises[k].modification,
                waiting_for_done=self._waiting)

    # -- inside ------------------------------------------------------------------
    _finished_wall = 0.0

    def _live(self) -> bool:
        return self.state in (EngineState.RUNNING, EngineState.PAUSED)

    def _send(self, type_: EventType, **data: Any) -> None:
        self._emit(SessionEvent(type_, self.session_time(), data))

    def _send_modification(self, k: int, mod: Modification | None, reason: str) -> None:
        ex = self.plan.exercises[k].exercise
        self._send(EventType.MODIFICATION, exercise=ex.id, exercise_index=k,
                   name=mod.name if mod else "Standard",
                   level=(mod.level if mod else Level.STANDARD).value,
                   description=mod.description if mod else "", reason=reason)

    def _measure(self, text: str) -> float:
        if text not in self._measured:
            self._measured[text] = max(0.0, float(self._speaker.measure(text)))
        return self._measured[text]

    def _say(self, cue: Cue, due: float | None = None) -> bool:
        """Speak ``cue`` after whatever is being said; time-bound cues are dropped if late."""
        now = self._now()
        if cue.kind.time_bound:
            late = now - due if due is not None else 0.0
            if now < self._speech_until or self._speaker.busy() or late > LATE_DROP:
                return False
        begin = max(now, self._speech_until)
        self._speaker.speak(cue.text, due=begin if due is None else due)
        self._send(EventType.CUE, text=cue.text, kind=cue.kind.value)
        # measured after handing it over: a first measurement may render, which takes ms
        self._speech_until = begin + self._measure(cue.text) + self.plan.settings.cue_gap
        return True

    def _cue_time(self, cue: Cue) -> float:
        if cue.before_end is not None:
            return self._seg_end - cue.before_end
        return self._seg_start + cue.at

    def _timed_cues(self, after: float) -> list[tuple[float, Cue]]:
        seg = self.plan.segments[self.index]
        timed = [(self._cue_time(c), c) for c in seg.cues if c not in seg.start_cues]
        return sorted((t, c) for t, c in timed if t > after)

    def _enter(self, index: int, start: float, first: Cue | None = None) -> None:
        """Make segment ``index`` current, starting at active time ``start``."""
        self.index = index
        seg = self.plan.segments[index]
        self._seg_start, self._seg_end = start, start + seg.seconds
        self._waiting = False
        k = seg.exercise_index
        self._send(EventType.SEGMENT, index=index, kind=seg.kind.value, exercise=seg.exercise_id,
                   exercise_index=k, step=seg.step, steps=seg.steps, set=seg.set, sets=seg.sets,
                   side=seg.side, text=seg.text, seconds=seg.seconds, reps=seg.reps,
                   modification=modification_json(seg.modification))
        if first is not None:
            self._say(first)
        for cue in seg.start_cues:
            self._say(cue)
        self._make_room_for_speech()
        self._pending = self._timed_cues(after=start)
        self._reschedule()

    def _make_room_for_speech(self) -> None:
        """Push the end out if the start cues were queued behind earlier speech.

        The plan already gives every segment room for its own start cues; this only
        matters after a modification switch or "this hurts" was said first. At
        speeds above 1 speech runs in wall time and is not waited for.
        """
        if self.speed > 1.0 or self.state is not EngineState.RUNNING:
            return
        said_until = self._active() + max(0.0, self._speech_until - self._now()) * self.speed
        needed = said_until - self.plan.settings.cue_gap + self.plan.settings.speech_margin
        if needed > self._seg_end and self.plan.segments[self.index].start_cues:
            self._seg_end = needed

    def _drop_stale_speech(self) -> None:
        """At a segment's natural end, cut speech that is still far behind (speeds above 1).

        At real speed the plan leaves room for every instruction, so this never
        fires; sped up, it keeps the voice with the session instead of minutes behind.
        """
        if self._speech_until - self._now() > STALE_SPEECH:
            self._speaker.cancel()
            self._speech_until = self._now()

    def _leave(self, completed: bool) -> None:
        seg = self.plan.segments[self.index]
        # a segment that ran out counts its planned length, however late the wake-up
        natural = completed and not self._waiting and self._seg_end <= self._active()
        spent = (self._seg_end if natural else self._active()) - self._seg_start
        self._send(EventType.SEGMENT_END, index=self.index, kind=seg.kind.value,
                   exercise=seg.exercise_id, exercise_index=seg.exercise_index,
                   seconds=round(max(0.0, spent), 3), completed=completed)

    def _jump(self, index: int, first: Cue | None = None) -> None:
        """Leave the current segment unfinished and start ``index`` now; stale speech is cut."""
        self._speaker.cancel()
        self._speech_until = self._now()
        self._leave(completed=False)
        self._enter(index, self._active(), first)

    def _finish(self, status: str) -> None:
        self._cancel_wake()
        if self.state is EngineState.PAUSED:
            self._paused_wall += self._now() - self._paused_since
        active = self._active()
        self._active_base = active
        self._finished_wall = self._now()
        self.status = status
        self.state = EngineState.FINISHED
        self._send(EventType.SESSION_END, status=status, active_seconds=round(active, 3),
                   paused_seconds=round(self._paused_wall * self.speed, 3))

    def _step_ladder(self, direction: int) -> bool:
        with self._lock:
            k = self.target_exercise()
            if not self._live() or k is None:
                return False
            planned = self.plan.exercises[k]
            rungs = ladder(planned.exercise)
            pos = rungs.index(planned.modification) + direction
            if not 0 <= pos < len(rungs):
                word = "easiest" if direction < 0 else "hardest"
                self._speaker.cancel()
                self._speech_until = self._now()
                self._say(Cue(f"This is the {word} form.", CueKind.INFO))
                return False
            self._switch(k, rungs[pos], "user")
            return True

    def _switch(self, k: int, mod: Modification | None, reason: str) -> None:
        """Put exercise ``k`` on ``mod``; restart the current set on new steps if they changed."""
        new, index, restart = rebuild(self.plan, k, mod, self.index)
        self._send_modification(k, mod, reason)
        self._speaker.cancel()
        self._speech_until = self._now()
        said = C.modification_text(mod.name, mod.description) if mod else "Standard form."
        cue = Cue(said, CueKind.MODIFICATION)
        if not restart:
            self.plan, self.index = new, index
            self._say(cue)
            return
        self._leave(completed=False)
        self.plan = new
        self._enter(index, self._active(), first=cue)

    # -- waking -----------------------------------------------------------------------
    def _cancel_wake(self) -> None:
        self._gen += 1
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _reschedule(self) -> None:
        self._cancel_wake()
        if self.state is not EngineState.RUNNING:
            return
        targets = [t for t, _ in self._pending[:1]]
        if not self._waiting:
            targets.append(self._seg_end)
        if not targets:
            return
        delay = (min(targets) - self._active()) / self.speed
        gen = self._gen
        self._handle = self._scheduler.call_later(max(0.0, delay), lambda: self._wake(gen))

    def _wall_of(self, active: float) -> float:
        return self._run_since + (active - self._active_base) / self.speed

    def _wake(self, gen: int) -> None:
        with self._lock:
            if gen != self._gen or self.state is not EngineState.RUNNING:
                return
            self._handle = None
            horizon = self._active() + EPSILON * self.speed
            while self._pending and self._pending[0][0] <= horizon:
                due, cue = self._pending.pop(0)
                self._say(cue, due=self._wall_of(due))
            while not self._waiting and self._seg_end <= horizon and self.state is EngineState.RUNNING:
                seg = self.plan.segments[self.index]
                if seg.wait_for_done:
                    self._waiting = True
                    break
                self._leave(completed=True)
                if self.index + 1 >= len(self.plan.segments):
                    self._finish("completed")
                    return
                self._drop_stale_speech()
                self._enter(self.index + 1, self._seg_end)
                horizon = self._active() + EPSILON * self.speed
            self._reschedule()

    @property
    def modifications(self) -> Mapping[int, Modification | None]:
        """The modification in use per exercise index (for resuming a session)."""
        return {k: p.modification for k, p in enumerate(self.plan.exercises)}

"""The engine's form controls: easier, harder, a named form, and "this hurts".

A mixin of ``Engine`` (``engine.py``), kept apart so the state machine stays
small: these methods move the session along the ladder of an exercise
(``switching.ladder``) over the engine's own state, under its lock. Where the session
carries on after a switch is ``switching.py``'s rules; what "this hurts" does is
safety rule 1 in ``docs/architecture.md`` (the easiest form, else that exercise
stopped with the safety word, and in a workout a pause to go on or end).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.content.model import Modification
from app.session import events as ev
from app.session import switching
from app.session.controls import live_only
from app.session.cues import Cue, CueKind
from app.session.phrases import Phrases
from app.session.snapshot import EngineState
from app.session.switching import ladder

if TYPE_CHECKING:
    import threading

    from app.session.plan import SessionPlan
    from app.session.session_clock import SessionClock
    from app.session.speech_timing import SpeechTiming


def form_words(phrases: Phrases, mod: Modification | None) -> str:
    """What is said when a form is switched to: its name and description, or "Standard form."."""
    return phrases.modification(mod.name, mod.description) if mod else phrases.standard_form


class FormControls:
    """Easier, harder, ``set_modification`` and ``pain``, for ``Engine``."""

    # the engine's state these controls work on (``Engine.__init__`` sets it)
    plan: SessionPlan
    index: int
    state: EngineState
    time: SessionClock
    stopped_for_pain: bool
    _lock: threading.RLock
    _speech: SpeechTiming
    _real_plan: SessionPlan | None
    _held: bool
    _waiting: bool
    _seg_start: float
    _seg_end: float
    _pending: list[tuple[float, Cue]]

    # the engine's own steps (``engine.py``)
    def _live(self) -> bool:
        raise NotImplementedError

    def _send(self, payload: ev.Payload) -> None:
        raise NotImplementedError

    def _enter(self, index: int, start: float, first: Cue | None = None) -> None:
        raise NotImplementedError

    def _leave(self, completed: bool) -> None:
        raise NotImplementedError

    def _finish(self, status: str) -> None:
        raise NotImplementedError

    def _freeze(self, reason: str, since: float | None = None) -> None:
        raise NotImplementedError

    def easier(self) -> bool:
        """Move the current exercise one rung easier."""
        return self._step_ladder(-1)

    def harder(self) -> bool:
        """Move the current exercise one rung harder."""
        return self._step_ladder(+1)

    @live_only
    def set_modification(self, name: str | None) -> bool:
        """Switch the current exercise to the modification ``name`` (None: standard)."""
        k = self.target_exercise()
        if k is None:
            return False
        found, mod = self.plan.exercises[k].exercise.form(name)
        if not found or mod == self.plan.exercises[k].modification:
            return False
        self._switch(k, mod, "user")
        return True

    @live_only
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
        target = switching.after_pain(self.plan, k, self.index)
        if target is None:
            self._finish("stopped")  # nothing left to go on with: stopped, never completed
            return True
        self._speech.say(Cue(self.plan.phrases.pain_go_on, CueKind.INFO))
        # wait, paused, before the segment that follows (not entered yet): go on or end
        self._freeze("pain")
        self.index, self._held, self._waiting, self._pending = target, True, False, []
        self._seg_start = self.time.active()
        self._seg_end = self._seg_start + self.plan.segments[target].seconds
        return True

    def target_exercise(self) -> int | None:
        """The exercise easier/harder/pain act on: the current one, or the next during a rest."""
        with self._lock:
            return switching.target_exercise(self.plan, self.index)

    @live_only
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
        waiting = self._real_plan is not None or self._held  # the exercise then starts now
        if waiting:
            self._leave(completed=False)  # back on the compiled plan, at the segment waiting
        new, index, restart = switching.rebuild(self.plan, k, mod, self.index)
        self._send(ev.ModificationChange.of(self.plan.exercises[k].exercise.id, k, mod, reason))
        self._speech.cut()
        cue = Cue(form_words(self.plan.phrases, mod), CueKind.MODIFICATION)
        if not (restart or waiting):
            self.plan, self.index = new, index
            self._speech.say(cue)
            return
        if not waiting:
            self._leave(completed=False)
        self.plan = new
        self._enter(index, self.time.active(), first=cue)

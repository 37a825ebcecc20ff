"""The session's own time: wall time read from the injected clock, with pauses and speed.

Two times matter to the engine:

- *session time* (the events' ``t``): wall seconds since the start times
  ``speed``, pauses included, frozen once the session has finished;
- *active time*: the same, but stopped while paused. Segments are measured in it.

``SessionClock`` keeps the bookkeeping of both and nothing else: it knows
nothing of segments or cues. It holds no lock; the engine calls it under its own.
"""

from __future__ import annotations

from app.session.clock import Clock


class SessionClock:
    """Active and session time over one run, on an injected monotonic ``clock``."""

    def __init__(self, clock: Clock, speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError("speed must be above 0")
        self.speed = speed
        self._clock = clock
        self.started = self.running = self.finished = False
        self._start_wall = self._run_since = self._paused_since = self._finished_wall = 0.0
        self._active_base = 0.0  # active seconds up to ``_run_since``
        self._paused_wall = 0.0  # wall seconds spent paused

    def now(self) -> float:
        """The injected clock's wall time."""
        return self._clock.now()

    def start(self) -> float:
        """Start running now; returns the wall time of the start."""
        self._start_wall = self._run_since = self.now()
        self.started = self.running = True
        return self._start_wall

    def active(self) -> float:
        """Active seconds since the start (pauses excluded)."""
        if self.running:
            return self._active_base + (self.now() - self._run_since) * self.speed
        return self._active_base

    def session_time(self) -> float:
        """Session seconds since the start, pauses included (0 before it)."""
        if not self.started:
            return 0.0
        end = self._finished_wall if self.finished else self.now()
        return (end - self._start_wall) * self.speed

    def pause(self, since: float | None = None) -> None:
        """Stop active time, now or (a stall found late) at the earlier wall time ``since``."""
        now = self.now()
        since = now if since is None else min(now, max(since, self._run_since))
        self._active_base += (since - self._run_since) * self.speed
        self._paused_since = since
        self.running = False

    def resume(self) -> None:
        """Let active time run again; the pause counts as paused time."""
        now = self.now()
        self._paused_wall += now - self._paused_since
        self._run_since = now
        self.running = True

    def finish(self) -> None:
        """Freeze both times (a pause still going counts as paused)."""
        if self.started and not self.running and not self.finished:
            self._paused_wall += self.now() - self._paused_since
        self._active_base = self.active()
        self.running = False
        self._finished_wall = self.now()
        self.finished = True

    @property
    def paused_seconds(self) -> float:
        """Session seconds spent paused."""
        return self._paused_wall * self.speed

    def wall_of(self, active: float) -> float:
        """The wall time at which active time reaches ``active`` (while running)."""
        return self._run_since + (active - self._active_base) / self.speed

    def wall_delay(self, active: float) -> float:
        """Wall seconds from now until active time reaches ``active``."""
        return (active - self.active()) / self.speed

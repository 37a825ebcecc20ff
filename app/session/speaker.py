"""The Speaker protocol every speech backend follows.

The session engine decides *what* is said and *when*; a Speaker only speaks,
one text at a time, in order. ``measure`` lets the planner know how long a
text takes to say, so a step never ends before its instruction has been heard.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class Speaker(Protocol):
    """Speaks cues one after another, never two at once."""

    @property
    def available(self) -> bool:
        """True when cues are really heard (False: captions only)."""
        ...

    @property
    def problem(self) -> str | None:
        """Why speech is off, in one sentence, or None when it works."""
        ...

    def measure(self, text: str) -> float:
        """Seconds it takes to say ``text`` at the current voice and rate."""
        ...

    def speak(self, text: str, due: float | None = None) -> None:
        """Queue ``text``; ``due`` is the monotonic time it was meant to start (for lateness)."""
        ...

    def cancel(self) -> None:
        """Drop every queued cue and cut short the one being spoken."""
        ...

    def busy(self) -> bool:
        """True while something is being spoken or waits in the queue."""
        ...

    def close(self) -> None:
        """Stop the worker and release the audio device."""
        ...

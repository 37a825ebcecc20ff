"""A Speaker wrapper the player can mute and unmute mid-session (key M).

Muted, nothing is spoken but everything else stays: ``measure`` still gives
the real length (so the plan's timing does not change), and the engine still
emits every cue as a caption.
"""

from __future__ import annotations

import time

from app.session.speaker import Speaker


def let_finish(speaker: Speaker, timeout: float = 10.0) -> None:
    """Wait (up to ``timeout`` s) for the cue being said to end, before the speaker is closed.

    Used when a session ends on words that must be heard, such as the safety word
    after "this hurts" ends a single exercise.
    """
    end = time.monotonic() + timeout
    while speaker.busy() and time.monotonic() < end:
        time.sleep(0.05)


class MuteSwitch:
    """Forwards to ``inner`` unless muted."""

    def __init__(self, inner: Speaker, muted: bool = False) -> None:
        self.inner = inner
        self.muted = muted

    @property
    def available(self) -> bool:
        """True when cues are heard now."""
        return self.inner.available and not self.muted

    @property
    def problem(self) -> str | None:
        """Why nothing is heard, if it is not the mute key."""
        return self.inner.problem

    def measure(self, text: str) -> float:
        """The real speech length, muted or not."""
        return self.inner.measure(text)

    def speak(self, text: str, due: float | None = None) -> None:
        """Speak unless muted."""
        if not self.muted:
            self.inner.speak(text, due)

    def cancel(self) -> None:
        """Cut the current cue short."""
        self.inner.cancel()

    def busy(self) -> bool:
        """True while speaking (never while muted)."""
        return False if self.muted else self.inner.busy()

    def close(self) -> None:
        """Release the real speaker."""
        self.inner.close()

    def toggle(self) -> bool:
        """Mute or unmute; muting cuts the cue being spoken. Returns the new state."""
        self.muted = not self.muted
        if self.muted:
            self.inner.cancel()
        return self.muted

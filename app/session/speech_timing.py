"""When cues are said: the speaker's queue as the engine sees it, in wall time.

The engine decides which cue belongs where; ``SpeechTiming`` decides whether it
can still be said and keeps ``until``, the wall time at which everything handed
to the speaker will have been said (measured lengths plus the gap between cues).
Rules:

1. A cue is queued behind whatever is being said; nothing is ever said over it.
2. A time-bound cue (a countdown number) is dropped rather than said late:
   when speech is still going, or when it is more than ``LATE_DROP`` seconds late.
3. ``cut()`` is the one way to silence: the speaker is cancelled and the queue
   is empty from now on.
4. Every length is measured once and remembered.
"""

from __future__ import annotations

from collections.abc import Callable

from app.session.cues import Cue
from app.session.plan import Segment
from app.session.speaker import Speaker

LATE_DROP = 0.3  # wall seconds: a countdown number later than this is dropped
STALE_SPEECH = 0.25  # wall seconds of speech still queued at a segment's end: cut it


class SpeechTiming:
    """Hands cues to ``speaker`` and keeps track of when it will be quiet again."""

    def __init__(self, speaker: Speaker, now: Callable[[], float], gap: float,
                 on_said: Callable[[Cue], None]) -> None:
        self._speaker, self._now, self._gap, self._on_said = speaker, now, gap, on_said
        self._measured: dict[str, float] = {}
        self.until = 0.0

    def measure(self, text: str) -> float:
        """Seconds ``text`` takes to say (measured once)."""
        if text not in self._measured:
            self._measured[text] = max(0.0, float(self._speaker.measure(text)))
        return self._measured[text]

    def reset(self) -> None:
        """Nothing is queued as of now (the start)."""
        self.until = self._now()

    def say(self, cue: Cue, due: float | None = None) -> bool:
        """Speak ``cue`` after whatever is being said; False when a time-bound cue is dropped."""
        now = self._now()
        if cue.kind.time_bound:
            late = now - due if due is not None else 0.0
            if now < self.until or self._speaker.busy() or late > LATE_DROP:
                return False
        begin = max(now, self.until)
        self._speaker.speak(cue.text, due=begin if due is None else due)
        self._on_said(cue)
        # measured after handing it over: a first measurement may render, which takes ms
        self.until = begin + self.measure(cue.text) + self._gap
        return True

    def cut(self) -> None:
        """Silence now: cancel the speaker and forget what was queued."""
        self._speaker.cancel()
        self.until = self._now()

    def lag(self) -> float:
        """Wall seconds of speech still queued."""
        return max(0.0, self.until - self._now())

    def said_by(self, active: float, speed: float) -> float:
        """The active time (now being ``active``) by which everything queued will have been said."""
        return active + self.lag() * speed - self._gap

    def drop_stale(self) -> None:
        """Cut speech that is more than ``STALE_SPEECH`` behind (sped-up sessions)."""
        if self.until - self._now() > STALE_SPEECH:
            self.cut()


def due_cues(seg: Segment, start: float, end: float, after: float) -> list[tuple[float, Cue]]:
    """The cues of ``seg`` (running from ``start`` to ``end``, active time) due after ``after``, in order.

    A cue is due ``at`` seconds after the start, or ``before_end`` seconds before
    the end (so added time moves the countdown with the end); start cues are said on entry.
    """
    timed = [(end - c.before_end if c.before_end is not None else start + c.at, c)
             for c in seg.cues if c not in seg.start_cues]
    return sorted((t, c) for t, c in timed if t > after)

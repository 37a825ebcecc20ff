"""An early end for an utterance the voice activity detector keeps open in room noise.

pocketsphinx's endpointer ends an utterance after ~0.2 s without speech, but
steady noise after a word can keep it "in speech" much longer, and the command
would come late. ``QuietWatch`` follows the loudness of every 30 ms frame fed:
once the frames of the open utterance have stayed ``gap_db`` below its loudest
one for ``quiet`` seconds, the recogniser may decode what it has so far (up to
``tail`` seconds after the last loud frame) without waiting for the detector.

Only the last few seconds are held, in memory, and dropped with the utterance.
"""

from __future__ import annotations

import array
import collections
import math
import sys


def frame_level(frame: bytes) -> float:
    """Root-mean-square of one frame of 16-bit little-endian samples."""
    samples = array.array("h")
    samples.frombytes(frame)
    if sys.byteorder != "little":
        samples.byteswap()
    return math.sqrt(sum(x * x for x in samples) / max(1, len(samples)))


class QuietWatch:
    """The frames of the open utterance and whether it has gone quiet."""

    def __init__(self, frame_seconds: float, *, quiet: float, gap_db: float, tail: float,
                 keep_seconds: float = 3.0) -> None:
        self._frame_seconds = frame_seconds
        self._quiet_frames = max(1, round(quiet / frame_seconds))
        self._tail = max(1, round(tail / frame_seconds))
        self._ratio = 10 ** (-gap_db / 20)
        # (stream seconds at the frame's start, audio, level) of the last frames fed
        self._frames: collections.deque[tuple[float, bytes, float]] = collections.deque(
            maxlen=round(keep_seconds / frame_seconds))
        self._start: float | None = None
        self._peak = 0.0
        self._loud_end = 0  # frames fed when the last loud frame came
        self._fed = 0
        self.tried = False  # the quiet stretch was decoded already

    def add(self, start: float, frame: bytes) -> None:
        """One frame fed, starting at stream second ``start``."""
        level = frame_level(frame)
        self._frames.append((start, frame, level))
        self._fed += 1
        if self._start is not None and level >= self._peak * self._ratio:
            self._peak = max(self._peak, level)
            self._loud_end = self._fed
            self.tried = False

    def open(self, start: float) -> None:
        """The detector heard speech start at stream second ``start``."""
        self._start = start
        self._peak = 0.0
        self.tried = False
        for i, (t, _frame, level) in enumerate(self._frames):
            if t >= start - 1e-6 and level >= self._peak * self._ratio:
                self._peak = max(self._peak, level)
                self._loud_end = self._fed - len(self._frames) + i + 1

    def close(self) -> None:
        """The utterance is over: forget it."""
        self._start = None
        self._frames.clear()

    def quiet(self) -> bool:
        """Whether the open utterance has been quiet long enough to decode."""
        return self._start is not None and self._fed - self._loud_end >= self._quiet_frames

    def audio(self) -> bytes:
        """The open utterance from its start to ``tail`` seconds after its last loud frame."""
        start = self._start if self._start is not None else math.inf
        if not self._frames or self._frames[0][0] > start + 1e-6:
            return b""  # it began before the frames held: far too long for a command
        keep_until = len(self._frames) - (self._fed - self._loud_end) + self._tail
        return b"".join(frame for i, (t, frame, _level) in enumerate(self._frames)
                        if t >= start - 1e-6 and i < keep_until)

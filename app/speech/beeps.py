"""A short beep on the last three seconds of a step (the "beeps" setting).

The beep is a 0.12 s, 880 Hz tone written once as a WAV in the speech cache
and played by the same kind of player process the voice uses (``aplay``), so
it never blocks the GUI thread: the process is started from the disk thread and
not waited for. No sound card: the player fails quietly, the captions remain.
"""

from __future__ import annotations

import array
import math
import subprocess
import wave
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

PLAYER = ("aplay", "-q")
RATE = 22050


def write_beep(path: Path, seconds: float = 0.12, hz: float = 880.0) -> Path:
    """Write the beep WAV (16-bit mono) with soft edges, so it does not click."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = int(seconds * RATE)
    fade = int(0.01 * RATE)
    samples = array.array("h")
    for i in range(n):
        edge = min(1.0, i / fade, (n - i) / fade)
        samples.append(int(12000 * edge * math.sin(2 * math.pi * hz * i / RATE)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())
    return path


class Beeper:
    """Plays the beep off the GUI thread through ``run`` (``Background.run``)."""

    def __init__(self, cache_dir: Path, run: Callable[..., Any], player: Sequence[str] = PLAYER) -> None:
        self._wav = cache_dir / "beep.wav"
        self._run = run
        self._player = tuple(player)
        self.played = 0

    def beep(self) -> None:
        """Start one beep; returns at once."""
        self.played += 1
        self._run(self._play)

    def _play(self) -> None:
        if not self._wav.is_file():
            write_beep(self._wav)
        try:
            subprocess.Popen([*self._player, str(self._wav)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        except OSError:
            pass  # no player installed: beeps are a nicety, the countdown is on screen

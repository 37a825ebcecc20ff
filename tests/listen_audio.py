"""Recordings for the recogniser's tests and benchmark: espeak-ng speaks, sox converts.

``say`` renders a phrase in one voice and speed to 16 kHz mono WAV, with room
around it and, optionally, a noise track mixed in; ``recording`` strings
phrases together with pauses into one file, as ``spotter listen --wav`` reads.
"""

from __future__ import annotations

import shutil
import subprocess
import wave
from pathlib import Path

COMMAND_PHRASES = {"next": "next", "back": "back", "pause": "pause", "resume": "resume",
                   "easier": "easier", "harder": "harder", "done": "done", "stop": "stop",
                   "pain": "this hurts"}


def tools_missing() -> list[str]:
    """The command-line tools these recordings need that are not installed."""
    return [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]


def say(text: str, voice: str, speed: int, out: Path, *, noise: float = 0.0, rate: int = 16000,
        pad: tuple[float, float] = (0.5, 0.6)) -> Path:
    """Render ``text`` to ``out`` (mono, 16-bit, ``rate`` Hz); ``noise`` is a pink-noise level (0-1)."""
    raw = out.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(raw), text],
                   check=True, capture_output=True)
    convert = ["sox", str(raw), "-r", str(rate), "-c", "1", "-b", "16", "-e", "signed-integer"]
    if not noise:
        subprocess.run([*convert, str(out), "pad", str(pad[0]), str(pad[1])], check=True, capture_output=True)
    else:
        clean = out.with_suffix(".clean.wav")
        subprocess.run([*convert, str(clean), "pad", str(pad[0]), str(pad[1])], check=True, capture_output=True)
        seconds = wave_seconds(clean)
        noise_file = out.with_suffix(".noise.wav")
        subprocess.run(["sox", "-n", "-r", str(rate), "-c", "1", "-b", "16", str(noise_file), "synth",
                        f"{seconds:.3f}", "pinknoise", "vol", str(noise)], check=True, capture_output=True)
        subprocess.run(["sox", "-m", str(clean), str(noise_file), str(out)], check=True, capture_output=True)
        clean.unlink()
        noise_file.unlink()
    raw.unlink()
    return out


def recording(parts: list[Path], out: Path) -> Path:
    """Concatenate WAV files of one format into ``out``."""
    subprocess.run(["sox", *map(str, parts), str(out)], check=True, capture_output=True)
    return out


def wave_seconds(path: Path) -> float:
    """Length of a WAV file in seconds."""
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def pcm(path: Path) -> bytes:
    """The raw 16-bit samples of a mono WAV file."""
    with wave.open(str(path)) as w:
        return w.readframes(w.getnframes())

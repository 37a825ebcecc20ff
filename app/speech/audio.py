"""WAV files and the player process: the parts of speech that are not the engine.

Rendered cues are cached under ``Paths.speech_cache`` by a hash of what makes
them sound different (text, voice, rate, volume), so a cue heard twice is
rendered once and the planner's ``measure`` is free the second time. Playback
is a separate process (``aplay -q FILE`` by default) because a process can be
stopped at once, which is how a cue is cut short.
"""

from __future__ import annotations

import array
import hashlib
import logging
import math
import os
import shutil
import subprocess
import tempfile
import wave
from collections.abc import Sequence
from pathlib import Path

from app.speech.settings import SpeechSettings

log = logging.getLogger("spotter.speech")
DEFAULT_PLAYER = ("aplay", "-q")
PROBE_TIMEOUT = 5.0
CACHE_LIMIT = 200 * 1024 * 1024  # bytes; a cue is ~44 KB per second of speech


def cache_path(cache_dir: Path, text: str, settings: SpeechSettings) -> Path:
    """Where the rendering of ``text`` with ``settings`` is (or will be) cached."""
    key = "\0".join((text, settings.voice or "", str(settings.rate), f"{settings.volume:.3f}"))
    return cache_dir / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}.wav"


def usable_cache_dir(cache_dir: Path) -> Path:
    """``cache_dir`` if renderings can be written there, else a private temporary folder."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        probe = cache_dir / f".writable-{os.getpid()}"
        probe.touch()
        probe.unlink()
        return cache_dir
    except OSError as exc:
        fallback = Path(tempfile.mkdtemp(prefix="spotter-speech-"))
        log.info("speech cache %s is not writable (%s); using %s", cache_dir, exc, fallback)
        return fallback


def prune_cache(cache_dir: Path, limit: int = CACHE_LIMIT) -> int:
    """Delete the least recently used renderings until the cache is under 80% of ``limit``.

    A cache hit touches its file, so the modification time says when a cue was
    last used. Returns the number of files deleted.
    """
    try:
        files = [(p.stat().st_mtime, p.stat().st_size, p) for p in cache_dir.glob("*.wav")]
    except OSError:
        return 0
    total = sum(size for _, size, _ in files)
    if total <= limit:
        return 0
    deleted = 0
    for _, size, path in sorted(files):
        if total <= 0.8 * limit:
            break
        path.unlink(missing_ok=True)
        total -= size
        deleted += 1
    return deleted


def touch(path: Path) -> None:
    """Mark a cached rendering as just used (for ``prune_cache``)."""
    try:
        path.touch(exist_ok=True)
    except OSError:
        pass  # a read-only cache still works, it just cannot be pruned well


def wav_seconds(path: Path) -> float:
    """The length of a WAV file in seconds."""
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / float(wav.getframerate())


def wav_levels(path: Path) -> tuple[float, int]:
    """RMS and peak of a 16-bit WAV's samples (0 for silence; full scale is 32767).

    Lets a voice check tell real speech from a file of zeros.
    """
    with wave.open(str(path), "rb") as wav:
        if wav.getsampwidth() != 2:
            raise ValueError(f"{path}: only 16-bit WAV files are measured")
        samples = array.array("h", wav.readframes(wav.getnframes()))
    if not samples:
        return 0.0, 0
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    return rms, max(abs(s) for s in samples)


def is_complete_wav(path: Path) -> bool:
    """True when ``path`` is a readable WAV holding at least one sample."""
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() > 0
    except (OSError, EOFError, wave.Error):
        return False


def write_silence(path: Path, seconds: float = 0.05, rate: int = 22050) -> Path:
    """Write a short silent WAV (used to check that the player works)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(b"\0\0" * int(seconds * rate))
    return path


def probe_player(player: Sequence[str], scratch_dir: Path) -> str | None:
    """Play a moment of silence; return None if it worked, else one sentence why not."""
    if not player or shutil.which(player[0]) is None:
        name = player[0] if player else "(none)"
        return (
            f"Speech is off: the audio player {name!r} is not installed, "
            "so cues are shown as captions only."
        )
    silence = write_silence(scratch_dir / "probe-silence.wav")
    try:
        done = subprocess.run(
            [*player, str(silence)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=PROBE_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return "Speech is off: the audio player did not finish playing a moment of silence."
    except OSError as exc:
        return f"Speech is off: the audio player could not be started ({exc.strerror})."
    if done.returncode == 0:
        return None
    return describe_player_failure(done.stderr.decode("utf-8", "replace"))


def describe_player_failure(stderr: str) -> str:
    """Turn a player's error output into one sentence for the user."""
    lowered = stderr.lower()
    if (
        "cannot find card" in lowered
        or "no soundcards" in lowered
        or "unknown pcm default" in lowered
    ):
        return "Speech is off: no sound device was found, so cues are shown as captions only."
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    detail = lines[-1] if lines else "no error message"
    return f"Speech is off: the audio player failed ({detail}), so cues are shown as captions only."

"""Audio for the recogniser: WAV files read as 16 kHz mono 16-bit PCM.

Other rates are resampled (linear interpolation, enough for speech), several
channels are mixed down, and 8/24/32-bit samples are converted. No Qt.
"""

from __future__ import annotations

import array
import sys
import wave
from pathlib import Path

from app.i18n.message import N_
from app.speech.recognition import SAMPLE_RATE


class AudioFileError(ValueError):
    """The file is not a WAV file the recogniser can read; the message says why."""


def read_wav(path: Path) -> bytes:
    """The file's audio as 16 kHz mono 16-bit little-endian PCM."""
    try:
        with wave.open(str(path), "rb") as w:
            channels, width, rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
            frames = w.readframes(w.getnframes())
    except FileNotFoundError:
        raise AudioFileError(N_("{path}: no such file", path=path)) from None
    except (wave.Error, EOFError) as exc:
        raise AudioFileError(N_("{path}: not a PCM WAV file ({error})", path=path,
                                error=str(exc))) from None
    except OSError as exc:
        raise AudioFileError(N_("{path}: cannot be read ({reason})", path=path,
                                reason=exc.strerror or str(exc))) from None
    samples = _to_int16(frames, width, path)
    if channels > 1:
        samples = array.array("h", (sum(samples[i:i + channels]) // channels
                                    for i in range(0, len(samples) - channels + 1, channels)))
    if rate != SAMPLE_RATE:
        samples = resample(samples, rate, SAMPLE_RATE)
    if sys.byteorder != "little":
        samples.byteswap()
    return samples.tobytes()


def _to_int16(frames: bytes, width: int, path: Path) -> array.array[int]:
    if width == 2:
        out = array.array("h")
        out.frombytes(frames)
        if sys.byteorder != "little":
            out.byteswap()
        return out
    if width == 1:  # unsigned 8-bit
        return array.array("h", ((b - 128) << 8 for b in frames))
    if width in (3, 4):
        return array.array("h", (int.from_bytes(frames[i + width - 2:i + width], "little", signed=True)
                                 for i in range(0, len(frames), width)))
    raise AudioFileError(N_("{path}: {bits}-bit samples are not supported", path=path,
                            bits=width * 8))


def resample(samples: array.array[int], rate: int, target: int) -> array.array[int]:
    """``samples`` at ``rate`` Hz, resampled to ``target`` Hz by linear interpolation."""
    if rate <= 0:
        raise AudioFileError(N_("the sample rate is 0"))
    n = len(samples)
    count = n * target // rate
    step = rate / target
    out = array.array("h", bytes(2 * count))
    for i in range(count):
        pos = i * step
        j = int(pos)
        frac = pos - j
        a = samples[j]
        b = samples[j + 1] if j + 1 < n else a
        out[i] = int(a + (b - a) * frac)
    return out

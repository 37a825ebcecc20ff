"""Offline voice commands: pocketsphinx on 16 kHz mono audio, fed in chunks.

No Qt, no threads, no microphone: the caller feeds ``CommandRecognizer.feed``
with 16-bit little-endian PCM (from a microphone, or a file for ``spotter
listen --wav``) and gets back the commands heard.

How a command is told from everything else:

1. An endpointer (pocketsphinx's voice activity detector) cuts the stream
   into utterances. An utterance ends after ~0.2 s without speech; and once
   it has stayed 20 dB below its loudest frame for 0.35 s it is decoded even
   if room noise keeps the detector open (``recognition_quiet.QuietWatch``),
   so a command takes effect within 0.6 s of its last word.
2. An utterance shorter than 0.15 s or longer than 1.2 s is not a command:
   sentences ("next up: side plank") are rejected by their length alone.
3. The rest is decoded with a grammar of the commands and, beside them, the
   short words Spotter itself says ("three", "halfway", "rest"). A
   hypothesis that is not a command, or whose posterior probability is below
   ``min_confidence``, is dropped. The dictionary has accent variants of the
   commands (``recognition_words.PRONUNCIATIONS``).

A faint noise floor (-52 dBFS) is added to everything fed: the acoustic model
and the voice activity detector were made for recordings, never for digital
silence, and synthetic or gated audio with exact zeros in it is otherwise
badly misheard (and noise starting after such silence is taken for speech).

The English acoustic model and dictionary ship in the pocketsphinx wheel;
nothing is downloaded. The audio is never stored: an utterance (and the last
three seconds held for the early end) is dropped once decoded.
"""

from __future__ import annotations

import array
import logging
import random
from dataclasses import dataclass

from app.speech.recognition_quiet import QuietWatch
from app.speech.recognition_words import COMMANDS, FILLERS, PRONUNCIATIONS

log = logging.getLogger(__name__)

SAMPLE_RATE = 16000
MIN_COMMAND_SECONDS = 0.15
MAX_COMMAND_SECONDS = 1.2  # longer is a sentence, not a command
MIN_CONFIDENCE = 0.05
NOISE_FLOOR = 80.0  # standard deviation, in 16-bit sample units (about -52 dBFS)
# seconds of silence (85 % of them) that end an utterance; chosen on the tuning set
# (tests/benchmarks/recognition_tuning.py), never on the benchmark's voices
ENDPOINT_WINDOW = 0.2
ENDPOINT_RATIO = 0.85
QUIET_END = 0.35  # seconds 20 dB below the loudest frame: decode without waiting
QUIET_GAP_DB = 20.0
ENDPOINT_MODE = 0  # the loosest detector: stricter ones cut sentences into command-sized pieces
# 16 Gaussians per senone scored, not 4: a few more accented commands right, CPU still ~1 %
DECODER_OPTIONS: dict[str, object] = {"topn": 16}


class RecognizerUnavailable(RuntimeError):
    """pocketsphinx (or its English model) cannot be loaded; the message says why."""


@dataclass(frozen=True)
class Heard:
    """One command heard: its name, when its utterance ended (stream seconds), the confidence."""

    command: str
    t: float
    confidence: float

    def as_json(self) -> dict[str, object]:
        """The ``spotter listen`` line: ``{"command", "t", "confidence"}``."""
        return {"command": self.command, "t": round(self.t, 2), "confidence": round(self.confidence, 2)}


def grammar() -> str:
    """The JSGF grammar: one command, or a run of Spotter's own short words.

    A run, so that a cue phrase cut out of a sentence is not forced onto a command.
    """
    phrases = " | ".join(p for ps in COMMANDS.values() for p in ps)
    return (f"#JSGF V1.0;\ngrammar spotter;\n<command> = {phrases};\n"
            f"<filler> = {' | '.join(FILLERS)};\npublic <utterance> = <command> | <filler>+;\n")


class CommandRecognizer:
    """Turns a stream of 16 kHz mono PCM into ``Heard`` commands."""

    def __init__(self, *, min_confidence: float | None = None) -> None:
        try:
            from pocketsphinx import Decoder, Endpointer
        except ImportError as exc:  # the wheel is missing or broken
            from app.i18n.message import N_

            raise RecognizerUnavailable(N_("the speech recogniser (pocketsphinx) is not "
                                           "installed: {error}", error=str(exc))) from exc
        try:
            self._decoder = Decoder(lm=None, loglevel="FATAL", **DECODER_OPTIONS)
            for word, phones in PRONUNCIATIONS.items():
                self._decoder.add_word(word, phones, update=False)
            self._decoder.add_jsgf_string("commands", grammar())
            self._decoder.activate_search("commands")
        except (RuntimeError, ValueError, OSError) as exc:
            from app.i18n.message import N_

            raise RecognizerUnavailable(N_("the speech recogniser cannot start: {error}",
                                           error=str(exc))) from exc
        self._new_endpointer = lambda: Endpointer(window=ENDPOINT_WINDOW, ratio=ENDPOINT_RATIO,
                                                  vad_mode=ENDPOINT_MODE,
                                                  sample_rate=SAMPLE_RATE)
        self._endpointer = self._new_endpointer()
        self._phrases = {phrase: name for name, phrases in COMMANDS.items() for phrase in phrases}
        self._frame_bytes = self._endpointer.frame_bytes
        self._noise = random.Random(11)
        self._pending = b""
        self._speech: list[bytes] = []
        self._watch = QuietWatch(self._endpointer.frame_length, quiet=QUIET_END, gap_db=QUIET_GAP_DB,
                                 tail=ENDPOINT_WINDOW)
        self._early = False  # the open utterance was decoded to a command before the detector ended it
        self._samples = 0  # fed or skipped so far: the stream clock
        self._base = 0.0  # stream seconds at which the current endpointer started
        self.min_confidence = MIN_CONFIDENCE if min_confidence is None else min_confidence

    @property
    def seconds(self) -> float:
        """Stream seconds so far."""
        return self._samples / SAMPLE_RATE

    def feed(self, pcm: bytes) -> list[Heard]:
        """Take more audio (16-bit little-endian mono at 16 kHz); return commands completed in it."""
        data = self._pending + self._with_noise_floor(pcm)
        heard: list[Heard] = []
        step = self._frame_bytes
        end = len(data) - len(data) % step
        endpointer, watch = self._endpointer, self._watch
        for i in range(0, end, step):
            frame = data[i:i + step]
            watch.add(self.seconds, frame)
            self._samples += step // 2
            was_in_speech = endpointer.in_speech
            speech = endpointer.process(frame)
            if endpointer.in_speech and not was_in_speech:
                watch.open(self._base + endpointer.speech_start)
                self._speech, self._early = [], False
            if speech is not None:
                self._speech.append(speech)
            if endpointer.in_speech:
                if not self._early and not watch.tried and watch.quiet():
                    watch.tried = True  # gone quiet in noise the detector still takes for speech
                    result = self._utterance(watch.audio(), self.seconds)
                    self._early = result is not None
                    heard.extend([result] if result is not None else [])
            elif speech is not None:  # the detector ended the utterance
                audio, self._speech = b"".join(self._speech), []
                watch.close()
                result = None if self._early else self._utterance(audio, self._base + endpointer.speech_end)
                heard.extend([result] if result is not None else [])
        self._pending = data[end:]
        return heard

    def flush(self) -> list[Heard]:
        """End of the stream: decode an utterance still open."""
        heard: list[Heard] = []
        if self._endpointer.in_speech:
            rest = self._endpointer.end_stream(self._pending)
            if rest:
                self._speech.append(rest)
            audio, self._speech = b"".join(self._speech), []
            result = None if self._early else self._utterance(audio, self.seconds)
            if result is not None:
                heard.append(result)
        self._pending = b""
        self._speech = []
        self._watch.close()
        return heard

    def reset(self, skipped: float = 0.0) -> None:
        """Forget the utterance in progress (Spotter spoke over it); ``skipped`` seconds were not fed."""
        self._speech = []
        self._watch.close()
        self._pending = b""
        self._samples += int(skipped * SAMPLE_RATE)
        self._endpointer = self._new_endpointer()
        self._base = self.seconds

    def _utterance(self, audio: bytes, end: float) -> Heard | None:
        length = len(audio) / (2 * SAMPLE_RATE)
        if not MIN_COMMAND_SECONDS <= length <= MAX_COMMAND_SECONDS:
            return None
        decoder = self._decoder
        decoder.start_utt()
        decoder.process_raw(audio, full_utt=True)
        decoder.end_utt()
        hyp = decoder.hyp()
        if hyp is None:
            return None
        name = self._phrases.get(hyp.hypstr.strip())
        confidence = float(hyp.prob)
        log.debug("heard %r (%s), confidence %.2f, %.2f s", hyp.hypstr, name, confidence, length)
        if name is None or confidence < self.min_confidence:
            return None
        return Heard(name, end, confidence)

    def _with_noise_floor(self, audio: bytes) -> bytes:
        samples = array.array("h")
        samples.frombytes(audio[: len(audio) - len(audio) % 2])
        gauss = self._noise.gauss
        return array.array("h", [max(-32768, min(32767, int(x + gauss(0.0, NOISE_FLOOR))))
                                 for x in samples]).tobytes()

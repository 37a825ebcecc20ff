"""Voice commands: accuracy, false triggers, latency and CPU of the recogniser.

Recordings: espeak-ng says every command in voices and at speeds the unit tests
never use (tests/test_listen*.py use en-us and en-gb+f2 at 150/175 wpm; the
recogniser was tuned on other voices and speeds: tests/benchmarks/recognition_tuning.py), a
third of them with pink noise mixed in by sox. Distractors: Spotter's own cue
sentences, compiled from the bundled workouts, said in two of the same voices.

Figures: the share of commands recognised right (exactly that command, nothing
else), the share of cue sentences that trigger anything, the time from the end
of the word to the command coming out (stream time waited plus decoding time),
and the CPU used per second of audio fed in 20 ms chunks, as from a microphone.

    .venv/bin/python tests/benchmarks/recognition.py [--quick]
"""

from __future__ import annotations

import array
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from listen_audio import COMMAND_PHRASES, pcm, say, tools_missing

from app.speech.recognition import SAMPLE_RATE, CommandRecognizer

VOICES = ["en-gb-scotland", "en-029", "en-us-nyc", "en-gb-x-gbclan+f4", "en-us+m7", "en-gb-x-gbcwmd+f1"]
SPEEDS = [130, 160, 195]
NOISE = 0.02  # pink noise level mixed into a third of the recordings, spread over words and voices
CUE_VOICES = ["en-gb-scotland", "en-us-nyc"]
CHUNK = 320 * 2  # 20 ms of 16-bit samples


def cue_sentences(limit: int = 50) -> list[str]:
    """Distinct sentences Spotter says in its bundled workouts, short ones first included."""
    from app.content.library import load_library
    from app.session.plan import PlanSettings, compile_plan

    library = load_library([ROOT / "content"])
    texts: set[str] = set()
    for workout in library.workouts.values():
        try:
            plan = compile_plan(workout, library, PlanSettings(), lambda text: len(text) / 15.0)
        except Exception:  # noqa: BLE001, S112 - a workout that does not compile adds no cues
            continue
        for segment in plan.segments:
            texts.update(cue.text for cue in segment.cues)
    ordered = sorted(texts, key=lambda t: (len(t), t))
    short = ordered[:15]  # "1", "2", "3", "Halfway.", "Switch sides."...
    rest = ordered[15:]
    step = max(1, len(rest) // max(1, limit - len(short)))
    return short + rest[::step][: limit - len(short)]


def word_end(samples: bytes, threshold: int = 400) -> float:
    """Seconds to the last sample louder than ``threshold`` (the end of the word)."""
    values = array.array("h")
    values.frombytes(samples)
    for i in range(len(values) - 1, -1, -1):
        if abs(values[i]) > threshold:
            return (i + 1) / SAMPLE_RATE
    return 0.0


def run_clip(recognizer: CommandRecognizer, audio: bytes) -> tuple[list[str], float | None, float]:
    """Feed one clip in 20 ms chunks: the commands heard, the latency, the CPU seconds."""
    start = recognizer.seconds
    end_of_word = start + word_end(audio)
    got: list[str] = []
    latency = None
    cpu = time.process_time()
    for i in range(0, len(audio), CHUNK):
        t0 = time.perf_counter()
        heard = recognizer.feed(audio[i:i + CHUNK])
        if heard and latency is None:
            latency = recognizer.seconds - end_of_word + (time.perf_counter() - t0)
        got.extend(h.command for h in heard)
    return got, latency, time.process_time() - cpu


def main() -> int:
    quick = "--quick" in sys.argv
    missing = tools_missing()
    if missing:
        print(f"recognition benchmark: needs {', '.join(missing)} (scripts/system-deps.sh installs them)")
        return 1
    voices = VOICES[:2] if quick else VOICES
    recognizer = CommandRecognizer()
    right = total = 0
    latencies: list[float] = []
    cpu = audio_seconds = 0.0
    misses: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for n, (voice, speed) in enumerate(itertools.product(voices, SPEEDS)):
            for i, (command, phrase) in enumerate(COMMAND_PHRASES.items()):
                level = NOISE if (n + i) % 3 == 2 else 0.0
                # noise runs from 1.5 s before the word to 1.6 s after it (a room, not a burst)
                audio = pcm(say(phrase, voice, speed, out / "c.wav", noise=level,
                                pad=(1.5, 1.6) if level else (0.5, 1.6)))
                got, latency, used = run_clip(recognizer, audio)
                total += 1
                cpu += used
                audio_seconds += len(audio) / (2 * SAMPLE_RATE)
                if got == [command]:
                    right += 1
                    if latency is not None:
                        latencies.append(latency)
                else:
                    misses.append(f"{command}/{voice}/{speed}{'/noise' if level else ''}->{got}")
        cues = cue_sentences(20 if quick else 50)
        triggered: list[str] = []
        for voice, text in itertools.product(CUE_VOICES, cues):
            audio = pcm(say(text, voice, 170, out / "q.wav", pad=(0.5, 1.6)))
            got, _latency, used = run_clip(recognizer, audio)
            cpu += used
            audio_seconds += len(audio) / (2 * SAMPLE_RATE)
            if got:
                triggered.append(f"{text!r}/{voice}->{got}")
        silence_cpu = time.process_time()
        quiet = pcm(say(" ", voices[0], 160, out / "s.wav", noise=0.02, pad=(10.0, 10.0)))
        for i in range(0, len(quiet), CHUNK):
            recognizer.feed(quiet[i:i + CHUNK])
        silence_cpu = time.process_time() - silence_cpu
        quiet_seconds = len(quiet) / (2 * SAMPLE_RATE)
    n_cues = len(CUE_VOICES) * len(cues)
    print(f"commands: {right}/{total} recognised right ({right / total:.1%}) "
          f"in {len(voices)} voices x {len(SPEEDS)} speeds, a third with noise")
    print(f"cue sentences: {len(triggered)}/{n_cues} triggered a command ({len(triggered) / n_cues:.1%})")
    if latencies:
        print(f"latency from end of word: median {statistics.median(latencies) * 1000:.0f} ms, "
              f"max {max(latencies) * 1000:.0f} ms")
    print(f"CPU while listening: {cpu / audio_seconds:.1%} of one core over speech and pauses, "
          f"{silence_cpu / quiet_seconds:.1%} over {quiet_seconds:.0f} s of room noise")
    for line in misses:
        print(f"  missed: {line}")
    for line in triggered:
        print(f"  false trigger: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The tuning set for the voice-command recogniser: voices and speeds the benchmark never uses.

tests/benchmarks/recognition.py holds out its voices (en-gb-scotland, en-029,
en-us-nyc, en-gb-x-gbclan+f4, en-us+m7, en-gb-x-gbcwmd+f1) and speeds (130,
160, 195); the unit tests use en-us and en-gb+f2 at 150/175. The recogniser's
thresholds, options and pronunciations were chosen on this set instead: only the
en-us, en-gb and en-gb-x-rp accents of espeak-ng, in other voice variants and at
other speeds, pink noise at two levels, and cue sentences in four other voices.

espeak-ng's own accents are few, so a third part says each command in general
English accent variants written as phonemes (t dropped from "next", the FOOT
vowel in "done", an unrounded "stop" and "pause", a non-rhotic or rhotic
"harder", "dis" for "this"...), in the same tuning voices.

    .venv/bin/python tests/benchmarks/recognition_tuning.py
"""

from __future__ import annotations

import collections
import itertools
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))

from listen_audio import COMMAND_PHRASES, pcm, say
from recognition import cue_sentences, run_clip

from app.speech.recognition import CommandRecognizer

VOICES = ["en-us+m3", "en-gb+f4", "en-gb-x-rp", "en-us+f5", "en-gb+m2", "en-gb-x-rp+f3"]
SPEEDS = [140, 175, 210]
MORE_VOICES = ["en-us+m1", "en-gb+m4", "en-gb-x-rp+m6", "en-us+f2", "en-gb+m8", "en-us+klatt3"]
MORE_SPEEDS = [120, 185, 225]
NOISES = (0.0, 0.015, 0.03)
CUE_VOICES = ["en-gb-x-rp+m2", "en-us+f3", "en-us+m1", "en-gb+m4"]
# general English accent variants as espeak-ng phonemes, said in the tuning voices above
ACCENTS = {
    "next": ["[[n'Ekst]]", "[[n'Eks]]", "[[n'e:kst]]"],
    "back": ["[[b'ak]]", "[[b'a:k]]", "[[b'Ek]]"],
    "pause": ["[[p'O:z]]", "[[p'A:z]]", "[[p'o:z]]"],
    "resume": ["[[rI#z'u:m]]", "[[ri:z'u:m]]", "[[r@zj'u:m]]"],
    "easier": ["[['i:zi;3]]", "[['i:zi@]]", "[['izi@r]]"],
    "harder": ["[[h'A:d@]]", "[[h'A:rd3]]", "[[h'a:d@]]"],
    "done": ["[[d'Vn]]", "[[d'Un]]", "[[d'@n]]"],
    "stop": ["[[st'0p]]", "[[st'A:p]]", "[[st'Op]]"],
    "pain": ["[[DIs h'3:ts]]", "[[dIs h'Vrts]]", "[[DIs h'@rts]]"],
}

Clip = tuple[str, str, bytes]


def commands(out: Path, voices: list[str], speeds: list[int], *, accents: bool = False) -> list[Clip]:
    """(command, label, audio) for every voice, speed and command; noise cycles over three levels."""
    clips = []
    for n, (voice, speed) in enumerate(itertools.product(voices, speeds)):
        for i, command in enumerate(COMMAND_PHRASES):
            level = NOISES[(n + i) % 3]
            text = ACCENTS[command][(n // len(speeds) + i) % 3] if accents else COMMAND_PHRASES[command]
            audio = pcm(say(text, voice, speed, out / "c.wav", noise=level,
                            pad=(1.2, 1.4) if level else (0.5, 1.4)))
            clips.append((command, f"{command}/{text}/{voice}/{speed}/{level}", audio))
    return clips


def clips(out: Path) -> tuple[list[Clip], list[tuple[str, bytes]]]:
    """(command, label, audio) for each tuning recording; (label, audio) for each cue sentence."""
    spoken = (commands(out, VOICES, SPEEDS) + commands(out, MORE_VOICES, MORE_SPEEDS)
              + commands(out, VOICES + MORE_VOICES, SPEEDS, accents=True))
    cues = [(f"{text!r}/{voice}", pcm(say(text, voice, 165, out / "q.wav", pad=(0.5, 1.4))))
            for voice, text in itertools.product(CUE_VOICES, cue_sentences(40))]
    return spoken, cues


def evaluate(commands: list[Clip], cues: list[tuple[str, bytes]], **options) -> dict[str, object]:
    """Accuracy, false triggers and latency of one recogniser on the tuning set."""
    recognizer = CommandRecognizer(**options)
    right, latencies, misses, confusions = 0, [], [], collections.Counter()
    for command, label, audio in commands:
        got, latency, _cpu = run_clip(recognizer, audio)
        if got == [command]:
            right += 1
            if latency is not None:
                latencies.append(latency)
        else:
            misses.append(f"{label}->{got}")
            confusions[(command, tuple(got))] += 1
    triggered = [f"{label}->{got}" for label, audio in cues
                 if (got := run_clip(recognizer, audio)[0])]
    return {"accuracy": right / len(commands), "false": len(triggered) / len(cues),
            "median": statistics.median(latencies) if latencies else None,
            "max": max(latencies) if latencies else None, "misses": misses, "triggered": triggered,
            "confusions": confusions}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        commands, cues = clips(Path(tmp))
    result = evaluate(commands, cues)
    accented = sum("[[" in line for line in result["misses"])
    n_accented = sum("[[" in label for _c, label, _a in commands)
    print(f"tuning set: commands {result['accuracy']:.1%} right of {len(commands)} "
          f"(accent variants {1 - accented / n_accented:.1%} of {n_accented}), "
          f"cue sentences {result['false']:.1%} of {len(cues)} triggered, latency median "
          f"{result['median'] * 1000:.0f} ms, max {result['max'] * 1000:.0f} ms")
    for line in result["misses"] + result["triggered"]:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

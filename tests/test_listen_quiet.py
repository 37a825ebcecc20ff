"""The recogniser's early end: an utterance gone quiet is decoded before the detector ends it."""

from __future__ import annotations

import array

from app.speech.recognition_quiet import QuietWatch, frame_level

FRAME = 0.03


def frame(amplitude: int) -> bytes:
    return array.array("h", [amplitude, -amplitude] * 240).tobytes()


def feed(watch: QuietWatch, amplitudes: list[int], t0: float = 0.0) -> float:
    t = t0
    for a in amplitudes:
        watch.add(t, frame(a))
        t += FRAME
    return t


def test_frame_level_is_the_rms():
    assert frame_level(frame(1000)) == 1000.0
    assert frame_level(b"") == 0.0


def test_quiet_after_the_word_for_long_enough_and_not_before():
    """Frames 20 dB below the loudest for 0.35 s (12 frames): quiet; the audio ends a tail after the word."""
    watch = QuietWatch(FRAME, quiet=0.35, gap_db=20.0, tail=0.09)
    feed(watch, [300] * 5)  # room noise before the word
    watch.open(0.15)  # the detector heard speech start at frame 5
    t = feed(watch, [8000] * 10, 0.15)  # the word: frames 5..14
    t = feed(watch, [500] * 11, t)  # noise 24 dB below it, 11 frames: not yet
    assert not watch.quiet()
    feed(watch, [500], t)
    assert watch.quiet()
    audio = watch.audio()
    assert len(audio) == (10 + 3) * len(frame(0))  # the word and a 0.09 s tail, none of the noise before


def test_a_loud_frame_restarts_the_count_and_close_forgets():
    watch = QuietWatch(FRAME, quiet=0.09, gap_db=20.0, tail=0.0)
    watch.open(0.0)
    t = feed(watch, [8000, 100, 100, 6000, 100, 100])
    assert not watch.quiet()  # only two quiet frames since the last loud one
    watch.tried = True
    t = feed(watch, [100], t)
    assert watch.quiet()
    feed(watch, [7000], t)
    assert not watch.tried  # speech again: it may be tried again once quiet
    watch.close()
    assert not watch.quiet() and watch.audio() == b""


def test_an_utterance_longer_than_the_frames_held_gives_no_audio():
    watch = QuietWatch(FRAME, quiet=0.03, gap_db=20.0, tail=0.0, keep_seconds=0.3)
    watch.open(0.0)
    feed(watch, [8000] * 20 + [10])  # 0.63 s: its start is no longer held
    assert watch.quiet() and watch.audio() == b""

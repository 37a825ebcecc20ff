"""The speech worker's queue: cues in order, stale ones dropped, the current one cut short.

Playback goes through a real player process (a small Python script that logs
the WAV it plays and lasts as long as that WAV), so ``cancel`` has a real
process to stop; the speech itself is rendered by the real pyttsx3 engine.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.speech.pyttsx3_speaker import EngineInUse, Pyttsx3Speaker

PLAYER_SCRIPT = """\
import os, sys, time, wave
log, path = sys.argv[1], sys.argv[2]
with wave.open(path) as w:
    seconds = w.getnframes() / w.getframerate()
with open(log, "a") as f:
    f.write(f"start {os.getpid()} {path}\\n")
time.sleep(seconds)
with open(log, "a") as f:
    f.write(f"end {os.getpid()} {path}\\n")
"""
LONG_CUE = "Lie on your back with your knees bent, and let your arms rest beside you on the mat."


class LoggingPlayer:
    """A real player process that logs each WAV it starts and finishes."""

    def __init__(self, folder: Path) -> None:
        script = folder / "player.py"
        script.write_text(PLAYER_SCRIPT)
        self.log = folder / "played.log"
        self.command = [sys.executable, str(script), str(self.log)]

    def events(self) -> list[tuple[str, int, str]]:
        """(start|end, pid, wav path) for every cue so far, the start-up probe left out."""
        if not self.log.exists():
            return []
        rows = [line.split(" ", 2) for line in self.log.read_text().splitlines()]
        return [(kind, int(pid), path) for kind, pid, path in rows if "probe-silence" not in path]

    def wait_for(self, kind: str, path: Path, timeout: float = 5.0) -> int:
        """Wait until the player logs ``kind`` for ``path``; return the player's pid."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for k, pid, p in self.events():
                if k == kind and p == str(path):
                    return pid
            time.sleep(0.01)
        raise AssertionError(f"player never logged {kind} {path}: {self.events()}")


@pytest.fixture
def player(tmp_path: Path) -> LoggingPlayer:
    """The logging player in this test's folder."""
    return LoggingPlayer(tmp_path)


@pytest.fixture
def speaker(tmp_path: Path, player: LoggingPlayer) -> Iterator[Pyttsx3Speaker]:
    """A real speaker that plays through the logging player."""
    s = Pyttsx3Speaker(tmp_path / "cache", player=player.command, rate=300)
    yield s
    s.close()


def _wait_until(condition, timeout: float) -> float:  # type: ignore[no-untyped-def]
    """Wait for ``condition()`` to be true; return the seconds it took."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(0.005)
    return time.monotonic() - start


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_cues_play_in_order_and_lateness_is_recorded(
    speaker: Pyttsx3Speaker, player: LoggingPlayer
) -> None:
    """Two short cues play one after the other, each with a measured lateness."""
    assert speaker.available, speaker.problem
    one, two = speaker.render("one"), speaker.render("two")
    assert one and two
    speaker.speak("one", due=time.monotonic())
    speaker.speak("two", due=time.monotonic())
    assert speaker.busy()
    _wait_until(lambda: not speaker.busy(), 5.0)
    assert [(k, p) for k, _, p in player.events()] == [
        ("start", str(one)),
        ("end", str(one)),
        ("start", str(two)),
        ("end", str(two)),
    ]
    assert len(speaker.latencies) == 2
    assert 0 <= speaker.latencies[0] < 0.5  # render is cached: only the player's start-up
    assert speaker.latencies[1] > speaker.latencies[0]  # "two" waited for "one" to finish


def test_cancel_drops_queued_cues_and_stops_the_one_playing(
    speaker: Pyttsx3Speaker, player: LoggingPlayer
) -> None:
    """cancel() kills the running player at once, and the queued cues are never played."""
    texts = [LONG_CUE, "Switch sides.", "Three.", "Two."]
    paths = [speaker.render(t) for t in texts]
    for text in texts:
        speaker.speak(text)
    pid = player.wait_for("start", paths[0])
    time.sleep(0.1)
    cancelled_at = time.monotonic()
    speaker.cancel()
    _wait_until(lambda: not speaker.busy(), 1.0)
    assert _wait_until(lambda: _gone(pid), 1.0) + (time.monotonic() - cancelled_at) < 1.0
    time.sleep(0.3)  # room for a wrongly kept cue to start
    played = [p for kind, _, p in player.events() if kind == "start"]
    assert played == [str(paths[0])]
    assert ("end", pid, str(paths[0])) not in player.events()
    speaker.speak("Two.")  # the queue still works after a cancel
    player.wait_for("end", paths[3])


def test_speak_from_many_threads_and_measure_meanwhile(
    speaker: Pyttsx3Speaker, player: LoggingPlayer
) -> None:
    """speak, measure and busy called from several threads at once neither fail nor mix results."""
    words = ["Plank.", "Bridge.", "Squat.", "Lunge."]
    expected = {w: speaker.measure(w) for w in words}
    got: dict[str, float] = {}
    errors: list[BaseException] = []

    def work(word: str) -> None:
        try:
            speaker.speak(word)
            got[word] = speaker.measure(word)
            speaker.busy()
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in words]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert not errors and got == expected
    _wait_until(lambda: not speaker.busy(), 10.0)
    assert len([e for e in player.events() if e[0] == "end"]) == len(words)


def test_close_stops_playback_and_the_worker_quickly(tmp_path: Path, player: LoggingPlayer) -> None:
    """close() during a long cue returns within a second and ends the worker thread."""
    speaker = Pyttsx3Speaker(tmp_path / "cache", player=player.command)
    path = speaker.render(LONG_CUE)
    speaker.speak(LONG_CUE)
    pid = player.wait_for("start", path)
    started = time.monotonic()
    speaker.close()
    assert time.monotonic() - started < 1.0
    assert not speaker._thread.is_alive()
    assert _wait_until(lambda: _gone(pid), 1.0) < 1.0
    assert not speaker.available
    speaker.speak("ignored after close")  # must not raise


def test_only_one_engine_per_process(speaker: Pyttsx3Speaker, tmp_path: Path) -> None:
    """A second speaker is refused while one is open, and allowed once it is closed."""
    with pytest.raises(EngineInUse):
        Pyttsx3Speaker(tmp_path / "other")
    speaker.close()
    again = Pyttsx3Speaker(tmp_path / "other")
    try:
        assert again.can_render and again.measure("hello") > 0.2
    finally:
        again.close()


def test_no_sound_device_turns_speech_off_but_rendering_still_works(tmp_path: Path) -> None:
    """When aplay cannot open its device: available False, a one-sentence problem, renders go on."""
    speaker = Pyttsx3Speaker(
        tmp_path / "cache", player=["aplay", "-q", "-D", "spotter_no_such_pcm"]
    )
    try:
        assert speaker.can_render and not speaker.available
        problem = speaker.problem or ""
        assert problem.startswith("Speech is off") and problem.endswith(".") and "\n" not in problem
        speaker.speak("nobody hears this")
        assert not speaker.busy()
        assert speaker.measure("but it can still be measured") > 1.0
    finally:
        speaker.close()


def test_a_player_failing_mid_session_turns_speech_off(tmp_path: Path) -> None:
    """If playback fails on a cue after a good start, speech turns off with a reason, no crash."""
    script = tmp_path / "flaky.py"
    script.write_text(
        "import sys\nif 'probe' not in sys.argv[1]:\n    sys.exit('ALSA lib: cannot find card 0')\n"
    )
    speaker = Pyttsx3Speaker(tmp_path / "cache", player=[sys.executable, str(script)])
    try:
        assert speaker.available
        speaker.speak("first cue")
        _wait_until(lambda: not speaker.busy(), 5.0)
        assert not speaker.available
        assert (
            speaker.problem
            == "Speech is off: no sound device was found, so cues are shown as captions only."
        )
        speaker.speak("second cue")  # dropped quietly
        assert not speaker.busy()
    finally:
        speaker.close()


def test_engine_that_cannot_start_gives_a_reason_and_never_raises(tmp_path: Path) -> None:
    """With a driver that does not exist: no engine, one sentence why, and every call is safe."""
    speaker = Pyttsx3Speaker(tmp_path / "cache", driver="no_such_driver")
    try:
        assert not speaker.available and not speaker.can_render
        problem = speaker.problem or ""
        assert problem.startswith("Speech is off: the speech engine") and "\n" not in problem
        speaker.speak("nothing happens")
        speaker.cancel()
        assert not speaker.busy()
        assert speaker.voices() == []
        assert 0.5 < speaker.measure("one two three") < 3.0  # the word-count estimate
        assert speaker.render("no file") is None
    finally:
        speaker.close()


def test_measure_is_answered_while_a_cue_plays(
    speaker: Pyttsx3Speaker, player: LoggingPlayer
) -> None:
    """measure() of a new text returns in well under a second while a long cue is heard."""
    path = speaker.render(LONG_CUE)
    speaker.speak(LONG_CUE)
    player.wait_for("start", path)
    started = time.monotonic()
    seconds = speaker.measure("Harder: single leg version, keep your hips level.")
    assert time.monotonic() - started < 0.5 and seconds > 1.0
    assert speaker.busy()  # the long cue is still playing


def test_a_driver_that_cannot_write_files_turns_speech_off(tmp_path: Path) -> None:
    """pyttsx3's dummy driver has no save_to_file: speech goes off with a reason, estimates stay."""
    speaker = Pyttsx3Speaker(tmp_path / "cache", driver="dummy", player=["true"])
    try:
        assert speaker.voices()  # the dummy engine did start
        seconds = speaker.measure("one two three")
        assert 0.5 < seconds < 3.0  # the letter-count estimate
        assert not speaker.available and not speaker.can_render
        assert (speaker.problem or "").startswith(
            "Speech is off: the speech engine could not render"
        )
        speaker.speak("never heard")
        assert not speaker.busy()
    finally:
        speaker.close()

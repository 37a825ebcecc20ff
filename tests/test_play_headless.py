"""``spotter play --headless`` end to end, in a subprocess: events, controls, workouts, timing."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_spotter

from app.content.library import load_library
from app.paths import bundled_content_root

LIBRARY = load_library([bundled_content_root()])


class Player:
    """A running ``spotter play`` whose JSON events are read as they come, with their wall time."""

    def __init__(self, *args: str, data_dir: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app", "--data-dir", str(data_dir), "play", *args],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, bufsize=1)
        self.events: list[tuple[float, dict]] = []
        self._new = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._new:
                self.events.append((time.monotonic(), json.loads(line)))
                self._new.notify_all()

    def wait_for(self, predicate, timeout: float = 30) -> dict:  # type: ignore[no-untyped-def]
        """The first event that matches, waiting for it to come."""
        end = time.monotonic() + timeout
        with self._new:
            while True:
                for _, event in self.events:
                    if predicate(event):
                        return event
                assert time.monotonic() < end, f"no matching event in {self.types()}"
                self._new.wait(0.2)

    def send(self, word: str) -> None:
        """Write one control word to stdin."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(word + "\n")
        self.proc.stdin.flush()

    def finish(self, timeout: float = 60) -> tuple[int, str]:
        """Close stdin, wait for the end; (exit status, stderr)."""
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        code = self.proc.wait(timeout)
        self._reader.join(5)
        assert self.proc.stderr is not None
        return code, self.proc.stderr.read()

    def types(self) -> list[str]:
        return [e["type"] for _, e in self.events]

    def of(self, type_: str) -> list[dict]:
        return [e for _, e in self.events if e["type"] == type_]


def test_leg_pull_back_at_speed_20(data_dir: Path) -> None:
    """All five steps in order, each spoken as a cue; completed at plan time, in about plan/20 wall seconds."""
    player = Player("leg-pull-back", "--headless", "--mute", "--speed", "20", "--events",
                    data_dir=data_dir)
    code, err = player.finish()
    assert code == 0, err
    assert "Traceback" not in err
    start, end = player.of("session_start")[0], player.of("session_end")[0]
    exercise = LIBRARY.exercise("leg-pull-back")
    steps = [e for e in player.of("segment") if e["kind"] == "step"]
    assert [s["step"] for s in steps] == [1, 2, 3, 4, 5]
    assert [s["text"] for s in steps] == [st.text for st in exercise.steps]
    cues = [c["text"] for c in player.of("cue")]
    for step in exercise.steps:
        assert any((step.cue or step.text) in c for c in cues), step
    planned = start["plan"]["total_seconds"]
    assert end["status"] == "completed"
    assert end["t"] == pytest.approx(planned, rel=0.02)
    walls = {e["type"]: t for t, e in player.events}
    wall = walls["session_end"] - player.events[0][0]
    assert wall == pytest.approx(planned / 20, rel=0.1, abs=0.3), wall


def test_easier_then_harder_from_stdin(data_dir: Path) -> None:
    """Words on stdin: two modification events with the names, each switch spoken; still completes."""
    player = Player("leg-pull-back", "--headless", "--mute", "--speed", "20", "--events",
                    data_dir=data_dir)
    player.wait_for(lambda e: e["type"] == "segment" and e.get("step") == 2)
    player.send("easier")
    player.wait_for(lambda e: e["type"] == "modification")
    player.send("harder")
    player.wait_for(lambda e: e["type"] == "modification" and e["level"] == "standard")
    code, err = player.finish()
    assert code == 0, err
    mods = player.of("modification")
    exercise = LIBRARY.exercise("leg-pull-back")
    first_easier = exercise.modifications_at(exercise.modifications[0].level)[0]
    assert [(m["name"], m["level"]) for m in mods] == [(first_easier.name, "easier"),
                                                        ("Standard", "standard")]
    spoken = [c["text"] for c in player.of("cue") if c["kind"] == "modification"]
    assert spoken[0].startswith(first_easier.name) and spoken[1] == "Standard form."
    assert player.of("session_end")[0]["status"] == "completed"


def test_stop_and_pause_words_and_end_of_input(data_dir: Path) -> None:
    """pause/resume/next/stop work as words; end of input alone changes nothing."""
    player = Player("glute-bridge", "--headless", "--mute", "--speed", "10", "--events",
                    data_dir=data_dir)
    player.wait_for(lambda e: e["type"] == "segment" and e["kind"] == "prepare")
    for word in ("pause", "resume", "next", "stop"):
        player.send(word)
    code, err = player.finish()
    assert code == 0, err
    assert player.types()[-1] == "session_end"
    assert {"pause", "resume", "skip"} <= set(player.types())
    assert player.of("session_end")[0]["status"] == "stopped"
    quiet = run_spotter("play", "glute-bridge", "--headless", "--mute", "--speed", "400",
                        "--events", data_dir=data_dir, input="")
    assert quiet.returncode == 0, quiet.stderr
    assert json.loads(quiet.stdout.splitlines()[-1])["status"] == "completed"


def test_session_is_recorded_in_history(data_dir: Path) -> None:
    """A headless session shows up in `spotter history --json`, completed, with its exercise."""
    played = run_spotter("play", "leg-pull-back", "--headless", "--mute", "--speed", "400",
                         data_dir=data_dir, input="")
    assert played.returncode == 0, played.stderr
    history = run_spotter("history", "--json", data_dir=data_dir)
    sessions = json.loads(history.stdout)["sessions"]
    assert sessions[0]["status"] == "completed" and sessions[0]["source_id"] == "leg-pull-back"
    assert sessions[0]["exercises"][0]["id"] == "leg-pull-back"


@pytest.mark.parametrize("workout_id", sorted(LIBRARY.workouts))
def test_every_bundled_workout_plays_at_speed_200(workout_id: str, data_dir: Path) -> None:
    """Each bundled workout plays through: all exercises in order, with rest segments, completed."""
    result = run_spotter("play", workout_id, "--headless", "--mute", "--speed", "200", "--events",
                         data_dir=data_dir, input="")
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    workout = LIBRARY.workout(workout_id)
    expected = [i.exercise for i in workout.all_items()]
    order: list[int] = []
    for e in events:
        if e["type"] == "segment" and e["kind"] == "step" and (not order or order[-1] != e["exercise_index"]):
            order.append(e["exercise_index"])
    assert order == list(range(len(expected)))
    assert events[0]["plan"]["exercises"] == expected
    rests = [e for e in events if e["type"] == "segment" and e["kind"] == "rest"]
    assert len(rests) >= len(expected) - 1
    assert events[-1]["type"] == "session_end" and events[-1]["status"] == "completed"
    assert events[-1]["t"] == pytest.approx(events[0]["plan"]["total_seconds"], rel=0.02)


def test_unknown_id_and_bad_modification_are_one_line(data_dir: Path) -> None:
    """An unknown id names close matches; an unknown modification lists the real ones; no traceback."""
    result = run_spotter("play", "leg-pull-bak", "--headless", data_dir=data_dir, input="")
    assert result.returncode == 2
    assert "leg-pull-back" in result.stderr and "Traceback" not in result.stderr
    bad = run_spotter("play", "leg-pull-back", "--headless", "--modification", "Flying",
                      data_dir=data_dir, input="")
    assert bad.returncode == 2 and "has no modification 'Flying'" in bad.stderr


def test_start_on_a_modification_and_wait_for_done(data_dir: Path) -> None:
    """--modification starts on it (emitted with reason start); --get-ready sets the countdown."""
    ex = LIBRARY.exercise("leg-pull-back")
    name = ex.modifications[-1].name
    result = run_spotter("play", "leg-pull-back", "--headless", "--mute", "--speed", "400",
                         "--events", "--modification", name, "--get-ready", "9",
                         data_dir=data_dir, input="")
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    mod = next(e for e in events if e["type"] == "modification")
    assert mod["name"] == name and mod["reason"] == "start"
    prepare = next(e for e in events if e["type"] == "segment")
    assert prepare["kind"] == "prepare" and prepare["seconds"] >= 9


def test_interrupted_session_is_kept_without_a_terminal(data_dir: Path) -> None:
    """A session killed mid-way is kept (and said so on stderr) when the next play has no terminal."""
    player = Player("leg-pull-back", "--headless", "--mute", "--speed", "5", "--events",
                    data_dir=data_dir)
    player.wait_for(lambda e: e["type"] == "segment" and e.get("step") == 2)
    time.sleep(0.3)
    player.proc.kill()
    player.proc.wait(10)
    result = run_spotter("play", "glute-bridge", "--headless", "--mute", "--speed", "400",
                         data_dir=data_dir, input="")
    assert result.returncode == 0, result.stderr
    assert "was interrupted" in result.stderr and "kept" in result.stderr
    sessions = json.loads(run_spotter("history", "--json", data_dir=data_dir).stdout)["sessions"]
    assert sorted(s["status"] for s in sessions) == ["completed", "interrupted"]


@pytest.mark.slow
def test_real_speed_30_second_exercise_ends_on_time(tmp_path: Path, data_dir: Path) -> None:
    """At real speed a 30 s exercise ends within 50 ms of plan, on the session clock and the wall clock."""
    root = tmp_path / "content"
    (root / "exercises").mkdir(parents=True)
    (root / "exercises" / "thirty-seconds.md").write_text(
        '---\ntitle: "Thirty Seconds"\ndescription: "A timing check."\ndifficulty: "beginner"\n'
        'duration: 30\nsteps:\n  - text: "Hold"\n    seconds: 12\n'
        '  - text: "Breathe"\n    seconds: 8\n  - text: "Relax"\n    seconds: 10\n---\n\nA test.\n',
        encoding="utf-8")
    player = Player("thirty-seconds", "--headless", "--mute", "--events", "--get-ready", "0",
                    "--content", str(root), data_dir=data_dir)
    code, err = player.finish(timeout=120)
    assert code == 0, err
    start_wall = player.events[0][0]
    planned = player.of("session_start")[0]["plan"]["total_seconds"]
    steps = sum(e["seconds"] for e in player.of("segment") if e["kind"] == "step")
    assert steps == 30
    wall_end, end = next((t, e) for t, e in player.events if e["type"] == "session_end")
    session_error = end["t"] - planned
    wall_error = (wall_end - start_wall) - planned
    print(f"end error: session clock {session_error * 1000:.1f} ms, wall clock {wall_error * 1000:.1f} ms")
    assert abs(session_error) < 0.05
    assert abs(wall_error) < 0.05


def test_no_screen_codes_when_output_is_not_a_terminal(data_dir: Path) -> None:
    """Without --events and without a terminal, play prints plain lines (no escape codes)."""
    result = run_spotter("play", "glute-bridge", "--headless", "--mute", "--speed", "400",
                         data_dir=data_dir, input="")
    assert result.returncode == 0, result.stderr
    assert "\x1b[" not in result.stdout and "step:" in result.stdout
    assert os.linesep in result.stdout


def test_resume_an_interrupted_session_on_a_terminal(data_dir: Path) -> None:
    """On a terminal, play offers the interrupted session; "r" resumes it at its step and completes it."""
    import pty

    player = Player("leg-pull-back", "--headless", "--mute", "--speed", "5", "--events",
                    data_dir=data_dir)
    step3 = player.wait_for(lambda e: e["type"] == "segment" and e.get("step") == 3)
    time.sleep(0.3)
    player.proc.kill()
    player.proc.wait(10)
    master, slave = pty.openpty()
    proc = subprocess.Popen(  # the question goes to stderr, the events to stdout: both the pty
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "play", "glute-bridge",
         "--headless", "--mute", "--speed", "100", "--events"],
        cwd=ROOT, stdin=slave, stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)
    out = b""
    try:
        deadline = time.monotonic() + 40
        asked = False
        while time.monotonic() < deadline and proc.poll() is None:
            ready, _, _ = select.select([master], [], [], 0.1)
            if not ready:
                continue
            try:
                out += os.read(master, 65536)
            except OSError:
                break
            if not asked and b"[r]esume" in out:
                os.write(master, b"r\n")
                asked = True
        assert asked, out[-2000:]
        assert proc.wait(10) == 0, out[-2000:]
        while select.select([master], [], [], 0.2)[0]:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    lines = out.decode(errors="replace").replace("\r", "").splitlines()
    events = [json.loads(line[line.find('{"t"'):]) for line in lines if '{"t"' in line]
    start = next(e for e in events if e["type"] == "session_start")
    assert start["source_id"] == "leg-pull-back" and start["resume_from"] == step3["index"]
    first = next(e for e in events if e["type"] == "segment")
    assert first["index"] == step3["index"] and first["kind"] == "prepare"  # a get-ready first
    assert first["text"].startswith("Get ready: Leg Pull Back")
    after = [e for e in events if e["type"] == "segment"][1]
    assert after["index"] == step3["index"] and after["kind"] == "step" and after["step"] == 3
    assert events[-1]["type"] == "session_end" and events[-1]["status"] == "completed"
    sessions = json.loads(run_spotter("history", "--json", data_dir=data_dir).stdout)["sessions"]
    assert [s["status"] for s in sessions] == ["completed"]

"""The terminal player: its screen, its controls by word and by key, and a real terminal (pty)."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import subprocess
import sys
import termios
import time
from pathlib import Path

from conftest import ROOT, run_spotter
from session_support import LADDER_MODS, Rig, exercise

from app.content.model import Step
from app.session.controls import Control, parse, words
from app.session.plan import PlanSettings, compile_plan
from app.speech.silent import SilentSpeaker
from app.terminal.player import KEYS, big, clock_text, render, run_headless


def test_clock_text_rounds_up_and_big_digits_have_five_rows() -> None:
    """0:00 shows only at the very end; the big countdown is five rows of blocks."""
    assert clock_text(0.2) == "0:01" and clock_text(0) == "0:00" and clock_text(61) == "1:01"
    rows = big("1:05")
    assert len(rows) == 5 and all("█" in row for row in (rows[0], rows[4]))


def test_screen_shows_exercise_step_countdown_next_and_caption() -> None:
    """The screen: title, exercise i of N, step j of M, modification, big time, next up, caption."""
    rig = Rig.of(exercise(modifications=LADDER_MODS))
    rig.engine.start()
    rig.at(2)
    rig.engine.pause()
    screen = render(rig.engine.snapshot(), "Lift both legs")
    assert "Test Exercise" in screen and "exercise 1 of 1" in screen
    assert "STEP 2 of 3" in screen and "[Standard]" in screen and "PAUSED" in screen
    assert "Lift both legs to tabletop" in screen and "Next up: Lower them slowly" in screen
    assert "» Lift both legs" in screen and big(clock_text(10))[0] in screen


def test_every_control_works_and_every_word_and_key_names_one() -> None:
    """Each control of the shared vocabulary runs on the engine; words and keys map into it."""
    for control in Control:
        rig = Rig.of(exercise(modifications=LADDER_MODS))
        rig.engine.start()
        rig.at(1)
        assert isinstance(rig.engine.control(control), bool), control
    assert set(KEYS) >= {" ", "n", "b", "e", "h", "d", "p", "q"}
    assert all(isinstance(c, Control) for c in KEYS.values())
    assert {parse(w) for w in words()} == set(Control)
    assert parse("skip") is Control.NEXT and parse("restart") is Control.RESTART_STEP
    assert parse("more") is Control.ADD_TIME and parse("nonsense") is None


def test_pause_only_pauses_and_resume_only_resumes() -> None:
    """"pause" means pause (twice stays paused), toggle_pause flips: the same in every player."""
    rig = Rig.of(exercise())
    rig.engine.start()
    rig.at(1)
    assert rig.engine.control(Control.PAUSE) and rig.engine.snapshot().paused
    assert not rig.engine.control(Control.PAUSE) and rig.engine.snapshot().paused
    assert rig.engine.control(Control.RESUME) and not rig.engine.snapshot().paused
    assert not rig.engine.control(Control.RESUME)
    assert rig.engine.control(Control.TOGGLE_PAUSE) and rig.engine.snapshot().paused
    assert rig.engine.control(Control.TOGGLE_PAUSE) and not rig.engine.snapshot().paused


def test_run_headless_reads_words_and_writes_json_lines() -> None:
    """In-process: words from a non-terminal stdin drive the session; events are JSON lines."""
    ex = exercise(steps=(Step("Hold", seconds=3), Step("Relax", seconds=3)))
    plan = compile_plan(ex, None, PlanSettings(get_ready=1), SilentSpeaker("t").measure)
    out, err = io.StringIO(), io.StringIO()
    engine = run_headless(plan, SilentSpeaker("t"), speed=50, events=True,
                          stdin=io.StringIO("next\nwhat\n"), stdout=out, stderr=err)
    events = [json.loads(line) for line in out.getvalue().splitlines()]
    assert events[0]["type"] == "session_start" and events[-1]["type"] == "session_end"
    assert engine.state.value == "finished"
    assert "unknown control 'what'" in err.getvalue()


def test_keys_on_a_real_terminal_and_the_mode_restored(data_dir: Path) -> None:
    """On a pty: space pauses (the screen says PAUSED), q stops; the terminal mode comes back."""
    master, slave = pty.openpty()
    before = termios.tcgetattr(slave)
    env = dict(os.environ, TERM="xterm", COLUMNS="100", LINES="40")
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "play", "glute-bridge",
         "--headless", "--mute", "--speed", "2"],
        cwd=ROOT, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    seen = b""

    def read_until(needle: bytes, timeout: float = 20) -> bool:
        nonlocal seen
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    seen += os.read(master, 65536)
                except OSError:
                    return needle in seen
                if needle in seen:
                    return True
        return False

    try:
        assert read_until(b"GET READY"), seen[-500:]
        os.write(master, b" ")
        assert read_until(b"PAUSED"), seen[-500:]
        os.write(master, b"q")
        assert proc.wait(20) == 0
        after = termios.tcgetattr(slave)
        assert after[3] & termios.ICANON and after[3] & termios.ECHO
        assert after[3] == before[3]
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
        os.close(slave)


def test_a_reader_that_goes_away_stops_the_session(data_dir: Path) -> None:
    """`spotter play ... | head -2`: the broken pipe stops the session quietly, recorded as stopped."""
    result = subprocess.run(
        f"{sys.executable} -m app --data-dir {data_dir} play leg-pull-back --headless --mute "
        "--speed 20 --events < /dev/null | head -2", shell=True, cwd=ROOT, capture_output=True,
        text=True, timeout=60, check=False)
    assert len(result.stdout.splitlines()) == 2
    assert "Traceback" not in result.stderr and "stopped after" in result.stderr
    history = run_spotter("history", "--json", data_dir=data_dir)
    assert json.loads(history.stdout)["sessions"][0]["status"] == "stopped"

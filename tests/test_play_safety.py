"""``spotter play --headless`` in a subprocess: a real SIGSTOP/SIGCONT stall, and "this hurts" to the end."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

from conftest import run_spotter
from test_play_headless import Player

from app.session.phrases import ENGLISH


def test_a_stopped_process_pauses_where_it_was_instead_of_racing(data_dir: Path) -> None:
    """SIGSTOP for 6 s mid-step, then SIGCONT: a `pause` (reason stall) at once, no step ended unseen; resume completes."""
    player = Player("leg-pull-back", "--headless", "--mute", "--speed", "5", "--events", data_dir=data_dir)
    player.wait_for(lambda e: e["type"] == "segment" and e.get("step") == 2)
    os.kill(player.proc.pid, signal.SIGSTOP)
    try:
        time.sleep(6)
        before = len(player.events)  # all it wrote before it stopped has been read by now
    finally:
        os.kill(player.proc.pid, signal.SIGCONT)
    pause = player.wait_for(lambda e: e["type"] == "pause", timeout=20)
    assert pause["reason"] == "stall"
    events = [e for _, e in player.events]
    at = events.index(pause)
    # from the stop to the pause: nothing ended, nothing started (no step raced through unseen)
    assert not [e for e in events[before:at] if e["type"] in ("segment_end", "segment")]
    time.sleep(1.0)  # paused: nothing moves
    assert not [e for _, e in player.events[at:] if e["type"] in ("segment_end", "segment")]
    assert ENGLISH.stalled in [e["text"] for e in player.of("cue")]
    player.send("resume")
    end = player.wait_for(lambda e: e["type"] == "session_end", timeout=60)
    assert end["status"] == "completed"
    assert all(e["completed"] for e in player.of("segment_end"))
    assert end["paused_seconds"] >= 5 * 5  # the stall counts as paused (session seconds at speed 5)
    code, err = player.finish()
    assert code == 0, err


def test_this_hurts_on_the_easiest_form_ends_a_single_exercise_stopped(data_dir: Path) -> None:
    """"pain" until the easiest form hurts too: the safety word is said, the session ends stopped, never "Well done"."""
    player = Player("leg-pull-back", "--headless", "--mute", "--speed", "2", "--events", data_dir=data_dir)
    player.wait_for(lambda e: e["type"] == "segment" and e.get("step") == 1)
    for _ in range(6):
        player.send("pain")
        time.sleep(0.3)
        if [e for e in player.of("pain") if e["action"] == "ended"]:
            break
    end = player.wait_for(lambda e: e["type"] == "session_end", timeout=30)
    assert end["status"] == "stopped"
    cues = [e["text"] for e in player.of("cue")]
    assert ENGLISH.pain_stop("Leg Pull Back") in cues and ENGLISH.closing not in cues
    assert "finish" not in [e["kind"] for e in player.of("segment")]
    code, err = player.finish()
    assert code == 0, err
    sessions = json.loads(run_spotter("history", "--json", data_dir=data_dir).stdout)["sessions"]
    assert sessions[0]["status"] == "stopped"
    assert sessions[0]["exercises"][0]["pain"] >= 1 and not sessions[0]["exercises"][0]["completed"]


def test_this_hurts_in_a_workout_offers_to_go_on_or_end(data_dir: Path) -> None:
    """In a workout the exercise stops and the session waits (pause, reason pain); "resume" goes on to the end."""
    player = Player("back-friendly-beginner", "--headless", "--mute", "--speed", "50", "--events",
                    data_dir=data_dir)
    player.wait_for(lambda e: e["type"] == "segment" and e.get("exercise_index") == 0 and e["kind"] == "step")
    for _ in range(6):
        player.send("pain")
        time.sleep(0.3)
        if player.of("pause"):
            break
    pause = player.wait_for(lambda e: e["type"] == "pause")
    assert pause["reason"] == "pain"
    cues = [e["text"] for e in player.of("cue")]
    assert ENGLISH.pain_go_on in cues and any("get advice" in c for c in cues)
    time.sleep(1.0)
    count = len(player.of("segment"))
    time.sleep(1.0)
    assert len(player.of("segment")) == count  # it waits for the answer
    player.send("resume")
    end = player.wait_for(lambda e: e["type"] == "session_end", timeout=90)
    assert end["status"] == "completed"
    code, err = player.finish()
    assert code == 0, err

"""Bad input on the command line: one clear line and exit status 2, never a traceback or a hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_spotter

HUGE = "9" * 30


def _one_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stdout[-300:], result.stderr[-500:])
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.mark.parametrize("args, words", [
    (["play", "the-hundred", "--headless", "--mute", "--get-ready", "inf"], ["--get-ready", "0 to 60"]),
    (["play", "the-hundred", "--headless", "--mute", "--get-ready", "nan"], ["--get-ready"]),
    (["play", "the-hundred", "--headless", "--mute", "--get-ready", "1e9"], ["--get-ready"]),
    (["play", "the-hundred", "--headless", "--mute", "--get-ready", "-1"], ["--get-ready"]),
    (["--speed", "1e-300", "play", "the-hundred", "--headless", "--mute"], ["--speed", "0.1"]),
    (["play", "the-hundred", "--headless", "--mute", "--speed", "1e-9"], ["--speed"]),
    (["--speed", "inf", "list"], ["--speed"]),
    (["history", "show", HUGE], ["session number"]),
    (["history", "show", "9" * 5000], ["session number"]),
    (["history", "delete", HUGE, "--yes"], ["session number"]),
    (["history", "--limit", HUGE], ["--limit"]),
    (["history", "list", "--limit", "0"], ["--limit"]),
    (["--content", "", "list"], ["--content", "empty"]),
    (["validate", ""], ["validate", "empty"]),
])
def test_bad_numbers_and_paths_are_one_line(args: list[str], words: list[str],
                                            data_dir: Path) -> None:
    """Each bad value is refused at once, in one line naming the option."""
    _one_line(run_spotter(*args, data_dir=data_dir, timeout=30), *words)


def test_the_bounds_themselves_are_accepted(data_dir: Path) -> None:
    """The edges of the ranges still work (a get-ready of 0, the largest session number)."""
    result = run_spotter("--speed", "400", "play", "the-hundred", "--headless", "--mute",
                         "--get-ready", "0", data_dir=data_dir, timeout=60)
    assert result.returncode == 0, result.stderr
    result = run_spotter("history", "show", str(2**63 - 1), data_dir=data_dir)
    assert result.returncode == 2 and "no session" in result.stderr


def test_say_refuses_text_that_is_not_utf8(data_dir: Path) -> None:
    """Bytes that are not UTF-8 (they arrive as surrogates) are one line, not a traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "say", b"caf\xe9 \xff",
         "--wav", str(data_dir / "x.wav")],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    _one_line(result, "not UTF-8", "0xe9")
    assert not (data_dir / "x.wav").exists()


def _to_full(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    if not os.path.exists("/dev/full"):
        pytest.fail("/dev/full is missing: this test needs a Linux /dev")
    with open("/dev/full", "w") as full:
        return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
                              cwd=ROOT, stdout=full, stderr=subprocess.PIPE, text=True,
                              timeout=60, check=False)


@pytest.mark.parametrize("args", [["list"], ["list", "--json"], ["show", "the-hundred"],
                                  ["history", "--json"], ["history", "stats", "--json"]])
def test_a_full_stdout_is_one_line(args: list[str], data_dir: Path) -> None:
    """Writing to a full disk (/dev/full) says so in one line, exit status 2."""
    _one_line(_to_full(args, data_dir), "cannot write to standard output", "No space left")


@pytest.mark.parametrize("events", [True, False])
def test_play_to_a_full_stdout_keeps_the_session(events: bool, data_dir: Path) -> None:
    """play --headless (with or without --events) into /dev/full: one line, the session kept."""
    args = ["--speed", "400", "play", "the-hundred", "--headless", "--mute", "--get-ready", "0"]
    result = _to_full(args + (["--events"] if events else []), data_dir)
    _one_line(result, "cannot write to standard output")
    sessions = json.loads(run_spotter("history", "--json", data_dir=data_dir).stdout)["sessions"]
    assert len(sessions) == 1 and sessions[0]["source_id"] == "the-hundred", sessions

"""The data folder's surroundings: a read-only folder, bad --data-dir values, the home folder.

The read-only folder is real: a read-only bind mount in a private mount
namespace when the tests run as root (root writes through any file mode), a
folder of mode 0555 otherwise.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_spotter

from app import cli
from app.paths import Paths


def read_only(folder: Path, argv: list[str]) -> list[str]:
    """``argv`` run with ``folder`` read-only for it (see the module docstring)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return argv
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" "$0" && exec "$@"'
    return ["unshare", "--mount", "sh", "-c", script, str(folder), *argv]


def spotter(*args: str) -> list[str]:
    return [sys.executable, "-m", "app", *args]


def test_say_wav_in_a_read_only_data_folder(tmp_path: Path) -> None:
    """`say --wav` renders speech although the data folder (log, cache) cannot be written."""
    data = tmp_path / "data"
    data.mkdir()
    wav = tmp_path / "out" / "hello.wav"
    wav.parent.mkdir()
    done = subprocess.run(read_only(data, spotter("--data-dir", str(data), "say", "Hello there",
                                                  "--wav", str(wav))),
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "spotter.log" not in done.stderr
    assert wav.stat().st_size > 10_000 and list(data.iterdir()) == []


def test_logging_never_raises_into_the_caller(tmp_path: Path) -> None:
    """A log file that cannot be opened turns logging off; `log.info` returns quietly."""
    blocker = tmp_path / "data"
    blocker.mkdir()
    (blocker / "spotter.log").mkdir()  # a folder where the log file should be: open() fails
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        cli._start_log(Paths(blocker))
        logging.getLogger("spotter.test").info("this must not raise")
        logging.getLogger("spotter.test").info("nor this")
        assert root.handlers == before  # the broken handler took itself out
    finally:
        for handler in root.handlers[len(before):]:
            root.removeHandler(handler)


def test_desktop_app_in_a_read_only_data_folder_plays_and_says_so(tmp_path: Path) -> None:
    """The app starts, plays bird-dog to its end screen and says the history cannot be saved."""
    data, shots = tmp_path / "data", tmp_path / "shots"
    data.mkdir()
    env = {**os.environ, "SPOTTER_SCREENSHOTS": str(shots), "QT_QPA_PLATFORM": "offscreen",
           "XDG_RUNTIME_DIR": str(tmp_path / "run")}
    proc = subprocess.Popen(read_only(data, spotter("--data-dir", str(data), "--speed", "60", "play",
                                                     "bird-dog")),
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not (shots / "screenshot-history.png").exists():
            assert proc.poll() is None, proc.communicate()[1]
            assert time.monotonic() < deadline, "the session never reached its end screen"
            time.sleep(0.2)
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=30)
    assert "Traceback" not in err, err
    [kept] = list((tmp_path / "run").glob("spotter-*/unsaved-*/*.session.json"))
    assert json.loads(kept.read_text())["status"] == "completed"
    # once the folder can be written, the next start puts the session in the history
    listed = run_spotter("history", "--json", data_dir=data, env={"XDG_RUNTIME_DIR": str(tmp_path / "run")})
    [session] = json.loads(listed.stdout)["sessions"]
    assert session["source_id"] == "bird-dog" and session["status"] == "completed"


@pytest.mark.parametrize("value", ["", "   ", "FILE", "/proc", "/proc/self", "/sys/kernel", "/dev"])
def test_unusable_data_dir_is_refused_in_one_line(value: str, tmp_path: Path) -> None:
    """A file, an empty name or a kernel view as --data-dir: one line, exit 2, nothing made."""
    if value == "FILE":
        value = str(tmp_path / "a-file")
        Path(value).write_text("not a folder")
    result = subprocess.run(spotter("--data-dir", value, "history"), cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("spotter: ") and "Traceback" not in result.stderr


def test_empty_data_dir_is_not_the_default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--data-dir ''` must not fall back to the default data folder."""
    default = tmp_path / "default"
    monkeypatch.setenv("SPOTTER_DATA_DIR", str(default))
    result = subprocess.run(spotter("--data-dir", "", "history"), cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 2 and "--data-dir is empty" in result.stderr
    assert not default.exists()


def test_session_with_speech_writes_nothing_in_the_home_folder(tmp_path: Path) -> None:
    """Speech (espeak-ng, its PulseAudio client, aplay) leaves the home folder as it was.

    The processes get a fresh home and no XDG folders, as on a plain login
    without a desktop session; every byte must land in the data folder.
    """
    home, data = tmp_path / "home", tmp_path / "data"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PULSE_"))}
    env["HOME"] = str(home)
    env.pop("SPOTTER_DATA_DIR", None)
    for args in (("say", "Hello there"), ("say", "Hello", "--wav", str(tmp_path / "x.wav")),
                 ("--speed", "40", "play", "bird-dog", "--headless", "--get-ready", "0")):
        done = subprocess.run(spotter("--data-dir", str(data), *args), cwd=ROOT, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
                              check=False)
        assert "Traceback" not in done.stderr, done.stderr
    assert sorted(str(p.relative_to(home)) for p in home.rglob("*")) == []
    assert (data / "history.sqlite3").exists()

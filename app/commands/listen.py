"""``spotter listen``: the voice-command recogniser on a recording or the microphone.

Prints one JSON line per command heard, ``{"command": "next", "t": 1.2,
"confidence": 0.9}`` (``pain`` for "this hurts"), so a set-up can be checked
without starting a session. Nothing heard is stored.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.commands.language import said
from app.context import Context, UserError
from app.i18n.message import N_

CHUNK = 16000 * 2 // 10  # 100 ms of 16 kHz 16-bit audio


def add_parsers(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``listen``."""
    listen = sub.add_parser(
        "listen", parents=parents, help=N_("print the voice commands heard in a WAV file or from the microphone"),
        description=N_("Run Spotter's voice-command recogniser on a WAV file (any rate, resampled to "
                       "16 kHz mono) or, with no file, on the microphone until Ctrl+C. Prints one JSON "
                       "line per command: {\"command\", \"t\", \"confidence\"}."))
    listen.add_argument("--wav", metavar="FILE", help=N_("a WAV recording to listen to"))
    listen.add_argument("--seconds", type=float, metavar="S", help=N_("with the microphone: stop after S seconds"))
    listen.set_defaults(handler=run_listen)


def _recognizer():  # type: ignore[no-untyped-def]
    from app.speech.recognition import CommandRecognizer, RecognizerUnavailable

    try:
        return CommandRecognizer()
    except RecognizerUnavailable as exc:
        raise UserError(exc.args[0] if exc.args else str(exc)) from None


def _print(heard: list) -> None:  # type: ignore[type-arg]
    for h in heard:
        print(json.dumps(h.as_json()), flush=True)


def run_listen(ctx: Context, args: argparse.Namespace) -> int:
    """Listen to ``--wav`` or the microphone; exit 1 with one line when that cannot be done."""
    if args.wav:
        from app.speech.recognition_audio import AudioFileError, read_wav

        try:
            audio = read_wav(Path(args.wav).expanduser())
        except AudioFileError as exc:
            raise UserError(exc.args[0] if exc.args else str(exc)) from None
        recognizer = _recognizer()
        for i in range(0, len(audio), CHUNK):
            _print(recognizer.feed(audio[i:i + CHUNK]))
        _print(recognizer.feed(bytes(CHUNK * 5)))  # the pause that ends a command said last
        _print(recognizer.flush())
        return 0
    return _listen_to_microphone(args.seconds)


def _listen_to_microphone(seconds: float | None) -> int:
    import os

    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    from PySide6.QtCore import QCoreApplication, QTimer

    from app.ui.desktop.microphone import Microphone, MicrophoneError

    recognizer = _recognizer()
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    mic = Microphone()
    mic.chunk.connect(lambda data: _print(recognizer.feed(data)))
    problems: list[str] = []
    mic.failed.connect(lambda message: (problems.append(message), app.quit()))
    try:
        name = mic.start()
    except MicrophoneError as exc:
        raise UserError(exc.args[0] if exc.args else str(exc)) from None
    print("spotter: " + said(N_("listening on {name} (Ctrl+C to stop)", name=name)),
          file=sys.stderr, flush=True)
    if seconds:
        QTimer.singleShot(int(seconds * 1000), app.quit)
    try:
        app.exec()
    except KeyboardInterrupt:
        pass
    finally:
        mic.stop()
    _print(recognizer.flush())
    if problems:
        raise UserError(N_(problems[0]))  # the microphone's reason is its own message id
    return 0

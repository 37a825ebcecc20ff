"""The ``spotter`` command line.

``spotter`` with no subcommand starts the desktop app; every subcommand prints
to the terminal. Each group of subcommands lives in ``app/commands/`` and adds
its own parsers; this module only wires them, handles the global options and
turns user errors into one clear line instead of a traceback.

Subcommand modules stay light: they import the heavy parts (Qt, the loader,
speech) inside their handlers. When no subcommand is given (the desktop app),
the subcommand parsers are not even built: a small parser of the global options
answers, which keeps the app's start-up short.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from app import __version__
from app.commands import inputs
from app.commands.output import OutputError, guarded_stdout
from app.context import Context, UserError
from app.paths import Paths, PathsError

_gui_ran = False  # set when the desktop app ran, for the quick exit in ``entry``


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Add the options accepted before and after the subcommand.

    After the subcommand the defaults are suppressed, so a value given before it
    is not overwritten by the subparser's default.
    """

    def default(value: object) -> object:
        return argparse.SUPPRESS if suppress else value

    parser.add_argument(
        "--content",
        action="append",
        metavar="DIR",
        default=default([]),
        help="add a content root (a folder with exercises/ and workouts/); repeatable",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default(None),
        help="where history, settings and user content live",
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        default=default(None),
        help="language of the content, the voice and the interface for this run (en, es, de...)",
    )
    parser.add_argument(
        "--speed",
        type=inputs.speed,
        metavar="F",
        default=default(1.0),
        help="run session time F times faster (for demos and tests)",
    )


class _Parser(argparse.ArgumentParser):
    """argparse, with a mistake on the command line told in one line (and exit status 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


def _top_parser(*, add_help: bool) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="spotter",
        description="Spotter: an offline, voice-guided workout player. "
        "Run without a command to open the app.",
        add_help=add_help,
    )
    parser.add_argument("--version", action="version", version=f"spotter {__version__}")
    _global_options(parser, suppress=False)
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help="open the app, load the library, and quit (for start-up timing)",
    )
    parser.add_argument(
        "--bench-search",
        metavar="WORD",
        help="with --quit-after-startup: type WORD into the Library's search and print "
        "the time per keystroke",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, for ``main`` and for the tests."""
    from app.commands import content, history, importing, listen, play, pose, settings, speech

    parser = _top_parser(add_help=True)
    common = _Parser(add_help=False)
    _global_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in (content, play, pose, speech, listen, history, settings, importing):
        group.add_parsers(sub, [common])
    return parser


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line; only global options means the desktop app.

    The small parser of the global options is tried first. Anything it leaves
    over (a subcommand, ``--help``, a typo) goes to the whole parser, which
    then answers as usual, errors and help included.
    """
    args, rest = _top_parser(add_help=False).parse_known_args(argv)
    if not rest:
        return args
    return build_parser().parse_args(argv)


class _LogFile(logging.FileHandler):
    """The log file, which never raises into whoever logs and never prints a traceback.

    ``logging.FileHandler`` opens a delayed file outside its own error handling,
    so a read-only data folder made the first ``log.info`` anywhere (in speech,
    say) raise ``PermissionError``; and a full disk prints "--- Logging error ---"
    with a traceback. Here a file that cannot be opened or written turns the
    log off, quietly: losing log lines must never cost a session.
    """

    def emit(self, record: logging.LogRecord) -> None:
        try:
            super().emit(record)
        except Exception:  # noqa: BLE001 - the log is best effort, see the class docstring
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:
        logging.getLogger().removeHandler(self)
        with contextlib.suppress(Exception):  # closing a broken file may fail again
            self.close()


def _start_log(paths: Paths) -> None:
    """Send log records (cue lateness, recoveries) to the data folder's log file.

    Logging is best effort: a data folder that cannot be written must not stop
    a command, so any failure leaves logging off (see ``_LogFile``).
    """
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(paths.log_file, encoding="utf-8", delay=True)
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _keep_sound_client_out_of_home(paths: Paths) -> None:
    """Give the PulseAudio client (loaded by espeak-ng) a runtime folder in the data folder.

    Without a desktop session (no ``XDG_RUNTIME_DIR``) it would otherwise make
    ``~/.config/pulse/<machine-id>-runtime`` in the home folder, even with
    ``--data-dir``. Set before any speech library loads; child processes
    (``aplay``) inherit it.
    """
    if os.environ.get("XDG_RUNTIME_DIR") or os.environ.get("PULSE_RUNTIME_PATH"):
        return
    for folder in (paths.sound_client_dir, paths.runtime_dir / "pulse"):
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            continue
        os.environ["PULSE_RUNTIME_PATH"] = str(folder)
        return


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    args = parse_args(argv)
    try:
        with guarded_stdout():
            return _run(args)
    except OutputError as exc:
        print(f"spotter: {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    """Run the parsed command line; a user error is one line on stderr and status 2."""
    global _gui_ran
    try:
        for extra in args.content or []:
            if not str(extra).strip():
                raise UserError("--content needs a folder; an empty path is not one")
        ctx = Context(
            paths=Paths.create(args.data_dir),
            extra_roots=list(args.content or []),
            speed=args.speed,
            lang=args.lang,
        )
        _start_log(ctx.paths)
        _keep_sound_client_out_of_home(ctx.paths)
        handler = getattr(args, "handler", None)
        if handler is None:
            from app.commands.gui import run_app

            _gui_ran = True
            return run_app(ctx, args)
        return int(handler(ctx, args) or 0)
    except (UserError, PathsError) as exc:
        print(f"spotter: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("spotter: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (e.g. `spotter list | head`); nothing to report
        sys.stderr.close()
        return 0


def _exit_now(code: int) -> None:
    """Leave without tearing down thousands of Qt wrappers one by one.

    Called only after the app has shut down in order (sessions closed, the
    history written and closed, the disk thread joined), so nothing is left
    to save; Python's own teardown of the Qt objects would only cost time.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def entry() -> None:
    """Entry point of the ``spotter`` command and of ``python -m app``."""
    code = main()
    if _gui_ran:
        _exit_now(code)
    sys.exit(code)


def gui_main() -> None:
    """Entry point of the ``spotter-gui`` launcher (no terminal needed)."""
    _exit_now(main([]))


if __name__ == "__main__":
    entry()

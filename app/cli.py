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
from typing import TYPE_CHECKING, NoReturn

from app import __version__
from app.commands import inputs
from app.commands.output import OutputError, guarded_stdout
from app.context import Context, UserError
from app.i18n.message import N_
from app.paths import Paths, PathsError

if TYPE_CHECKING:
    from app.i18n.message import Words

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
        help=N_("add a content root (a folder with exercises/ and workouts/); repeatable"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default(None),
        help=N_("where history, settings and user content live"),
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        default=default(None),
        help=N_("language of the content, the voice, the messages and the interface for this "
                "run (en, es, de...)"),
    )
    parser.add_argument(
        "--speed",
        type=inputs.speed,
        metavar="F",
        default=default(1.0),
        help=N_("run session time F times faster (for demos and tests)"),
    )


class _Parser(argparse.ArgumentParser):
    """argparse, with a mistake on the command line told in one line (and exit status 2)."""

    def error(self, message: str) -> NoReturn:
        from app.commands.language import said

        self.exit(2, said(N_("{prog}: {message} (see `{prog} --help`)", prog=self.prog,
                             message=message)) + "\n")


class _Unparsed(Exception):
    """The small parser could not read the global options: the whole parser will say why."""


class _QuietParser(_Parser):
    def error(self, message: str) -> NoReturn:
        raise _Unparsed(message)


def _top_parser(*, add_help: bool) -> argparse.ArgumentParser:
    parser = (_Parser if add_help else _QuietParser)(
        prog="spotter",
        description=N_("Spotter: an offline, voice-guided workout player. "
                       "Run without a command to open the app."),
        add_help=add_help,
    )
    parser.add_argument("--version", action="version", version=f"spotter {__version__}",
                        help=N_("show the version number and exit"))
    _global_options(parser, suppress=False)
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help=N_("open the app, load the library, and quit (for start-up timing)"),
    )
    parser.add_argument(
        "--bench-search",
        metavar="WORD",
        help=N_("with --quit-after-startup: type WORD into the Library's search and print "
                "the time per keystroke"),
    )
    return parser


def build_parser(words: Words | None = None) -> argparse.ArgumentParser:
    """The whole command line, for ``main`` and for the tests; its help in ``words``' language."""
    from app.commands import content, history, importing, listen, play, pose, settings, speech
    from app.commands.language import speaking, translate_parser

    with speaking(words) if words is not None else contextlib.nullcontext():
        parser = _top_parser(add_help=True)
        common = _Parser(add_help=False)
        _global_options(common, suppress=True)
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for group in (content, play, pose, speech, listen, history, settings, importing):
            group.add_parsers(sub, [common])
    if words is not None:
        translate_parser(parser, words)
    return parser


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line; only global options means the desktop app.

    The small parser of the global options is tried first. Anything it leaves
    over (a subcommand, ``--help``, a typo) goes to the whole parser, which
    then answers as usual, errors and help included.
    """
    from_small: tuple[str | None, str | None] | None = None
    try:
        args, rest = _top_parser(add_help=False).parse_known_args(argv)
        if not rest:
            return args
        from_small = (args.lang, args.data_dir)
    except _Unparsed:
        pass
    from app.commands.language import run_language, scanned_options, speaking, words_of

    options = from_small or scanned_options(sys.argv[1:] if argv is None else argv)
    words = words_of(run_language(*options))
    parser = build_parser(words)
    with speaking(words):
        return parser.parse_args(argv)


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
        root = logging.getLogger()
        root.removeHandler(self)
        # back to Python's default level: a library's logging.debug() would otherwise set up
        # a stderr handler (basicConfig) that prints every INFO line, in English, to the user
        root.setLevel(logging.WARNING)
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
    folder = paths.sound_client_dir
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:  # a read-only data folder; only then the runtime folder (finding it probes /tmp)
        folder = paths.runtime_dir / "pulse"
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            return
    os.environ["PULSE_RUNTIME_PATH"] = str(folder)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    args = parse_args(argv)
    try:
        with guarded_stdout(), _speaking(args):
            return _run(args)
    except OutputError as exc:
        reason = exc.strerror or "write failed"
        said = _in_language(args, N_("cannot write to standard output: {reason}", reason=reason))
        print(f"spotter: {said}", file=sys.stderr)
        return 2


def _speaking(args: argparse.Namespace) -> contextlib.AbstractContextManager[None]:
    """A subcommand runs in its language (``app.commands.language.said``); the app has Qt's."""
    if getattr(args, "handler", None) is None:
        return contextlib.nullcontext()
    from app.commands.language import run_language, speaking, words_of

    return speaking(words_of(run_language(args.lang, args.data_dir)))


def _in_language(args: argparse.Namespace, message: object) -> str:
    """A message (a marked one, or the first argument of an error) in the run's language."""
    from app.commands.language import run_language
    from app.i18n import said_in

    return said_in(run_language(getattr(args, "lang", None), getattr(args, "data_dir", None)),
                   message)


def _run(args: argparse.Namespace) -> int:
    """Run the parsed command line; a user error is one line on stderr and status 2."""
    global _gui_ran
    try:
        for extra in args.content or []:
            if not str(extra).strip():
                raise UserError(N_("--content needs a folder; an empty path is not one"))
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
        print(f"spotter: {_in_language(args, exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"spotter: {_in_language(args, N_('interrupted'))}", file=sys.stderr)
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

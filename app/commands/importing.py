"""``spotter import free-exercise-db FILE``: other databases' exercises as content files.

The exercises go into the user's content root (``<data-dir>/content``), where
every command and the app read them. The conversion itself is
:mod:`app.content.free_exercise_db`; this module draws the progress bar on a
terminal and prints the summary.
"""

from __future__ import annotations

import argparse
import sys

from app.commands.language import said
from app.context import Context, UserError
from app.i18n.message import N_


def add_parsers(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``import``."""
    p = sub.add_parser("import", parents=parents, help=N_("import exercises from another database"),
                       description=N_("Import exercises into your own content folder "
                                      "(<data-dir>/content/exercises). Importing again updates them and never "
                                      "duplicates them."))
    isub = p.add_subparsers(dest="source", metavar="SOURCE", required=True)
    fedb = isub.add_parser("free-exercise-db", parents=parents,
                           help=N_("free-exercise-db's exercises.json (public domain; images not copied)"))
    fedb.add_argument("file", metavar="FILE", help=N_("the exercises.json file"))
    fedb.set_defaults(handler=import_free_exercise_db)


def import_free_exercise_db(ctx: Context, args: argparse.Namespace) -> int:
    """Import the file; a progress bar on a terminal; one summary line."""
    from pathlib import Path

    from app.content.free_exercise_db import ImportProblem, import_file

    if not args.file.strip():
        raise UserError(N_("import: an empty path names no file"))
    ctx.paths.ensure()
    bar = _Bar(sys.stderr)
    try:
        report = import_file(Path(args.file).expanduser(), ctx.paths.user_content, bar.show)
    except ImportProblem as exc:
        raise UserError(exc.args[0] if exc.args else str(exc)) from None
    except OSError as exc:
        raise UserError(N_("cannot write to {path}: {reason}", path=ctx.paths.user_content,
                           reason=exc.strerror or str(exc))) from None
    finally:
        bar.done()
    print(said(N_("free-exercise-db: {summary} in {path}", summary=report.summary(),
                  path=ctx.paths.user_content / "exercises" / "free-exercise-db")))
    return 0


class _Bar:
    """``[#######.....] 420/873`` redrawn in place on a terminal; nothing elsewhere."""

    def __init__(self, stream: object) -> None:
        self.stream = stream
        try:
            self.tty = bool(stream.isatty())  # type: ignore[attr-defined]
        except (AttributeError, ValueError):
            self.tty = False
        self.drawn = -1

    def show(self, done: int, total: int) -> None:
        if not self.tty or total <= 0:
            return
        filled = 30 * done // total
        if filled == self.drawn and done != total:
            return
        self.drawn = filled
        self.stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total}")  # type: ignore[attr-defined]
        self.stream.flush()  # type: ignore[attr-defined]

    def done(self) -> None:
        if self.tty and self.drawn >= 0:
            self.stream.write("\n")  # type: ignore[attr-defined]

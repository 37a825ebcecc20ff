"""``spotter history``: list, show, statistics, export and delete past sessions.

``spotter history`` alone lists the latest sessions. Every notice of the store
(a damaged file restored, a read-only folder...) is printed once on stderr.
``delete`` asks for confirmation on a terminal; without a terminal it needs
``--yes`` and otherwise refuses, so a script never deletes by accident.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands import inputs
from app.commands.language import said, yes
from app.context import Context, UserError
from app.durations import Rounding, format_duration
from app.i18n.message import N_

if TYPE_CHECKING:
    from app.history import HistoryStore, SessionRecord


def add_parsers(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``history`` and its sub-commands (``list`` is the default)."""
    p = sub.add_parser("history", parents=parents, help=N_("past sessions, statistics and export"),
                       description=N_("Past sessions. Without a sub-command: the latest ones."))
    _list_options(p, suppress=False)
    p.set_defaults(handler=_list)
    hsub = p.add_subparsers(dest="history_command", metavar="SUBCOMMAND")
    ls = hsub.add_parser("list", parents=parents, help=N_("the latest sessions (the default)"))
    _list_options(ls, suppress=True)
    ls.set_defaults(handler=_list)
    show = hsub.add_parser("show", parents=parents, help=N_("one session in detail"))
    show.add_argument("id", type=inputs.session_id, help=N_("the session's number (see `spotter history`)"))
    show.add_argument("--json", action="store_true", help=N_("print JSON"))
    show.set_defaults(handler=_show)
    st = hsub.add_parser("stats", parents=parents, help=N_("streak, minutes per week, progress"))
    st.add_argument("--json", action="store_true", help=N_("print JSON"))
    st.set_defaults(handler=_stats)
    ex = hsub.add_parser("export", parents=parents, help=N_("every session as CSV or JSON"))
    ex.add_argument("--format", choices=("csv", "json"), default="csv",
                    help=N_("csv (one row per session exercise) or json"))
    ex.add_argument("-o", "--output", metavar="FILE",
                    help=N_("write to FILE atomically (default: standard output)"))
    ex.set_defaults(handler=_export)
    de = hsub.add_parser("delete", parents=parents, help=N_("delete one session"))
    de.add_argument("id", type=inputs.session_id, help=N_("the session's number"))
    de.add_argument("--yes", action="store_true", help=N_("do not ask for confirmation"))
    de.set_defaults(handler=_delete)


def _list_options(p: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    p.add_argument("--json", action="store_true",
                   default=argparse.SUPPRESS if suppress else False, help=N_("print JSON"))
    p.add_argument("--limit", type=inputs.limit, metavar="N", default=default,
                   help=N_("how many sessions to list (default 20)"))
    p.add_argument("--since", type=_day, metavar="YYYY-MM-DD", default=default,
                   help=N_("only sessions started on or after this day"))
    p.add_argument("--until", type=_day, metavar="YYYY-MM-DD", default=default,
                   help=N_("only sessions started on or before this day"))


def _day(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(said(N_("not a date like 2026-03-01: {text}",
                                                 text=repr(text)))) from None




@contextmanager
def _opened(ctx: Context) -> Iterator[HistoryStore]:
    """The store for one command; its notices are printed (once) and it is closed at the end."""
    from app.history import HistoryStore

    store = HistoryStore.open(ctx.paths)
    try:
        yield store
    finally:
        _tell(store)
        store.close()


def _tell(store: HistoryStore) -> None:
    for notice in store.take_notices():
        print(f"spotter: {said(notice)}", file=sys.stderr)


def _minutes(seconds: float) -> str:
    return format_duration(seconds, Rounding.DOWN)


def _words(ctx: Context):  # type: ignore[no-untyped-def]
    """The command line's words in the run's language (``app/i18n/po``)."""
    from app.i18n import translations

    return translations(ctx.language())


def _names(ctx: Context):  # type: ignore[no-untyped-def]
    """Titles and modification names in the run's language (history keeps ids and originals)."""
    from app.content.library import load_library
    from app.content.translations import Names

    return Names(load_library(ctx.content_roots()), ctx.language())


def _list(ctx: Context, args: argparse.Namespace) -> int:
    t = _words(ctx)
    with _opened(ctx) as store:
        records = store.sessions(limit=args.limit or 20, since=args.since, until=args.until)
        _tell(store)
        if args.json:
            print(json.dumps({"sessions": [r.to_json() for r in records]}, ensure_ascii=False,
                             indent=1))
            return 0
        if not records:
            print(t.gettext("No sessions yet. Start one with `spotter play ID` or in the app."))
            return 0
        names = _names(ctx)
        print(f"{t.gettext('ID'):>5}  {t.gettext('STARTED'):16}  {t.gettext('STATUS'):11}  "
              f"{t.gettext('ACTIVE'):>6}  {t.gettext('TITLE')}")
        for r in records:
            print(f"{r.id:>5}  {r.started_at.strftime('%Y-%m-%d %H:%M'):16}  "
                  f"{t.pgettext('status', r.status.value):11}  {_minutes(r.active_seconds):>6}  "
                  f"{names.title(r.source_id, r.title)}")
        return 0


def _describe(r: SessionRecord, t, names) -> str:  # type: ignore[no-untyped-def]
    """One session in words of the run's language: the record itself stays language-neutral."""
    kind = t.pgettext("kind", r.kind)
    status = t.pgettext("status", r.status.value)
    lines = [t.gettext("Session {id}: {title} ({kind} {source})").format(
                 id=r.id, title=names.title(r.source_id, r.title), kind=kind, source=r.source_id),
             "  " + (t.gettext("started {start}, ended {end}, {status}") if r.ended_at
                     else t.gettext("started {start}, {status}")).format(
                 start=f"{r.started_at:%Y-%m-%d %H:%M}",
                 end=f"{r.ended_at:%H:%M}" if r.ended_at else "", status=status),
             "  " + t.gettext("active {active} of {planned} planned, paused {paused}").format(
                 active=_minutes(r.active_seconds), planned=_minutes(r.planned_seconds),
                 paused=_minutes(r.paused_seconds))]
    if r.rpe is not None or r.notes:
        lines.append("  " + t.gettext("effort {rpe}/10").format(
                         rpe=r.rpe if r.rpe is not None else "-")
                     + ("; " + t.gettext("notes: {notes}").format(notes=r.notes) if r.notes else ""))
    for e in r.exercises:
        state = (t.gettext("done") if e.completed else t.gettext("skipped") if e.skipped
                 else t.gettext("not finished"))
        form = (f"{names.modification(e.id, e.modification)} ({t.pgettext('level', e.level)})"
                if e.modification else t.pgettext("level", "standard"))
        counts = t.ngettext("{n} set", "{n} sets", e.sets).format(n=e.sets) + ", " + \
            t.ngettext("{n} rep", "{n} reps", e.reps).format(n=e.reps)
        hurt = ", " + t.gettext("hurt {n}x").format(n=e.pain) if e.pain else ""
        lines.append(f"  {e.position + 1}. {names.title(e.id, e.title)} [{e.id}]: "
                     f"{_minutes(e.seconds)}, {counts}, {form}, {state}{hurt}")
        for s in e.switches:
            name = names.modification(e.id, s.name) if s.name else t.pgettext("level", "standard")
            lines.append("       " + t.gettext("at {t}: {name} ({level}, {reason})").format(
                t=_minutes(s.t), name=name, level=t.pgettext("level", s.level),
                reason=t.pgettext("reason", s.reason)))
    return "\n".join(lines)


def _show(ctx: Context, args: argparse.Namespace) -> int:
    t = _words(ctx)
    with _opened(ctx) as store:
        record = store.session(args.id)
        _tell(store)
        if record is None:
            raise UserError(t.gettext("no session {id} (see `spotter history`)").format(id=args.id))
        print(json.dumps(record.to_json(), ensure_ascii=False, indent=1) if args.json
              else _describe(record, t, _names(ctx)))
        return 0


def _stats(ctx: Context, args: argparse.Namespace) -> int:
    t = _words(ctx)
    with _opened(ctx) as store:
        st = store.stats()
        _tell(store)
        if args.json:
            print(json.dumps(st.to_json(), ensure_ascii=False, indent=1))
            return 0
        print(t.gettext("Sessions: {n}, active time {minutes} min").format(
            n=st.sessions, minutes=f"{st.active_minutes:.0f}"))
        print(t.ngettext("Streak: {n} active day (longest {longest}; one rest day between active "
                         "days keeps it)", "Streak: {n} active days (longest {longest}; one rest day "
                         "between active days keeps it)", st.streak).format(
            n=st.streak, longest=st.longest_streak))
        print(t.gettext("Minutes per week:"))
        for w in st.weeks:
            print(f"  {w.week_start:%Y-%m-%d}  {w.minutes:6.1f}  {'#' * min(60, round(w.minutes / 5))}")
        if st.exercises:
            print(t.gettext("Exercises:"))
            names = _names(ctx)
        for e in st.exercises:
            print(f"  {names.title(e.id, e.title)} [{e.id}]: " + t.ngettext(
                "{times}x, last {last}, trend {trend}, next time: {level}",
                "{times}x, last {last}, trend {trend}, next time: {level}", e.times).format(
                times=e.times, last=e.last_done, trend=t.pgettext("trend", str(e.trend)),
                level=t.pgettext("level", str(e.suggested_level))))
        return 0


def _export(ctx: Context, args: argparse.Namespace) -> int:
    with _opened(ctx) as store:
        target = Path(args.output) if args.output else None
        if target is not None and not target.expanduser().resolve().parent.is_dir():
            raise UserError(N_("cannot write {path}: its folder does not exist", path=target))
        try:
            text = store.export(args.format, target)
        except OSError as exc:
            raise UserError(N_("cannot write {path}: {reason}", path=target,
                               reason=exc.strerror or str(exc))) from None
        _tell(store)
        if target is None:
            sys.stdout.write(text)
        else:
            print(_words(ctx).gettext("Exported to {path}").format(path=target), file=sys.stderr)
        return 0


def _delete(ctx: Context, args: argparse.Namespace) -> int:
    with _opened(ctx) as store:
        record = store.session(args.id)
        _tell(store)
        if record is None:
            raise UserError(N_("no session {id} (see `spotter history`)", id=args.id))
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError(N_("not deleting without confirmation: add --yes"))
            answer = input(said(N_("Delete session {id} ({title}, {started})? [y/N] ",
                                   id=record.id, title=record.title,
                                   started=f"{record.started_at:%Y-%m-%d %H:%M}")))
            if not yes(answer):
                print(said(N_("Nothing deleted.")))
                return 1
        if not store.delete(args.id):
            _tell(store)
            why = (N_("the history is read-only") if store.read_only
                   else N_("the disk refused"))
            raise UserError(N_("session {id} could not be deleted: {why}", id=args.id, why=why))
        print(said(N_("Deleted session {id}.", id=args.id)))
        return 0

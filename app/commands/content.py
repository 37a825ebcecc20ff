"""The content subcommands: ``validate``, ``list`` and ``show``.

They read the content roots and print to the terminal; none of them imports
Qt, and the loader is imported inside the handlers so ``spotter`` starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.language import said
from app.context import Context, UserError
from app.i18n.message import N_

if TYPE_CHECKING:
    from app.content.library import Source
    from app.content.model import Library
    from app.i18n.message import Words


def add_parsers(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``validate``, ``list`` and ``show``."""
    p = sub.add_parser("validate", parents=parents, help=N_("check content files and report problems"),
                       description=N_("Check exercise and workout files. Prints one line per "
                                      "problem (PATH: field: message) and a summary; exit 1 if any error."))
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help=N_("files or content folders (default: every content root)"))
    p.add_argument("--strict", action="store_true",
                   help=N_("also warn about unknown fields, missing images and the like"))
    p.set_defaults(handler=validate)
    p = sub.add_parser("list", parents=parents, help=N_("list exercises and workouts"),
                       description=N_("List every exercise and workout of the content roots."))
    p.add_argument("--json", action="store_true", help=N_("print JSON"))
    p.set_defaults(handler=list_library)
    p = sub.add_parser("show", parents=parents, help=N_("show one exercise or workout in full"),
                       description=N_("Show an exercise or workout with every field."))
    p.add_argument("id", metavar="ID", help=N_("exercise or workout id (the file name without .md)"))
    p.add_argument("--json", action="store_true", help=N_("print JSON"))
    p.set_defaults(handler=show)


def _roots(ctx: Context) -> list[Path]:
    """The content roots, refusing a ``--content`` folder that does not exist."""
    for extra in ctx.extra_roots:
        if not Path(extra).expanduser().is_dir():
            raise UserError(N_("--content {path}: no such folder", path=extra))
    return ctx.content_roots()


def _source_for(path: Path) -> Source:
    """What ``validate PATH`` checks: a file, a content root, or a folder of exercises."""
    from app.content.library import Source, md_files, scan_root

    if not path.exists():
        raise UserError(N_("no such file or folder: {path}", path=path))
    path = path.resolve()
    if path.is_file():
        parent = path.parent
        root = parent.parent if parent.name in ("exercises", "workouts") else parent
        if parent.name == "workouts":
            return Source(root, workout_files=(path,))
        return Source(root, exercise_files=(path,))
    if path.name == "workouts" and not (path / "workouts").is_dir():
        return Source(path.parent, workout_files=md_files(path))
    if path.name == "exercises" and not (path / "exercises").is_dir():
        return Source(path.parent, exercise_files=md_files(path))
    return scan_root(path)  # a content root, a Hugo site or a folder of pages


def validate(ctx: Context, args: argparse.Namespace) -> int:
    """``spotter validate``: every problem, a summary, exit 1 if any error."""
    from app.content.library import load_sources, scan_root
    from app.content.model import Severity

    if any(not p.strip() for p in args.paths):
        raise UserError(N_("validate: an empty path names no file; give a file or a folder"))
    sources = [scan_root(r) for r in _roots(ctx) if r.is_dir()]
    given = [_source_for(Path(p)) for p in args.paths]
    lib = load_sources(sources + given, strict=args.strict)
    problems = lib.errors
    checked = len(lib.files)
    if given:
        wanted = {f for s in given for f in s.all_files()}
        problems = [p for p in problems if p.path in wanted or p.path in {s.root for s in given}]
        skipped = {p for p, _ in lib.skipped}
        checked = len(wanted - skipped)
    from app.i18n import translations
    from app.i18n.message import localize

    t = translations(ctx.language())
    errors = sum(p.severity is Severity.ERROR for p in problems)
    out = sys.stdout
    for p in problems:
        # PATH: field: message; the field is the file's own key, so it stays as written
        message = localize(p.message, t)
        if p.severity is not Severity.ERROR:
            message = t.gettext("warning: {message}").format(message=message)
        out.write(f"{p.path}: {localize(p.field, t) or t.gettext('file')}: {message}\n")
    warnings = len(problems) - errors
    out.write(t.gettext("checked {files}: {errors}, {warnings}").format(
        files=t.ngettext("{n} file", "{n} files", checked).format(n=checked),
        errors=t.ngettext("{n} error", "{n} errors", errors).format(n=errors),
        warnings=t.ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings)) + "\n")
    skipped = _skipped_line(lib.skipped, t)
    if skipped:
        out.write(skipped + "\n")
    return 1 if errors else 0


def _skipped_line(skipped: list[tuple[Path, str]], t: Words) -> str | None:
    """One summary of the pages that are neither exercises nor workouts, by reason."""
    from app.i18n.message import localize

    if not skipped:
        return None
    reasons: dict[str, int] = {}
    for _, why in skipped:
        reasons[why] = reasons.get(why, 0) + 1
    parts = ", ".join(f"{localize(why, t)}: {n}"
                      for why, n in sorted(reasons.items(), key=lambda r: -r[1]))
    total = len(skipped)
    return t.ngettext("skipped {n} page that is neither an exercise nor a workout: {reasons}",
                      "skipped {n} pages that are neither an exercise nor a workout: {reasons}",
                      total).format(n=total, reasons=parts)


def _total_seconds(workout: Any, lib: Library) -> float | None:
    """The planner's length of a workout (None if it cannot be planned), as the app shows it."""
    from app.session.plan import planned_seconds
    from app.speech.settings import estimate_seconds

    return planned_seconds(workout, lib, estimate_seconds)


def list_library(ctx: Context, args: argparse.Namespace) -> int:
    """``spotter list``: exercises, workouts and load errors."""
    from app.content.json_view import plain, problem_dict
    from app.content.library import load_library
    from app.content.model import Severity

    lib = _localized(ctx, load_library(_roots(ctx)))
    data = {
        "exercises": [
            {"id": e.id, "title": e.title, "difficulty": e.difficulty.value,
             "duration": plain(e.duration), "muscles": list(e.muscles),
             "equipment": list(e.equipment)}
            for e in sorted(lib.exercises.values(), key=lambda e: e.id)],
        "workouts": [
            {"id": w.id, "title": w.title,
             "total_seconds": None if (seconds := _total_seconds(w, lib)) is None
             else plain(round(seconds, 1)),
             "exercises": [i.exercise for i in w.all_items()]}
            for w in sorted(lib.workouts.values(), key=lambda w: w.id)],
        "errors": [problem_dict(p) for p in lib.problems(Severity.ERROR)],
    }
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from app.content.text_view import library_text
        from app.i18n import translations

        print(library_text(data, translations(ctx.language())))
    return 0


def show(ctx: Context, args: argparse.Namespace) -> int:
    """``spotter show ID``: one exercise or workout with every field."""
    from app.content.json_view import exercise_dict, workout_dict
    from app.content.library import load_library

    ident = args.id.removesuffix(".md")
    lib = _localized(ctx, load_library(_roots(ctx)), [ident])
    data: dict[str, Any]
    from app.i18n import translations

    exercise = lib.exercise(ident)
    if exercise is not None:
        langs = tuple(sorted(lib.translations.get(ident, {})))
        data = exercise_dict(exercise, langs)
    elif lib.workout(ident) is not None:
        data = workout_dict(lib.workouts[ident], _total_seconds(lib.workouts[ident], lib))
    else:
        raise UserError(_not_found(lib, ident, translations(ctx.language())))
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from app.content.text_view import exercise_text, workout_text
        from app.i18n import translations

        words = translations(ctx.language())
        print(exercise_text(data, words) if data["kind"] == "exercise" else workout_text(data, words))
    return 0


def _localized(ctx: Context, lib: Library, ids: list[str] | None = None) -> Library:
    """The library in the content language; what falls back to the original is said on stderr."""
    from app.content.languages import fallback_notice
    from app.content.translations import localized

    lang = ctx.language()
    shown = localized(lib, lang)
    if ids is None or any(i in lib.exercises or i in lib.workouts for i in ids):
        notice = fallback_notice(lib, lang, ids)
        if notice:
            print(f"spotter: {said(notice)}", file=sys.stderr)
    return shown


def _not_found(lib: Library, ident: str, t: Words) -> str:
    """Why an id is not there: a broken file, or a typo (with close matches)."""
    import difflib

    from app.content.model import Severity
    from app.i18n.message import localize

    broken = [p for p in lib.problems(Severity.ERROR) if p.path.name == f"{ident}.md"]
    if broken:
        first = broken[0]
        problem = f"{first.path}: {localize(first.field, t) or t.gettext('file')}: " \
                  f"{localize(first.message, t)}"
        return t.gettext("{id} could not be loaded: {problem} (run `spotter validate {path}` for "
                         "every problem)").format(id=ident, problem=problem, path=first.path)
    near = difflib.get_close_matches(ident, [*lib.exercises, *lib.workouts], n=3, cutoff=0.5)
    hint = (t.gettext("; did you mean {ids}?").format(ids=", ".join(near)) if near
            else t.gettext("; `spotter list` shows them all"))
    return t.gettext("no exercise or workout called {id}").format(id=f"\"{ident}\"") + hint

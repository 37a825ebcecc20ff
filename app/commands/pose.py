"""``spotter pose ID``: draw the figure of one step of an exercise, as SVG or PNG.

Steps are counted from 1; ``--modification`` picks that modification's own
steps (or the standard steps when it has none); ``--side`` mirrors the figure
for that side (the step's own side by default); ``--at`` draws the figure that
far into the step's movement (0 the start, 1 its ``to`` pose). SVG is written in
pure Python; PNG paints with Qt into an image, offscreen, with no window.
"""

from __future__ import annotations

import argparse
import difflib
import re
from pathlib import Path

from app.context import Context, UserError
from app.i18n.message import N_


def add_parsers(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``pose``."""
    p = sub.add_parser("pose", parents=parents, help=N_("draw the figure of an exercise's step"),
                       description=N_("Draw the figure of one step of an exercise to an SVG or PNG "
                                      "file (steps counted from 1)."))
    p.add_argument("id", metavar="ID", help=N_("exercise id (see `spotter list`)"))
    p.add_argument("--step", type=int, default=1, metavar="N", help=N_("which step, from 1 (default 1)"))
    p.add_argument("--modification", metavar="NAME", help=N_("that modification's steps"))
    p.add_argument("--side", choices=("left", "right"), help=N_("draw it for this side (mirrored)"))
    p.add_argument("--at", type=float, default=0.0, metavar="T",
                   help=N_("how far into the step's movement, 0 to 1 (default 0)"))
    p.add_argument("--dark", action="store_true", help=N_("colours for a dark background"))
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--png", metavar="FILE", help=N_("write a PNG image"))
    out.add_argument("--svg", metavar="FILE", help=N_("write an SVG image"))
    p.add_argument("--size", default="480x360", metavar="WxH", help=N_("image size (default 480x360)"))
    p.set_defaults(handler=run_pose)


def _size(text: str) -> tuple[int, int]:
    found = re.fullmatch(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*", text)
    if not found:
        raise UserError(N_("--size {text}: write it as WIDTHxHEIGHT, like 480x360",
                           text=repr(text)))
    w, h = int(found.group(1)), int(found.group(2))
    if not (16 <= w <= 8000 and 16 <= h <= 8000):
        raise UserError(N_("--size {text}: each side must be from 16 to 8000 pixels", text=text))
    return w, h


def run_pose(ctx: Context, args: argparse.Namespace) -> int:
    """Write the figure; exit 0, or a one-line error (2) for a bad id, step or file."""
    from app.content import cache as library_cache
    from app.content.figure import bounds, figure
    from app.content.figure_svg import DARK, LIGHT, svg

    width, height = _size(args.size)
    if not 0.0 <= args.at <= 1.0:
        raise UserError(N_("--at must be from 0 to 1"))
    # the app's library cache: the YAML is parsed again only when a file changed
    library = library_cache.load(ctx.content_roots(), ctx.paths.data_dir / "cache" / "library.pickle")
    ex = library.exercise(args.id)
    if ex is None:
        close = difflib.get_close_matches(args.id, list(library.exercises), n=3, cutoff=0.5)
        if close:
            raise UserError(N_("no exercise called {id}; did you mean {ids}?", id=repr(args.id),
                               ids=", ".join(close)))
        raise UserError(N_("no exercise called {id}; `spotter list` shows them all",
                           id=repr(args.id)))
    steps = ex.steps
    if args.modification:
        mod = ex.modification(args.modification)
        if mod is None:
            names = ", ".join(m.name for m in ex.modifications)
            if not names:
                raise UserError(N_("{id} has no modifications", id=ex.id))
            raise UserError(N_("{id} has no modification {name} (it has: {names})", id=ex.id,
                               name=repr(args.modification), names=names))
        steps = mod.steps or ex.steps
    if not 1 <= args.step <= len(steps):
        raise UserError(N_("--step {step}: {id} has steps 1 to {n}", step=args.step, id=ex.id,
                           n=len(steps)))
    step = steps[args.step - 1]
    pose = step.pose
    if pose is None:  # the loader poses every step; kept for a hand-built model
        raise UserError(N_("step {step} of {id} has no pose", step=args.step, id=ex.id))
    side = args.side or step.side
    fig = figure(pose, side, args.at, written_side=step.side)
    box = bounds(pose, side, step.side)
    palette = DARK if args.dark else LIGHT
    target = Path(args.svg or args.png).expanduser()
    try:
        if args.svg:
            target.write_text(svg(fig, width, height, palette, box,
                                  title=f"{ex.title}, step {args.step}"), encoding="utf-8")
        else:
            _png(fig, width, height, palette, box, target)
    except OSError as exc:
        raise UserError(N_("cannot write {path}: {reason}", path=target,
                           reason=exc.strerror or str(exc))) from None
    return 0


def _png(fig: object, width: int, height: int, palette: object, box: object, target: Path) -> None:
    """Paint into a QImage: no window and no display (the figure has no text, so no fonts)."""
    from app.ui.widgets.figure_paint import figure_image

    image = figure_image(fig, width, height, palette, box)  # type: ignore[arg-type]
    if not image.save(str(target), "PNG"):
        raise OSError(0, "the image could not be saved (is the folder there and writable?)")

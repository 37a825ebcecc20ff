"""Start the desktop app: ``spotter`` with no subcommand."""

from __future__ import annotations

import argparse

from app.context import Context


def run_app(ctx: Context, args: argparse.Namespace) -> int:
    """Open the main window (Qt is imported only now, so other commands stay light)."""
    from app.ui.launch import run_gui

    return run_gui(ctx, quit_after_startup=bool(getattr(args, "quit_after_startup", False)),
                   bench_search=getattr(args, "bench_search", None))

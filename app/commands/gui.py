"""Start the desktop app (being written)."""

from __future__ import annotations

import argparse

from app.commands import Context, UserError


def run_app(ctx: Context, args: argparse.Namespace) -> int:
    """Open the main window."""
    raise UserError("the desktop app is not built yet; try `spotter --help`")

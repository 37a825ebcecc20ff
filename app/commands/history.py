"""Subcommands of the history group (being written)."""

from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add this group's subcommands (none yet)."""

"""Types for the command line's numbers and texts: finite, bounded, readable.

Each is an ``argparse`` type: a value out of its range is refused before any
work starts, with one line saying what is allowed (``--speed 1e-9`` would make
a ten-minute workout last twenty years; ``--get-ready inf`` would never start).
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable

from app.i18n.message import N_

SPEED_RANGE = (0.1, 10_000.0)  # demos run faster; slower than 1/10 is a hang, not a demo
GET_READY_RANGE = (0.0, 60.0)  # as the settings allow (app/preferences.py LIMITS)
MAX_ROW_ID = 2**63 - 1  # SQLite's largest integer
MAX_LIMIT = 1_000_000


def bounded(low: float, high: float, unit: str = "") -> Callable[[str], float]:
    """A finite number from ``low`` to ``high`` (both allowed)."""

    def parse(text: str) -> float:
        from app.commands.language import said

        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(said(N_("not a number: {text}",
                                                     text=repr(text[:40])))) from None
        if not math.isfinite(value) or not low <= value <= high:
            shown = {"low": f"{low:g}", "high": f"{high:g}", "text": repr(text[:40])}
            if unit == "seconds":
                message = N_("must be a number of seconds from {low} to {high}; got {text}",
                             **shown)
            else:
                message = N_("must be a number from {low} to {high}; got {text}", **shown)
            raise argparse.ArgumentTypeError(said(message))
        return value

    return parse


def whole(low: int, high: int, what: str) -> Callable[[str], int]:
    """A whole number from ``low`` to ``high``; ``what`` names it in the message."""

    def parse(text: str) -> int:
        from app.commands.language import said

        stripped = text.strip()
        digits = stripped.lstrip("+-")
        if not digits.isdigit() or not digits.isascii():
            raise argparse.ArgumentTypeError(said(N_("not a whole number: {text}",
                                                     text=repr(text[:40]))))
        if len(digits) > 25 or not low <= int(stripped) <= high:
            raise argparse.ArgumentTypeError(said(N_(
                "{what} must be from {low} to {high}; got {text}", what=what, low=low, high=high,
                text=f"{text[:30]}{'...' if len(text) > 30 else ''}")))
        return int(stripped)

    return parse


speed = bounded(*SPEED_RANGE)
get_ready = bounded(*GET_READY_RANGE, unit="seconds")
session_id = whole(1, MAX_ROW_ID, N_("a session number"))
limit = whole(1, MAX_LIMIT, N_("the number of sessions"))


def readable(text: str, what: str) -> str | None:
    """Why ``text`` (from the command line) cannot be used as text, or None if it can.

    Bytes that are not UTF-8 reach Python as lone surrogates; they can be
    neither spoken, stored nor printed.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raw = text[exc.start].encode("utf-8", "surrogateescape")
        return N_("{what} is not UTF-8 text (byte 0x{byte} at character {at}); check the "
                  "terminal's encoding", what=what, byte=f"{raw[0]:02x}", at=exc.start + 1)
    return None

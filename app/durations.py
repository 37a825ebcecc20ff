"""The one way Spotter writes a length of time as ``m:ss``, with the rounding as an argument.

Which rounding a display needs depends on what it shows:

- ``NEAREST`` for a length (a plan, a session's active time): ``94.6`` -> ``1:35``;
- ``UP`` for a countdown, so it reaches ``0:00`` only at the very end: ``10.2`` left
  -> ``0:11``; ``10.0`` -> ``0:10`` (a hair over a whole second, float noise, is not a second more);
- ``DOWN`` for time gone by (a log line's stamp): ``59.9`` -> ``0:59``.

No Qt and no locale: the digits read the same in every language.
"""

from __future__ import annotations

import math
from enum import Enum

NOISE = 1e-6  # seconds: float noise, not time (10.0000000001 left is still 10 s)


class Rounding(str, Enum):
    """How a fraction of a second is counted."""

    NEAREST = "nearest"
    UP = "up"
    DOWN = "down"


def whole_seconds(seconds: float, rounding: Rounding = Rounding.NEAREST) -> int:
    """``seconds`` as a whole number of seconds (never below 0)."""
    if rounding is Rounding.UP:
        whole = math.ceil(seconds - NOISE)
    elif rounding is Rounding.DOWN:
        whole = math.floor(seconds + NOISE)
    else:
        whole = round(seconds)
    return max(0, int(whole))


def format_duration(seconds: float, rounding: Rounding = Rounding.NEAREST, *,
                    short_seconds: bool = False) -> str:
    """``95`` -> ``1:35``; with ``short_seconds``, under a minute ``45 s``."""
    whole = whole_seconds(seconds, rounding)
    if short_seconds and whole < 60:
        return f"{whole} s"
    return f"{whole // 60}:{whole % 60:02d}"

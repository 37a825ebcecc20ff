"""The one m:ss formatter: each rounding rule, and the displays that use it."""

from __future__ import annotations

import pytest

from app.durations import Rounding, format_duration, whole_seconds


@pytest.mark.parametrize(("seconds", "rounding", "shown"), [
    (94.6, Rounding.NEAREST, "1:35"), (94.4, Rounding.NEAREST, "1:34"), (0, Rounding.NEAREST, "0:00"),
    (10.2, Rounding.UP, "0:11"), (10.0, Rounding.UP, "0:10"), (10.0000001, Rounding.UP, "0:10"),
    (0.01, Rounding.UP, "0:01"), (59.9, Rounding.DOWN, "0:59"), (60.0, Rounding.DOWN, "1:00"),
    (3599.5, Rounding.NEAREST, "60:00"), (-3, Rounding.UP, "0:00"),
])
def test_each_rounding(seconds: float, rounding: Rounding, shown: str) -> None:
    """Nearest for lengths, up for countdowns (0:00 only at the end), down for time gone by."""
    assert format_duration(seconds, rounding) == shown


def test_short_seconds_and_whole_seconds() -> None:
    """Under a minute the listing says "45 s"; whole_seconds never goes below 0."""
    assert format_duration(45.2, short_seconds=True) == "45 s"
    assert format_duration(75, short_seconds=True) == "1:15"
    assert whole_seconds(-1.0) == 0 and whole_seconds(2.5, Rounding.UP) == 3


def test_the_terminal_and_desktop_countdowns_agree() -> None:
    """Both players round a countdown up with the same rule."""
    from app.terminal.player import clock_text, stamp

    for left in (0.0, 0.4, 9.99, 10.0, 59.2, 60.0, 75.0, 75.3):
        assert clock_text(left) == format_duration(left, Rounding.UP)
    assert stamp(61.9) == "1:01"

"""Summaries of cue lateness, for the log and the timing benchmark.

Each speaker keeps ``latencies``: seconds from a cue's due time to the start
of its playback. A session is judged by the typical and the worst of them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class LatencySummary:
    """Cue lateness in milliseconds: how many, median, 95th percentile, worst."""

    count: int
    p50_ms: float
    p95_ms: float
    max_ms: float

    def __str__(self) -> str:
        return (
            f"{self.count} cues: p50 {self.p50_ms:.1f} ms, "
            f"p95 {self.p95_ms:.1f} ms, max {self.max_ms:.1f} ms"
        )


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (``fraction`` 0-1) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def summarize(latencies: Sequence[float]) -> LatencySummary:
    """Summarise lateness given in seconds; all zeros when there is none."""
    if not latencies:
        return LatencySummary(0, 0.0, 0.0, 0.0)
    return LatencySummary(
        count=len(latencies),
        p50_ms=percentile(latencies, 0.50) * 1000,
        p95_ms=percentile(latencies, 0.95) * 1000,
        max_ms=max(latencies) * 1000,
    )

"""Lateness summaries: nearest-rank percentiles in milliseconds."""

from __future__ import annotations

import pytest

from app.speech.latency import percentile, summarize


def test_summary_of_known_values() -> None:
    """Twenty values 1..20 ms give p50 10 ms, p95 19 ms, max 20 ms."""
    summary = summarize([i / 1000 for i in range(20, 0, -1)])
    assert summary.count == 20
    assert summary.p50_ms == pytest.approx(10.0)
    assert summary.p95_ms == pytest.approx(19.0)
    assert summary.max_ms == pytest.approx(20.0)
    assert "p95 19.0 ms" in str(summary)


def test_empty_and_single() -> None:
    """No cues gives zeros; one cue is its own median and maximum."""
    assert summarize([]).count == 0
    assert percentile([0.004], 0.95) == 0.004
    assert summarize([0.004]).p50_ms == pytest.approx(4.0)

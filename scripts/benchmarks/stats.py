"""Medians, ranges and ratios of a benchmark's runs (pure functions over the run records).

A record is one run: ``{"scenario": name, "contender": key, "round": n, "result": {metric: value, ...}}``, or with
``"error": message`` instead of a result when the run failed (it then counts for nothing).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .scenario import LSCLIENT, LSCLIENT_ASYNC, RAW, SDK, Contender


@dataclass(frozen=True)
class Summary:
    """The runs of one contender on one metric: median, lowest, highest, how many runs."""

    median: float
    low: float
    high: float
    n: int


def summarize(values: Sequence[float]) -> Summary | None:
    """The summary of ``values``, or None when there is none."""
    if not values:
        return None
    return Summary(float(statistics.median(values)), float(min(values)), float(max(values)), len(values))


def values(records: Iterable[Mapping[str, Any]], scenario: str, contender: str, metric: str) -> list[float]:
    """The metric's value in every successful run of ``contender`` in ``scenario``, in run order."""
    found = []
    for record in records:
        if record["scenario"] != scenario or record["contender"] != contender:
            continue
        result = record.get("result")
        if result is not None and result.get(metric) is not None:
            found.append(float(result[metric]))
    return found


def summaries(
    records: Sequence[Mapping[str, Any]], scenario: str, contenders: Iterable[Contender], metric: str
) -> dict[str, Summary | None]:
    """Contender key -> summary of ``metric`` in ``scenario``."""
    return {c.key: summarize(values(records, scenario, c.key, metric)) for c in contenders}


def failures(records: Iterable[Mapping[str, Any]], scenario: str, contender: str) -> list[str]:
    """The error messages of the failed runs of ``contender`` in ``scenario``."""
    return [
        str(record["error"])
        for record in records
        if record["scenario"] == scenario and record["contender"] == contender and record.get("error")
    ]


def best(contenders: Iterable[Contender], found: Mapping[str, Summary | None], family: str) -> str | None:
    """The key of ``family``'s contender with the lowest median (None when none has a value)."""
    measured = [(s.median, c.key) for c in contenders if c.family == family and (s := found.get(c.key)) is not None]
    return min(measured)[1] if measured else None


def representatives(contenders: Sequence[Contender], found: Mapping[str, Summary | None]) -> dict[str, str | None]:
    """Family -> the contender standing for it in the headline: its ``headline`` one, and raw's best."""
    chosen: dict[str, str | None] = {}
    for family in (LSCLIENT, LSCLIENT_ASYNC, SDK):
        chosen[family] = next((c.key for c in contenders if c.family == family and c.headline), None)
    chosen[RAW] = best(contenders, found, RAW)
    return chosen


def ratio(numerator: Summary | None, denominator: Summary | None) -> float | None:
    """``numerator.median / denominator.median``, None when either is missing or the denominator is 0."""
    if numerator is None or denominator is None or denominator.median == 0:
        return None
    return numerator.median / denominator.median

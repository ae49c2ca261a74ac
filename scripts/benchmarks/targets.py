"""Issue 9's targets, each checked against a run's medians (pure functions over the run records).

A target compares two medians of one run: a ratio (``lsclient / raw best ≤ 1.1``), a speed-up (``sequential /
concurrent ≥ 2.5``), the cost of objects on top of ``json.loads`` (``(lsclient - raw) / raw ≤ 0.7``) or a
difference (``lsclient - raw ≤ 10 MiB``). A side is a scenario, a metric and a contender key, a family's
headline contender (``"lsclient"``) or ``"raw-best"`` (the fastest plain-httpx way of that scenario).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import scenarios, stats
from .scenario import RAW

RAW_BEST = "raw-best"


@dataclass(frozen=True)
class Side:
    scenario: str
    metric: str
    who: str  # a contender key, a family (its headline contender) or RAW_BEST


@dataclass(frozen=True)
class Target:
    """One line of the issue's targets.

    :ivar kind: ``"ratio"`` (mine / other ≤ limit), ``"speedup"`` (other / mine ≥ limit), ``"extra"``
        ((mine - other) / other ≤ limit) or ``"difference"`` (mine - other ≤ limit, in the metric's unit).
    """

    text: str
    mine: Side
    other: Side
    kind: str
    limit: float
    #: the same comparison made by plain httpx in this run, where the target is about the server (a speed-up from
    #: concurrency): what any client reaches there, so a figure below the target beside a ceiling below it too is
    #: the server's bound, measured
    ceiling: tuple[Side, Side] | None = None


TARGETS: tuple[Target, ...] = (
    Target(
        "iterate 10k tasks with defaults ≤ 1.1× raw best",
        Side("iterate", "wall_s", "lsclient"),
        Side("iterate", "wall_s", RAW_BEST),
        "ratio",
        1.1,
    ),
    Target(
        "… and ≤ 0.5× the official SDK's default",
        Side("iterate", "wall_s", "lsclient"),
        Side("iterate", "wall_s", "sdk"),
        "ratio",
        0.5,
    ),
    Target(
        "retrieve ≤ 1.1× raw with `Connection: close` on the dev server",
        Side("retrieve", "per_request_ms", "lsclient"),
        Side("retrieve", "per_request_ms", "raw-close"),
        "ratio",
        1.1,
    ),
    Target(
        "retrieve ≤ 1.05× raw on gunicorn",
        Side("retrieve-scale-out", "per_request_ms", "lsclient"),
        Side("retrieve-scale-out", "per_request_ms", RAW_BEST),
        "ratio",
        1.05,
    ),
    Target(
        "import 10k ≤ 1.05× raw single request on the dev server",
        Side("import", "wall_s", "lsclient"),
        Side("import", "wall_s", "raw"),
        "ratio",
        1.05,
    ),
    Target(
        "PostgreSQL + 4 workers: concurrent import of 100k ≥ 2× faster than sequential raw",
        Side("import-concurrent", "wall_s", "lsclient-concurrent"),
        Side("import-concurrent", "wall_s", "raw"),
        "speedup",
        2.0,
        ceiling=(Side("import-concurrent", "wall_s", "raw-concurrent"), Side("import-concurrent", "wall_s", "raw")),
    ),
    Target(
        "parse: model construction ≤ 0.7× `json.loads` on top of it",
        Side("parse", "parse_ms", "lsclient"),
        Side("parse", "loads_ms", "lsclient"),  # json.loads in lsclient's own processes: the same machine state
        "extra",
        0.7,
    ),
    Target(
        "export 10k ≤ 1.05× raw",
        Side("export", "wall_s", "lsclient"),
        Side("export", "wall_s", RAW_BEST),
        "ratio",
        1.05,
    ),
    Target(
        "export of 100k: Δ peak RSS ≤ 5 MB",
        Side("export-large", "delta_peak_mib", "lsclient"),
        Side("export-large", "delta_peak_mib", "zero"),
        "difference",
        5.0,
    ),
    Target(
        "`import lsclient` ≤ 1.5× `import httpx` in time",
        Side("import-time", "import_s", "lsclient"),
        Side("import-time", "import_s", "raw"),
        "ratio",
        1.5,
    ),
    Target(
        "… and ≤ 10 MB above it (RSS after import and client)",
        Side("import-time", "rss_mib", "lsclient"),
        Side("import-time", "rss_mib", "raw"),
        "difference",
        10.0,
    ),
    Target(
        "2,000 predictions on PostgreSQL + 4 workers: concurrent ≥ 2.5× sequential",
        Side("predictions-concurrent", "wall_s", "lsclient"),
        Side("predictions-sequential", "wall_s", "lsclient"),
        "speedup",
        2.5,
        ceiling=(
            Side("predictions-concurrent", "wall_s", RAW_BEST),
            Side("predictions-sequential", "wall_s", RAW_BEST),
        ),
    ),
)


def _key(side: Side, records: Sequence[Mapping[str, Any]]) -> str | None:
    """The contender key ``side.who`` stands for in this run."""
    if side.scenario not in scenarios.MODULES:
        return None
    scenario = scenarios.load(side.scenario)
    found = stats.summaries(records, scenario.name, scenario.contenders, side.metric)
    if side.who == RAW_BEST:
        return stats.best(scenario.contenders, found, RAW)
    chosen = stats.representatives(scenario.contenders, found)
    if side.who in chosen and not any(c.key == side.who for c in scenario.contenders):
        return chosen[side.who]
    return side.who


def median(side: Side, records: Sequence[Mapping[str, Any]]) -> tuple[float, str] | None:
    """The median of ``side`` in this run and the contender key it is, None when not measured."""
    if side.who == "zero":
        return 0.0, "zero"
    key = _key(side, records)
    if key is None:
        return None
    summary = stats.summarize(stats.values(records, side.scenario, key, side.metric))
    return (summary.median, key) if summary else None


@dataclass(frozen=True)
class Outcome:
    target: Target
    value: float | None  # the compared figure (a ratio, a speed-up, an extra cost or a difference)
    met: bool | None  # None: not measured in this run
    mine: tuple[float, str] | None
    other: tuple[float, str] | None


def evaluate(target: Target, records: Sequence[Mapping[str, Any]]) -> Outcome:
    mine, other = median(target.mine, records), median(target.other, records)
    if mine is None or other is None:
        return Outcome(target, None, None, mine, other)
    a, b = mine[0], other[0]
    value: float | None
    if target.kind == "ratio":
        value = a / b if b else None
    elif target.kind == "speedup":
        value = b / a if a else None
    elif target.kind == "extra":
        value = (a - b) / b if b else None
    else:
        value = a - b
    if value is None:
        return Outcome(target, None, None, mine, other)
    met = value >= target.limit if target.kind == "speedup" else value <= target.limit
    return Outcome(target, value, met, mine, other)


def ceiling(target: Target, records: Sequence[Mapping[str, Any]]) -> Outcome | None:
    """The target's comparison made by plain httpx in this run (None when the target has no ceiling)."""
    if target.ceiling is None:
        return None
    return evaluate(Target(target.text, *target.ceiling, target.kind, target.limit), records)


def shown(outcome: Outcome) -> str:
    """The compared figure as the table shows it."""
    if outcome.value is None:
        return "not measured in this run"
    if outcome.target.kind == "difference":
        return f"{outcome.value:+.1f} MiB"
    return f"{outcome.value:.2f}×"


def table(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """The Markdown table of every target: what was compared, the figure, met or not."""
    lines = ["| target | compared | figure | met | raw httpx, same comparison |", "|---|---|---|---|---|"]
    for target in TARGETS:
        outcome = evaluate(target, records)
        compared = (
            f"`{target.mine.scenario}`: `{outcome.mine[1]}` vs `{outcome.other[1]}`"
            if outcome.mine and outcome.other
            else f"`{target.mine.scenario}`"
        )
        if target.mine.scenario != target.other.scenario and outcome.mine and outcome.other:
            compared = f"`{target.mine.scenario}` `{outcome.mine[1]}` vs `{target.other.scenario}` `{outcome.other[1]}`"
        met = {True: "yes", False: "**no**", None: "–"}[outcome.met]
        raw = ceiling(target, records)
        by_raw = "–"
        if raw is not None and raw.value is not None and raw.mine and raw.other:
            by_raw = f"{shown(raw)} (`{raw.mine[1]}` vs `{raw.other[1]}`)"
        lines.append(f"| {target.text} | {compared} | {shown(outcome)} | {met} | {by_raw} |")
    return lines

"""The Markdown page of a benchmark run (``docs/performance.md``) and the data of its figure (pure functions).

Input: the run's ``info`` (date, command, machine, versions, sizes...) and its records (see :mod:`.stats`).
"""

from __future__ import annotations

import shlex
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import scenarios, stats, targets
from .scenario import BASELINE, LSCLIENT, LSCLIENT_ASYNC, RAW, SDK, Metric, Scenario

#: a ratio to raw best above this is "behind" (the issue's target for most rows is 1.1)
RAW_SLACK = 1.1


@dataclass(frozen=True)
class Row:
    """A line of the headline table: one metric of one scenario."""

    scenario: str
    metric: str
    label: str


HEADLINE = (
    Row("iterate", "wall_s", "iterate {tasks} tasks (id + data)"),
    Row("iterate", "cpu_s", "same, client CPU"),
    Row("iterate", "requests", "same, requests sent"),
    Row("retrieve", "per_request_ms", "retrieve one task, per request"),
    Row("import", "wall_s", "import {tasks} tasks"),
    Row("export", "wall_s", "export {tasks} tasks as JSON to a file"),
    Row("export", "delta_peak_mib", "same, Δ peak RSS"),
    Row("parse", "parse_ms", "parse one {tasks}-task page into objects"),
    Row("import-time", "import_s", "import the library"),
    Row("import-time", "rss_mib", "same, RSS after import and client"),
    Row("import-large", "wall_s", "import {large} tasks from a generator"),
    Row("import-large", "peak_mib", "same, peak RSS"),
    Row("export-large", "wall_s", "download and read a {large}-task export"),
    Row("export-large", "peak_mib", "same, peak RSS"),
    Row("import-concurrent", "wall_s", "import {large} tasks from a generator, {concurrency} requests at once"),
    Row("predictions-sequential", "wall_s", "{predictions} predictions, one request each, sequential"),
    Row("predictions-concurrent", "wall_s", "{predictions} predictions, one request each, {concurrency} at once"),
    Row("predictions-bulk", "wall_s", "{predictions} predictions in bulk"),
    Row("retrieve-concurrent", "per_request_ms", "retrieve from {concurrency} concurrent callers, per request"),
    Row("retrieve-scale-out", "per_request_ms", "retrieve one task, per request, on the scale-out server"),
)

FAMILY_TITLES = {
    LSCLIENT: "lsclient",
    LSCLIENT_ASYNC: "lsclient async",
    SDK: "label-studio-sdk",
    RAW: "raw httpx",
    BASELINE: "Python alone",
}


# ------------------------------------------------------------------------------------------------ formatting


def format_number(value: float) -> str:
    """Three significant digits at most, thousands separated: 0.0123, 1.23, 12.3, 123, 1,234."""
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:,.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    if magnitude == 0:
        return "0"
    return f"{value:.3f}" if magnitude >= 0.01 else f"{value:.2g}"


def format_value(value: float | None, unit: str) -> str:
    """``12.3 s``; a count without unit; ``–`` for no value."""
    if value is None:
        return "–"
    if unit == "":
        return f"{value:,.0f}"
    return f"{format_number(value)} {unit}"


def format_summary(summary: stats.Summary | None, unit: str) -> str:
    """``12.3 s [11.9–13.0]`` (the range only with more than one run; none for counts that did not vary)."""
    if summary is None:
        return "–"
    text = format_value(summary.median, unit)
    if summary.n > 1 and summary.low != summary.high:
        low, high = (
            (f"{summary.low:,.0f}", f"{summary.high:,.0f}")
            if unit == ""
            else (format_number(summary.low), format_number(summary.high))
        )
        text += f" [{low}–{high}]"
    return text


def format_ratio(value: float | None, limit: float) -> str:
    """``1.23×``, in bold above ``limit`` (behind the target)."""
    if value is None:
        return "–"
    text = f"{value:.2f}×"
    return f"**{text}**" if value > limit else text


def fill(template: str, values: Mapping[str, Any]) -> str:
    """``template`` with ``{name}`` replaced by ``values`` (integers with thousands separators); unknown names stay."""
    shown = {k: (f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else v) for k, v in values.items()}

    class Keep(dict[str, Any]):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    return template.format_map(Keep(shown))


#: options left out of the command shown: the notes (shown as lines of their own) and where the run wrote its
#: report, figure and records (paths of the machine that ran it, nothing about what was measured)
HIDDEN_OPTIONS = ("--note", "--output", "--plot", "--results")


def shown_command(command: str) -> str:
    """The command without its :data:`HIDDEN_OPTIONS` (and ``--no-plot``)."""
    try:
        words = shlex.split(command)
    except ValueError:
        return command
    kept: list[str] = []
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word in HIDDEN_OPTIONS:
            skip = True
        elif word != "--no-plot" and not word.startswith(tuple(f"{option}=" for option in HIDDEN_OPTIONS)):
            kept.append(word)
    return shlex.join(kept)


def _values(info: Mapping[str, Any], scenario: str) -> dict[str, Any]:
    return {**info.get("sizes", {}), **info.get("specs", {}).get(scenario, {})}


# ------------------------------------------------------------------------------------------------ headline


@dataclass(frozen=True)
class Cells:
    """The headline numbers of one row."""

    row: Row
    unit: str
    found: dict[str, stats.Summary | None]
    chosen: dict[str, str | None]

    def summary(self, family: str) -> stats.Summary | None:
        key = self.chosen.get(family)
        return self.found.get(key) if key else None

    def ratio(self, family: str, other: str) -> float | None:
        return stats.ratio(self.summary(family), self.summary(other))


def _metric(scenario: Scenario, key: str) -> Metric | None:
    return next((m for m in scenario.metrics if m.key == key), None)


def headline_cells(records: Sequence[Mapping[str, Any]], ran: Sequence[str]) -> list[Cells]:
    """The headline rows of the scenarios that ran, with their numbers."""
    rows = []
    for row in HEADLINE:
        if row.scenario not in ran:
            continue
        scenario = scenarios.load(row.scenario)
        metric = _metric(scenario, row.metric)
        if metric is None:
            continue
        found = stats.summaries(records, scenario.name, scenario.contenders, metric.key)
        if not any(found.values()):
            continue
        rows.append(Cells(row, metric.unit, found, stats.representatives(scenario.contenders, found)))
    return rows


def headline_table(info: Mapping[str, Any], records: Sequence[Mapping[str, Any]]) -> list[str]:
    sdk = f"label-studio-sdk {info.get('versions', {}).get('label-studio-sdk') or ''}".strip()
    lines = [
        f"| work | lsclient | lsclient async | {sdk} | raw best | lsclient / raw | async / raw | lsclient / SDK |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for cells in headline_cells(records, info.get("scenarios", [])):
        raw_key = cells.chosen.get(RAW)
        raw_text = format_summary(cells.summary(RAW), cells.unit)
        if raw_key and raw_key != RAW:
            raw_text += f" (`{raw_key}`)"
        lines.append(
            "| "
            + " | ".join(
                [
                    fill(cells.row.label, _values(info, cells.row.scenario)),
                    format_summary(cells.summary(LSCLIENT), cells.unit),
                    format_summary(cells.summary(LSCLIENT_ASYNC), cells.unit),
                    format_summary(cells.summary(SDK), cells.unit),
                    raw_text,
                    format_ratio(cells.ratio(LSCLIENT, RAW), RAW_SLACK),
                    format_ratio(cells.ratio(LSCLIENT_ASYNC, RAW), RAW_SLACK),
                    format_ratio(cells.ratio(LSCLIENT, SDK), 1.0),
                ]
            )
            + " |"
        )
    return lines


def behind(info: Mapping[str, Any], records: Sequence[Mapping[str, Any]]) -> list[str]:
    """One bullet per headline row where lsclient (either flavour) is behind raw best by more than 10 % or behind
    label-studio-sdk at all."""
    bullets = []
    for cells in headline_cells(records, info.get("scenarios", [])):
        if cells.row.metric == "requests":
            continue
        parts = []
        for family in (LSCLIENT, LSCLIENT_ASYNC):
            mine = cells.summary(family)
            if mine is None:
                continue
            against = []
            to_raw = cells.ratio(family, RAW)
            if to_raw is not None and to_raw > RAW_SLACK:
                against.append(
                    f"{to_raw:.2f}× raw best (`{cells.chosen.get(RAW)}`, "
                    f"{format_value(cells.summary(RAW).median if cells.summary(RAW) else None, cells.unit)})"
                )
            to_sdk = cells.ratio(family, SDK)
            if to_sdk is not None and to_sdk > 1.0:
                against.append(f"{to_sdk:.2f}× label-studio-sdk")
            if against:
                parts.append(
                    f"{FAMILY_TITLES[family]} {format_value(mine.median, cells.unit)} is " + " and ".join(against)
                )
        if parts:
            label = fill(cells.row.label, _values(info, cells.row.scenario))
            if label.startswith("same,"):
                label = (
                    f"{fill(_first_label(cells.row.scenario), _values(info, cells.row.scenario))}: {label[5:].strip()}"
                )
            bullets.append(f"* {label}: " + "; ".join(parts) + ".")
    return bullets


def _first_label(scenario: str) -> str:
    return next(row.label for row in HEADLINE if row.scenario == scenario)


# ------------------------------------------------------------------------------------------------ details


def scenario_section(info: Mapping[str, Any], records: Sequence[Mapping[str, Any]], scenario: Scenario) -> list[str]:
    values = _values(info, scenario.name)
    server = info.get("servers", {}).get(_server_kind(info, scenario), {}).get("describe")
    lines = [f"### {fill(scenario.title, values)}", ""]
    # from the records: a scenario run again (--from-results with several files) has its own number of rounds
    rounds = max(
        (r["round"] for r in records if r.get("scenario") == scenario.name and isinstance(r.get("round"), int)),
        default=info.get("heavy_rounds") if scenario.heavy else info.get("rounds"),
    )
    where = f"Server: {server}. " if server and scenario.name != "import-time" else ""
    lines.append(f"{where}Rounds: {rounds}. Ratios compare medians of the first column.")
    lines.append("")
    contenders = list(scenario.contenders)
    primary = scenario.metric
    found = stats.summaries(records, scenario.name, contenders, primary.key)
    chosen = stats.representatives(contenders, found)
    raw_best = found.get(chosen[RAW]) if chosen.get(RAW) else None
    sdk = found.get(chosen[SDK]) if chosen.get(SDK) else None
    header = ["contender", "what it runs", *(f"{m.label}" for m in scenario.metrics), "runs", "/ raw best", "/ SDK"]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for contender in contenders:
        runs = stats.values(records, scenario.name, contender.key, primary.key)
        failed = stats.failures(records, scenario.name, contender.key)
        if not runs and not failed:
            continue
        cells = [f"`{contender.key}`", fill(contender.what, values)]
        for metric in scenario.metrics:
            cells.append(
                format_summary(
                    stats.summarize(stats.values(records, scenario.name, contender.key, metric.key)), metric.unit
                )
            )
        cells.append(f"{len(runs)}" + (f" ({len(failed)} failed)" if failed else ""))
        mine = found.get(contender.key)
        cells.append(
            format_ratio(stats.ratio(mine, raw_best), float("inf")) if contender.family not in (RAW, BASELINE) else ""
        )
        cells.append(
            format_ratio(stats.ratio(mine, sdk), float("inf")) if contender.family not in (SDK, BASELINE) else ""
        )
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    facts = info.get("scenario_info", {}).get(scenario.name, {})
    bullets = [fill(note, values) for note in scenario.notes]
    if "snapshot_s" in facts:
        bullets.insert(0, f"The server built the snapshot in {facts['snapshot_s']} s.")
    if "page_bytes" in facts:
        bullets.insert(0, f"The page is {facts['page_bytes'] / 1024 / 1024:.1f} MiB of JSON.")
    bullets += _derived(scenario, found, chosen, records)
    bullets += _server_cpu(info, records, scenario)
    skipped = info.get("skipped", {}).get(scenario.name)
    if skipped:
        bullets.append("Not run on this server: " + ", ".join(f"`{key}`" for key in skipped) + ".")
    for contender in contenders:
        for error in sorted(set(stats.failures(records, scenario.name, contender.key))):
            bullets.append(f"`{contender.key}` failed: {error}")
    lines += [f"* {bullet}" for bullet in bullets]
    if bullets:
        lines.append("")
    return lines


def _server_cpu(info: Mapping[str, Any], records: Sequence[Mapping[str, Any]], scenario: Scenario) -> list[str]:
    """The server's CPU time during each contender's timed work (medians), per request where requests were
    counted, and the floor it puts under any client's wall time on this machine's cores."""
    parts = []
    least: float | None = None
    for contender in scenario.contenders:
        cpu = stats.summarize(stats.values(records, scenario.name, contender.key, "server_cpu_s"))
        if cpu is None or cpu.median < 0.01:  # no request (parse, import-time): nothing to say
            continue
        least = cpu.median if least is None else min(least, cpu.median)
        requests = stats.summarize(stats.values(records, scenario.name, contender.key, "requests"))
        per = (
            f" ({format_value(cpu.median * 1000 / requests.median, 'ms')} per request)"
            if requests and requests.median
            else ""
        )
        parts.append(f"`{contender.key}` {format_value(cpu.median, 's')}{per}")
    if least is None:
        return []
    text = "Server CPU time during the timed work (user + system of the server's processes, medians): " + "; ".join(
        parts
    )
    cores = info.get("machine", {}).get("cores")
    if cores:
        text += (
            f". With {cores} cores, no client can have that work done in less than the server's CPU time / {cores} "
            f"({format_value(least / cores, 's')} here), however many requests it sends at once"
        )
    return [text + "."]


def _derived(
    scenario: Scenario,
    found: Mapping[str, stats.Summary | None],
    chosen: Mapping[str, str | None],
    records: Sequence[Mapping[str, Any]] = (),
) -> list[str]:
    """Figures that need two contenders of a scenario: the cost of objects over ``json.loads``; concurrent imports
    against the sequential raw one."""
    if scenario.name == "import-concurrent":
        sequential = found.get(RAW)
        parts = []
        for family in (LSCLIENT, LSCLIENT_ASYNC, RAW):
            key = chosen.get(family) if family != RAW else "raw-concurrent"
            mine = found.get(key) if key else None
            if mine is not None and sequential is not None and mine.median > 0:
                parts.append(f"`{key}` {sequential.median / mine.median:.2f}×")
        if not parts:
            return []
        return ["Speed-up over the sequential raw import (`raw`, one request): " + ", ".join(parts) + "."]
    if scenario.name != "parse":
        return []
    # each contender against json.loads timed in its own processes (results of older runs: against raw's)
    own_loads = stats.summaries(records, scenario.name, scenario.contenders, "loads_ms")
    raw_loads = found.get(chosen[RAW]) if chosen.get(RAW) else None
    parts = []
    for family in (LSCLIENT, SDK):
        key = chosen.get(family)
        mine = found.get(key) if key else None
        loads = (own_loads.get(key) if key else None) or raw_loads
        if mine is not None and loads is not None and loads.median > 0:
            extra = (mine.median - loads.median) / loads.median
            parts.append(f"{FAMILY_TITLES[family]} {extra:.2f}×")
    if not parts:
        return []
    return ["Cost of building the objects, on top of `json.loads` and relative to it: " + ", ".join(parts) + "."]


def _server_kind(info: Mapping[str, Any], scenario: Scenario) -> str:
    return str(info.get("concurrency_server" if scenario.server == "concurrency" else "main_server", "dev"))


# ------------------------------------------------------------------------------------------------ page


def _load_line(records: Sequence[Mapping[str, Any]], cores: Any) -> str:
    loads = [float(r["load"]) for r in records if r.get("load") is not None]
    if not loads:
        return ""
    return (
        f"* Load average (1 min) when the runs started: median {statistics.median(loads):.1f}, "
        f"{min(loads):.1f}–{max(loads):.1f} (on {cores} cores)"
    )


def render(info: Mapping[str, Any], records: Sequence[Mapping[str, Any]], *, plot: str | None = None) -> str:
    machine = info.get("machine", {})
    versions = info.get("versions", {})
    sizes = info.get("sizes", {})
    ran = [name for name in info.get("scenarios", []) if name in scenarios.MODULES]
    servers = info.get("servers", {})
    main_kind, concurrency_kind = info.get("main_server", "dev"), info.get("concurrency_server", "dev")
    lines = [
        "# Performance",
        "",
        "Measured by `make bench` (`scripts/bench.py`): lsclient (sync and async), the official SDK "
        "(label-studio-sdk, in a virtualenv of its own) and plain httpx doing the same work against the same "
        "local Label Studio, in one run. Every run is a fresh Python process; the contenders of a scenario take "
        "turns, their order rotated every round, so a slow minute of the machine hits them alike. A cell is the "
        "median of the runs, with [lowest–highest] when there were several. **raw best** is the fastest of the "
        "plain-httpx ways (each scenario lists them): the best straightforward requests, no SDK. Ratios compare "
        "medians; lsclient / raw above 1.10 and lsclient / SDK above 1.00 are in bold. Each run is checked on "
        "the server (the tasks, predictions or file it should have made are counted), and the tests never assert "
        "on time or memory: this page is where they are stated.",
        "",
        f"* Date: {info.get('date', '?')}; the whole run took {info.get('duration_s', 0) / 60:.0f} min",
        f"* Command: `{shown_command(str(info.get('command', '?')))}`",
        f"* Machine: {machine.get('cores', '?')} cores ({machine.get('cpu', '?')}), {machine.get('memory', '?')} "
        f"RAM, {machine.get('system', '?')}, Python {machine.get('python', '?')}",
    ]
    load = _load_line(records, machine.get("cores", "?"))
    if load:
        lines.append(load)
    lines += [f"* {note}" for note in info.get("notes", [])]
    sdk_version = versions.get("label-studio-sdk") or "–"
    sdk_httpx = versions.get("httpx (SDK's)") or "–"
    lines.append(
        f"* Versions: lsclient {versions.get('lsclient', '?')}, label-studio-sdk {sdk_version}"
        f" (httpx {sdk_httpx} in its virtualenv), httpx {versions.get('httpx', '?')}"
    )
    for kind, about in servers.items():
        used = []
        if kind == main_kind:
            used.append("most scenarios")
        if kind == concurrency_kind:
            used.append("the concurrency scenarios")
        lines.append(
            f"* Server for {' and '.join(used) or 'some scenarios'}: Label Studio {about.get('release', '?')} "
            f"{about.get('edition', '')}, {about.get('describe', '?')}, started for the run on the same machine"
        )
    lines.append(
        f'* Sizes: {sizes.get("tasks", 0):,} tasks (the "10k" scenarios), {sizes.get("large", 0):,} (the large ones), '
        f"{sizes.get('predictions', 0):,} predictions, {sizes.get('concurrency', 0)} concurrent callers; "
        f"{info.get('rounds')} rounds ({info.get('heavy_rounds')} for the long scenarios)"
    )
    lines += ["", "## Headline", ""]
    lines += headline_table(info, records)
    if plot:
        lines += [
            "",
            f"![Each client's time (or memory) relative to raw best, per scenario]({plot})",
            "",
            "The figure shows the same medians as ratios to raw best (1 is raw best; lower is better), with each "
            "client's lowest–highest run as a whisker.",
        ]
    lines += ["", "## Issue 9's targets", ""]
    lines += targets.table(records)
    lines += [
        "",
        "Each figure compares two medians of this run (a scenario's contender named in the table; `raw-best` is "
        "its fastest plain-httpx way). The last column makes a speed-up target's comparison with plain httpx in the "
        "same run: what the server gives any client. Where a target is not met, the scenario's section says what "
        "bounds it.",
    ]
    bullets = behind(info, records)
    lines += ["", "## Where lsclient is behind", ""]
    lines += bullets or ["* Nowhere in this run: within 10 % of raw best and ahead of label-studio-sdk on every row."]
    lines += ["", "## Scenarios", ""]
    for name in ran:
        lines += scenario_section(info, records, scenarios.load(name))
    lines += ["## Reading the numbers", ""]
    lines += [f"* {paragraph}" for paragraph in READING]
    return "\n".join(lines) + "\n"


READING = (
    "Time is mostly the server's. Django's development server (`label-studio start`, what `make server` runs) adds "
    "about 40-50 ms to every request on a reused keep-alive connection (measured with httpx: about 56 ms per "
    "request on a keep-alive connection, 13 ms with `Connection: close`; gunicorn and uwsgi do not stall); every "
    "keep-alive client pays it once per request, so per-request work (retrieve, one prediction at a time) "
    "and many small pages pay it many times. The `Connection: close` rows show the same work without it.",
    "Memory: lsclient streams both ways. Its import holds one batch at a time (one per request in flight with "
    "`concurrency`), a download is written to disk as it arrives, and `iter_export_tasks` parses one task at a "
    "time, so its memory does not grow with the number of tasks. label-studio-sdk's import takes a sequence (the "
    "whole import in memory, plus its JSON encoding), it has no lazy reader, so an export is `json.load`-ed "
    "whole, and `as_file` buffers the whole download in a `BytesIO` first. **Peak RSS** is the process's peak "
    "while working (the kernel's `VmHWM`, reset through `/proc/self/clear_refs` once the libraries are imported "
    "and the client is built); **Δ peak** is that peak minus the RSS the process had when the work started.",
    "Exports: `project.export(path)` builds a snapshot (Label Studio Community builds it inside the "
    "`POST /exports/` request), downloads it and removes it; label-studio-sdk's `as_file` calls the older "
    "one-shot `GET /api/projects/{id}/export`, which builds the export on every call. label-studio-sdk's "
    "default timeout is 60 s per request, which a large import or export outlasts, so the benchmark gives every "
    "client 3600 s; lsclient's long operations have their own `timeout` (default 600 s) whatever the client's.",
    "Concurrency: the development server is one process, and SQLite takes one writer at a time: concurrent writes "
    "queue for its lock (Label Studio retries a locked write after growing pauses, and may answer 500 in the end), "
    "so concurrent requests there measure the server's limit as much as the clients'. The concurrency scenarios "
    "are meant for a server with several workers (`--concurrency-server postgresql`, the default once "
    "`scripts/ls_server.py` can start one), where they show what the clients can send.",
    "The baselines (Python alone) are floors: building the import as one list and encoding it, or the worker "
    "process before any import.",
)


# ------------------------------------------------------------------------------------------------ figure


def plot_data(info: Mapping[str, Any], records: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """What ``plot.py`` draws: per headline row, each client's median (and range) divided by raw best's median."""
    rows = []
    for cells in headline_cells(records, info.get("scenarios", [])):
        raw = cells.summary(RAW)
        if raw is None or raw.median == 0 or cells.row.metric == "requests":
            continue
        bars = {}
        for family in (LSCLIENT, LSCLIENT_ASYNC, SDK):
            mine = cells.summary(family)
            if mine is not None:
                bars[FAMILY_TITLES[family]] = [mine.median / raw.median, mine.low / raw.median, mine.high / raw.median]
        label = fill(cells.row.label, _values(info, cells.row.scenario))
        if label.startswith("same,"):
            label = fill(_first_label(cells.row.scenario), _values(info, cells.row.scenario)) + label[4:]
        rows.append({"label": label, "bars": bars})
    sdk = info.get("versions", {}).get("label-studio-sdk") or ""
    return {
        "title": f"lsclient and label-studio-sdk {sdk} relative to raw httpx ({info.get('date', '')})",
        "rows": rows,
    }

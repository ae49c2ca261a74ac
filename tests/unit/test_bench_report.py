"""The benchmark's statistics and report (scripts/benchmarks): pure functions on hand-made run records."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from bench import rotated  # noqa: E402
from benchmarks import report, scenarios, stats, targets  # noqa: E402
from benchmarks.scenario import LSCLIENT, LSCLIENT_ASYNC, RAW, SDK, Contender  # noqa: E402


def record(scenario: str, contender: str, **result: float) -> dict[str, Any]:
    return {"scenario": scenario, "contender": contender, "round": 1, "load": 1.0, "result": result}


def iterate_records() -> list[dict[str, Any]]:
    runs = {
        "lsclient": [20.0, 22.0, 30.0],
        "lsclient-async": [19.0, 21.0, 23.0],
        "sdk": [40.0, 41.0, 39.0],
        "raw": [16.0, 18.0, 17.0],
        "raw-include": [10.0, 11.0, 12.0],
    }
    return [record("iterate", key, wall_s=v, cpu_s=v / 10, requests=10) for key, values in runs.items() for v in values]


def test_summary_is_median_and_range() -> None:
    assert stats.summarize([3.0, 1.0, 2.0, 10.0]) == stats.Summary(2.5, 1.0, 10.0, 4)
    assert stats.summarize([]) is None


def test_failed_runs_count_for_nothing() -> None:
    records = [record("iterate", "raw", wall_s=2.0), {"scenario": "iterate", "contender": "raw", "error": "boom"}]
    assert stats.values(records, "iterate", "raw", "wall_s") == [2.0]
    assert stats.failures(records, "iterate", "raw") == ["boom"]


def test_raw_best_is_the_fastest_raw_way_and_others_their_headline() -> None:
    scenario = scenarios.load("iterate")
    found = stats.summaries(iterate_records(), "iterate", scenario.contenders, "wall_s")
    chosen = stats.representatives(scenario.contenders, found)
    assert chosen == {LSCLIENT: "lsclient", LSCLIENT_ASYNC: "lsclient-async", SDK: "sdk", RAW: "raw-include"}
    assert stats.ratio(found["lsclient"], found["raw-include"]) == 2.0
    assert stats.ratio(found["lsclient"], None) is None


def test_formatting() -> None:
    assert report.format_value(22.456, "s") == "22.5 s"
    assert report.format_value(0.01234, "s") == "0.012 s"
    assert report.format_value(1234.0, "ms") == "1,234 ms"
    assert report.format_value(101, "") == "101"
    assert report.format_value(None, "s") == "–"
    assert report.format_summary(stats.Summary(22.0, 20.0, 30.0, 3), "s") == "22.0 s [20.0–30.0]"
    assert report.format_summary(stats.Summary(22.0, 22.0, 22.0, 1), "s") == "22.0 s"
    assert report.format_ratio(1.5, 1.1) == "**1.50×**"
    assert report.format_ratio(1.05, 1.1) == "1.05×"
    assert report.fill("iterate {tasks} tasks, {unknown}", {"tasks": 10000}) == "iterate 10,000 tasks, {unknown}"


def test_rounds_rotate_the_order_of_contenders() -> None:
    contenders = [Contender(key, RAW, "") for key in ("a", "b", "c")]
    orders = [[c.key for c in rotated(contenders, n)] for n in range(4)]
    assert orders == [["a", "b", "c"], ["b", "c", "a"], ["c", "a", "b"], ["a", "b", "c"]]


def test_page_states_the_ratios_the_machine_and_where_lsclient_is_behind() -> None:
    info = {
        "date": "2026-11-30",
        "command": "python scripts/bench.py",
        "scenarios": ["iterate"],
        "sizes": {"tasks": 10000},
        "rounds": 3,
        "heavy_rounds": 2,
        "machine": {"cores": 2, "cpu": "Some CPU", "memory": "24 GiB", "system": "Linux", "python": "3.11.7"},
        "versions": {"lsclient": "0.1.0 (abc123)", "label-studio-sdk": "2.1.2", "httpx": "0.28.1"},
        "servers": {"dev": {"describe": "the dev server", "release": "1.23.2", "edition": "Community"}},
        "notes": ["The machine was shared."],
    }
    page = report.render(info, iterate_records(), plot="performance.png")
    headline = next(line for line in page.splitlines() if line.startswith("| iterate 10,000 tasks"))
    # lsclient 22 s against raw best 11 s (raw-include) and the SDK's 40 s
    assert "22.0 s [20.0–30.0]" in headline and "11.0 s [10.0–12.0] (`raw-include`)" in headline
    assert "**2.00×**" in headline and "0.55×" in headline
    assert "2 cores (Some CPU), 24 GiB RAM" in page and "The machine was shared." in page
    assert "* iterate 10,000 tasks (id + data): lsclient 22.0 s is 2.00× raw best" in page
    assert "![" in page and "(performance.png)" in page
    data = report.plot_data(info, iterate_records())
    assert data["rows"][0]["bars"]["lsclient"] == [2.0, 20.0 / 11.0, 30.0 / 11.0]


def test_a_second_run_replaces_its_scenarios_and_says_so() -> None:
    from bench import combine

    first = {
        "info": {"command": "python scripts/bench.py", "notes": ["shared"], "specs": {"iterate": {"project": 1}}},
        "records": [record("iterate", "raw", wall_s=1.0), record("predictions-bulk", "raw", wall_s=9.0)],
    }
    again = {
        "info": {"date": "2026-11-30", "command": "python scripts/bench.py --scenarios predictions-bulk"},
        "records": [record("predictions-bulk", "raw", wall_s=2.0)],
    }
    combined = combine([first, again])
    assert [(r["scenario"], r["result"]["wall_s"]) for r in combined["records"]] == [
        ("iterate", 1.0),
        ("predictions-bulk", 2.0),
    ]
    assert combined["info"]["notes"][0] == "shared"
    assert "predictions-bulk, by `python scripts/bench.py --scenarios predictions-bulk`" in combined["info"]["notes"][1]
    assert first["info"]["notes"] == ["shared"]  # the loaded results are not changed


def test_the_command_shown_leaves_out_the_notes_and_where_the_run_wrote() -> None:
    command = "python scripts/bench.py --port 8101 --note 'others'\"'\"' work' --note=x --rounds 2"
    assert report.shown_command(command) == "python scripts/bench.py --port 8101 --rounds 2"
    command = "python scripts/bench.py --output /tmp/r.md --no-plot --results=/tmp/x --plot a.png --scenarios parse"
    assert report.shown_command(command) == "python scripts/bench.py --scenarios parse"


def test_targets_are_checked_on_the_run_s_medians() -> None:
    records = iterate_records()  # lsclient 22 s, raw best (raw-include) 11 s, sdk 40 s
    records += [record("parse", "lsclient", parse_ms=v, loads_ms=100.0) for v in (150.0, 160.0, 170.0)]
    records += [record("parse", "raw", parse_ms=v) for v in (100.0, 100.0, 100.0)]
    records += [record("import-time", "lsclient", import_s=0.06, rss_mib=40.0)]
    records += [record("import-time", "raw", import_s=0.05, rss_mib=29.0)]
    records += [record("predictions-sequential", "lsclient", wall_s=100.0)]
    records += [record("predictions-concurrent", "lsclient", wall_s=30.0)]
    outcomes = {o.target.text: o for o in (targets.evaluate(t, records) for t in targets.TARGETS)}
    iterate = outcomes["iterate 10k tasks with defaults ≤ 1.1× raw best"]
    assert (iterate.value, iterate.met, iterate.other) == (2.0, False, (11.0, "raw-include"))
    assert outcomes["… and ≤ 0.5× the official SDK's default"].value == 22.0 / 40.0
    parse = outcomes["parse: model construction ≤ 0.7× `json.loads` on top of it"]
    assert (round(parse.value or 0, 6), parse.met) == (0.6, True)
    assert outcomes["`import lsclient` ≤ 1.5× `import httpx` in time"].met is True
    rss = outcomes["… and ≤ 10 MB above it (RSS after import and client)"]
    assert (rss.value, rss.met) == (11.0, False)
    speedup = outcomes["2,000 predictions on PostgreSQL + 4 workers: concurrent ≥ 2.5× sequential"]
    assert (round(speedup.value or 0, 6), speedup.met) == (3.333333, True)
    assert outcomes["export 10k ≤ 1.05× raw"].met is None  # not measured
    table = "\n".join(targets.table(records))
    assert (
        "| iterate 10k tasks with defaults ≤ 1.1× raw best | `iterate`: `lsclient` vs `raw-include` | 2.00× "
        "| **no** | – |" in table
    )
    assert "| +11.0 MiB | **no** | – |" in table
    assert "| export 10k ≤ 1.05× raw | `export` | not measured in this run | – | – |" in table


def test_a_speed_up_target_shows_what_plain_httpx_reached_on_the_same_server() -> None:
    records = [record("import-concurrent", "lsclient-concurrent", wall_s=v) for v in (70.0, 72.0, 74.0)]
    records += [record("import-concurrent", "raw", wall_s=v) for v in (68.0, 68.0)]
    records += [record("import-concurrent", "raw-concurrent", wall_s=v) for v in (73.0, 75.0)]
    target = next(t for t in targets.TARGETS if t.mine.scenario == "import-concurrent")
    assert targets.evaluate(target, records).met is False
    raw = targets.ceiling(target, records)
    assert raw is not None and raw.value is not None and round(raw.value, 6) == round(68.0 / 74.0, 6)
    line = next(line for line in targets.table(records) if "import of 100k" in line)
    assert line.endswith("| 0.94× | **no** | 0.92× (`raw-concurrent` vs `raw`) |")
    unmeasured = next(line for line in targets.table([]) if "2,000 predictions" in line)
    assert unmeasured.endswith("| not measured in this run | – | – |")


def test_concurrent_import_states_its_speed_up_over_the_sequential_raw_import() -> None:
    scenario = scenarios.load("import-concurrent")
    runs = {"lsclient-concurrent": 40.0, "lsclient-async-concurrent": 50.0, "lsclient": 60.0, "raw": 60.0}
    records = [record("import-concurrent", key, wall_s=value) for key, value in runs.items()]
    found = stats.summaries(records, "import-concurrent", scenario.contenders, "wall_s")
    chosen = stats.representatives(scenario.contenders, found)
    # raw-concurrent did not run (the development server): the line leaves it out
    assert report._derived(scenario, found, chosen) == [
        "Speed-up over the sequential raw import (`raw`, one request): "
        "`lsclient-concurrent` 1.50×, `lsclient-async-concurrent` 1.20×."
    ]
    assert [c.key for c in scenario.contenders if c.needs_workers] == [
        "lsclient-concurrent",
        "lsclient-async-concurrent",
        "raw-concurrent",
    ]


def test_scenario_section_states_the_server_cpu_and_the_floor_it_puts_under_wall_time() -> None:
    scenario = scenarios.load("predictions-concurrent")
    records = [
        record("predictions-concurrent", "lsclient", wall_s=60.0, server_cpu_s=100.0, requests=2000),
        record("predictions-concurrent", "raw", wall_s=58.0, server_cpu_s=98.0, requests=2000),
    ]
    info = {"machine": {"cores": 2}, "rounds": 1, "heavy_rounds": 1}
    text = "\n".join(report.scenario_section(info, records, scenario))
    assert "`lsclient` 100 s (50.0 ms per request)" in text and "`raw` 98.0 s (49.0 ms per request)" in text
    assert (
        "With 2 cores, no client can have that work done in less than the server's CPU time / 2 (49.0 s here)" in text
    )
    idle = [record("parse", "lsclient", parse_ms=100.0, server_cpu_s=0.0)]
    assert "Server CPU" not in "\n".join(report.scenario_section(info, idle, scenarios.load("parse")))


def test_server_cpu_counts_the_processes_naming_the_server_directory_and_their_children(tmp_path: Path) -> None:
    import subprocess
    import time

    from benchmarks.measure import server_cpu_seconds

    marker = str(tmp_path / "server-home")
    busy = "import subprocess, sys; subprocess.run([sys.executable, '-c', 'sum(range(30_000_000))'])"
    before = server_cpu_seconds(marker)
    assert before == 0.0  # no such server yet
    started = time.process_time()
    subprocess.run([sys.executable, "-c", busy, marker], check=True)  # the child's CPU is in the parent's cutime
    assert time.process_time() - started < 0.1
    # the process ended: its CPU went to its parent (this test), which names no server directory
    assert server_cpu_seconds(marker) == 0.0
    running = subprocess.Popen([sys.executable, "-c", busy + "; import time; time.sleep(5)", marker])
    try:
        deadline = time.monotonic() + 30
        used = 0.0
        while time.monotonic() < deadline:
            used = server_cpu_seconds(marker) or 0.0
            if used > 0.2:
                break
            time.sleep(0.1)
        assert used > 0.2  # the busy grandchild, ended, counted in the child that names the directory
    finally:
        running.kill()
        running.wait()

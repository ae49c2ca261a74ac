#!/usr/bin/env python3
"""``make bench``: lsclient against label-studio-sdk and plain httpx, side by side on the same Label Studio.

Usage (from the repository root, with lsclient's environment, e.g. ``.venv/bin/python``)::

    python scripts/bench.py                 # every scenario, full size; writes docs/performance.md and .png
    python scripts/bench.py --quick         # small sizes, one round (a few minutes); prints the report
    python scripts/bench.py --scenarios iterate,retrieve --rounds 5 --output -
    python scripts/bench.py --from-results .cache/bench/results/<stamp>.json   # the report again, no run

What it does:

* installs, on first use, label-studio-sdk (``--sdk-version``, default 2.1.2) into a virtualenv of its own and
  matplotlib into another (``.cache/bench/``), both from PyPI;
* starts its own Label Studio through ``scripts/ls_server.py`` (its own directory and port, never ``make
  server``'s): ``--server`` for most scenarios, ``--concurrency-server`` for the ones about concurrency
  (``auto``: PostgreSQL + gunicorn when the harness can start it, else the dev server); seeds the data;
* runs every scenario (``scripts/benchmarks/scenarios/``) for every contender -- lsclient sync and async,
  label-studio-sdk, plain httpx -- each run in a fresh process, the contenders interleaved and their order
  rotated every round, and checks that each run did its work (counts on the server);
* reports the median and min-max of every contender, the ratios lsclient / raw best and lsclient / SDK, the
  machine, the versions and the command, and draws the ratios (``docs/performance.png``).

Nothing here is asserted in the test suite: this script measures, the report states the numbers. Every run is
saved as it finishes (``.cache/bench/results/``), so an interrupted run still leaves its numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shlex
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks import report, scenarios, servers, venvs
from benchmarks.measure import SERVER_HOME_ENV
from benchmarks.scenario import PROJECT_PYTHON, SDK_PYTHON, Contender, Scenario
from benchmarks.seed import Admin

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "bench"
WORKER = ROOT / "scripts" / "bench_worker.py"
DEFAULT_SDK_VERSION = "2.1.2"
PLOT_REQUIREMENTS = ["matplotlib==3.11.2"]
RUN_TIMEOUT_S = 3 * 3600


@dataclass(frozen=True)
class Sizes:
    """How much work each scenario does (the titles of the report use these names)."""

    tasks: int  # the "10k" scenarios: iterate, import, export, parse
    large: int  # the "100k" scenarios
    retrieves: int  # sequential retrieve requests per run
    predictions: int  # predictions created per run
    concurrency: int  # callers / requests in flight in the concurrency scenarios
    concurrent_retrieves: int  # requests per run of retrieve-concurrent


FULL = Sizes(tasks=10_000, large=100_000, retrieves=100, predictions=2_000, concurrency=8, concurrent_retrieves=200)
QUICK = Sizes(tasks=500, large=2_000, retrieves=20, predictions=40, concurrency=8, concurrent_retrieves=40)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------------ context


class Context:
    """One server's side of a benchmark: its admin client, the data seeded on it, a scratch directory."""

    def __init__(self, server: servers.BenchServer, sizes: Sizes, scratch: Path) -> None:
        self.server = server
        self.sizes = sizes
        self.scratch = scratch
        self.url = server.env["LABEL_STUDIO_URL"]
        self.api_key = server.env["LABEL_STUDIO_LEGACY_TOKEN"]
        self.admin = Admin(self.url, self.api_key)
        self.cache: dict[str, Any] = {}

    def main_project(self) -> int:
        """The project of ``sizes.tasks`` tasks the read-only scenarios share (seeded on first use)."""
        if "main" not in self.cache:
            log(f"seeding a project of {self.sizes.tasks:,} tasks")
            project = self.admin.create_project("bench main")
            self.cache["main"] = project
            self.cache["main_ids"] = self.admin.import_tasks(project, self.sizes.tasks)
        return int(self.cache["main"])

    def main_task_ids(self) -> list[int]:
        self.main_project()
        return list(self.cache["main_ids"])

    def base_spec(self) -> dict[str, Any]:
        return {"url": self.url, "api_key": self.api_key}


# ------------------------------------------------------------------------------------------------ running


class RunFailed(Exception):
    """A worker process failed or did not do its work."""


def run_worker(
    python: Path | str, scenario: str, contender: str, spec: dict[str, Any], *, server_home: Path | None = None
) -> dict[str, Any]:
    # Bytecode is written (as pip does when it installs a package): with PYTHONDONTWRITEBYTECODE set, a module whose
    # source changed since its cached bytecode is compiled again at every import, which the unrecorded warm-up run
    # could not cure (measured: 17 ms of lsclient's 0.13 s import, after a merge touched 10 of its modules).
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")}
    env["LSCLIENT_PROGRESS"] = "0"
    if server_home is not None:  # the worker's Meter measures the server's CPU time too (see measure.py)
        env[SERVER_HOME_ENV] = str(server_home.resolve())
    try:
        done = subprocess.run(
            [str(python), str(WORKER), scenario, contender],
            input=json.dumps(spec),
            env=env,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise RunFailed(f"no result after {RUN_TIMEOUT_S} s") from exc
    if done.returncode != 0:
        lines = done.stderr.replace(f"{ROOT}/", "").strip().splitlines()  # no local paths in the report
        raise RunFailed(f"exit {done.returncode}: " + " | ".join(lines[-3:]))
    try:
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError) as exc:
        raise RunFailed(f"no JSON result on stdout: {done.stdout[-300:]!r}") from exc
    return result


def rotated(contenders: list[Contender], round_number: int) -> list[Contender]:
    """The contenders in the order of round ``round_number`` (0-based): rotated by one each round."""
    if not contenders:
        return []
    shift = round_number % len(contenders)
    return contenders[shift:] + contenders[:shift]


class Bench:
    """One benchmark run: the records of every run so far, saved after each one."""

    def __init__(self, args: argparse.Namespace, sizes: Sizes, pythons: dict[str, Path | str], results: Path) -> None:
        self.args = args
        self.sizes = sizes
        self.pythons = pythons
        self.results = results
        self.records: list[dict[str, Any]] = []
        self.info: dict[str, Any] = {}

    def save(self) -> None:
        self.results.parent.mkdir(parents=True, exist_ok=True)
        payload = {"info": self.info, "records": self.records}
        tmp = self.results.with_suffix(".tmp")
        tmp.write_text(json.dumps(payload, indent=1) + "\n")
        tmp.replace(self.results)

    def run_scenario(self, scenario: Scenario, ctx: Context) -> None:
        contenders = [c for c in scenario.contenders if c.python in self.pythons]
        if ctx.server.kind == "dev":
            skipped = [c.key for c in contenders if c.needs_workers]
            contenders = [c for c in contenders if not c.needs_workers]
            if skipped:
                self.info.setdefault("skipped", {})[scenario.name] = skipped
        rounds = self.args.heavy_rounds if scenario.heavy else self.args.rounds
        log(f"== {scenario.name}: {len(contenders)} contenders x {rounds} rounds")
        spec = {**ctx.base_spec(), **(scenario.prepare(ctx) if scenario.prepare else {})}
        shown = {
            k: v for k, v in spec.items() if isinstance(v, int | float | str) and k not in ("url", "api_key", "path")
        }
        self.info.setdefault("specs", {})[scenario.name] = shown
        if scenario.info:
            self.info.setdefault("scenario_info", {})[scenario.name] = dict(scenario.info)
        if scenario.warm_up:
            for contender in contenders:
                try:
                    run_worker(
                        self.pythons[contender.python], scenario.name, contender.key, spec, server_home=ctx.server.home
                    )
                except RunFailed as exc:
                    log(f"{scenario.name} / {contender.key} warm-up failed: {exc}")
        for round_number in range(rounds):
            for contender in rotated(contenders, round_number):
                self.run_one(scenario, ctx, spec, contender, round_number + 1)

    def run_one(
        self, scenario: Scenario, ctx: Context, spec: dict[str, Any], contender: Contender, round_: int
    ) -> None:
        record: dict[str, Any] = {
            "scenario": scenario.name,
            "contender": contender.key,
            "round": round_,
            "load": round(os.getloadavg()[0], 2),
            "server": ctx.server.kind,
        }
        started = time.monotonic()
        try:
            run_spec = scenario.before_run(ctx, spec, contender) if scenario.before_run else spec
            result = run_worker(
                self.pythons[contender.python], scenario.name, contender.key, run_spec, server_home=ctx.server.home
            )
            if scenario.check is not None:
                scenario.check(ctx, run_spec, contender, result)
            record["result"] = result
            metric = scenario.metric
            shown = report.format_value(result.get(metric.key), metric.unit)
            log(f"{scenario.name} / {contender.key} round {round_}: {shown} ({time.monotonic() - started:.0f} s)")
        except (RunFailed, AssertionError, RuntimeError, OSError) as exc:
            record["error"] = f"{type(exc).__name__}: {exc}"
            log(f"{scenario.name} / {contender.key} round {round_} FAILED: {record['error']}")
        self.records.append(record)
        self.save()

    def run_phase(self, kind: str, names: list[str], port: int, scratch: Path) -> None:
        server = servers.BenchServer(kind, port, CACHE / f"server-{kind}", workers=self.args.workers, log=log)
        log(f"starting a {kind} Label Studio on port {port}")
        server.start()
        try:
            ctx = Context(server, self.sizes, scratch)
            version = ctx.admin.server_version()
            self.info.setdefault("servers", {})[kind] = {
                "describe": server.describe(),
                "release": version.get("release"),
                "edition": version.get("edition"),
            }
            for name in names:
                self.run_scenario(scenarios.load(name), ctx)
            ctx.admin.close()
        finally:
            server.stop()
            log(f"stopped the {kind} Label Studio")


# ------------------------------------------------------------------------------------------------ the run


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def git_revision() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
        return done.stdout.strip()

    revision = git("rev-parse", "--short", "HEAD") or "?"
    return revision + (" (with uncommitted changes)" if git("status", "--porcelain", "--untracked-files=no") else "")


def machine() -> dict[str, Any]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "?"
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "memory": memory,
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
        "python": platform.python_version(),
    }


def _shown_path(path: Path) -> str:
    """``path`` relative to the checkout when inside it (no local path in logs that end up in reports)."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def plan(names: list[str], main_kind: str, concurrency_kind: str) -> list[tuple[str, list[str]]]:
    """(server kind, scenario names) per phase, in running order; one phase when both kinds are the same."""
    if main_kind == concurrency_kind:
        return [(main_kind, names)]
    main = [n for n in names if scenarios.load(n).server != "concurrency"]
    concurrent = [n for n in names if scenarios.load(n).server == "concurrency"]
    return [(kind, chosen) for kind, chosen in ((main_kind, main), (concurrency_kind, concurrent)) if chosen]


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="small sizes, one round, report to stdout (minutes)")
    parser.add_argument("--rounds", type=int, help="runs of every contender per scenario (default 3; --quick 1)")
    parser.add_argument("--heavy-rounds", type=int, help="rounds of the long scenarios (default 2; --quick 1)")
    parser.add_argument("--scenarios", help=f"comma-separated subset of: {', '.join(scenarios.MODULES)}")
    parser.add_argument("--skip", help="comma-separated scenarios to leave out")
    parser.add_argument("--server", choices=servers.KINDS, default="dev", help="server of most scenarios")
    parser.add_argument(
        "--concurrency-server",
        choices=(*servers.KINDS, "auto"),
        default="auto",
        help="server of the concurrency scenarios (auto: postgresql when scripts/ls_server.py can start it)",
    )
    parser.add_argument("--workers", type=int, default=servers.DEFAULT_WORKERS, help="gunicorn workers (postgresql)")
    parser.add_argument("--port", type=int, default=0, help="port of the benchmark's server (default: a free one)")
    parser.add_argument("--tasks", type=int, help="size of the 10k scenarios")
    parser.add_argument("--large", type=int, help="size of the 100k scenarios")
    parser.add_argument("--predictions", type=int, help="predictions per run")
    parser.add_argument("--sdk-version", default=DEFAULT_SDK_VERSION, help="label-studio-sdk release to compare")
    parser.add_argument("--no-sdk", action="store_true", help="leave label-studio-sdk out")
    parser.add_argument("--output", help="report file, or - for stdout (default docs/performance.md; --quick: -)")
    parser.add_argument("--plot", help="figure file (default: beside the report; --quick: .cache/bench/)")
    parser.add_argument("--no-plot", action="store_true", help="no figure (no matplotlib virtualenv)")
    parser.add_argument("--note", action="append", default=[], help="a line for the report (e.g. machine shared)")
    parser.add_argument("--results", type=Path, help="where to save every run (default .cache/bench/results/)")
    parser.add_argument(
        "--from-results",
        type=Path,
        nargs="+",
        help="render the report of saved results and run nothing; with several files, a later file's scenarios "
        "replace the earlier ones' (e.g. one scenario run again), and the report says so",
    )
    args = parser.parse_args(argv)
    args.rounds = args.rounds or (1 if args.quick else 3)
    args.heavy_rounds = args.heavy_rounds or (1 if args.quick else 2)
    if args.rounds < 1 or args.heavy_rounds < 1:
        parser.error("--rounds and --heavy-rounds must be at least 1")
    return args


def chosen_scenarios(args: argparse.Namespace) -> list[str]:
    names = list(scenarios.MODULES)
    if args.scenarios:
        wanted = [n.strip() for n in args.scenarios.split(",") if n.strip()]
        unknown = [n for n in wanted if n not in scenarios.MODULES]
        if unknown:
            raise SystemExit(f"unknown scenarios: {', '.join(unknown)}; scenarios: {', '.join(scenarios.MODULES)}")
        names = [n for n in names if n in wanted]
    if args.skip:
        skipped = {n.strip() for n in args.skip.split(",")}
        names = [n for n in names if n not in skipped]
    return names


def combine(payloads: list[dict[str, Any]]) -> dict[str, Any]:
    """One run's results from several files: each later file's scenarios replace those of the earlier ones; the
    first file's info stays, with a note per later file naming its scenarios, date and command."""
    info = dict(payloads[0]["info"])
    records = list(payloads[0]["records"])
    info["notes"] = list(info.get("notes", []))
    for later in payloads[1:]:
        again = sorted({record["scenario"] for record in later["records"]}, key=list(scenarios.MODULES).index)
        records = [record for record in records if record["scenario"] not in again] + later["records"]
        info["notes"].append(
            f"Run again on {later['info'].get('date', '?')}: {', '.join(again)}, by "
            f"`{report.shown_command(str(later['info'].get('command', '?')))}` (lsclient "
            f"{later['info'].get('versions', {}).get('lsclient', '?')}); those scenarios' numbers come from that run."
        )
        for key in ("specs", "scenario_info", "skipped"):
            info[key] = {**info.get(key, {}), **later["info"].get(key, {})}
    return {"info": info, "records": records}


def write_outputs(payload: dict[str, Any], args: argparse.Namespace, plot_python: Path | None) -> None:
    info, records = payload["info"], payload["records"]
    quick = info.get("quick", False)
    output = args.output or ("-" if quick else "docs/performance.md")
    if args.plot:
        plot = Path(args.plot)
    elif output != "-":
        plot = (ROOT / output).with_suffix(".png")
    else:
        plot = CACHE / "performance-quick.png"
    plot_name = None
    if plot_python is not None:
        plot = plot if plot.is_absolute() else ROOT / plot
        data = CACHE / "plot-data.json"
        data.parent.mkdir(parents=True, exist_ok=True)
        data.write_text(json.dumps(report.plot_data(info, records)))
        done = subprocess.run(
            [str(plot_python), str(ROOT / "scripts" / "benchmarks" / "plot.py"), str(data), str(plot)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            log(f"the plot failed: {done.stderr.strip()[-500:]}")
        else:
            plot_name = plot.name if output != "-" and plot.parent == (ROOT / output).parent else str(plot)
            log(f"wrote {plot}")
    text = report.render(info, records, plot=plot_name)
    if output == "-":
        print(text)
    else:
        target = ROOT / output
        target.write_text(text, encoding="utf-8")
        log(f"wrote {_shown_path(target)}")


def main(argv: list[str] | None = None) -> int:
    shown = sys.argv[1:] if argv is None else argv
    args = parse_args(shown)
    plot_python = None if args.no_plot else venvs.ensure(CACHE / "venv-plot", PLOT_REQUIREMENTS, log)
    if args.from_results:
        payload = combine([json.loads(path.read_text()) for path in args.from_results])
        payload["info"]["notes"] = [*payload["info"].get("notes", []), *args.note]
        write_outputs(payload, args, plot_python)
        return 0

    base = QUICK if args.quick else FULL
    sizes = Sizes(
        tasks=args.tasks or base.tasks,
        large=args.large or base.large,
        retrieves=base.retrieves,
        predictions=args.predictions or base.predictions,
        concurrency=base.concurrency,
        concurrent_retrieves=base.concurrent_retrieves,
    )
    pythons: dict[str, Path | str] = {PROJECT_PYTHON: sys.executable}
    if not args.no_sdk:
        pythons[SDK_PYTHON] = venvs.ensure(
            CACHE / f"venv-label-studio-sdk-{args.sdk_version}", [f"label-studio-sdk=={args.sdk_version}"], log
        )
    concurrency_kind = args.concurrency_server
    if concurrency_kind == "auto":
        concurrency_kind = "postgresql" if servers.supports("postgresql") else "dev"
    names = chosen_scenarios(args)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    results = args.results or CACHE / "results" / f"{stamp}{'-quick' if args.quick else ''}.json"
    bench = Bench(args, sizes, pythons, results)
    bench.info = {
        "date": dt.date.today().isoformat(),
        "command": shlex.join(["python", "scripts/bench.py", *shown]),
        "quick": args.quick,
        "rounds": args.rounds,
        "heavy_rounds": args.heavy_rounds,
        "sizes": asdict(sizes),
        "scenarios": names,
        "machine": machine(),
        "notes": args.note,
        "versions": {
            "lsclient": f"{venvs.version_of(sys.executable, 'lsclient')} ({git_revision()})",
            "label-studio-sdk": venvs.version_of(pythons[SDK_PYTHON], "label-studio-sdk") if not args.no_sdk else None,
            "httpx": venvs.version_of(sys.executable, "httpx"),
            "httpx (SDK's)": venvs.version_of(pythons[SDK_PYTHON], "httpx") if not args.no_sdk else None,
            "python": platform.python_version(),
        },
        "main_server": args.server,
        "concurrency_server": concurrency_kind,
    }
    port = args.port or free_port()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="lsclient-bench-") as scratch:
        for kind, chosen in plan(names, args.server, concurrency_kind):
            bench.run_phase(kind, chosen, port, Path(scratch))
    bench.info["duration_s"] = round(time.monotonic() - started)
    bench.save()
    log(f"done in {bench.info['duration_s'] / 60:.1f} min; every run is in {_shown_path(results)}")
    write_outputs({"info": bench.info, "records": bench.records}, args, plot_python)
    return 0


if __name__ == "__main__":
    sys.exit(main())

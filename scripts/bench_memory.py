#!/usr/bin/env python3
"""Peak memory and wall time of bulk import and export: lsclient against the official SDK, side by side.

Usage (from the repository root, with a Python that has lsclient's dependencies, e.g. ``.venv/bin/python``)::

    python scripts/bench_memory.py --tasks 100000            # full size; writes docs/performance.md
    python scripts/bench_memory.py --tasks 2000 --output -   # a quick run; prints the report only

Every case runs in a fresh subprocess that measures itself: the kernel's peak RSS (``VmHWM``) reset with
``/proc/self/clear_refs`` once the libraries are imported and the client is built, so "work peak" is the
memory the workload itself needed, and the peak of the whole process, imports included. Cases:

* baseline: a bare Python process generating the tasks lazily, building them as one list, reading the
  downloaded export in chunks, and ``json.load``-ing it (no SDK, no server);
* import: ``project.import_tasks(generator, batch_size=...)`` (lsclient) and
  ``ls.projects.import_tasks(id, request=[...])`` (label-studio-sdk, which takes the whole list);
* download and iterate one existing snapshot: ``export.download(path)`` + ``iter_export_tasks(path)`` (lsclient)
  and ``ls.projects.exports.download(...)`` streamed to a file + ``json.load`` (label-studio-sdk);
* one call from project to tasks in hand: ``project.export(path)`` + ``iter_export_tasks`` (lsclient)
  and ``ls.projects.exports.as_json(id)`` (label-studio-sdk), each including the server building its export.

The peer, ``label-studio-sdk`` (``--peer-version``, default 2.1.2), is installed in its own virtualenv under
``.server/bench/``. By default a dedicated Label Studio (the harness's install and template, a fresh copy of
its data, a free port or ``--port``) is started for the run and stopped afterwards, so the run neither slows down nor is
slowed down by tests on the shared server; ``--server env`` uses the server in ``.server/env`` instead. Both
SDKs talk to the same server with the same legacy token, over keep-alive connections (httpx for both).
Memory is never asserted in tests: this script measures, the report states the numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.util
import json
import os
import platform
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SERVER_DIR = ROOT / ".server"
BENCH_DIR = SERVER_DIR / "bench"
LS_VERSION = "1.23.2"
DEFAULT_PEER_VERSION = "2.1.2"
CONFIG = (
    '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text">'
    '<Choice value="positive"/><Choice value="negative"/></Choices></View>'
)
MIB = 1024 * 1024


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def tasks(count: int) -> Iterator[dict[str, Any]]:
    """The benchmark's tasks, made on demand (about 90 bytes of JSON each)."""
    for n in range(count):
        yield {"data": {"text": f"review {n}: the delivery was quick and the product works as described"}}


# ------------------------------------------------------------------------------------------------ measuring


def _proc_status(field: str) -> int:
    """A ``/proc/self/status`` memory field in bytes (0 where there is no /proc)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _reset_peak() -> bool:
    """Reset the kernel's peak RSS of this process to its current RSS (Linux: ``echo 5 > clear_refs``)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
        return True
    except OSError:
        return False


class Meter:
    """Measures one workload in this process: wall time of named phases, and the memory it needed."""

    def __init__(self) -> None:
        self.phases: dict[str, float] = {}
        self.facts: dict[str, Any] = {}
        self.startup_peak = _proc_status("VmHWM")
        self.peak_reset = _reset_peak()
        self.rss_before = _proc_status("VmRSS")
        self._start = time.perf_counter()

    def phase(self, name: str, started: float) -> float:
        now = time.perf_counter()
        self.phases[name] = round(now - started, 3)
        return now

    def result(self) -> dict[str, Any]:
        wall = time.perf_counter() - self._start
        if self.peak_reset:
            work_peak = _proc_status("VmHWM")
            process_peak = max(self.startup_peak, work_peak)
        else:
            # getrusage's peak survives exec on Linux, so it may include the parent's memory at fork time
            work_peak = process_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
        return {
            "wall_s": round(wall, 3),
            "phases": self.phases,
            "rss_before": self.rss_before,
            "work_peak": work_peak,
            "process_peak": process_peak,
            **self.facts,
        }


# ------------------------------------------------------------------------------------------------ workers


def _lsclient(spec: dict[str, Any]) -> Any:
    sys.path.insert(0, str(ROOT / "src"))
    client_module = importlib.import_module("lsclient.core._sync.client")
    importlib.import_module("lsclient.core._sync.exports")
    importlib.import_module("lsclient.core._sync.projects")
    return client_module.make_client(spec["url"], spec["api_key"], check_version=False)


def _peer(spec: dict[str, Any]) -> Any:
    sdk = importlib.import_module("label_studio_sdk")
    # The SDK's default timeout is 60 s for every request, shorter than a 100k-task import or export takes
    # on the server; without a longer one it could not finish at all, so it gets 900 s.
    return sdk.LabelStudio(base_url=spec["url"], api_key=spec["api_key"], timeout=900)


def work_baseline_generate(spec: dict[str, Any]) -> dict[str, Any]:
    meter = Meter()
    size = sum(len(json.dumps(task)) for task in tasks(spec["tasks"]))
    meter.facts.update(count=spec["tasks"], bytes=size)
    return meter.result()


def work_baseline_list(spec: dict[str, Any]) -> dict[str, Any]:
    meter = Meter()
    every = list(tasks(spec["tasks"]))
    body = json.dumps(every).encode()
    meter.facts.update(count=len(every), bytes=len(body))
    return meter.result()


def work_baseline_read(spec: dict[str, Any]) -> dict[str, Any]:
    meter = Meter()
    size = 0
    with open(spec["path"], "rb") as stream:
        while chunk := stream.read(1 << 16):
            size += len(chunk)
    meter.facts.update(bytes=size)
    return meter.result()


def work_baseline_json_load(spec: dict[str, Any]) -> dict[str, Any]:
    meter = Meter()
    with open(spec["path"], "rb") as stream:
        loaded = json.load(stream)
    meter.facts.update(count=len(loaded))
    return meter.result()


def work_lsclient_import(spec: dict[str, Any]) -> dict[str, Any]:
    with _lsclient(spec) as client:
        project = client.projects.retrieve(spec["project"])
        meter = Meter()
        ids = project.import_tasks(tasks(spec["tasks"]), batch_size=spec["batch_size"], progress=False)
        meter.facts.update(count=len(ids))
        return meter.result()


def work_peer_import(spec: dict[str, Any]) -> dict[str, Any]:
    ls = _peer(spec)
    meter = Meter()
    every = list(tasks(spec["tasks"]))  # the SDK takes a sequence: the whole import is in memory at once
    answer = ls.projects.import_tasks(id=spec["project"], request=every, return_task_ids=True)
    meter.facts.update(count=len(answer.task_ids or []))
    return meter.result()


def _count_lsclient_tasks(path: Path) -> int:
    export_files = importlib.import_module("lsclient.core.export_files")
    return sum(1 for _ in export_files.iter_export_tasks(path))


def work_lsclient_download(spec: dict[str, Any]) -> dict[str, Any]:
    with _lsclient(spec) as client:
        export = client.projects.retrieve(spec["project"]).exports.retrieve(spec["export"])
        meter = Meter()
        started = time.perf_counter()
        path = export.download(Path(spec["directory"]) / "lsclient.json", progress=False)
        started = meter.phase("download", started)
        count = _count_lsclient_tasks(path)
        meter.phase("iterate", started)
        meter.facts.update(count=count, bytes=path.stat().st_size)
        return meter.result()


def work_peer_download(spec: dict[str, Any]) -> dict[str, Any]:
    ls = _peer(spec)
    meter = Meter()
    started = time.perf_counter()
    path = Path(spec["directory"]) / "peer.json"
    with open(path, "wb") as out:
        for chunk in ls.projects.exports.download(id=spec["project"], export_pk=spec["export"]):
            out.write(chunk)
    started = meter.phase("download", started)
    with open(path, "rb") as stream:
        count = sum(1 for _ in json.load(stream))  # no lazy reader in the SDK
    meter.phase("iterate", started)
    meter.facts.update(count=count, bytes=path.stat().st_size)
    return meter.result()


def work_lsclient_one_call(spec: dict[str, Any]) -> dict[str, Any]:
    with _lsclient(spec) as client:
        project = client.projects.retrieve(spec["project"])
        meter = Meter()
        started = time.perf_counter()
        path = project.export(Path(spec["directory"]) / "lsclient-one-call.json", progress=False)
        started = meter.phase("export", started)
        count = _count_lsclient_tasks(path)
        meter.phase("iterate", started)
        meter.facts.update(count=count, bytes=path.stat().st_size)
        return meter.result()


def work_peer_one_call(spec: dict[str, Any]) -> dict[str, Any]:
    ls = _peer(spec)
    meter = Meter()
    started = time.perf_counter()
    loaded = ls.projects.exports.as_json(spec["project"], timeout=900)
    started = meter.phase("export", started)
    count = sum(1 for _ in loaded)
    meter.phase("iterate", started)
    meter.facts.update(count=count)
    return meter.result()


WORKERS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "baseline-generate": work_baseline_generate,
    "baseline-list": work_baseline_list,
    "baseline-read": work_baseline_read,
    "baseline-json-load": work_baseline_json_load,
    "lsclient-import": work_lsclient_import,
    "peer-import": work_peer_import,
    "lsclient-download": work_lsclient_download,
    "peer-download": work_peer_download,
    "lsclient-one-call": work_lsclient_one_call,
    "peer-one-call": work_peer_one_call,
}


def worker_main(case: str, spec_json: str) -> int:
    result = WORKERS[case](json.loads(spec_json))
    print(json.dumps(result))
    return 0


# ------------------------------------------------------------------------------------------------ servers


def _load_harness() -> Any:
    spec = importlib.util.spec_from_file_location("lsclient_ls_server", ROOT / "scripts" / "ls_server.py")
    if spec is None or spec.loader is None:
        raise RuntimeError("cannot load scripts/ls_server.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never send 127.0.0.1 through a proxy


def _healthy(url: str) -> bool:
    try:
        with _OPENER.open(f"{url}/health/", timeout=2) as answer:
            return bool(answer.status == 200)
    except OSError:
        return False


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class OwnServer:
    """A Label Studio of our own for the run: the harness's venv and template, a fresh copy of its data."""

    def __init__(self, port: int) -> None:
        self.port = port or _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.instance = BENCH_DIR / "server"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> dict[str, str]:
        harness = _load_harness()
        harness.ensure_installed()  # no-ops once `make server` has run
        harness.ensure_template()
        template = SERVER_DIR / f"template-{LS_VERSION}"
        credentials = json.loads((template / "credentials.json").read_text())
        if not _port_free(self.port):
            raise SystemExit(f"port {self.port} is in use: choose another with --port")
        if self.instance.exists():
            shutil.rmtree(self.instance)
        shutil.copytree(template, self.instance / "data", symlinks=True)
        (self.instance / "files").mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LABEL_STUDIO_", "PYTHONPATH"))}
        venv = SERVER_DIR / "venv"
        env.update(
            LABEL_STUDIO_BASE_DATA_DIR=str(self.instance / "data"),
            LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN="true",
            LOCAL_FILES_DOCUMENT_ROOT=str(self.instance / "files"),
            SENTRY_DSN="",
            FRONTEND_SENTRY_DSN="",
            COLLECT_ANALYTICS="false",
            LATEST_VERSION_CHECK="false",
            VIRTUAL_ENV=str(venv),
            PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
        )
        command = [str(venv / "bin" / "label-studio"), "start", "--no-browser", "--internal-host", "127.0.0.1"]
        command += ["--port", str(self.port), "--debug"]
        with open(self.instance / "server.log", "wb") as out:
            self.process = subprocess.Popen(
                command, env=env, cwd=self.instance, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + 180
        while not _healthy(self.url):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise SystemExit(f"the benchmark's Label Studio did not start; see {self.instance / 'server.log'}")
            time.sleep(0.5)
        return {"url": self.url, "api_key": credentials["legacy_token"]}

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)  # our own session: the server and its children only
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def _shared_server() -> dict[str, str]:
    env_file = SERVER_DIR / "env"
    if not env_file.exists():
        raise SystemExit("no .server/env: start the shared server with `make server`, or use --server own")
    values = dict(
        line.split("=", 1) for line in env_file.read_text().splitlines() if "=" in line and not line.startswith("#")
    )
    return {"url": values["LABEL_STUDIO_URL"], "api_key": values["LABEL_STUDIO_LEGACY_TOKEN"]}


def peer_python(version: str) -> Path:
    """The interpreter of a virtualenv holding only ``label-studio-sdk==version``; created on first use."""
    venv = BENCH_DIR / f"label-studio-sdk-{version}"
    python = venv / "bin" / "python"
    marker = venv / ".lsclient-installed"
    if marker.exists() and python.exists():
        return python
    log(f"installing label-studio-sdk {version} into {venv.relative_to(ROOT)} (one-time, ~2 min)")
    if venv.exists():
        shutil.rmtree(venv)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, f"label-studio-sdk=={version}"], check=True)
    marker.write_text(version + "\n")
    return python


# ------------------------------------------------------------------------------------------------ running


def run_case(case: str, python: Path | str, spec: dict[str, Any]) -> dict[str, Any]:
    log(f"{case} ...")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["LSCLIENT_PROGRESS"] = "0"
    # The spec holds the API key: it goes through stdin, never on a command line, where `ps` would show it.
    done = subprocess.run(
        [str(python), str(Path(__file__).resolve()), "--worker", case],
        input=json.dumps(spec),
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"case {case} failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["case"] = case
    details = ", ".join(f"{k} {v:.1f} s" for k, v in result["phases"].items())
    log(
        f"{case}: {result['wall_s']:.1f} s{f' ({details})' if details else ''}, "
        f"work peak {result['work_peak'] / MIB:.1f} MiB, process peak {result['process_peak'] / MIB:.1f} MiB"
    )
    return result


def _expect(result: dict[str, Any], count: int) -> None:
    if result.get("count") != count:
        raise SystemExit(f"case {result['case']} handled {result.get('count')} tasks, expected {count}")


def benchmark(args: argparse.Namespace) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    sys.path.insert(0, str(ROOT / "src"))
    client_module = importlib.import_module("lsclient.core._sync.client")
    peer = peer_python(args.peer_version) if not args.no_peer else None
    own = OwnServer(args.port) if args.server == "own" else None
    server = own.start() if own is not None else _shared_server()
    results: list[dict[str, Any]] = []
    info: dict[str, Any] = {}
    directory = Path(tempfile.mkdtemp(prefix="lsclient-bench-"))
    projects: list[Any] = []
    try:
        with client_module.make_client(server["url"], server["api_key"], check_version=False) as client:
            info["server_version"] = client.server_version()
            base = {**server, "tasks": args.tasks, "directory": str(directory), "batch_size": args.batch_size}
            stamp = time.strftime("%H%M%S")
            for who in ("lsclient", "peer") if peer is not None else ("lsclient",):
                projects.append(client.projects.create(title=f"bench-{who}-{stamp}", label_config=CONFIG))
            results.append(run_case("baseline-generate", sys.executable, base))
            results.append(run_case("baseline-list", sys.executable, base))
            results.append(run_case("lsclient-import", sys.executable, {**base, "project": projects[0].id}))
            _expect(results[-1], args.tasks)
            if peer is not None:
                results.append(run_case("peer-import", peer, {**base, "project": projects[1].id}))
                _expect(results[-1], args.tasks)

            log(f"building a snapshot of {args.tasks} tasks on the server (not a measured case) ...")
            started = time.perf_counter()
            export = projects[0].exports.create(timeout=3600)
            info["snapshot_s"] = round(time.perf_counter() - started, 1)
            log(f"snapshot {export.id} built in {info['snapshot_s']} s")
            spec = {**base, "project": projects[0].id, "export": export.id}
            results.append(run_case("lsclient-download", sys.executable, spec))
            _expect(results[-1], args.tasks)
            if peer is not None:
                results.append(run_case("peer-download", peer, spec))
                _expect(results[-1], args.tasks)
            read_spec = {**base, "path": str(directory / "lsclient.json")}
            results.append(run_case("baseline-read", sys.executable, read_spec))
            results.append(run_case("baseline-json-load", sys.executable, read_spec))
            _expect(results[-1], args.tasks)
            for name in ("lsclient.json", "peer.json"):
                (directory / name).unlink(missing_ok=True)
            if not args.skip_one_call:
                results.append(run_case("lsclient-one-call", sys.executable, spec))
                _expect(results[-1], args.tasks)
                (directory / "lsclient-one-call.json").unlink(missing_ok=True)
                if peer is not None:
                    results.append(run_case("peer-one-call", peer, spec))
                    _expect(results[-1], args.tasks)
            if own is None:
                for project in projects:
                    project.remove()
    finally:
        shutil.rmtree(directory, ignore_errors=True)
        if own is not None and not args.keep_server:
            own.stop()
            shutil.rmtree(own.instance, ignore_errors=True)
    return results, info


# ------------------------------------------------------------------------------------------------ report


def _mib(value: int) -> str:
    return f"{value / MIB:,.1f}"


def _seconds(value: float) -> str:
    return f"{value:,.1f}" if value >= 1 else f"{value:,.2f}"


ROWS = [
    ("baseline-generate", "Python alone", "generate the tasks lazily, `json.dumps` each"),
    ("baseline-list", "Python alone", "build all tasks as one list, `json.dumps` it"),
    ("lsclient-import", "lsclient", "`project.import_tasks(generator, batch_size={batch})`"),
    ("peer-import", "label-studio-sdk", "`ls.projects.import_tasks(id, request=list)`"),
    ("lsclient-download", "lsclient", "`export.download(path)` + `iter_export_tasks(path)`"),
    ("peer-download", "label-studio-sdk", "`ls.projects.exports.download(...)` to a file + `json.load`"),
    ("baseline-read", "Python alone", "read the downloaded export in 64 KiB chunks"),
    ("baseline-json-load", "Python alone", "`json.load` the downloaded export"),
    ("lsclient-one-call", "lsclient", "`project.export(path)` + `iter_export_tasks` (builds a snapshot)"),
    ("peer-one-call", "label-studio-sdk", "`ls.projects.exports.as_json(id)` (the server builds the export)"),
]
PAIRS = [
    ("import tasks (lsclient: from a generator)", "lsclient-import", "peer-import"),
    ("download a snapshot and iterate its tasks", "lsclient-download", "peer-download"),
    ("one call: export the project, iterate its tasks", "lsclient-one-call", "peer-one-call"),
]


def report(results: list[dict[str, Any]], info: dict[str, Any], args: argparse.Namespace, command: str) -> str:
    by_case = {result["case"]: result for result in results}
    meminfo = Path("/proc/meminfo").read_text().split() if Path("/proc/meminfo").exists() else []
    memory = f"{int(meminfo[1]) / MIB:.0f} GiB" if len(meminfo) > 1 else "unknown"
    where = "a dedicated instance started for the run" if args.server == "own" else "the shared dev server"
    server = (
        f"Label Studio {info.get('server_version', LS_VERSION)}, `label-studio start` (Django runserver, one "
        f"process), SQLite, {where}, on the same machine"
    )
    size = by_case.get("lsclient-download", {}).get("bytes")
    lines = [
        "# Performance: memory and time of bulk import and export",
        "",
        "Measured by `scripts/bench_memory.py`, which runs lsclient and the official SDK (label-studio-sdk "
        f"{args.peer_version}, in its own virtualenv) side by side in one run, against the same server. Each case "
        "is a fresh Python process. **Work peak** is the peak RSS during the workload itself (the kernel's "
        "`VmHWM`, reset through `/proc/self/clear_refs` once the libraries are imported and the client is built); "
        "**growth** is work peak minus the RSS at that moment; **process peak** is the peak for the whole process, "
        "imports included (`VmHWM` before the reset, or after it if higher). The numbers are from one run; times "
        "depend on what else the machine's cores are doing, which is why the two SDKs run in the same run, one "
        "after the other. Tests never assert on memory or time: this page is where they are stated.",
        "",
        f"* Date: {dt.date.today().isoformat()}",
        f"* Tasks: {args.tasks:,} (about 90 bytes of task data each); lsclient import batch size {args.batch_size:,}",
        f"* Machine: {os.cpu_count()} cores, {memory} RAM, {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}",
        f"* Server: {server}",
        f"* The snapshot of {args.tasks:,} tasks used by the download cases was built by the server in "
        f"{info.get('snapshot_s', '?')} s (not part of any case)"
        + (f"; its JSON file is {size / MIB:,.1f} MiB" if size else ""),
        f"* Command: `{command}`",
        "",
        "## Ratios: lsclient / label-studio-sdk (below 1: lsclient needs less)",
        "",
        "| workload | work peak | growth | process peak | wall time |",
        "|---|---|---|---|---|",
    ]
    for title, ours, theirs in PAIRS:
        if ours in by_case and theirs in by_case:
            a, b = by_case[ours], by_case[theirs]
            growth_a, growth_b = _growth(a), _growth(b)
            growth = f"{growth_a / growth_b:.3f}" if growth_b else "–"
            lines.append(
                f"| {title} | {a['work_peak'] / b['work_peak']:.2f} | {growth} "
                f"| {a['process_peak'] / b['process_peak']:.2f} | {a['wall_s'] / b['wall_s']:.2f} |"
            )
    lines += [
        "",
        "## Absolute numbers",
        "",
        "| case | who | what | wall s | phases s | RSS before MiB | work peak MiB | growth MiB | process peak MiB |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for case, who, what in ROWS:
        if case not in by_case:
            continue
        r = by_case[case]
        phases = ", ".join(f"{name} {_seconds(value)}" for name, value in r["phases"].items()) or "–"
        lines.append(
            f"| {case} | {who} | {what.format(batch=args.batch_size)} | {_seconds(r['wall_s'])} | {phases} | "
            f"{_mib(r['rss_before'])} | {_mib(r['work_peak'])} | {_mib(_growth(r))} | {_mib(r['process_peak'])} |"
        )
    lines += [
        "",
        "## Reading the numbers",
        "",
        "* lsclient streams both ways: the import holds one batch at a time, a download is written to disk as it "
        "arrives, and `iter_export_tasks` parses one task at a time, so its growth does not depend on the number "
        "of tasks. label-studio-sdk's import takes a list (the whole import in memory, plus its JSON encoding), "
        "and it has no lazy reader, so an export is `json.load`-ed whole; `as_json` also buffers the download in "
        "a `BytesIO` first.",
        "* Import time: lsclient sends one request per batch, and Label Studio's dev server adds about 40-50 ms to "
        "each request on a reused keep-alive connection (measured with httpx: about 56 ms per request on a "
        "keep-alive connection, 13 ms with `Connection: close`; gunicorn and uwsgi do not stall). Both SDKs use "
        "keep-alive httpx clients, so the stall applies to both equally per request; lsclient pays it once per "
        "batch, the peer once in all.",
        "* One call: lsclient builds a snapshot (Label Studio Community builds it inside the `POST /exports/` "
        "request), downloads it and removes it; `as_json` on Community calls the older `GET /export` endpoint, "
        "which builds the export on every call. lsclient gives the snapshot request `timeout` seconds (default 600) "
        "whatever the client's read timeout. label-studio-sdk's default timeout is 60 s per request, which a "
        "large import or export outlasts (see the times above), so the benchmark gives the peer 900 s.",
        "* The baselines are the floor: Python alone generating the tasks lazily or as one list, and reading the "
        "export in chunks or with `json.load`.",
    ]
    return "\n".join(lines) + "\n"


def _growth(result: dict[str, Any]) -> int:
    return max(0, int(result["work_peak"]) - int(result["rss_before"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0] if __doc__ else None)
    parser.add_argument("--tasks", type=int, default=100_000, help="tasks to import and export (default 100000)")
    parser.add_argument("--batch-size", type=int, default=1000, help="lsclient import batch size (default 1000)")
    parser.add_argument("--server", choices=("own", "env"), default="own", help="own instance or .server/env")
    parser.add_argument("--port", type=int, default=0, help="port of the own server (default: a free one)")
    parser.add_argument("--peer-version", default=DEFAULT_PEER_VERSION, help="label-studio-sdk release to compare")
    parser.add_argument("--no-peer", action="store_true", help="measure lsclient and the baselines only")
    parser.add_argument("--skip-one-call", action="store_true", help="skip the one-call export cases")
    parser.add_argument("--keep-server", action="store_true", help="leave the own server running afterwards")
    parser.add_argument("--output", default="docs/performance.md", help="report file, or - for stdout only")
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker_main(args.worker, sys.stdin.read() or "{}")  # the spec (with the key) arrives on stdin
    if args.tasks < 1 or args.batch_size < 1:
        parser.error("--tasks and --batch-size must be at least 1")
    shown = argv if argv is not None else sys.argv[1:]
    command = " ".join(["python", "scripts/bench_memory.py", *shown])
    results, info = benchmark(args)
    text = report(results, info, args, command)
    if args.output == "-":
        print(text)
    else:
        target = ROOT / args.output
        target.write_text(text, encoding="utf-8")
        log(f"wrote {target.relative_to(ROOT)}")
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

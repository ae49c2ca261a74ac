"""What a program pays before its first request: importing the client library and building a client."""

from __future__ import annotations

import time
from typing import Any

from ..measure import MIB, Meter, proc_status
from ..scenario import BASELINE, LSCLIENT, LSCLIENT_ASYNC, RAW, SDK, Contender, Metric, Scenario

IMPORT = Metric("import_s", "import", "s")
RSS = Metric("rss_mib", "RSS after", "MiB")
READY = Metric("ready_s", "import + client", "s")


def _measured(build: Any) -> dict[str, Any]:
    with Meter(count_requests=False) as meter:
        started = time.perf_counter()
        make = build()  # the import statement
        imported = time.perf_counter()
        make()  # the client, built without a request
        ready = time.perf_counter()
    return meter.result(
        import_s=round(imported - started, 4),
        ready_s=round(ready - started, 4),
        rss_mib=round(proc_status("VmRSS") / MIB, 2),
    )


def lsclient(spec: dict[str, Any]) -> dict[str, Any]:
    def build() -> Any:
        from lsclient import make_client

        return lambda: make_client(spec["url"], spec["api_key"])

    return _measured(build)


def lsclient_async(spec: dict[str, Any]) -> dict[str, Any]:
    def build() -> Any:
        from lsclient import make_async_client

        return lambda: make_async_client(spec["url"], spec["api_key"])

    return _measured(build)


def sdk(spec: dict[str, Any]) -> dict[str, Any]:
    def build() -> Any:
        from label_studio_sdk import LabelStudio

        return lambda: LabelStudio(base_url=spec["url"], api_key=spec["api_key"])

    return _measured(build)


def raw(spec: dict[str, Any]) -> dict[str, Any]:
    def build() -> Any:
        import httpx

        return lambda: httpx.Client(base_url=spec["url"], headers={"Authorization": f"Token {spec['api_key']}"})

    return _measured(build)


def python(spec: dict[str, Any]) -> dict[str, Any]:
    return _measured(lambda: lambda: None)


def prepare(ctx: Any) -> dict[str, Any]:
    return {}


SCENARIO = Scenario(
    name="import-time",
    title="import the library (and build a client)",
    metrics=(IMPORT, RSS, READY),
    contenders=(
        Contender(LSCLIENT, LSCLIENT, "`from lsclient import make_client`; `make_client(url, key)`", headline=True),
        Contender(
            LSCLIENT_ASYNC,
            LSCLIENT_ASYNC,
            "`from lsclient import make_async_client`; `make_async_client(url, key)`",
            headline=True,
        ),
        Contender(
            SDK, SDK, "`from label_studio_sdk import LabelStudio`; `LabelStudio(base_url=, api_key=)`", headline=True
        ),
        Contender(RAW, RAW, "`import httpx`; `httpx.Client(base_url=, headers=)`"),
        Contender("python", BASELINE, "nothing: the worker process itself"),
    ),
    server=None,
    warm_up=True,
    notes=(
        "Measured inside a fresh worker process that has already loaded a few standard modules of its own "
        "(`json`, `dataclasses`, `typing`), the same for every contender. No request is sent. Every contender "
        "ran once before the rounds, unrecorded, so compiled bytecode and the file cache are warm.",
    ),
    prepare=prepare,
)

"""Parse one page of tasks, as the server sent it, into each client's objects (no server involved)."""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable, Sized
from pathlib import Path
from typing import Any, cast

from .. import clients
from ..measure import Meter
from ..scenario import LSCLIENT, RAW, SDK, Contender, Metric, Scenario

PARSE = Metric("parse_ms", "bytes to objects", "ms")
LOADS = Metric("loads_ms", "`json.loads` in the same process", "ms")
#: parses of the page in each run's process, each after a `json.loads` of the same bytes; medians are reported
REPEATS = 5


def _response(spec: dict[str, Any]) -> Any:
    import httpx

    return httpx.Response(
        200,
        content=Path(spec["path"]).read_bytes(),
        headers={"content-type": "application/json"},
        request=httpx.Request("GET", spec["url"] + "/api/tasks/"),
    )


def _timed(work: Callable[[], Sized]) -> tuple[float, int]:
    """Seconds ``work`` took and the number of objects it made, which are dropped and collected before returning."""
    start = time.perf_counter()
    objects = work()
    elapsed = time.perf_counter() - start
    count = len(objects)
    del objects
    gc.collect()
    return elapsed, count


def _loads(content: bytes) -> Sized:
    """``json.loads`` of the page with the cyclic GC paused: the fastest plain parse, the baseline of a run."""
    gc.disable()
    try:
        return cast(Sized, json.loads(content)["tasks"])
    finally:
        gc.enable()


def _parsed(parse: Callable[[], Sized], content: bytes) -> dict[str, Any]:
    """Run ``parse`` :data:`REPEATS` times, each after a ``json.loads`` of the same bytes, everything timed alone."""
    parses: list[float] = []
    loads: list[float] = []
    count = 0
    with Meter(count_requests=False) as meter:
        for _ in range(REPEATS):
            loads.append(_timed(lambda: _loads(content))[0])
            elapsed, count = _timed(parse)
            parses.append(elapsed)
    return meter.result(
        count=count,
        parse_ms=round(statistics.median(parses) * 1000, 3),
        loads_ms=round(statistics.median(loads) * 1000, 3),
        parses_ms=[round(t * 1000, 3) for t in parses],
        all_loads_ms=[round(t * 1000, 3) for t in loads],
    )


def lsclient(spec: dict[str, Any]) -> dict[str, Any]:
    from lsclient import Task
    from lsclient.api_client.api.tasks import tasks_list
    from lsclient.core.gcpause import gc_paused

    response = _response(spec)
    client = clients.lsclient(spec)  # no request: the entities need their client

    def parse() -> list[Task]:
        # as tasks.list() does it: the page's parse and its entities, in one pause of the cyclic GC
        with gc_paused():
            answer = tasks_list.build_response(client=client.http, response=response).parsed
            return [Task(client, model) for model in answer.tasks]

    return _parsed(parse, response.content)


def sdk(spec: dict[str, Any]) -> dict[str, Any]:
    from label_studio_sdk.core.unchecked_base_model import construct_type
    from label_studio_sdk.types.paginated_role_based_task_list import PaginatedRoleBasedTaskList

    response = _response(spec)
    return _parsed(
        lambda: construct_type(type_=PaginatedRoleBasedTaskList, object_=response.json()).tasks, response.content
    )


def raw(spec: dict[str, Any]) -> dict[str, Any]:
    response = _response(spec)
    return _parsed(lambda: response.json()["tasks"], response.content)


def raw_gc_paused(spec: dict[str, Any]) -> dict[str, Any]:
    response = _response(spec)

    def parse() -> Sized:
        gc.disable()
        try:
            return cast(Sized, response.json()["tasks"])
        finally:
            gc.enable()

    return _parsed(parse, response.content)


def prepare(ctx: Any) -> dict[str, Any]:
    path = ctx.scratch / "tasks-page.json"
    size = ctx.admin.save_tasks_page(ctx.main_project(), ctx.sizes.tasks, path)
    SCENARIO.info["page_bytes"] = size
    return {"path": str(path), "expected": ctx.sizes.tasks}


def check(ctx: Any, spec: dict[str, Any], contender: Contender, result: dict[str, Any]) -> None:
    assert result["count"] == spec["expected"], f"parsed {result['count']} tasks of {spec['expected']}"


SCENARIO = Scenario(
    name="parse",
    title="parse one {tasks}-task page into objects",
    metrics=(PARSE, LOADS),
    contenders=(
        Contender(
            LSCLIENT,
            LSCLIENT,
            "`tasks_list.build_response(...)` (the generated `from_dict`) and a `Task` per model, in one pause of the "
            "cyclic garbage collector, as `tasks.list()` does; the async flavour runs the same code",
            headline=True,
        ),
        Contender(
            SDK,
            SDK,
            "`construct_type(type_=PaginatedRoleBasedTaskList, object_=response.json())`, as `tasks.list()` does",
            headline=True,
        ),
        Contender(RAW, RAW, "`response.json()` (`json.loads`): plain dicts"),
        Contender("raw-gc-paused", RAW, "the same with the cyclic garbage collector disabled around it"),
    ),
    notes=(
        "The page is `GET /api/tasks/?project=&page_size=` with the default fields, saved once; the runs send no "
        "request.",
        "What bounds it (lsclient's side; measured in one quiet process, GC off, medians of 25, per task): "
        "`json.loads` of this page's 600 bytes a task, C code, 4.1 µs; the generated `DataManagerTask.from_dict` "
        "2.6 µs, of which its 33 fields read and stored on a new slotted attrs instance (one `get` and one store "
        "each) 1.2 µs, the check for keys the model does not know (`additional_properties`) 0.56 µs, the two "
        "datetimes 0.32 µs; a `Task` around each model 0.26 µs; and dropping the page's JSON objects, which the "
        "models do not keep, about 0.8 µs (`json.loads` + `from_dict` end to end 78.6 ms against 44.4 ms + 26.0 ms "
        "measured apart). Within 0.7× means at most 2.9 µs a task for all of that, which Python code that "
        "builds a typed object per task does not reach on a page this light. What would: models that keep the "
        "parsed JSON object as their attributes and convert a typed field when it is read (a different model "
        "design; it would hold about 0.5 KiB more a task while the objects live: tracemalloc, 15.6 MiB for this "
        "page's JSON objects against 10.7 MiB for the models and the values they keep).",
        f"Each run is a fresh process that parses the page {REPEATS} times, each parse timed alone after a "
        "`json.loads` of the same bytes (cyclic GC paused), objects dropped and collected after each: *bytes to "
        "objects* and *`json.loads` in the same process* are their medians. The cost of the objects on top of "
        "`json.loads` (the target) compares lsclient's two figures, measured in the same processes: on this "
        "virtual machine a process is either fast or slow for its whole life (`json.loads` of this page took "
        "near 45 ms in some processes, near 85 ms in others, run after run), so figures of different processes "
        "mix the two modes.",
    ),
    prepare=prepare,
    check=check,
)

"""Parse one page of tasks, as the server sent it, into each client's objects (no server involved)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import clients
from ..measure import Meter
from ..scenario import LSCLIENT, RAW, SDK, Contender, Metric, Scenario

PARSE = Metric("parse_ms", "bytes to objects", "ms")


def _response(spec: dict[str, Any]) -> Any:
    import httpx

    return httpx.Response(
        200,
        content=Path(spec["path"]).read_bytes(),
        headers={"content-type": "application/json"},
        request=httpx.Request("GET", spec["url"] + "/api/tasks/"),
    )


def _result(meter: Meter, count: int) -> dict[str, Any]:
    return meter.result(count=count, parse_ms=round(meter.wall_s * 1000, 3))


def lsclient(spec: dict[str, Any]) -> dict[str, Any]:
    from lsclient import Task
    from lsclient.api_client.api.tasks import tasks_list
    from lsclient.core.gcpause import gc_paused

    response = _response(spec)
    client = clients.lsclient(spec)  # no request: the entities need their client
    with Meter(count_requests=False) as meter:
        # as tasks.list() does it: the page's parse and its entities, in one pause of the cyclic GC
        with gc_paused():
            answer = tasks_list.build_response(client=client.http, response=response).parsed
            tasks = [Task(client, model) for model in answer.tasks]
    return _result(meter, len(tasks))


def sdk(spec: dict[str, Any]) -> dict[str, Any]:
    from label_studio_sdk.core.unchecked_base_model import construct_type
    from label_studio_sdk.types.paginated_role_based_task_list import PaginatedRoleBasedTaskList

    response = _response(spec)
    with Meter(count_requests=False) as meter:
        answer = construct_type(type_=PaginatedRoleBasedTaskList, object_=response.json())
    return _result(meter, len(answer.tasks))


def raw(spec: dict[str, Any]) -> dict[str, Any]:
    response = _response(spec)
    with Meter(count_requests=False) as meter:
        answer = response.json()
    return _result(meter, len(answer["tasks"]))


def raw_gc_paused(spec: dict[str, Any]) -> dict[str, Any]:
    import gc

    response = _response(spec)
    with Meter(count_requests=False) as meter:
        gc.disable()
        try:
            answer = response.json()
        finally:
            gc.enable()
    return _result(meter, len(answer["tasks"]))


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
    metrics=(PARSE,),
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
        "What the objects cost: the generated `DataManagerTask.from_dict` sets each of the model's 33 fields (25 in "
        "this page) on a new slotted attrs instance, one `get` and one attribute store a field, and each `Task` "
        "is one small object around its model; `json.loads` of the page's 600 bytes a task is C code. Each run "
        "parses once in a fresh process, so the first use of the model modules and the heap's growth are in the "
        "figure, and its spread is wide.",
    ),
    prepare=prepare,
    check=check,
)

"""Iterate over every task of a project, reading each task's id and data."""

from __future__ import annotations

import asyncio
from typing import Any

from .. import clients
from ..measure import Meter
from ..scenario import CPU, LSCLIENT, LSCLIENT_ASYNC, RAW, REQUESTS, SDK, WALL, Contender, Scenario

RAW_PAGE_SIZE = 1000


def lsclient(spec: dict[str, Any]) -> dict[str, Any]:
    with clients.lsclient(spec) as client:
        project = client.projects.retrieve(spec["project"])
        with Meter() as meter:
            seen = [(task.id, task.data) for task in project.tasks.list()]
    return meter.result(count=len(seen))


def lsclient_page_1000(spec: dict[str, Any]) -> dict[str, Any]:
    with clients.lsclient(spec) as client:
        project = client.projects.retrieve(spec["project"])
        with Meter() as meter:
            seen = [(task.id, task.data) for task in project.tasks.list(page_size=1000)]
    return meter.result(count=len(seen))


def lsclient_async(spec: dict[str, Any]) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        async with clients.lsclient_async(spec) as client:
            project = await client.projects.retrieve(spec["project"])
            with Meter() as meter:
                seen = [(task.id, task.data) async for task in project.tasks.list()]
        return meter.result(count=len(seen))

    return asyncio.run(main())


def sdk(spec: dict[str, Any]) -> dict[str, Any]:
    ls = clients.sdk(spec)
    with Meter() as meter:
        seen = [(task.id, task.data) for task in ls.tasks.list(project=spec["project"])]
    return meter.result(count=len(seen))


def _raw(spec: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
    with clients.raw(spec) as http, Meter() as meter:
        seen: list[tuple[int, Any]] = []
        page = 1
        while True:
            response = http.get(
                "/api/tasks/",
                params={"project": spec["project"], "page": page, "page_size": RAW_PAGE_SIZE, **params},
            )
            response.raise_for_status()
            answer = response.json()
            seen.extend((task["id"], task["data"]) for task in answer["tasks"])
            if len(seen) >= answer["total"] or not answer["tasks"]:
                break
            page += 1
    return meter.result(count=len(seen))


def raw(spec: dict[str, Any]) -> dict[str, Any]:
    return _raw(spec, {})


def raw_include(spec: dict[str, Any]) -> dict[str, Any]:
    return _raw(spec, {"include": "id,data"})


def prepare(ctx: Any) -> dict[str, Any]:
    return {"project": ctx.main_project(), "expected": ctx.sizes.tasks}


def check(ctx: Any, spec: dict[str, Any], contender: Contender, result: dict[str, Any]) -> None:
    assert result["count"] == spec["expected"], f"iterated {result['count']} tasks of {spec['expected']}"


SCENARIO = Scenario(
    name="iterate",
    title="iterate {tasks} tasks (id + data)",
    metrics=(WALL, CPU, REQUESTS),
    contenders=(
        Contender(LSCLIENT, LSCLIENT, "`for task in project.tasks.list()`", headline=True),
        Contender("lsclient-page-1000", LSCLIENT, "`project.tasks.list(page_size=1000)`"),
        Contender(LSCLIENT_ASYNC, LSCLIENT_ASYNC, "`async for task in project.tasks.list()`", headline=True),
        Contender(SDK, SDK, "`for task in ls.tasks.list(project=id)`", headline=True),
        Contender(RAW, RAW, f"`GET /api/tasks/?project=&page=&page_size={RAW_PAGE_SIZE}`, keep-alive"),
        Contender(
            "raw-include", RAW, f"the same with `include=id,data` (only the fields read), page size {RAW_PAGE_SIZE}"
        ),
    ),
    notes=(
        "label-studio-sdk's `tasks.list` asks `fields=all` by default (annotations and predictions too) and its "
        "pager asks one page past the end (a 404 it swallows).",
        "`include=id,data` makes Label Studio serialize only those fields and skip the counters it computes per task "
        "(compare the two raw rows: same pages, same requests).",
        "lsclient's `tasks.list()` asks `include=id,data,meta` (its default fields) in pages that grow from 100 "
        "(100, 100, 200, ..., 6,400: 8 requests for 10,000 tasks); with `page_size=1000` in fixed pages.",
    ),
    prepare=prepare,
    check=check,
)

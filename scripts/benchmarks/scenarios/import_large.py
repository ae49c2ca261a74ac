"""Import many tasks made by a generator: time and memory (the client should not need the whole list)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from .. import clients, data
from ..measure import Meter
from ..scenario import (
    BASELINE,
    DELTA_PEAK,
    LSCLIENT,
    LSCLIENT_ASYNC,
    PEAK,
    RAW,
    REQUESTS,
    SDK,
    WALL,
    Contender,
    Scenario,
)

BATCH = 1000


def lsclient(spec: dict[str, Any]) -> dict[str, Any]:
    with clients.lsclient(spec) as client:
        project = client.projects.retrieve(spec["project"])
        with Meter() as meter:
            ids = project.import_tasks(data.tasks(spec["count"]), progress=False)
    return meter.result(count=len(ids))


def lsclient_async(spec: dict[str, Any]) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        async with clients.lsclient_async(spec) as client:
            project = await client.projects.retrieve(spec["project"])
            with Meter() as meter:
                ids = await project.import_tasks(data.tasks(spec["count"]), progress=False)
        return meter.result(count=len(ids))

    return asyncio.run(main())


def sdk(spec: dict[str, Any]) -> dict[str, Any]:
    ls = clients.sdk(spec)
    with Meter() as meter:
        every = list(data.tasks(spec["count"]))  # it takes a sequence: the whole import is in memory at once
        answer = ls.projects.import_tasks(id=spec["project"], request=every, return_task_ids=True)
    return meter.result(count=len(answer.task_ids or []))


def raw(spec: dict[str, Any]) -> dict[str, Any]:
    with clients.raw(spec) as http, Meter() as meter:
        every = list(data.tasks(spec["count"]))
        response = http.post(f"/api/projects/{spec['project']}/import", params={"return_task_ids": "true"}, json=every)
        response.raise_for_status()
        ids = response.json()["task_ids"]
    return meter.result(count=len(ids))


def raw_batched(spec: dict[str, Any]) -> dict[str, Any]:
    with clients.raw(spec) as http, Meter() as meter:
        ids: list[int] = []
        source = data.tasks(spec["count"])
        while batch := [task for _, task in zip(range(BATCH), source, strict=False)]:
            response = http.post(
                f"/api/projects/{spec['project']}/import", params={"return_task_ids": "true"}, json=batch
            )
            response.raise_for_status()
            ids.extend(response.json()["task_ids"])
    return meter.result(count=len(ids))


def python_list(spec: dict[str, Any]) -> dict[str, Any]:
    with Meter(count_requests=False) as meter:
        every = list(data.tasks(spec["count"]))
        body = json.dumps(every).encode()
    return meter.result(count=len(every), bytes=len(body))


def prepare(ctx: Any) -> dict[str, Any]:
    return {"count": ctx.sizes.large}


def before_run(ctx: Any, spec: dict[str, Any], contender: Contender) -> dict[str, Any]:
    if contender.family == BASELINE:
        return spec
    return {**spec, "project": ctx.admin.create_project(f"bench large import {contender.key}")}


def check(ctx: Any, spec: dict[str, Any], contender: Contender, result: dict[str, Any]) -> None:
    assert result["count"] == spec["count"], f"{result['count']} ids for {spec['count']} tasks"
    if contender.family == BASELINE:
        return
    on_server, _ = ctx.admin.counts(spec["project"])
    assert on_server == spec["count"], f"{on_server} tasks on the server, {spec['count']} imported"
    # Kept: the first for the large export, the others because removing 100k tasks costs the server minutes;
    # the server's data goes when the benchmark stops it.
    ctx.cache.setdefault("large", spec["project"])


SCENARIO = Scenario(
    name="import-large",
    title="import {large} tasks from a generator",
    metrics=(WALL, PEAK, DELTA_PEAK, REQUESTS),
    contenders=(
        Contender(
            LSCLIENT, LSCLIENT, "`project.import_tasks(generator, progress=False)` (batches of 10,000)", headline=True
        ),
        Contender(
            LSCLIENT_ASYNC, LSCLIENT_ASYNC, "`await project.import_tasks(generator, progress=False)`", headline=True
        ),
        Contender(
            SDK, SDK, "`ls.projects.import_tasks(id=, request=list(generator))`: it takes a sequence", headline=True
        ),
        Contender(RAW, RAW, "`list(generator)`, one `POST .../import`"),
        Contender(
            "raw-batched", RAW, f"batches of {BATCH:,} from the generator, one `POST .../import` each, keep-alive"
        ),
        Contender(
            "python-list",
            BASELINE,
            "no server: `list(generator)` and `json.dumps` of it (the memory floor of one request)",
        ),
    ),
    heavy=True,
    notes=(
        "Every run imports into a new, empty project (kept until the end); **peak RSS** is the whole process's "
        "during the work, **Δ peak** the part the work added to what the process held before (imports, client).",
    ),
    prepare=prepare,
    before_run=before_run,
    check=check,
)

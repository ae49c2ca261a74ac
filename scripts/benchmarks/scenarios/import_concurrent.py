"""Import many tasks made by a generator with several requests in flight, on a server with several workers."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from .. import clients, data
from ..measure import Meter
from ..scenario import DELTA_PEAK, LSCLIENT, LSCLIENT_ASYNC, PEAK, RAW, REQUESTS, WALL, Contender, Scenario

BATCH = 10_000


def lsclient(spec: dict[str, Any]) -> dict[str, Any]:
    with clients.lsclient(spec) as client:
        project = client.projects.retrieve(spec["project"])
        with Meter() as meter:
            ids = project.import_tasks(data.tasks(spec["count"]), progress=False)
    return meter.result(count=len(ids), distinct=len(set(ids)))


def lsclient_concurrent(spec: dict[str, Any]) -> dict[str, Any]:
    with clients.lsclient(spec) as client:
        project = client.projects.retrieve(spec["project"])
        with Meter() as meter:
            ids = project.import_tasks(data.tasks(spec["count"]), concurrency=spec["concurrency"], progress=False)
    return meter.result(count=len(ids), distinct=len(set(ids)))


def lsclient_async_concurrent(spec: dict[str, Any]) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        async with clients.lsclient_async(spec) as client:
            project = await client.projects.retrieve(spec["project"])
            with Meter() as meter:
                ids = await project.import_tasks(
                    data.tasks(spec["count"]), concurrency=spec["concurrency"], progress=False
                )
        return meter.result(count=len(ids), distinct=len(set(ids)))

    return asyncio.run(main())


def raw(spec: dict[str, Any]) -> dict[str, Any]:
    with clients.raw(spec) as http, Meter() as meter:
        every = list(data.tasks(spec["count"]))
        response = http.post(f"/api/projects/{spec['project']}/import", params={"return_task_ids": "true"}, json=every)
        response.raise_for_status()
        ids = response.json()["task_ids"]
    return meter.result(count=len(ids), distinct=len(set(ids)))


def raw_concurrent(spec: dict[str, Any]) -> dict[str, Any]:
    url = f"/api/projects/{spec['project']}/import"

    def batches() -> Any:
        source = data.tasks(spec["count"])
        while batch := [task for _, task in zip(range(BATCH), source, strict=False)]:
            yield batch

    with clients.raw(spec) as http, Meter() as meter:

        def send(batch: list[dict[str, Any]]) -> list[int]:
            response = http.post(url, params={"return_task_ids": "true"}, json=batch)
            response.raise_for_status()
            return list(response.json()["task_ids"])

        # Executor.map submits every batch at once: the whole import is in memory, as in the sequential raw way.
        with ThreadPoolExecutor(max_workers=spec["concurrency"]) as pool:
            ids = [task_id for batch_ids in pool.map(send, batches()) for task_id in batch_ids]
    return meter.result(count=len(ids), distinct=len(set(ids)))


def prepare(ctx: Any) -> dict[str, Any]:
    return {"count": ctx.sizes.large, "concurrency": ctx.server.workers}


def before_run(ctx: Any, spec: dict[str, Any], contender: Contender) -> dict[str, Any]:
    return {**spec, "project": ctx.admin.create_project(f"bench concurrent import {contender.key}")}


def check(ctx: Any, spec: dict[str, Any], contender: Contender, result: dict[str, Any]) -> None:
    assert result["count"] == spec["count"], f"{result['count']} ids for {spec['count']} tasks"
    assert result["distinct"] == spec["count"], f"{result['distinct']} distinct ids for {spec['count']} tasks"
    on_server, _ = ctx.admin.counts(spec["project"])
    assert on_server == spec["count"], f"{on_server} tasks on the server, {spec['count']} imported"
    # Not removed: removing 100k tasks costs the server minutes; its data goes when the benchmark stops it.


SCENARIO = Scenario(
    name="import-concurrent",
    title="import {large} tasks from a generator, {concurrency} requests at once",
    metrics=(WALL, PEAK, DELTA_PEAK, REQUESTS),
    contenders=(
        Contender(
            "lsclient-concurrent",
            LSCLIENT,
            "`project.import_tasks(generator, concurrency={concurrency}, progress=False)`",
            headline=True,
            needs_workers=True,
        ),
        Contender(
            "lsclient-async-concurrent",
            LSCLIENT_ASYNC,
            "`await project.import_tasks(generator, concurrency={concurrency}, progress=False)`",
            headline=True,
            needs_workers=True,
        ),
        Contender(LSCLIENT, LSCLIENT, "`project.import_tasks(generator, progress=False)`: one request at a time"),
        Contender(RAW, RAW, "sequential: `list(generator)`, one `POST .../import` (the target's baseline)"),
        Contender(
            "raw-concurrent",
            RAW,
            f"batches of {BATCH:,}, {{concurrency}} at once on threads sharing an `httpx.Client`",
            needs_workers=True,
        ),
    ),
    server="concurrency",
    heavy=True,
    notes=(
        "Every run imports into a new, empty project (kept until the end). Label Studio 1.23.2 locks the project "
        "row while it builds and inserts an import's tasks (`select_for_update` in `TaskSerializerBulk.add_tasks`), "
        "so a project's import requests overlap only in their other work (reading and validating the body, "
        "counters, states): that part bounds what concurrent requests can gain, whatever the workers and cores.",
    ),
    prepare=prepare,
    before_run=before_run,
    check=check,
)

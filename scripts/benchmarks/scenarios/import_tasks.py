"""Import a list of tasks into an empty project (a fresh project per run)."""

from __future__ import annotations

import asyncio
from typing import Any

from .. import clients, data
from ..measure import Meter
from ..scenario import LSCLIENT, LSCLIENT_ASYNC, RAW, REQUESTS, SDK, WALL, Contender, Scenario


def lsclient(spec: dict[str, Any]) -> dict[str, Any]:
    every = list(data.tasks(spec["count"]))
    with clients.lsclient(spec) as client:
        project = client.projects.retrieve(spec["project"])
        with Meter() as meter:
            ids = project.import_tasks(every, progress=False)
    return meter.result(count=len(ids))


def lsclient_async(spec: dict[str, Any]) -> dict[str, Any]:
    every = list(data.tasks(spec["count"]))

    async def main() -> dict[str, Any]:
        async with clients.lsclient_async(spec) as client:
            project = await client.projects.retrieve(spec["project"])
            with Meter() as meter:
                ids = await project.import_tasks(every, progress=False)
        return meter.result(count=len(ids))

    return asyncio.run(main())


def sdk(spec: dict[str, Any]) -> dict[str, Any]:
    every = list(data.tasks(spec["count"]))
    ls = clients.sdk(spec)
    with Meter() as meter:
        answer = ls.projects.import_tasks(id=spec["project"], request=every, return_task_ids=True)
    return meter.result(count=len(answer.task_ids or []))


def raw(spec: dict[str, Any]) -> dict[str, Any]:
    every = list(data.tasks(spec["count"]))
    with clients.raw(spec) as http, Meter() as meter:
        response = http.post(f"/api/projects/{spec['project']}/import", params={"return_task_ids": "true"}, json=every)
        response.raise_for_status()
        ids = response.json()["task_ids"]
    return meter.result(count=len(ids))


def before_run(ctx: Any, spec: dict[str, Any], contender: Contender) -> dict[str, Any]:
    return {**spec, "project": ctx.admin.create_project(f"bench import {contender.key}")}


def check(ctx: Any, spec: dict[str, Any], contender: Contender, result: dict[str, Any]) -> None:
    try:
        assert result["count"] == spec["count"], f"{result['count']} ids for {spec['count']} tasks"
        on_server, _ = ctx.admin.counts(spec["project"])
        assert on_server == spec["count"], f"{on_server} tasks on the server, {spec['count']} imported"
    finally:
        ctx.admin.remove_project(spec["project"])


def prepare(ctx: Any) -> dict[str, Any]:
    return {"count": ctx.sizes.tasks}


SCENARIO = Scenario(
    name="import",
    title="import {tasks} tasks",
    metrics=(WALL, REQUESTS),
    contenders=(
        Contender(LSCLIENT, LSCLIENT, "`project.import_tasks(tasks, progress=False)`", headline=True),
        Contender(LSCLIENT_ASYNC, LSCLIENT_ASYNC, "`await project.import_tasks(tasks, progress=False)`", headline=True),
        Contender(SDK, SDK, "`ls.projects.import_tasks(id=, request=tasks, return_task_ids=True)`", headline=True),
        Contender(RAW, RAW, "one `POST /api/projects/{id}/import?return_task_ids=true` of every task"),
    ),
    notes=(
        "Every run imports into a new, empty project, removed afterwards; the task list is built before timing.",
        "Every contender sends the same 10,000 tasks in one request: the server's CPU time for it (its line below) "
        "is most of the wall time, and varies from run to run as much as the medians differ.",
    ),
    prepare=prepare,
    before_run=before_run,
    check=check,
)

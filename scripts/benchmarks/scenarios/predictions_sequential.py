"""Create one prediction per task, one request each, one after the other."""

from __future__ import annotations

import asyncio
from typing import Any

from .. import clients, data
from ..measure import Meter
from ..scenario import LSCLIENT, LSCLIENT_ASYNC, RAW, SDK, WALL, Contender, Scenario
from ._predictions import before_run, check, prepare


def lsclient(spec: dict[str, Any]) -> dict[str, Any]:
    with clients.lsclient(spec) as client:
        tasks = client.projects.retrieve(spec["project"]).tasks.list(page_size=1000).to_list()
        with Meter() as meter:
            for n, task in enumerate(tasks):
                task.predictions.create(result=data.result(n), score=0.9, model_version="bench-v1")
    return meter.result(count=len(tasks))


def lsclient_async(spec: dict[str, Any]) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        async with clients.lsclient_async(spec) as client:
            project = await client.projects.retrieve(spec["project"])
            tasks = await project.tasks.list(page_size=1000).to_list()
            with Meter() as meter:
                for n, task in enumerate(tasks):
                    await task.predictions.create(result=data.result(n), score=0.9, model_version="bench-v1")
        return meter.result(count=len(tasks))

    return asyncio.run(main())


def sdk(spec: dict[str, Any]) -> dict[str, Any]:
    ls = clients.sdk(spec)
    with Meter() as meter:
        for n, task_id in enumerate(spec["ids"]):
            ls.predictions.create(task=task_id, result=data.result(n), score=0.9, model_version="bench-v1")
    return meter.result(count=len(spec["ids"]))


def _raw(spec: dict[str, Any], close: bool) -> dict[str, Any]:
    with clients.raw(spec, close=close) as http, Meter() as meter:
        for n, task_id in enumerate(spec["ids"]):
            body = {"task": task_id, "result": data.result(n), "score": 0.9, "model_version": "bench-v1"}
            http.post("/api/predictions/", json=body).raise_for_status()
    return meter.result(count=len(spec["ids"]))


def raw(spec: dict[str, Any]) -> dict[str, Any]:
    return _raw(spec, close=False)


def raw_close(spec: dict[str, Any]) -> dict[str, Any]:
    return _raw(spec, close=True)


SCENARIO = Scenario(
    name="predictions-sequential",
    title="create {predictions} predictions, one request each, sequentially",
    metrics=(WALL,),
    contenders=(
        Contender(
            LSCLIENT, LSCLIENT, "`task.predictions.create(result=, score=, model_version=)` in a loop", headline=True
        ),
        Contender(LSCLIENT_ASYNC, LSCLIENT_ASYNC, "`await task.predictions.create(...)` in a loop", headline=True),
        Contender(
            SDK, SDK, "`ls.predictions.create(task=id, result=, score=, model_version=)` in a loop", headline=True
        ),
        Contender(RAW, RAW, "`POST /api/predictions/` in a loop, keep-alive"),
        Contender("raw-close", RAW, "the same with `Connection: close`"),
    ),
    server="concurrency",
    heavy=True,
    notes=("lsclient's task objects come from one `project.tasks.list(page_size=1000)` before timing.",),
    prepare=prepare,
    before_run=before_run,
    check=check,
)

"""Create one prediction per task, one request each, with several requests in flight at once."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from .. import clients, data
from ..measure import Meter
from ..scenario import LSCLIENT, LSCLIENT_ASYNC, RAW, SDK, WALL, Contender, Scenario
from ._predictions import before_run, check, prepare

T = TypeVar("T")


def in_threads(function: Callable[[int, T], Any], items: Iterable[T], concurrency: int) -> int:
    """``function(n, item)`` for every item on ``concurrency`` threads; how many were done."""
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        return sum(1 for _ in pool.map(lambda pair: function(*pair), enumerate(items)))


async def gathered(function: Callable[[int, T], Awaitable[Any]], items: Iterable[T], concurrency: int) -> int:
    """``await function(n, item)`` for every item, at most ``concurrency`` at once (``asyncio.gather``)."""
    gate = asyncio.Semaphore(concurrency)

    async def one(n: int, item: T) -> None:
        async with gate:
            await function(n, item)

    return len(await asyncio.gather(*(one(n, item) for n, item in enumerate(items))))


def _body(n: int, task_id: int) -> dict[str, Any]:
    return {"task": task_id, "result": data.result(n), "score": 0.9, "model_version": "bench-v1"}


def lsclient(spec: dict[str, Any]) -> dict[str, Any]:
    with clients.lsclient(spec) as client:
        tasks = client.projects.retrieve(spec["project"]).tasks.list(page_size=1000).to_list()
        with Meter() as meter:
            done = in_threads(
                lambda n, task: task.predictions.create(result=data.result(n), score=0.9, model_version="bench-v1"),
                tasks,
                spec["concurrency"],
            )
    return meter.result(count=done)


def lsclient_async(spec: dict[str, Any]) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        async with clients.lsclient_async(spec) as client:
            project = await client.projects.retrieve(spec["project"])
            tasks = await project.tasks.list(page_size=1000).to_list()

            async def create(n: int, task: Any) -> None:
                await task.predictions.create(result=data.result(n), score=0.9, model_version="bench-v1")

            with Meter() as meter:
                done = await gathered(create, tasks, spec["concurrency"])
        return meter.result(count=done)

    return asyncio.run(main())


def sdk(spec: dict[str, Any]) -> dict[str, Any]:
    ls = clients.sdk(spec)
    with Meter() as meter:
        done = in_threads(
            lambda n, task_id: ls.predictions.create(
                task=task_id, result=data.result(n), score=0.9, model_version="bench-v1"
            ),
            spec["ids"],
            spec["concurrency"],
        )
    return meter.result(count=done)


def sdk_async(spec: dict[str, Any]) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        ls = clients.sdk_async(spec)

        async def create(n: int, task_id: int) -> None:
            await ls.predictions.create(task=task_id, result=data.result(n), score=0.9, model_version="bench-v1")

        with Meter() as meter:
            done = await gathered(create, spec["ids"], spec["concurrency"])
        return meter.result(count=done)

    return asyncio.run(main())


def raw(spec: dict[str, Any]) -> dict[str, Any]:
    with clients.raw(spec) as http, Meter() as meter:
        done = in_threads(
            lambda n, task_id: http.post("/api/predictions/", json=_body(n, task_id)).raise_for_status(),
            spec["ids"],
            spec["concurrency"],
        )
    return meter.result(count=done)


def raw_async(spec: dict[str, Any]) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        async with clients.raw_async(spec) as http:

            async def create(n: int, task_id: int) -> None:
                (await http.post("/api/predictions/", json=_body(n, task_id))).raise_for_status()

            with Meter() as meter:
                done = await gathered(create, spec["ids"], spec["concurrency"])
        return meter.result(count=done)

    return asyncio.run(main())


SCENARIO = Scenario(
    name="predictions-concurrent",
    title="create {predictions} predictions, one request each, {concurrency} at once",
    metrics=(WALL,),
    contenders=(
        Contender(
            LSCLIENT, LSCLIENT, "`task.predictions.create(...)` on a pool of {concurrency} threads", headline=True
        ),
        Contender(
            LSCLIENT_ASYNC,
            LSCLIENT_ASYNC,
            "`asyncio.gather` of `task.predictions.create(...)`, {concurrency} at once (a semaphore)",
            headline=True,
        ),
        Contender(SDK, SDK, "`ls.predictions.create(...)` on a pool of {concurrency} threads"),
        Contender(
            "sdk-async",
            SDK,
            "`AsyncLabelStudio`: `asyncio.gather` of `predictions.create(...)`, {concurrency} at once",
            headline=True,
        ),
        Contender(RAW, RAW, "`POST /api/predictions/` on a pool of {concurrency} threads sharing an `httpx.Client`"),
        Contender("raw-async", RAW, "`httpx.AsyncClient`: `asyncio.gather`, {concurrency} at once"),
    ),
    server="concurrency",
    heavy=True,
    notes=(
        "Label Studio 1.23.2 reads every task id of the project and recounts its tasks' counters after each "
        "predictions request, however small: each request costs the server tens of milliseconds of CPU (its line "
        "below). Whatever the client, the speed-up over the sequential scenario is bounded by that CPU time divided "
        "by the machine's cores; `project.import_predictions` (the bulk scenario) sends them in one request.",
    ),
    prepare=prepare,
    before_run=before_run,
    check=check,
)

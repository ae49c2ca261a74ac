"""Retrieve tasks one by one from several callers at once (threads, or asyncio tasks)."""

from __future__ import annotations

import asyncio
from typing import Any

from .. import clients
from ..measure import Meter
from ..scenario import LSCLIENT, LSCLIENT_ASYNC, RAW, SDK, Contender, Metric, Scenario
from .predictions_concurrent import gathered, in_threads

PER_REQUEST = Metric("per_request_ms", "wall time / requests", "ms")


def _result(meter: Meter, count: int) -> dict[str, Any]:
    return meter.result(count=count, per_request_ms=round(meter.wall_s * 1000 / max(count, 1), 3))


def lsclient(spec: dict[str, Any]) -> dict[str, Any]:
    with clients.lsclient(spec) as client, Meter() as meter:
        done = in_threads(lambda n, task_id: client.tasks.retrieve(task_id).data, spec["ids"], spec["callers"])
    return _result(meter, done)


def lsclient_async(spec: dict[str, Any]) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        async with clients.lsclient_async(spec) as client:

            async def retrieve(n: int, task_id: int) -> Any:
                return (await client.tasks.retrieve(task_id)).data

            with Meter() as meter:
                done = await gathered(retrieve, spec["ids"], spec["callers"])
        return _result(meter, done)

    return asyncio.run(main())


def sdk(spec: dict[str, Any]) -> dict[str, Any]:
    ls = clients.sdk(spec)
    with Meter() as meter:
        done = in_threads(lambda n, task_id: ls.tasks.get(id=task_id).data, spec["ids"], spec["callers"])
    return _result(meter, done)


def sdk_async(spec: dict[str, Any]) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        ls = clients.sdk_async(spec)

        async def retrieve(n: int, task_id: int) -> Any:
            return (await ls.tasks.get(id=task_id)).data

        with Meter() as meter:
            done = await gathered(retrieve, spec["ids"], spec["callers"])
        return _result(meter, done)

    return asyncio.run(main())


def _raw_threads(spec: dict[str, Any], close: bool) -> dict[str, Any]:
    def retrieve(http: Any, task_id: int) -> Any:
        response = http.get(f"/api/tasks/{task_id}/")
        response.raise_for_status()
        return response.json()["data"]

    with clients.raw(spec, close=close) as http, Meter() as meter:
        done = in_threads(lambda n, task_id: retrieve(http, task_id), spec["ids"], spec["callers"])
    return _result(meter, done)


def raw(spec: dict[str, Any]) -> dict[str, Any]:
    return _raw_threads(spec, close=False)


def raw_close(spec: dict[str, Any]) -> dict[str, Any]:
    return _raw_threads(spec, close=True)


def raw_async(spec: dict[str, Any]) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        async with clients.raw_async(spec) as http:

            async def retrieve(n: int, task_id: int) -> Any:
                response = await http.get(f"/api/tasks/{task_id}/")
                response.raise_for_status()
                return response.json()["data"]

            with Meter() as meter:
                done = await gathered(retrieve, spec["ids"], spec["callers"])
        return _result(meter, done)

    return asyncio.run(main())


def prepare(ctx: Any) -> dict[str, Any]:
    ids = ctx.main_task_ids()
    wanted = ctx.sizes.concurrent_retrieves
    return {"ids": [ids[n % len(ids)] for n in range(wanted)], "callers": ctx.sizes.concurrency}


def check(ctx: Any, spec: dict[str, Any], contender: Contender, result: dict[str, Any]) -> None:
    assert result["count"] == len(spec["ids"]), f"retrieved {result['count']} tasks of {len(spec['ids'])}"


SCENARIO = Scenario(
    name="retrieve-concurrent",
    title="retrieve {concurrent_retrieves} tasks from {concurrency} concurrent callers",
    metrics=(PER_REQUEST,),
    contenders=(
        Contender(
            LSCLIENT,
            LSCLIENT,
            "`client.tasks.retrieve(id)` from {concurrency} threads sharing the client",
            headline=True,
        ),
        Contender(
            LSCLIENT_ASYNC,
            LSCLIENT_ASYNC,
            "`asyncio.gather` of `client.tasks.retrieve(id)`, {concurrency} at once",
            headline=True,
        ),
        Contender(SDK, SDK, "`ls.tasks.get(id=)` from {concurrency} threads"),
        Contender(
            "sdk-async",
            SDK,
            "`AsyncLabelStudio`: `asyncio.gather` of `tasks.get(id=)`, {concurrency} at once",
            headline=True,
        ),
        Contender(RAW, RAW, "`GET /api/tasks/{id}/` from {concurrency} threads sharing an `httpx.Client`, keep-alive"),
        Contender("raw-close", RAW, "the same with `Connection: close`"),
        Contender("raw-async", RAW, "`httpx.AsyncClient`: `asyncio.gather`, {concurrency} at once, keep-alive"),
    ),
    server="concurrency",
    notes=(
        "The per-request figure is the wall time of all requests divided by their number (the inverse of throughput).",
    ),
    prepare=prepare,
    check=check,
)

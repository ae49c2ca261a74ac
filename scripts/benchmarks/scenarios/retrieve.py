"""Retrieve tasks one by one: one request each, sequential; reported per request."""

from __future__ import annotations

import asyncio
from typing import Any

from .. import clients
from ..measure import Meter
from ..scenario import LSCLIENT, LSCLIENT_ASYNC, RAW, SDK, Contender, Metric, Scenario

PER_REQUEST = Metric("per_request_ms", "per request", "ms")


def _per_request(meter: Meter, count: int) -> dict[str, Any]:
    return meter.result(count=count, per_request_ms=round(meter.wall_s * 1000 / max(count, 1), 3))


def lsclient(spec: dict[str, Any]) -> dict[str, Any]:
    with clients.lsclient(spec) as client:
        with Meter() as meter:
            found = [client.tasks.retrieve(task_id).data for task_id in spec["ids"]]
    return _per_request(meter, len(found))


def lsclient_async(spec: dict[str, Any]) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        async with clients.lsclient_async(spec) as client:
            with Meter() as meter:
                found = [(await client.tasks.retrieve(task_id)).data for task_id in spec["ids"]]
        return _per_request(meter, len(found))

    return asyncio.run(main())


def sdk(spec: dict[str, Any]) -> dict[str, Any]:
    ls = clients.sdk(spec)
    with Meter() as meter:
        found = [ls.tasks.get(id=task_id).data for task_id in spec["ids"]]
    return _per_request(meter, len(found))


def _raw(spec: dict[str, Any], close: bool) -> dict[str, Any]:
    with clients.raw(spec, close=close) as http, Meter() as meter:
        found = []
        for task_id in spec["ids"]:
            response = http.get(f"/api/tasks/{task_id}/")
            response.raise_for_status()
            found.append(response.json()["data"])
    return _per_request(meter, len(found))


def raw(spec: dict[str, Any]) -> dict[str, Any]:
    return _raw(spec, close=False)


def raw_close(spec: dict[str, Any]) -> dict[str, Any]:
    return _raw(spec, close=True)


def prepare(ctx: Any) -> dict[str, Any]:
    ids = ctx.main_task_ids()[: ctx.sizes.retrieves]
    return {"ids": ids}


def check(ctx: Any, spec: dict[str, Any], contender: Contender, result: dict[str, Any]) -> None:
    assert result["count"] == len(spec["ids"]), f"retrieved {result['count']} tasks of {len(spec['ids'])}"
    assert result.get("requests", len(spec["ids"])) >= len(spec["ids"]), "fewer requests than tasks"


SCENARIO = Scenario(
    name="retrieve",
    title="retrieve one task, per request ({retrieves} sequential requests)",
    metrics=(PER_REQUEST,),
    contenders=(
        Contender(LSCLIENT, LSCLIENT, "`client.tasks.retrieve(id)`", headline=True),
        Contender(LSCLIENT_ASYNC, LSCLIENT_ASYNC, "`await client.tasks.retrieve(id)`", headline=True),
        Contender(SDK, SDK, "`ls.tasks.get(id=id)`", headline=True),
        Contender(RAW, RAW, "`GET /api/tasks/{id}/`, keep-alive"),
        Contender("raw-close", RAW, "`GET /api/tasks/{id}/` with `Connection: close` (a new connection each)"),
    ),
    notes=(
        "Django's development server (`label-studio start`) stalls about 40 ms on every request of a reused "
        "keep-alive connection; a new connection per request (`Connection: close`) avoids it. lsclient does that by "
        "itself there (it knows the server by its `Server` header) and keeps connections alive on other servers.",
    ),
    prepare=prepare,
    check=check,
)

"""Create one prediction per task through the bulk endpoint (``POST /api/projects/{id}/import/predictions``)."""

from __future__ import annotations

import asyncio
from typing import Any

from .. import clients, data
from ..measure import Meter
from ..scenario import LSCLIENT, LSCLIENT_ASYNC, RAW, REQUESTS, SDK, WALL, Contender, Scenario
from ._predictions import before_run, check, prepare
from .predictions_concurrent import gathered


def _predictions(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [data.prediction(task_id, n) for n, task_id in enumerate(spec["ids"])]


def lsclient(spec: dict[str, Any]) -> dict[str, Any]:
    predictions = _predictions(spec)
    with clients.lsclient(spec) as client:
        project = client.projects.retrieve(spec["project"])
        with Meter() as meter:
            created = project.import_predictions(predictions, progress=False)
    return meter.result(count=created)


def lsclient_concurrent(spec: dict[str, Any]) -> dict[str, Any]:
    predictions = _predictions(spec)
    with clients.lsclient(spec) as client:
        project = client.projects.retrieve(spec["project"])
        with Meter() as meter:
            created = project.import_predictions(
                predictions, batch_size=spec["bulk_batch"], concurrency=spec["concurrency"], progress=False
            )
    return meter.result(count=created)


def lsclient_async(spec: dict[str, Any]) -> dict[str, Any]:
    predictions = _predictions(spec)

    async def main() -> dict[str, Any]:
        async with clients.lsclient_async(spec) as client:
            project = await client.projects.retrieve(spec["project"])
            with Meter() as meter:
                created = await project.import_predictions(predictions, progress=False)
        return meter.result(count=created)

    return asyncio.run(main())


def sdk(spec: dict[str, Any]) -> dict[str, Any]:
    predictions = _predictions(spec)
    ls = clients.sdk(spec)
    with Meter() as meter:
        answer = ls.projects.import_predictions(id=spec["project"], request=predictions)
    return meter.result(count=answer.created)


def raw(spec: dict[str, Any]) -> dict[str, Any]:
    predictions = _predictions(spec)
    with clients.raw(spec) as http, Meter() as meter:
        response = http.post(f"/api/projects/{spec['project']}/import/predictions", json=predictions)
        response.raise_for_status()
    return meter.result(count=response.json()["created"])


def raw_concurrent(spec: dict[str, Any]) -> dict[str, Any]:
    predictions = _predictions(spec)
    size = spec["bulk_batch"]
    batches = [predictions[start : start + size] for start in range(0, len(predictions), size)]

    async def main() -> dict[str, Any]:
        created = 0
        async with clients.raw_async(spec) as http:

            async def send(n: int, batch: list[dict[str, Any]]) -> None:
                nonlocal created
                response = await http.post(f"/api/projects/{spec['project']}/import/predictions", json=batch)
                response.raise_for_status()
                created += response.json()["created"]

            with Meter() as meter:
                await gathered(send, batches, spec["concurrency"])
        return meter.result(count=created)

    return asyncio.run(main())


SCENARIO = Scenario(
    name="predictions-bulk",
    title="create {predictions} predictions in bulk",
    metrics=(WALL, REQUESTS),
    contenders=(
        Contender(LSCLIENT, LSCLIENT, "`project.import_predictions(predictions)` (batches of 10,000)", headline=True),
        Contender(
            "lsclient-concurrent",
            LSCLIENT,
            "`project.import_predictions(predictions, batch_size={bulk_batch}, concurrency={concurrency})`",
            needs_workers=True,
        ),
        Contender(
            LSCLIENT_ASYNC,
            LSCLIENT_ASYNC,
            "`await project.import_predictions(predictions)`",
            headline=True,
        ),
        Contender(SDK, SDK, "`ls.projects.import_predictions(id=, request=predictions)`", headline=True),
        Contender(RAW, RAW, "one `POST /api/projects/{id}/import/predictions` of every prediction"),
        Contender(
            "raw-concurrent",
            RAW,
            "batches of {bulk_batch}, {concurrency} at once (`httpx.AsyncClient`)",
            needs_workers=True,
        ),
    ),
    notes=(
        "The concurrent ways are not run on the development server: when tried there, concurrent bulk imports of "
        "predictions queued for SQLite's lock, some ended in a 500, and requests Label Studio retried after the lock "
        "kept landing minutes later (one check found 2,375 predictions for 2,000 sent).",
    ),
    server="concurrency",
    prepare=prepare,
    before_run=before_run,
    check=check,
)

"""Export every task of a project as Label Studio JSON into a file, from nothing to the file on disk."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from .. import clients
from ..measure import Meter
from ..scenario import DELTA_PEAK, LSCLIENT, LSCLIENT_ASYNC, RAW, SDK, WALL, Contender, Scenario

CHUNK = 1 << 16


def lsclient(spec: dict[str, Any]) -> dict[str, Any]:
    with clients.lsclient(spec) as client:
        project = client.projects.retrieve(spec["project"])
        with Meter() as meter:
            project.export(spec["path"], progress=False)
    return meter.result()


def lsclient_async(spec: dict[str, Any]) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        async with clients.lsclient_async(spec) as client:
            project = await client.projects.retrieve(spec["project"])
            with Meter() as meter:
                await project.export(spec["path"], progress=False)
        return meter.result()

    return asyncio.run(main())


def sdk(spec: dict[str, Any]) -> dict[str, Any]:
    ls = clients.sdk(spec)
    with Meter() as meter:
        buffer = ls.projects.exports.as_file(spec["project"], timeout=3600)
        with open(spec["path"], "wb") as out:
            out.write(buffer.getbuffer())
    return meter.result()


def sdk_snapshot(spec: dict[str, Any]) -> dict[str, Any]:
    ls = clients.sdk(spec)
    with Meter() as meter:
        snapshot = ls.projects.exports.create(spec["project"])
        with open(spec["path"], "wb") as out:
            for chunk in ls.projects.exports.download(spec["project"], snapshot.id, export_type="JSON"):
                out.write(chunk)
        ls.projects.exports.delete(spec["project"], snapshot.id)
    return meter.result()


def raw(spec: dict[str, Any]) -> dict[str, Any]:
    project = spec["project"]
    with clients.raw(spec) as http, Meter() as meter:
        created = http.post(f"/api/projects/{project}/exports/", json={})
        created.raise_for_status()
        snapshot = created.json()["id"]
        with http.stream(
            "GET", f"/api/projects/{project}/exports/{snapshot}/download", params={"exportType": "JSON"}
        ) as response:
            response.raise_for_status()
            with open(spec["path"], "wb") as out:
                for chunk in response.iter_bytes(CHUNK):
                    out.write(chunk)
        http.delete(f"/api/projects/{project}/exports/{snapshot}").raise_for_status()
    return meter.result()


def raw_direct(spec: dict[str, Any]) -> dict[str, Any]:
    params = {"exportType": "JSON", "download_all_tasks": "true"}
    with clients.raw(spec) as http, Meter() as meter:
        with http.stream("GET", f"/api/projects/{spec['project']}/export", params=params) as response:
            response.raise_for_status()
            with open(spec["path"], "wb") as out:
                for chunk in response.iter_bytes(CHUNK):
                    out.write(chunk)
    return meter.result()


def prepare(ctx: Any) -> dict[str, Any]:
    return {"project": ctx.main_project(), "expected": ctx.sizes.tasks}


def before_run(ctx: Any, spec: dict[str, Any], contender: Contender) -> dict[str, Any]:
    return {**spec, "path": str(ctx.scratch / f"export-{contender.key}.json")}


def check(ctx: Any, spec: dict[str, Any], contender: Contender, result: dict[str, Any]) -> None:
    path = Path(spec["path"])
    try:
        result["bytes"] = path.stat().st_size
        with open(path, "rb") as stream:
            count = len(json.load(stream))
        assert count == spec["expected"], f"the file holds {count} tasks of {spec['expected']}"
    finally:
        path.unlink(missing_ok=True)
        ctx.admin.remove_snapshots(spec["project"])


SCENARIO = Scenario(
    name="export",
    title="export {tasks} tasks as JSON to a file",
    metrics=(WALL, DELTA_PEAK),
    contenders=(
        Contender(LSCLIENT, LSCLIENT, "`project.export(path)`: snapshot, download, remove the snapshot", headline=True),
        Contender(LSCLIENT_ASYNC, LSCLIENT_ASYNC, "`await project.export(path)`", headline=True),
        Contender(
            SDK, SDK, "`ls.projects.exports.as_file(id)` (the one-call helper), written to the file", headline=True
        ),
        Contender(
            "sdk-snapshot", SDK, "`exports.create(id)`, `exports.download(id, pk)` streamed, `exports.delete(id, pk)`"
        ),
        Contender(RAW, RAW, "`POST .../exports/`, `GET .../exports/{pk}/download` streamed, `DELETE`"),
        Contender(
            "raw-direct", RAW, "`GET /api/projects/{id}/export?exportType=JSON&download_all_tasks=true` streamed"
        ),
    ),
    notes=(
        "On Label Studio Community, `as_file` first asks the server's edition (`GET /api/versions`), then downloads "
        "the older one-shot `GET /api/projects/{id}/export`, buffered whole in a `BytesIO`.",
    ),
    prepare=prepare,
    before_run=before_run,
    check=check,
)

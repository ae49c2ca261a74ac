"""Download one large export snapshot to a file and read its tasks back: time and memory."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

from .. import clients
from ..measure import Meter
from ..scenario import DELTA_PEAK, LSCLIENT, LSCLIENT_ASYNC, PEAK, RAW, SDK, WALL, Contender, Scenario

CHUNK = 1 << 16


def lsclient(spec: dict[str, Any]) -> dict[str, Any]:
    from lsclient.core.export_files import iter_export_tasks

    with clients.lsclient(spec) as client:
        export = client.projects.retrieve(spec["project"]).exports.retrieve(spec["export"])
        with Meter() as meter:
            path = export.download(spec["path"], progress=False)
            count = sum(1 for _ in iter_export_tasks(path))
    return meter.result(count=count)


def lsclient_async(spec: dict[str, Any]) -> dict[str, Any]:
    from lsclient.core.export_files import iter_export_tasks

    async def main() -> dict[str, Any]:
        async with clients.lsclient_async(spec) as client:
            project = await client.projects.retrieve(spec["project"])
            export = await project.exports.retrieve(spec["export"])
            with Meter() as meter:
                path = await export.download(spec["path"], progress=False)
                count = sum(1 for _ in iter_export_tasks(path))
        return meter.result(count=count)

    return asyncio.run(main())


def sdk(spec: dict[str, Any]) -> dict[str, Any]:
    ls = clients.sdk(spec)
    with Meter() as meter:
        with open(spec["path"], "wb") as out:
            for chunk in ls.projects.exports.download(spec["project"], spec["export"], export_type="JSON"):
                out.write(chunk)
        with open(spec["path"], "rb") as stream:
            count = sum(1 for _ in json.load(stream))  # no lazy reader in the SDK
    return meter.result(count=count)


def raw(spec: dict[str, Any]) -> dict[str, Any]:
    url = f"/api/projects/{spec['project']}/exports/{spec['export']}/download"
    with clients.raw(spec) as http, Meter() as meter:
        with http.stream("GET", url, params={"exportType": "JSON"}) as response:
            response.raise_for_status()
            with open(spec["path"], "wb") as out:
                for chunk in response.iter_bytes(CHUNK):
                    out.write(chunk)
        with open(spec["path"], "rb") as stream:
            count = sum(1 for _ in json.load(stream))
    return meter.result(count=count)


def prepare(ctx: Any) -> dict[str, Any]:
    project = ctx.cache.get("large")
    if project is None:  # import-large did not run (or not on this server): seed it
        project = ctx.admin.create_project("bench large export")
        ctx.admin.import_tasks(project, ctx.sizes.large)
        ctx.cache["large"] = project
    started = time.perf_counter()
    export = ctx.admin.create_snapshot(project)
    SCENARIO.info["snapshot_s"] = round(time.perf_counter() - started, 1)
    return {"project": project, "export": export, "expected": ctx.sizes.large}


def before_run(ctx: Any, spec: dict[str, Any], contender: Contender) -> dict[str, Any]:
    return {**spec, "path": str(ctx.scratch / f"large-export-{contender.key}.json")}


def check(ctx: Any, spec: dict[str, Any], contender: Contender, result: dict[str, Any]) -> None:
    path = Path(spec["path"])
    try:
        result["bytes"] = path.stat().st_size
        assert result["count"] == spec["expected"], f"read {result['count']} tasks of {spec['expected']}"
    finally:
        path.unlink(missing_ok=True)


SCENARIO = Scenario(
    name="export-large",
    title="download a {large}-task export snapshot to a file and read its tasks",
    metrics=(WALL, PEAK, DELTA_PEAK),
    contenders=(
        Contender(
            LSCLIENT,
            LSCLIENT,
            "`export.download(path)` + `iter_export_tasks(path)` (one task at a time)",
            headline=True,
        ),
        Contender(
            LSCLIENT_ASYNC, LSCLIENT_ASYNC, "`await export.download(path)` + `iter_export_tasks(path)`", headline=True
        ),
        Contender(SDK, SDK, "`ls.projects.exports.download(id, pk)` streamed to the file + `json.load`", headline=True),
        Contender(RAW, RAW, "`GET .../exports/{pk}/download` streamed to the file + `json.load`"),
    ),
    heavy=True,
    notes=(
        "The snapshot is built once by the server before the runs (not part of any run; see the time above); "
        "`project.export(path)` of the 10k scenario includes that step.",
    ),
    prepare=prepare,
    before_run=before_run,
    check=check,
)

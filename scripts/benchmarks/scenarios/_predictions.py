"""What the three prediction scenarios share: a project of tasks without predictions before every run."""

from __future__ import annotations

import time
from typing import Any

from ..scenario import Contender

SETTLE_TIMEOUT_S = 300


def prepare(ctx: Any) -> dict[str, Any]:
    if "predictions" not in ctx.cache:  # one project per server, shared by the three scenarios
        project = ctx.admin.create_project("bench predictions")
        ctx.cache["predictions"] = (project, ctx.admin.import_tasks(project, ctx.sizes.predictions))
    project, ids = ctx.cache["predictions"]
    concurrency = ctx.sizes.concurrency
    return {
        "project": project,
        "ids": ids,
        "concurrency": concurrency,
        "bulk_batch": max(1, -(-len(ids) // (2 * concurrency))),  # about two batches per concurrent slot
    }


def before_run(ctx: Any, spec: dict[str, Any], contender: Contender) -> dict[str, Any]:
    """Remove the project's predictions, and wait until none come back: requests of a failed run may still be
    in the server (on SQLite, a write waits for the database lock, and the removal itself may then answer 500)
    and land after the removal."""
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    quiet = 0
    while quiet < 2:
        try:
            if ctx.admin.counts(spec["project"])[1]:
                ctx.admin.remove_predictions(spec["project"])
                quiet = 0
            else:
                quiet += 1
        except RuntimeError:
            if time.monotonic() > deadline:
                raise
            quiet = 0
        if time.monotonic() > deadline:
            raise RuntimeError(f"predictions keep appearing in project {spec['project']}")
        time.sleep(1.0 if quiet else 2.0)
    return spec


def check(ctx: Any, spec: dict[str, Any], contender: Contender, result: dict[str, Any]) -> None:
    expected = len(spec["ids"])
    assert result["count"] == expected, f"{result['count']} predictions reported created of {expected}"
    _, on_server = ctx.admin.counts(spec["project"])
    assert on_server == expected, f"{on_server} predictions on the server, {expected} created"

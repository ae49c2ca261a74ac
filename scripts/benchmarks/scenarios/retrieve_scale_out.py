"""The retrieve scenario on the scale-out server (``--concurrency-server``: PostgreSQL behind gunicorn's workers),
where no keep-alive stall hides the clients' own cost per request."""

from __future__ import annotations

import dataclasses

from .retrieve import SCENARIO as _RETRIEVE
from .retrieve import check, lsclient, lsclient_async, prepare, raw, raw_close, sdk

__all__ = ["SCENARIO", "check", "lsclient", "lsclient_async", "prepare", "raw", "raw_close", "sdk"]

SCENARIO = dataclasses.replace(
    _RETRIEVE,
    name="retrieve-scale-out",
    title="retrieve one task, per request, on the scale-out server ({retrieves} sequential requests)",
    server="concurrency",
    notes=(
        "gunicorn's sync workers close the connection after every answer, so the keep-alive rows open a "
        "connection per request too.",
    ),
)

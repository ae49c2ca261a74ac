"""The benchmark's data: the labeling config, the tasks and the predictions (stdlib only)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

CONFIG = (
    '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text">'
    '<Choice value="positive"/><Choice value="negative"/></Choices></View>'
)


def tasks(count: int, start: int = 0) -> Iterator[dict[str, Any]]:
    """The benchmark's tasks, made on demand (about 90 bytes of JSON each)."""
    for n in range(start, start + count):
        yield {"data": {"text": f"review {n}: the delivery was quick and the product works as described"}}


def result(n: int) -> list[dict[str, Any]]:
    """The ``result`` of prediction number ``n``: one choice."""
    label = "positive" if n % 2 == 0 else "negative"
    return [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [label]}}]


def prediction(task_id: int, n: int) -> dict[str, Any]:
    """A full prediction for ``task_id`` (for the bulk imports)."""
    return {"task": task_id, "result": result(n), "score": 0.5 + (n % 50) / 100, "model_version": "bench-v1"}

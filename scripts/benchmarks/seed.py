"""The orchestrator's own requests to a benchmark server: seeding projects and checking what a run did.

Plain httpx with short connections (``Connection: close``: the dev server's keep-alive stall would only slow
the seeding down); none of this is measured.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from .data import CONFIG, tasks

_LONG = httpx.Timeout(3600.0, connect=10.0)  # a 100k-task snapshot takes minutes on the dev server


class Admin:
    """The orchestrator's client of one server (legacy token)."""

    def __init__(self, url: str, api_key: str) -> None:
        self.url = url
        self.api_key = api_key
        self.http = httpx.Client(
            base_url=url,
            headers={"Authorization": f"Token {api_key}", "Connection": "close"},
            timeout=_LONG,
            trust_env=False,
        )

    def close(self) -> None:
        self.http.close()

    def _ok(self, response: httpx.Response) -> Any:
        if response.status_code >= 400:
            request = response.request
            raise RuntimeError(f"{request.method} {request.url.path} -> {response.status_code}: {response.text[:500]}")
        return response.json() if response.content else None

    def create_project(self, title: str) -> int:
        return int(self._ok(self.http.post("/api/projects/", json={"title": title, "label_config": CONFIG}))["id"])

    def import_tasks(self, project: int, count: int, *, start: int = 0, batch: int = 10_000) -> list[int]:
        """Import ``count`` benchmark tasks, ``batch`` per request; return their ids."""
        ids: list[int] = []
        for offset in range(0, count, batch):
            size = min(batch, count - offset)
            answer = self._ok(
                self.http.post(
                    f"/api/projects/{project}/import",
                    params={"return_task_ids": "true"},
                    json=list(tasks(size, start + offset)),
                )
            )
            ids.extend(answer["task_ids"])
        return ids

    def remove_project(self, project: int) -> None:
        self._ok(self.http.delete(f"/api/projects/{project}/"))

    def counts(self, project: int) -> tuple[int, int]:
        """(tasks, predictions) in the project.

        Predictions are listed, not read from the task list's ``total_predictions``: that sums per-task counters,
        which Label Studio 1.23.2 leaves stale after the data manager's ``delete_tasks_predictions`` action.
        """
        answer = self._ok(self.http.get("/api/tasks/", params={"project": project, "page_size": 1, "include": "id"}))
        predictions = self._ok(self.http.get("/api/predictions/", params={"project": project}))
        return int(answer["total"]), len(predictions)

    def task_ids(self, project: int) -> list[int]:
        ids: list[int] = []
        page = 1
        while True:
            answer = self._ok(
                self.http.get(
                    "/api/tasks/", params={"project": project, "page": page, "page_size": 5000, "include": "id"}
                )
            )
            ids.extend(int(task["id"]) for task in answer["tasks"])
            if len(ids) >= answer["total"] or not answer["tasks"]:
                return ids
            page += 1

    def save_tasks_page(self, project: int, size: int, path: Path) -> int:
        """Save the body of ``GET /api/tasks/?project=&page_size=size`` (the default fields) to ``path``."""
        response = self.http.get("/api/tasks/", params={"project": project, "page": 1, "page_size": size})
        self._ok(response)
        path.write_bytes(response.content)
        return len(response.content)

    def create_snapshot(self, project: int) -> int:
        return int(self._ok(self.http.post(f"/api/projects/{project}/exports/", json={}))["id"])

    def remove_snapshots(self, project: int) -> int:
        """Delete every export snapshot of the project; return how many there were."""
        snapshots = self._ok(self.http.get(f"/api/projects/{project}/exports/"))
        for snapshot in snapshots:
            self._ok(self.http.delete(f"/api/projects/{project}/exports/{snapshot['id']}"))
        return len(snapshots)

    def remove_predictions(self, project: int) -> None:
        self._ok(
            self.http.post(
                "/api/dm/actions/",
                params={"id": "delete_tasks_predictions", "project": project},
                json={"selectedItems": {"all": True, "excluded": []}},
            )
        )

    def server_version(self) -> dict[str, Any]:
        answer: dict[str, Any] = self._ok(self.http.get("/api/version"))
        return answer

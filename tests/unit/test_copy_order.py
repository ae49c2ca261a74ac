"""project.copy_to imports a snapshot in the source's id order, whatever order the server wrote it in (PostgreSQL
writes it shuffled: SELECT DISTINCT without ORDER BY)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from lsclient.core._async import migration as async_migration
from lsclient.core._sync import migration as sync_migration


@pytest.fixture(params=[sync_migration, async_migration], ids=["sync", "async"])
def migration(request: pytest.FixtureRequest) -> ModuleType:
    module: ModuleType = request.param
    return module


def write_snapshot(path: Path, ids: list[int]) -> None:
    tasks = [
        {"id": i, "data": {"text": f"task {i}\nline two \u2028 ü"}, "annotations": [{"completed_by": {"email": "a@b"}}]}
        for i in ids
    ]
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")


def test_a_shuffled_snapshot_is_read_in_id_order(migration: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "tasks.json"
    write_snapshot(path, [14608, 14551, 14841, 14552, 14600])
    count, emails, ids = migration._count(path)
    assert (count, emails, list(ids)) == (5, {"a@b"}, [14608, 14551, 14841, 14552, 14600])

    tasks = list(migration._in_id_order(path, ids))
    assert [t["id"] for t in tasks] == [14551, 14552, 14600, 14608, 14841]
    assert tasks[0]["data"]["text"] == "task 14551\nline two \u2028 ü"  # each task intact through the side file


def test_a_snapshot_in_id_order_is_streamed_as_it_is(migration: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "tasks.json"
    write_snapshot(path, [1, 2, 5])
    _, _, ids = migration._count(path)
    assert [t["id"] for t in migration._in_id_order(path, ids)] == [1, 2, 5]
    assert not (tmp_path / "tasks.jsonl").exists()  # no side file when none is needed

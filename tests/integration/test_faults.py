"""What the SDK survives: faults injected between the client and the real Label Studio (tests/faultproxy.py), each
scenario's invariant checked on the server itself, in both flavours.

The figures in docs/reliability.md come from these tests:
``PYTHONPATH=src .venv/bin/python -m pytest tests/integration/test_faults.py -q``.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from faultproxy import FaultProxy
from flavours import connect
from server_fixture import ServerInfo, ls_server

from lsclient import Client, Project, make_async_client, make_client
from lsclient.core.errors import (
    APIConnectionError,
    APITimeoutError,
    NotFoundError,
    OutcomeUnknownError,
    TaskImportError,
)

pytestmark = pytest.mark.integration

CONFIG = (
    '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text">'
    '<Choice value="positive"/><Choice value="negative"/></Choices></View>'
)
TASKS = r"^/api/tasks/$"
IMPORT = r"/import$"
BIG = 5000


# ---------------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def direct(label_studio: ServerInfo) -> Iterator[Client]:
    """A client straight to the server (no proxy): how each test reads the truth."""
    with make_client(label_studio.url, label_studio.api_key, check_version=False) as client:
        yield client


@pytest.fixture
def proxy(label_studio: ServerInfo) -> Iterator[FaultProxy]:
    with FaultProxy(label_studio.url) as proxy:
        yield proxy


@pytest.fixture
def through(proxy: FaultProxy, label_studio: ServerInfo, flavour: str) -> Iterator[Callable[..., Client]]:
    """Build clients of the test's flavour that go through the proxy; closed afterwards."""
    made: list[Client] = []

    def build(**options: Any) -> Client:
        client = connect(flavour, proxy.url, label_studio.api_key, check_version=False, **options)
        made.append(client)
        return client

    yield build
    for client in made:
        client.close()


@pytest.fixture
def project(direct: Client) -> Iterator[Project]:
    project = direct.projects.create(title=f"faults-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
    yield project
    try:
        project.remove()
    except NotFoundError:
        pass


@pytest.fixture(scope="module")
def big_project(direct: Client) -> Iterator[tuple[Project, list[int]]]:
    """A project of BIG tasks, imported once for the module."""
    project = direct.projects.create(title=f"faults-big-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
    ids = project.import_tasks(({"text": f"task {n}"} for n in range(BIG)), batch_size=1000, progress=False)
    yield project, ids
    project.remove()


def on_server(project: Project) -> dict[int, dict[str, Any]]:
    """Task id -> data of every task of the project, read straight from the server."""
    return {task.id: task.data for task in project.tasks.list(page_size=1000)}


def keyed(project: Project, key: str) -> list[int]:
    """The input indexes of the project's tasks imported with ``key``, one entry per task (duplicates show)."""
    indexes = []
    for task in project.tasks.list(page_size=1000):
        mark = (task.meta or {}).get("lsclient_import", "") if isinstance(task.meta, dict) else ""
        if mark.startswith(f"{key}:"):
            indexes.append(int(mark.rsplit(":", 1)[1]))
    return sorted(indexes)


# ------------------------------------------------------------------------------------------------------ listing


def test_listing_5000_tasks_through_bursts_of_errors_and_resets(
    big_project: tuple[Project, list[int]], proxy: FaultProxy, through: Callable[..., Client]
) -> None:
    project, ids = big_project
    faults = [
        proxy.answer(503, retry_after="0", times=3, method="GET", path=TASKS, skip=2),  # a burst: the whole budget
        proxy.answer(503, times=2, method="GET", path=TASKS, skip=8),  # no Retry-After: backoff 0.5 s, 1 s
        proxy.reset(times=2, method="GET", path=TASKS, skip=14),
        proxy.reset(after_upstream=True, method="GET", path=TASKS, skip=20),
        proxy.cut(0.5, method="GET", path=TASKS, skip=26),
        proxy.answer(502, retry_after="0", times=2, method="GET", path=TASKS, skip=32),
        proxy.answer(504, retry_after="0", method="GET", path=TASKS, skip=38),
        proxy.answer(429, retry_after="0", method="GET", path=TASKS, skip=44),
        proxy.answer(429, method="GET", path=TASKS, skip=50),
    ]
    client = through()
    seen = [task.id for task in client.tasks.list(project.id, page_size=100)]
    assert seen == ids  # every task exactly once, in order
    assert [fault.fired for fault in faults] == [fault.times for fault in faults]  # each fault was injected
    assert proxy.count("GET", TASKS, outcome="^200$") == BIG // 100


def test_listing_5000_tasks_in_growing_pages_through_errors_resets_and_a_cut_answer(
    big_project: tuple[Project, list[int]], proxy: FaultProxy, through: Callable[..., Client]
) -> None:
    """The default listing's pages grow (100, 100, 200, ..., 1600, then 1800 of 3200): a large page lost midway is
    asked for again, whole, and nothing is yielded twice."""
    project, ids = big_project
    faults = [
        proxy.answer(503, retry_after="0", times=2, method="GET", path=TASKS, skip=1),
        proxy.reset(after_upstream=True, method="GET", path=TASKS, skip=5),
        proxy.cut(0.5, method="GET", path=TASKS, skip=8),  # the answer of 1,600 or 1,800 tasks cut in half
    ]
    client = through()
    seen = [task.id for task in client.tasks.list(project.id)]
    assert seen == ids  # every task exactly once, in order
    assert [fault.fired for fault in faults] == [fault.times for fault in faults]
    assert proxy.count("GET", TASKS, outcome="^200$") == 7


# --------------------------------------------------------------------------------------- retrieve, update, remove


def test_retrieve_update_remove_under_resets_and_502s(
    direct: Client, project: Project, proxy: FaultProxy, through: Callable[..., Client]
) -> None:
    (task_id,) = project.import_tasks([{"text": "v1"}], progress=False)
    client = through()
    one = rf"^/api/tasks/{task_id}/$"

    proxy.reset(method="GET", path=one)
    proxy.answer(502, retry_after="0", method="GET", path=one)
    task = client.tasks.retrieve(task_id)
    assert task.data == {"text": "v1"}
    assert proxy.outcomes("GET", one) == ["reset before", "502 injected", "200"]

    # The PATCH lands, its answer is lost: sent again, the same change lands again (same final state).
    proxy.reset(after_upstream=True, method="PATCH", path=one)
    proxy.answer(502, retry_after="0", method="PATCH", path=one)
    task.update(data={"text": "v2"})
    assert task.data == {"text": "v2"}
    assert proxy.outcomes("PATCH", one) == ["reset after 200", "502 injected", "200"]
    assert direct.tasks.retrieve(task_id).data == {"text": "v2"}

    # The DELETE lands, its answer is lost: sent again, it finds nothing to delete, which is what was asked.
    proxy.reset(after_upstream=True, method="DELETE", path=one)
    task.remove()
    assert proxy.outcomes("DELETE", one) == ["reset after 204", "404"]
    with pytest.raises(NotFoundError):
        direct.tasks.retrieve(task_id)
    # ...but a DELETE of something that is not there, without any doubt, still says so.
    with pytest.raises(NotFoundError):
        client.tasks.remove(task_id)

    # Through the project (read, checked, then deleted): the same, after the ownership check.
    (other,) = project.import_tasks([{"text": "other"}], progress=False)
    other_path = rf"^/api/tasks/{other}/$"
    earlier = len(proxy.outcomes("DELETE", other_path))  # SQLite may give the removed task's id again
    proxy.reset(after_upstream=True, method="DELETE", path=other_path)
    client.projects.retrieve(project.id).tasks.remove(other)
    assert proxy.outcomes("DELETE", other_path)[earlier:] == ["reset after 204", "404"]
    with pytest.raises(NotFoundError):
        direct.tasks.retrieve(other)

    title = f"{project.title}-renamed"
    proxy.answer(503, retry_after="0", method="PATCH", path=rf"^/api/projects/{project.id}/$")
    client.projects.retrieve(project.id).update(title=title)
    assert direct.projects.retrieve(project.id).title == title
    proxy.reset(after_upstream=True, method="DELETE", path=rf"^/api/projects/{project.id}/$")
    client.projects.remove(project.id)
    with pytest.raises(NotFoundError):
        direct.projects.retrieve(project.id)


# ------------------------------------------------------------------------------------------------------ create


def test_create_with_the_answer_lost_is_not_repeated_and_says_the_outcome_is_unknown(
    direct: Client, proxy: FaultProxy, through: Callable[..., Client]
) -> None:
    client = through()
    title = f"faults-create-{uuid.uuid4().hex[:8]}"
    proxy.reset(after_upstream=True, method="POST", path=r"^/api/projects/$")
    with pytest.raises(OutcomeUnknownError, match="may or may not"):
        client.projects.create(title=title, label_config=CONFIG)
    created = list(direct.projects.list(title=title))
    try:
        assert len(created) == 1  # it landed once, and was not sent again
        assert proxy.outcomes("POST", r"^/api/projects/$") == ["reset after 201"]

        # Reset before it reached the server: the client cannot tell the two apart, and says so the same way.
        other = f"{title}-b"
        proxy.reset(method="POST", path=r"^/api/projects/$")
        with pytest.raises(OutcomeUnknownError):
            client.projects.create(title=other, label_config=CONFIG)
        assert list(direct.projects.list(title=other)) == []

        # 429: the server refused it, so it is sent again (even a POST) and lands once.
        third = f"{title}-c"
        proxy.answer(429, retry_after="0", times=2, method="POST", path=r"^/api/projects/$")
        project = client.projects.create(title=third, label_config=CONFIG)
        assert [p.id for p in direct.projects.list(title=third)] == [project.id]
        created.append(project)

        # A task created through a project: the same.
        proxy.reset(after_upstream=True, method="POST", path=r"^/api/tasks/$")
        with pytest.raises(OutcomeUnknownError):
            client.projects.retrieve(project.id).tasks.create({"text": "once"})
        assert list(on_server(direct.projects.retrieve(project.id)).values()) == [{"text": "once"}]
    finally:
        for item in created:
            direct.projects.remove(item.id)


# ------------------------------------------------------------------------------------------------------ imports


def test_concurrent_import_with_batches_reset_completes_with_the_key(
    project: Project, proxy: FaultProxy, through: Callable[..., Client]
) -> None:
    # (one batch at a time: tests/integration/test_bulk_import.py; here two in flight)
    proxy.reset(after_upstream=True, method="POST", path=IMPORT, skip=1)  # one batch lands, unheard
    proxy.reset(method="POST", path=IMPORT, skip=3)  # a later one never reaches the server
    tasks = [{"text": f"t{i}"} for i in range(40)]
    remote = through().projects.retrieve(project.id)
    ids = remote.import_tasks(tasks, batch_size=10, concurrency=2, key="mid", progress=False)
    outcomes = proxy.outcomes("POST", IMPORT)
    assert sorted(outcomes) == ["201", "201", "201", "reset after 201", "reset before"]  # nothing resent that landed
    assert keyed(project, "mid") == list(range(40))  # zero duplicates, zero losses
    data = on_server(project)
    assert [data[i] for i in ids] == tasks


def test_import_with_the_server_killed_midway_reports_exactly_then_a_rerun_completes(
    project: Project, proxy: FaultProxy, through: Callable[..., Client], label_studio: ServerInfo
) -> None:
    server = Server(label_studio)
    # The 2nd batch is imported, then the server dies before its answer gets out; it stays down for this run.
    proxy.reset(after_upstream=True, method="POST", path=IMPORT, skip=1, hook=server.kill)
    tasks = [{"text": f"t{i}"} for i in range(30)]
    client = through()
    remote = client.projects.retrieve(project.id)
    try:
        with pytest.raises(TaskImportError) as info:
            remote.import_tasks(tasks, batch_size=10, key="killed", progress=False)
    finally:
        server.resume()
    error = info.value
    assert (error.failed_at, error.failed_range, error.in_doubt) == (10, range(10, 20), True)
    assert "may or may not" in str(error)
    # The report is exact where it can be: the first batch is in, nothing after the doubtful one was sent.
    assert len(error.imported_task_ids) == 10
    data = on_server(project)
    assert [data[i] for i in error.imported_task_ids] == tasks[:10]
    assert keyed(project, "killed") == list(range(20))  # (the doubtful batch did land)

    ids = remote.import_tasks(tasks, batch_size=10, key="killed", progress=False)
    assert ids[:10] == error.imported_task_ids
    assert keyed(project, "killed") == list(range(30))  # zero duplicates, zero losses
    data = on_server(project)
    assert [data[i] for i in ids] == tasks


def test_concurrent_import_with_the_server_killed_midway_reports_facts_then_a_rerun_completes(
    project: Project, proxy: FaultProxy, through: Callable[..., Client], label_studio: ServerInfo
) -> None:
    server = Server(label_studio)
    # Two requests in flight: the 2nd to arrive is imported, then the server dies before its answer gets out (the
    # other one may be in the middle of its own import); it stays down for this run.
    proxy.reset(after_upstream=True, method="POST", path=IMPORT, skip=1, hook=server.kill)
    tasks = [{"text": f"t{i}"} for i in range(40)]
    remote = through().projects.retrieve(project.id)
    try:
        with pytest.raises(TaskImportError) as info:
            remote.import_tasks(tasks, batch_size=10, concurrency=2, key="killed-2", progress=False)
    finally:
        server.resume()
    error = info.value
    assert error.in_doubt and "may or may not" in str(error)
    # What the error states as imported is on the server, each task at its input index...
    data = on_server(project)
    assert [data[i] for i in error.imported_task_ids] == tasks[: error.failed_at]
    assert {index: data[task_id] for index, task_id in error.imported_after.items()} == {
        index: tasks[index] for index in error.imported_after
    }
    # ...once; and nothing is on the server that the error does not account for (imported, or in doubt).
    landed = keyed(project, "killed-2")
    assert len(landed) == len(set(landed))
    assert set(landed) <= set(range(error.failed_at)) | set(error.imported_after) | set(error.failed_range)

    ids = remote.import_tasks(tasks, batch_size=10, concurrency=2, key="killed-2", progress=False)
    assert ids[: error.failed_at] == error.imported_task_ids
    assert all(ids[index] == task_id for index, task_id in error.imported_after.items())
    assert keyed(project, "killed-2") == list(range(40))  # zero duplicates, zero losses
    data = on_server(project)
    assert [data[i] for i in ids] == tasks


def test_import_rides_through_a_server_restart(
    project: Project, proxy: FaultProxy, through: Callable[..., Client], label_studio: ServerInfo
) -> None:
    server = Server(label_studio)
    # The server dies after importing the 2nd batch and is back a second later; retries outlast the restart.
    proxy.reset(after_upstream=True, method="POST", path=IMPORT, skip=1, hook=lambda: server.kill(restart_after=1.0))
    tasks = [{"text": f"t{i}"} for i in range(30)]
    client = through(max_retries=6)
    try:
        ids = client.projects.retrieve(project.id).import_tasks(tasks, batch_size=10, key="restart", progress=False)
    finally:
        server.wait()
    assert proxy.count("POST", IMPORT, outcome="reset after 201") == 1
    assert proxy.count(outcome="502 upstream down") >= 1
    assert keyed(project, "restart") == list(range(30))
    data = on_server(project)
    assert [data[i] for i in ids] == tasks


class Server:
    """Kill the real server (SIGKILL, data kept) and bring it back (scripts/ls_server.py kill / resume)."""

    def __init__(self, info: ServerInfo) -> None:
        if info.db != "sqlite":
            pytest.skip("killing and resuming the server with its data is done for the SQLite shape only")
        self.version = info.version
        self._restart: threading.Thread | None = None

    def kill(self, restart_after: float | None = None) -> None:
        assert ls_server.kill(log=lambda _: None, version=self.version)
        if restart_after is not None:

            def later() -> None:
                time.sleep(restart_after)
                self.resume()

            self._restart = threading.Thread(target=later, daemon=True)
            self._restart.start()

    def resume(self) -> None:
        ls_server.resume(log=lambda _: None, version=self.version)

    def wait(self) -> None:
        if self._restart is not None:
            self._restart.join(120)
        self.resume()  # whatever happened, leave it running


# ------------------------------------------------------------------------------------------------------ exports


@pytest.fixture
def snapshot(project: Project) -> Any:
    project.import_tasks([{"text": f"review {n}"} for n in range(200)], progress=False)
    return project.exports.create(title="faults")


def test_a_download_cut_midway_is_retried_to_a_complete_checked_file(
    snapshot: Any, proxy: FaultProxy, through: Callable[..., Client], tmp_path: Path
) -> None:
    proxy.cut(0.5, method="GET", path=r"/download$")
    proxy.cut(100, method="GET", path=r"/download$")
    remote = through().projects.retrieve(snapshot.project_id).exports.retrieve(snapshot.id)
    target = remote.download(tmp_path / "whole.json", progress=False)
    assert hashlib.md5(target.read_bytes()).hexdigest() == snapshot.md5
    outcomes = proxy.outcomes("GET", r"/download$")
    assert [o.split(" ")[0] for o in outcomes] == ["cut", "cut", "206"]
    assert [p.name for p in tmp_path.iterdir()] == ["whole.json"]


def test_a_download_cut_every_time_leaves_no_file(
    snapshot: Any, proxy: FaultProxy, through: Callable[..., Client], tmp_path: Path
) -> None:
    proxy.cut(0.5, method="GET", path=r"/download$", times=None)
    remote = through(max_retries=2).projects.retrieve(snapshot.project_id).exports.retrieve(snapshot.id)
    with pytest.raises(APIConnectionError, match="broke off"):
        remote.download(tmp_path / "never.json", progress=False)
    assert proxy.count("GET", r"/download$") == 3  # the first try and two retries
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------------------------------ stalls


@pytest.mark.parametrize(("retries", "attempts", "bound"), [(0, 1, 4.0), (2, 3, 9.0)])
def test_a_stalled_read_times_out_within_the_configured_bound(
    project: Project, proxy: FaultProxy, through: Callable[..., Client], retries: int, attempts: int, bound: float
) -> None:
    client = through(timeout=1.0, max_retries=retries)
    proxy.stall(30, method="GET", path=rf"^/api/projects/{project.id}/$", times=None)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.projects.retrieve(project.id)
    elapsed = time.monotonic() - started
    # each attempt waits the 1 s timeout; retries add their backoff (0.5 s, 1 s, +-25 %)
    assert attempts * 1.0 <= elapsed < bound
    assert proxy.count("GET", rf"^/api/projects/{project.id}/$", outcome="stalled") == attempts


def test_a_stalled_create_times_out_once_and_says_the_outcome_is_unknown(
    direct: Client, proxy: FaultProxy, through: Callable[..., Client]
) -> None:
    client = through(timeout=1.0)
    proxy.stall(30, method="POST", path=r"^/api/projects/$")
    title = f"faults-stall-{uuid.uuid4().hex[:8]}"
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as info:
        client.projects.create(title=title)
    assert time.monotonic() - started < 4.0
    assert isinstance(info.value, OutcomeUnknownError)
    assert proxy.count("POST", r"^/api/projects/$") == 1  # not sent again
    assert list(direct.projects.list(title=title)) == []  # (this proxy never passed it on)


# ---------------------------------------------------------------------------------------------- token refresh

REFRESH = r"^/api/token/refresh/$"


def test_a_token_refresh_whose_answer_is_lost_is_sent_again(
    project: Project, proxy: FaultProxy, through: Callable[..., Client], label_studio: ServerInfo
) -> None:
    if label_studio.api_key_kind != "pat":
        pytest.skip("this release has no personal access tokens")
    proxy.reset(after_upstream=True, method="POST", path=REFRESH)
    assert through().projects.retrieve(project.id).id == project.id
    assert proxy.outcomes("POST", REFRESH) == ["reset after 200", "200"]


def test_token_expiring_under_16_threads_is_refreshed_once(
    project: Project, proxy: FaultProxy, label_studio: ServerInfo
) -> None:
    if label_studio.api_key_kind != "pat":
        pytest.skip("this release has no personal access tokens")
    proxy.expire_tokens(method="GET", skip=40)  # mid-run: the access token in use stops working
    with make_client(proxy.url, label_studio.api_key, check_version=False) as client:

        def work(n: int) -> list[int]:
            return [client.projects.retrieve(project.id).id for _ in range(6)]

        with ThreadPoolExecutor(16) as pool:
            results = list(pool.map(work, range(16)))
    assert results == [[project.id] * 6] * 16  # no caller saw a 401
    assert proxy.count("POST", REFRESH) == 2  # the first access token, and one refresh after the expiry
    assert proxy.count(outcome="401 expired") >= 1


def test_token_expiring_under_16_coroutines_is_refreshed_once(
    project: Project, proxy: FaultProxy, label_studio: ServerInfo
) -> None:
    if label_studio.api_key_kind != "pat":
        pytest.skip("this release has no personal access tokens")
    proxy.expire_tokens(method="GET", skip=40)

    async def main() -> list[list[int]]:
        async with make_async_client(proxy.url, label_studio.api_key, check_version=False) as client:

            async def work() -> list[int]:
                return [(await client.projects.retrieve(project.id)).id for _ in range(6)]

            return await asyncio.gather(*(work() for _ in range(16)))

    assert asyncio.run(main()) == [[project.id] * 6] * 16
    assert proxy.count("POST", REFRESH) == 2
    assert proxy.count(outcome="401 expired") >= 1

"""Load: 8 clients at once (half sync, half async) run a bounded mix of list / create / update / import / export /
remove on one project for a fixed time, against the real server; then the server's tasks must be exactly what the
clients report they left there (ids and data), and no call may have failed.

The duration is ``LSCLIENT_LOAD_SECONDS`` (default 20). The scale-out shape is the one this is meant for
(``make test DB=postgresql PYTEST_ARGS="-m load"``); on the SQLite development server it runs too. The figures of
the last run go to docs/reliability.md.
"""

from __future__ import annotations

import os
import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from flavours import connect

from lsclient import Client, Project

pytestmark = [pytest.mark.integration, pytest.mark.load]

CLIENTS = 8
DURATION_S = float(os.environ.get("LSCLIENT_LOAD_SECONDS", "20"))
CONFIG = '<View><Text name="text" value="$text"/><Choices name="c" toName="text"><Choice value="a"/></Choices></View>'
# the mix: relative weights of the operations each client draws from (seeded: the same run every time)
MIX = {"list": 4, "create": 3, "update": 3, "import": 2, "remove": 1, "export": 1}


@dataclass
class Report:
    """What one client did, and what it left on the server."""

    name: str
    mine: dict[int, str] = field(default_factory=dict)  # task id -> the text it last wrote
    history: list[str] = field(default_factory=list)  # the operations so far (for the message of a failure)
    done: Counter[str] = field(default_factory=Counter)
    exported: list[set[int]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def run_client(report: Report, client: Client, project_id: int, deadline: float, seed: int) -> None:
    rng = random.Random(seed)
    project = client.projects.retrieve(project_id)
    step = 0
    while time.monotonic() < deadline:
        step += 1
        op = rng.choices(list(MIX), weights=list(MIX.values()))[0]
        if op in ("update", "remove") and not report.mine:
            op = "create"
        try:
            _one(op, step, report, client, project, rng)
        except Exception as exc:  # every failure is a finding: recorded, and the test fails on it
            report.errors.append(f"{op} #{step}: {type(exc).__name__}: {exc} (after {report.history[-6:]})")
            return
        report.done[op] += 1
        report.history.append(f"{op} #{step}")


def _one(op: str, step: int, report: Report, client: Client, project: Project, rng: random.Random) -> None:
    text = f"{report.name}-{step}"
    if op == "list":
        for _ in project.tasks.list(page_size=50, limit=100):
            pass
    elif op == "create":
        task = project.tasks.create({"text": text, "owner": report.name})
        report.mine[task.id] = text
        report.history.append(f"created {task.id}")
    elif op == "update":
        task_id = rng.choice(sorted(report.mine))
        client.tasks.retrieve(task_id).update(data={"text": text, "owner": report.name})
        report.mine[task_id] = text
    elif op == "import":
        tasks = [{"text": f"{text}-{k}", "owner": report.name} for k in range(5)]
        ids = project.import_tasks(tasks, key=f"load-{text}", progress=False)
        report.mine.update({task_id: task["text"] for task_id, task in zip(ids, tasks, strict=True)})
        report.history.append(f"imported {ids}")
    elif op == "remove":
        task_id = rng.choice(sorted(report.mine))
        report.history.append(f"removing {task_id}")
        project.tasks.remove(task_id)
        del report.mine[task_id]
    elif op == "export":
        snapshot = project.exports.create(title=f"load-{text}")
        report.exported.append({task["id"] for task in snapshot.iter_tasks(progress=False)})
        snapshot.remove()


@pytest.fixture
def project(label_studio: Any) -> Iterator[Project]:
    with connect("sync", label_studio.url, label_studio.api_key, check_version=False) as admin:
        made = admin.projects.create(title=f"load-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
        yield made
        made.remove()


def test_eight_clients_leave_exactly_what_they_report(label_studio: Any, project: Project) -> None:
    reports = [Report(f"client{n}") for n in range(CLIENTS)]
    clients = [
        connect("sync" if n % 2 == 0 else "async", label_studio.url, label_studio.api_key, check_version=False)
        for n in range(CLIENTS)
    ]
    deadline = time.monotonic() + DURATION_S
    threads = [
        threading.Thread(target=run_client, args=(report, client, project.id, deadline, n), daemon=True)
        for n, (report, client) in enumerate(zip(reports, clients, strict=True))
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(DURATION_S + 300)
    elapsed = time.monotonic() - started
    for client in clients:
        client.close()

    errors = [error for report in reports for error in report.errors]
    assert errors == []
    expected = {task_id: text for report in reports for task_id, text in report.mine.items()}
    on_server = {task.id: task.data for task in project.tasks.list(page_size=1000)}
    assert sorted(on_server) == sorted(expected)  # nothing lost, nothing duplicated, nothing left behind
    assert {task_id: data["text"] for task_id, data in on_server.items()} == expected  # each last write stands
    every_id = set(expected) | {i for report in reports for snapshot in report.exported for i in snapshot}
    assert all(snapshot <= every_id for report in reports for snapshot in report.exported)

    totals = sum((report.done for report in reports), Counter())
    print(
        f"\nload: {CLIENTS} clients, {elapsed:.0f} s on {label_studio.db}: {sum(totals.values())} operations "
        f"({', '.join(f'{op} {totals[op]}' for op in MIX)}); {len(on_server)} tasks left, as reported"
    )
    assert all(sum(report.done.values()) > 0 for report in reports)

"""A task listing sorted on a column with ties, over several pages, against the real server.

Label Studio sorts by one key only and pages with LIMIT/OFFSET. SQLite breaks ties the same way in every query
(row order), so the pages fit together. PostgreSQL does not: each page's query may order the tied rows
differently, so paging the sorted list repeats some tasks and misses others (measured: 99 of 300 tasks missing with
two values and pages of 50). lsclient therefore reads the order once, as ids, and fetches the tasks by id; this
test holds on both server shapes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from flavours import connect

from lsclient import Client, Project
from lsclient.core.filters import F, Query

pytestmark = pytest.mark.integration

CONFIG = '<View><Text name="text" value="$text"/><Choices name="c" toName="text"><Choice value="a"/></Choices></View>'
COUNT = 300
PAGE = 50


@pytest.fixture
def client(label_studio: Any, flavour: str) -> Iterator[Client]:
    with connect(flavour, label_studio.url, label_studio.api_key, check_version=False) as client:
        yield client


@pytest.fixture
def project(client: Client) -> Iterator[Project]:
    made = client.projects.create(title=f"ties-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
    yield made
    made.remove()


def test_a_listing_sorted_on_a_column_with_ties_has_every_task_once(project: Project) -> None:
    ids = project.import_tasks(
        [{"text": f"t{n}", "lang": "de" if n % 3 else "en"} for n in range(COUNT)], progress=False
    )
    listed = [
        (task.id, task.data["lang"])
        for task in project.tasks.list(query=Query(ordering=F.data("lang").asc()), page_size=PAGE)
    ]
    assert [lang for _, lang in listed] == sorted(lang for _, lang in listed)  # sorted across pages
    assert sorted(task_id for task_id, _ in listed) == sorted(ids)  # every task, once

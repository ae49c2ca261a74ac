"""Growing pages (``GrowingPages``, ``GrowingCursor``, ``page_request``) against a fake of Label Studio's numbered task
list: every item exactly once and in order, for any list length, server page-size cap, limit and byte budget."""

from __future__ import annotations

import asyncio
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lsclient.core._async.paging import AsyncPager
from lsclient.core._sync.paging import Pager
from lsclient.core.errors import InvalidInputError, NotFoundError
from lsclient.core.paging import GrowingCursor, GrowingPages, Page, page_request

ENVELOPE = 60  # bytes of ``{"total": ..., "tasks": [...]}`` around the tasks


class FakeTaskList:
    """``GET /api/tasks/?page=&page_size=`` over ``count`` items, as Label Studio pages it (DRF page numbers):
    a page size above ``cap`` is served as ``cap`` (``TASK_API_PAGE_SIZE_MAX``), a page past the end is a 404
    "Invalid page.", and every answer reports the list's ``total`` and its size in bytes."""

    def __init__(self, count: int, *, cap: int | None = None, item_bytes: int = 100) -> None:
        self.items = list(range(count))
        self.cap = cap
        self.item_bytes = item_bytes
        self.calls: list[tuple[int, int]] = []

    def fetch_page(self, page: int, size: int) -> Page[int]:
        self.calls.append((page, size))
        served = size if self.cap is None else min(size, self.cap)
        start = (page - 1) * served
        if page > 1 and start >= len(self.items):
            raise NotFoundError(status_code=404, method="GET", url="/api/tasks/", detail="Invalid page.")
        chunk = self.items[start : start + served]
        return Page(items=chunk, total=len(self.items), nbytes=ENVELOPE + self.item_bytes * len(chunk))

    async def async_fetch_page(self, page: int, size: int) -> Page[int]:
        await asyncio.sleep(0)
        return self.fetch_page(page, size)


# ------------------------------------------------------------------------------------------------ page_request


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(
    position=st.integers(min_value=0, max_value=10**6),
    size=st.integers(min_value=1, max_value=20_000),
    wanted=st.one_of(st.none(), st.integers(min_value=1, max_value=20_000)),
)
def test_a_page_request_starts_where_the_list_was_left(position: int, size: int, wanted: int | None) -> None:
    asked = page_request(position, size, wanted)
    assert asked.start == position  # nothing read twice, nothing skipped
    assert 1 <= asked.size <= size
    if position and wanted is None:
        assert position % size != 0 or asked.size == size  # the size asked for, when it fits


@pytest.mark.parametrize(
    ("position", "size", "wanted", "expected"),
    [
        (0, 100, None, (1, 100)),
        (0, 100, 7, (1, 7)),
        (100, 100, None, (2, 100)),
        (200, 200, None, (2, 200)),
        (6400, 6400, None, (2, 6400)),
        (6400, 4194, None, (3, 3200)),  # a byte budget below the doubling: the largest size that divides 6400
        (400, 150, None, (5, 100)),  # a server cap of 150
        (6400, 6400, 7, (801, 8)),  # a limit: the smallest page that holds the 7 tasks still wanted
        (97, 100, None, (2, 97)),
        (97, 50, None, (98, 1)),  # a prime position: pages of 1 (positions reached by growing pages never are prime)
    ],
)
def test_page_requests(position: int, size: int, wanted: int | None, expected: tuple[int, int]) -> None:
    asked = page_request(position, size, wanted)
    assert (asked.number, asked.size) == expected


# ------------------------------------------------------------------------------------------------ whole lists


def growing_requests(count: int) -> list[tuple[int, int]]:
    server = FakeTaskList(count)
    assert list(Pager(server.fetch_page, page_size=GrowingPages())) == server.items
    return server.calls


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, [(1, 100)]),
        (1, [(1, 100)]),
        (100, [(1, 100)]),
        (101, [(1, 100), (2, 100)]),
        (250, [(1, 100), (2, 100), (2, 200)]),
        (1000, [(1, 100), (2, 100), (2, 200), (2, 400), (2, 800)]),
        (10_000, [(1, 100), (2, 100), (2, 200), (2, 400), (2, 800), (2, 1600), (2, 3200), (2, 6400)]),
        # pages stop growing at 10,000 tasks: the largest sizes below it that divide 12,800, then 19,200
        (
            30_000,
            [(1, 100), (2, 100), (2, 200), (2, 400), (2, 800), (2, 1600), (2, 3200), (2, 6400), (3, 6400)]
            + [(3, 9600), (4, 9600)],
        ),
    ],
)
def test_requests_for_a_list_of_n_items(count: int, expected: list[tuple[int, int]]) -> None:
    assert growing_requests(count) == expected


def test_a_large_list_costs_a_logarithmic_number_of_requests_then_one_per_maximum() -> None:
    for count in (10_000, 100_000, 1_000_000):
        requests = len(growing_requests(count))
        assert requests <= math.ceil(math.log2(6400 / 100)) + 2 + math.ceil(max(0, count - 12_800) / 6400)


def test_the_byte_budget_keeps_pages_of_large_items_small() -> None:
    server = FakeTaskList(5000, item_bytes=50_000)  # 50 kB per task: 4 MiB hold 83 of them
    assert list(Pager(server.fetch_page, page_size=GrowingPages())) == server.items
    # 100 * 50 kB is 5 MB: the second page shrinks to 50 (the largest size up to 83 that divides 100), then 75...
    assert [size for _, size in server.calls[:3]] == [100, 50, 75]
    assert all(size * 50_000 <= 4 * 1024 * 1024 for _, size in server.calls[1:])


def test_items_that_grow_shrink_the_pages_at_once() -> None:
    sizes = GrowingPages(first=10, byte_budget=10_000)
    cursor: GrowingCursor[int] = GrowingCursor(sizes, None)
    assert cursor.request().size == 10
    cursor.take(Page(items=list(range(10)), total=10**6, nbytes=10 * 10))  # 10 B per item
    assert cursor.request().size == 10
    cursor.take(Page(items=list(range(10)), total=10**6, nbytes=10 * 1000))  # now 1 kB per item
    assert cursor.request().size == 10  # 10_000 B budget / 1 kB: 10, though the position (20) would allow 20


def test_a_server_cap_is_followed_and_nothing_is_read_twice() -> None:
    server = FakeTaskList(1000, cap=150)
    assert list(Pager(server.fetch_page, page_size=GrowingPages())) == server.items
    # 200 asked at 200: the server answers 150 from 150 (its own page 2), which is set aside and read again at 150
    assert server.calls[:5] == [(1, 100), (2, 100), (2, 200), (3, 100), (3, 150)]
    assert all(size <= 150 for _, size in server.calls[3:])


def test_a_cap_below_the_first_page() -> None:
    server = FakeTaskList(50, cap=7)
    assert list(Pager(server.fetch_page, page_size=GrowingPages())) == server.items
    assert server.calls[0] == (1, 100) and all(size == 7 for _, size in server.calls[1:])  # page 1 is kept


def test_first_asks_for_one_item() -> None:
    server = FakeTaskList(500)
    assert Pager(server.fetch_page, page_size=GrowingPages()).first() == 0
    assert server.calls == [(1, 1)]


def test_a_limit_shrinks_the_pages_to_what_is_still_wanted() -> None:
    server = FakeTaskList(10_000)
    assert Pager(server.fetch_page, page_size=GrowingPages(), limit=250).to_list() == server.items[:250]
    assert server.calls == [(1, 100), (2, 100), (5, 50)]  # 50 wanted at 200: the smallest page that holds them
    server = FakeTaskList(10_000)
    assert Pager(server.fetch_page, page_size=GrowingPages(), limit=30).to_list() == server.items[:30]
    assert server.calls == [(1, 30)]


def test_a_list_that_shrinks_while_paged_ends_where_it_ends_now() -> None:
    state = {"items": list(range(1000))}

    def fetch(page: int, size: int) -> Page[int]:
        items = state["items"]
        start = (page - 1) * size
        if page > 1 and start >= len(items):
            raise NotFoundError(status_code=404, method="GET", url="/api/tasks/", detail="Invalid page.")
        answer = Page(items=items[start : start + size], total=len(items))
        state["items"] = items[: max(0, len(items) - 300)]  # others remove 300 items after each page
        return answer

    seen = list(Pager(fetch, page_size=GrowingPages()))
    assert seen == sorted(set(seen)) and seen[:100] == list(range(100))  # in order, none twice


def test_a_page_of_a_client_side_list_whose_items_vanished_moves_by_its_span() -> None:
    """The ordered listing pages ids it holds and fetches those tasks: a task removed meanwhile is missing from its
    page, which still covers its whole chunk of the list."""
    order = list(range(1000))
    gone = {5, 150, 151, 777}

    def fetch(page: int, size: int) -> Page[int]:
        chunk = order[(page - 1) * size : page * size]
        return Page(
            items=[i for i in chunk if i not in gone],
            total=len(order),
            has_next=page * size < len(order),
            span=len(chunk),
        )

    assert list(Pager(fetch, page_size=GrowingPages())) == [i for i in order if i not in gone]


def test_growing_pages_refuses_values_that_are_no_counts() -> None:
    for bad in ({"first": 0}, {"maximum": -1}, {"byte_budget": 1.5}):
        with pytest.raises(InvalidInputError):
            GrowingPages(**bad)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------------ properties


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    count=st.integers(min_value=0, max_value=15_000),
    cap=st.one_of(st.none(), st.integers(min_value=1, max_value=12_000)),
    limit=st.one_of(st.none(), st.integers(min_value=0, max_value=16_000)),
    first=st.integers(min_value=1, max_value=500),
    maximum=st.integers(min_value=1, max_value=15_000),
    budget=st.integers(min_value=1, max_value=8 * 1024 * 1024),
    item_bytes=st.integers(min_value=1, max_value=100_000),
)
def test_every_item_once_and_in_order(
    count: int, cap: int | None, limit: int | None, first: int, maximum: int, budget: int, item_bytes: int
) -> None:
    server = FakeTaskList(count, cap=cap, item_bytes=item_bytes)
    sizes = GrowingPages(first=first, maximum=maximum, byte_budget=budget)
    assert Pager(server.fetch_page, page_size=sizes, limit=limit).to_list() == server.items[:limit]
    assert all(size <= maximum for _, size in server.calls[1:])
    wanted = count if limit is None else min(count, limit)
    if limit == 0:
        assert server.calls == []
    elif cap is None:
        # no page past the end, and no request that brings nothing new
        assert all((page - 1) * size < max(1, wanted) for page, size in server.calls)
        assert len(server.calls) <= max(1, wanted)


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(
    count=st.integers(min_value=0, max_value=20_000),
    cap=st.one_of(st.none(), st.integers(min_value=1, max_value=5000)),
    limit=st.one_of(st.none(), st.integers(min_value=0, max_value=25_000)),
)
def test_the_async_pager_makes_the_same_requests(count: int, cap: int | None, limit: int | None) -> None:
    sync_server, async_server = FakeTaskList(count, cap=cap), FakeTaskList(count, cap=cap)
    expected = Pager(sync_server.fetch_page, page_size=GrowingPages(), limit=limit).to_list()
    got = asyncio.run(AsyncPager(async_server.async_fetch_page, page_size=GrowingPages(), limit=limit).to_list())
    assert got == expected == sync_server.items[:limit]
    assert async_server.calls == sync_server.calls

"""Pager and AsyncPager against fakes of the three Label Studio list shapes (table-driven)."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable

import pytest

from lsclient.core._async.paging import AsyncPager
from lsclient.core._sync.paging import Pager
from lsclient.core.paging import Page

SHAPES = ("drf", "tasks", "plain")
PAGE_SIZES = (1, 10, 30)


class InvalidPage(Exception):
    """What the fake server raises where Label Studio answers 404 "Invalid page." / "Not found."."""


class FakeListEndpoint:
    """A list of ``count`` items served the way one Label Studio endpoint shape serves it.

    The raw server raises :class:`InvalidPage` for any page past the end (and, for the plain shape,
    for an empty first page too), like Label Studio's 404. ``fetch_page`` is what a repository would
    pass to the pager: it converts the raw answer into a ``Page`` and, for the plain shape only,
    translates the "empty page" 404 into ``Page.end()``.
    """

    def __init__(self, shape: str, count: int, *, server_max_page_size: int | None = None) -> None:
        self.shape = shape
        self.items = [f"item-{i}" for i in range(count)]
        self.server_max_page_size = server_max_page_size
        self.calls: list[tuple[int, int]] = []

    def raw(self, page: int, page_size: int) -> list[str]:
        self.calls.append((page, page_size))
        if self.server_max_page_size is not None:
            page_size = min(page_size, self.server_max_page_size)
        start = (page - 1) * page_size
        chunk = self.items[start : start + page_size]
        if not chunk and (page > 1 or self.shape == "plain"):
            raise InvalidPage(f"page {page} of {len(self.items)} items with page_size {page_size}")
        return chunk

    def fetch_page(self, page: int, page_size: int) -> Page[str]:
        if self.shape == "plain":
            try:
                return Page(items=self.raw(page, page_size))
            except InvalidPage:
                return Page.end()
        chunk = self.raw(page, page_size)
        size = min(page_size, self.server_max_page_size or page_size)
        if self.shape == "drf":
            return Page(items=chunk, total=len(self.items), has_next=page * size < len(self.items))
        return Page(items=chunk, total=len(self.items))

    async def async_fetch_page(self, page: int, page_size: int) -> Page[str]:
        await asyncio.sleep(0)
        return self.fetch_page(page, page_size)


def expected_requests(shape: str, count: int, page_size: int) -> int:
    if shape == "plain":
        # Only a short page says "the end", so an exact multiple (including 0) costs one empty request.
        return count // page_size + 1
    return max(1, math.ceil(count / page_size))


def table() -> list[tuple[str, int, int]]:
    rows: list[tuple[str, int, int]] = []
    for shape in SHAPES:
        for page_size in PAGE_SIZES:
            totals = sorted({0, 1, page_size - 1, page_size, page_size + 1, 2 * page_size, 95})
            rows.extend((shape, count, page_size) for count in totals)
    return rows


@pytest.mark.parametrize(("shape", "count", "page_size"), table())
def test_every_item_in_order_with_the_minimum_of_requests(shape: str, count: int, page_size: int) -> None:
    server = FakeListEndpoint(shape, count)
    assert list(Pager(server.fetch_page, page_size=page_size)) == server.items
    n = expected_requests(shape, count, page_size)
    assert server.calls == [(page, page_size) for page in range(1, n + 1)]


@pytest.mark.parametrize(("shape", "count", "page_size"), table())
def test_async_pager_matches_the_sync_one(shape: str, count: int, page_size: int) -> None:
    server = FakeListEndpoint(shape, count)
    items = asyncio.run(AsyncPager(server.async_fetch_page, page_size=page_size).to_list())
    assert items == server.items
    assert len(server.calls) == expected_requests(shape, count, page_size)


@pytest.mark.parametrize("shape", SHAPES)
def test_nothing_is_fetched_before_iteration(shape: str) -> None:
    server = FakeListEndpoint(shape, 25)
    pager = Pager(server.fetch_page, page_size=10)
    iterator = iter(pager)
    assert server.calls == []
    assert next(iterator) == "item-0"
    assert server.calls == [(1, 10)]
    for _ in range(9):
        next(iterator)
    assert server.calls == [(1, 10)]  # the second page is fetched only when its first item is needed
    assert next(iterator) == "item-10"
    assert len(server.calls) == 2


def test_async_nothing_is_fetched_before_iteration() -> None:
    server = FakeListEndpoint("drf", 25)

    async def main() -> None:
        pager = AsyncPager(server.async_fetch_page, page_size=10)
        iterator = pager.__aiter__()
        assert server.calls == []
        assert await iterator.__anext__() == "item-0"
        assert server.calls == [(1, 10)]
        await iterator.aclose()

    asyncio.run(main())


def limit_table() -> list[tuple[str, int, int, int]]:
    rows: list[tuple[str, int, int, int]] = []
    for shape in SHAPES:
        for count in (0, 7, 30, 95):
            for limit in (0, 1, 5, 10, 11, 30, 95, 200):
                rows.append((shape, count, 10, limit))
    return rows


@pytest.mark.parametrize(("shape", "count", "page_size", "limit"), limit_table())
def test_limit_stops_without_fetching_more_pages_than_needed(
    shape: str, count: int, page_size: int, limit: int
) -> None:
    server = FakeListEndpoint(shape, count)
    assert Pager(server.fetch_page, page_size=page_size, limit=limit).to_list() == server.items[:limit]
    if limit == 0:
        assert server.calls == []
        return
    size = min(page_size, limit)
    assert {s for _, s in server.calls} == {size}
    if limit <= count:
        assert len(server.calls) == math.ceil(limit / size)
    else:
        assert len(server.calls) == expected_requests(shape, count, size)


@pytest.mark.parametrize("shape", SHAPES)
def test_first_fetches_one_single_item_page(shape: str) -> None:
    server = FakeListEndpoint(shape, 40)
    assert Pager(server.fetch_page, page_size=30).first() == "item-0"
    assert server.calls == [(1, 1)]


@pytest.mark.parametrize("shape", SHAPES)
def test_first_of_an_empty_list_is_none(shape: str) -> None:
    server = FakeListEndpoint(shape, 0)
    assert Pager(server.fetch_page).first() is None
    assert asyncio.run(AsyncPager(server.async_fetch_page).first()) is None


def test_async_first() -> None:
    server = FakeListEndpoint("tasks", 40)
    assert asyncio.run(AsyncPager(server.async_fetch_page, page_size=30).first()) == "item-0"
    assert server.calls == [(1, 1)]


class ServerDown(Exception):
    pass


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("error", [InvalidPage("404 Invalid page."), ServerDown("502")])
def test_an_error_mid_way_propagates(shape: str, error: Exception) -> None:
    server = FakeListEndpoint(shape, 95)

    def fetch_page(page: int, page_size: int) -> Page[str]:
        if page == 3:
            raise error
        return server.fetch_page(page, page_size)

    received: list[str] = []
    with pytest.raises(type(error)):
        for item in Pager(fetch_page, page_size=10):
            received.append(item)
    assert received == server.items[:20]


def test_async_error_mid_way_propagates() -> None:
    server = FakeListEndpoint("plain", 95)

    async def fetch_page(page: int, page_size: int) -> Page[str]:
        if page == 2:
            raise InvalidPage("404")
        return server.fetch_page(page, page_size)

    with pytest.raises(InvalidPage):
        asyncio.run(AsyncPager(fetch_page, page_size=10).to_list())


@pytest.mark.parametrize("shape", ["drf", "tasks"])
def test_server_capping_page_size_still_yields_everything(shape: str) -> None:
    # e.g. DRF's max_page_size=100 for projects, or TASK_API_PAGE_SIZE_MAX for tasks
    server = FakeListEndpoint(shape, 95, server_max_page_size=7)
    assert list(Pager(server.fetch_page, page_size=30)) == server.items
    assert len(server.calls) == math.ceil(95 / 7)


def test_an_empty_page_ends_iteration_even_if_the_total_says_otherwise() -> None:
    calls: list[int] = []

    def fetch_page(page: int, page_size: int) -> Page[int]:
        calls.append(page)
        return Page(items=[], total=50)  # items deleted while we were paging

    assert list(Pager(fetch_page)) == []
    assert calls == [1]


def test_has_next_wins_over_total() -> None:
    pages = {1: Page(items=[1, 2], total=2, has_next=True), 2: Page(items=[3], total=3, has_next=False)}
    assert list(Pager(lambda page, size: pages[page], page_size=2)) == [1, 2, 3]


def test_pages_yields_page_objects_cut_to_the_limit() -> None:
    server = FakeListEndpoint("drf", 25)
    pages = list(Pager(server.fetch_page, page_size=10, limit=15).pages())
    assert [list(p.items) for p in pages] == [server.items[:10], server.items[10:15]]
    assert all(p.total == 25 for p in pages)


def test_async_pages() -> None:
    server = FakeListEndpoint("tasks", 25)

    async def main() -> list[int]:
        return [len(p.items) async for p in AsyncPager(server.async_fetch_page, page_size=10).pages()]

    assert asyncio.run(main()) == [10, 10, 5]


def test_a_pager_can_be_iterated_again() -> None:
    server = FakeListEndpoint("drf", 15)
    pager = Pager(server.fetch_page, page_size=10)
    assert list(pager) == list(pager) == server.items
    assert len(server.calls) == 4


@pytest.mark.parametrize(
    ("factory", "kwargs"),
    [
        (Pager, {"page_size": 0}),
        (Pager, {"limit": -1}),
        (AsyncPager, {"page_size": -5}),
        (AsyncPager, {"limit": -1}),
    ],
)
def test_invalid_options_are_rejected(factory: Callable[..., object], kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        factory(lambda page, size: Page(items=[]), **kwargs)


def test_page_end_and_repr() -> None:
    assert Page.end() == Page(items=(), total=None, has_next=False)
    assert repr(Pager(lambda p, s: Page.end(), page_size=5, limit=3)) == "Pager(page_size=5, limit=3)"


def _shrinking(count: int, removed_after_first: int) -> Callable[[int, int], Page[int]]:
    """A list of ``count`` items with a total, from which ``removed_after_first`` items vanish once page 1 is read:
    a page past the new end is DRF's 404 "Invalid page."."""
    from lsclient.core.errors import NotFoundError

    state = {"items": list(range(count))}

    def fetch(page: int, size: int) -> Page[int]:
        items = state["items"]
        start = (page - 1) * size
        if page > 1 and start >= len(items):
            raise NotFoundError(status_code=404, method="GET", url="/api/tasks/", detail="Invalid page.")
        answer = Page(items=items[start : start + size], total=count if page == 1 else len(items))
        if page == 1:
            state["items"] = items[:-removed_after_first]
        return answer

    return fetch


def test_a_list_that_shrinks_while_paged_ends_where_it_ends_now() -> None:
    # 120 items in pages of 50; 30 vanish after page 1: page 2 has 40, page 3 is past the end (404 "Invalid page.")
    assert list(Pager(_shrinking(120, 30), page_size=50)) == list(range(90))

    async def collect() -> list[int]:
        async def fetch(page: int, size: int) -> Page[int]:
            return sync_fetch(page, size)

        sync_fetch = _shrinking(120, 30)
        return [item async for item in AsyncPager(fetch, page_size=50)]

    assert asyncio.run(collect()) == list(range(90))


def test_a_404_on_the_first_page_is_not_the_end_of_a_list() -> None:
    from lsclient.core.errors import NotFoundError

    def fetch(page: int, size: int) -> Page[int]:
        raise NotFoundError(status_code=404, method="GET", url="/api/tasks/", detail="Invalid page.")

    with pytest.raises(NotFoundError):
        list(Pager(fetch, page_size=10))

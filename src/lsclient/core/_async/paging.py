"""The lazy pager every ``list()`` of the core returns: :class:`AsyncPager`.

The traversal rules (when a list ends, how a limit shrinks pages, how growing pages grow) are those of
:class:`lsclient.core.paging.Cursor` and :class:`lsclient.core.paging.GrowingCursor`.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import aclosing
from typing import Generic, TypeVar

from ..errors import NotFoundError
from ..paging import (
    DEFAULT_PAGE_SIZE,
    Cursor,
    GrowingCursor,
    GrowingPages,
    Page,
    check_options,
    cursor_for,
    past_the_end,
)

__all__ = ["AsyncPager"]

T = TypeVar("T")


class AsyncPager(Generic[T]):
    """A lazy, re-iterable view of every item of a list (``async for item in pager``).

    Nothing is fetched until iteration starts; each iteration starts again from page 1 and fetches
    one page at a time as items are consumed. Lists the server answers in one piece are served from a
    single request the same way, so every ``list()`` of the core has this shape.

    :param fetch_page: ``fetch_page(page, page_size)`` returns page number ``page`` (1-based).
    :param page_size: items asked for per request (keep it within the endpoint's maximum for plain lists,
        where a short page means the end), or :class:`~lsclient.core.paging.GrowingPages` for pages that grow with
        the list (lists that report their ``total``).
    :param limit: stop after this many items, without fetching further pages.
    :raises InvalidInputError: ``page_size`` < 1 or ``limit`` < 0.
    """

    def __init__(
        self,
        fetch_page: Callable[[int, int], Awaitable[Page[T]]],
        *,
        page_size: int | GrowingPages = DEFAULT_PAGE_SIZE,
        limit: int | None = None,
    ) -> None:
        check_options(page_size, limit)
        self._fetch_page = fetch_page
        self.page_size = page_size
        self.limit = limit

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """Iterate over the non-empty pages (the last one cut to ``limit``)."""
        cursor: Cursor[T] | GrowingCursor[T] = cursor_for(self.page_size, self.limit)
        while cursor.more:
            asked = cursor.request()
            try:
                answer = await self._fetch_page(asked.number, asked.size)
            except NotFoundError as exc:
                if asked.number > 1 and past_the_end(exc):
                    return  # the list shrank while it was paged (others removed items): it ends here
                raise
            page = cursor.take(answer)
            if page.items:
                yield page

    async def __aiter__(self) -> AsyncGenerator[T, None]:
        async with aclosing(self.pages()) as pages:
            async for page in pages:
                for item in page.items:
                    yield item

    async def first(self) -> T | None:
        """The first item, or ``None`` for an empty list; fetches a single one-item page."""
        pager = AsyncPager(self._fetch_page, page_size=self.page_size, limit=1 if self.limit != 0 else 0)
        async with aclosing(pager.__aiter__()) as items:
            async for item in items:
                return item
        return None

    async def to_list(self) -> list[T]:
        """Fetch every page (up to ``limit`` items) into a list."""
        return [item async for item in self]

    def __repr__(self) -> str:
        return f"AsyncPager(page_size={self.page_size}, limit={self.limit})"

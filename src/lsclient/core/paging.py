"""Lazy iteration over every page of a Label Studio list, whatever shape the endpoint answers in.

Label Studio lists come in three shapes; a repository turns each raw answer into a :class:`Page`:

1. DRF page-number ``{"count", "next", "previous", "results"}`` (``/api/projects/``):
   ``Page(items=results, total=count, has_next=next is not None)``.
2. Data-manager tasks ``{"total", "tasks", ...}`` (``/api/tasks/?project=ID``):
   ``Page(items=tasks, total=total)``.
3. Plain list (``/api/projects/{id}/tasks/``): ``Page(items=answer)``; the pager stops at the first
   page shorter than ``page_size``. When the item count is an exact multiple of ``page_size`` it has
   to ask for one more page, and Label Studio answers that request (and page 1 of an empty list) with
   404 instead of ``[]``. The repository, which knows the endpoint, translates *that* 404 into
   :meth:`Page.end`; the pager itself never treats an error as the end of a list.

The pager never asks for a page past the end when the server said where the end is (``next`` or
``total``), stops at an empty page, and lets every exception from ``fetch_page`` propagate.

Page sizes are fixed (an int: every request asks for it; :class:`Cursor`) or growing (:class:`GrowingPages`, for the
task listing: :class:`GrowingCursor`). Growing pages start small, so the first items come quickly, and double while
the bytes per item seen so far keep a page within a byte budget, so a large list costs few requests (Label Studio's
per-request work, counting the whole list for every page, is then paid a few times instead of once per 100 items).
Pages are numbered, so a page of size ``s`` starts at item ``(page - 1) * s``: a new size only works where it
divides the position reached (:func:`page_request`).

Example::

    def fetch_page(page: int, page_size: int) -> Page[Project]:
        answer = projects_list.sync(client=http, page=page, page_size=page_size)
        return Page(items=[Project(m) for m in answer.results], total=answer.count,
                    has_next=answer.next_ is not None)

    for project in Pager(fetch_page, page_size=100):  # lsclient.core._sync.paging.Pager
        print(project.title)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Generic, TypeVar

import attrs

from .arguments import check_count
from .errors import NotFoundError

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "Cursor",
    "GrowingCursor",
    "GrowingPages",
    "Page",
    "PageRequest",
    "check_options",
    "cursor_for",
    "page_request",
    "past_the_end",
]

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 100


@attrs.frozen
class Page(Generic[T]):
    """One page of a list: its items and what the server said about the rest.

    :ivar items: the page's items, in server order.
    :ivar total: the number of items in the whole list, when the server reports it.
    :ivar has_next: whether another page follows, when the server says so (DRF's ``next``).
    :ivar nbytes: the size of the answer's body in bytes, when the repository measured it (growing pages use it to
        keep a page within their byte budget).
    :ivar span: the positions of the list the page covers, when it differs from its item count (a page of a list
        held by the client, whose items vanished on the server meanwhile).
    """

    items: Sequence[T]
    total: int | None = None
    has_next: bool | None = None
    nbytes: int | None = None
    span: int | None = None

    @classmethod
    def end(cls) -> Page[T]:
        """The page a repository returns when the server signalled "no page here" for a plain list."""
        return cls(items=(), total=None, has_next=False)


def check_options(page_size: int | GrowingPages, limit: int | None) -> None:
    """Refuse a ``page_size`` that is neither an int >= 1 nor :class:`GrowingPages`, or a ``limit`` that is neither
    None nor an int >= 0, with :class:`InvalidInputError` (:class:`InvalidTypeError` for a float, a str, a bool...)."""
    if not isinstance(page_size, GrowingPages):
        check_count(page_size, "page_size")
    if limit is not None:
        check_count(limit, "limit", minimum=0)


class Cursor(Generic[T]):
    """Where a traversal is and whether it goes on; shared by both flavours of the pager."""

    def __init__(self, page_size: int, limit: int | None) -> None:
        # Never fetch more than the caller will take: a limit below page_size shrinks every page.
        self.page_size = page_size if limit is None else max(1, min(page_size, limit))
        self.remaining = limit
        self.number = 1
        self.seen = 0
        self.more = limit != 0

    def request(self) -> PageRequest:
        """The next page to ask for (only while :attr:`more`): page :attr:`number` of :attr:`page_size` items."""
        return PageRequest(self.number, self.page_size)

    def take(self, page: Page[T]) -> Page[T]:
        """Account for ``page`` (the answer for page ``self.number``); return it cut to the limit."""
        count = len(page.items)
        self.seen += count
        self.number += 1
        if page.has_next is False or (count == 0 and page.has_next is None):
            # An empty page ends the list, unless the server said another follows (a page can be empty after
            # the repository kept only what the server's filter matched loosely).
            self.more = False
        elif page.has_next is None:
            if page.total is not None:
                self.more = self.seen < page.total
            else:
                self.more = count >= self.page_size
        if self.remaining is not None:
            if count >= self.remaining:
                page = attrs.evolve(page, items=page.items[: self.remaining])
                self.more = False
            self.remaining -= len(page.items)
        return page


@attrs.frozen
class PageRequest:
    """One page request: page ``number`` (1-based) of pages of ``size`` items.

    :ivar number: the page number to ask for.
    :ivar size: the page size to ask for.
    """

    number: int
    size: int

    @property
    def start(self) -> int:
        """The position in the list of the page's first item: ``(number - 1) * size``."""
        return (self.number - 1) * self.size


def _divisors(number: int) -> list[int]:
    """The divisors of ``number`` (>= 1), smallest first."""
    small = [d for d in range(1, math.isqrt(number) + 1) if number % d == 0]
    return small + [number // d for d in reversed(small) if d * d != number]


def page_request(position: int, size: int, wanted: int | None = None) -> PageRequest:
    """The request that reads a numbered list on from item ``position`` (0-based), in a page of at most ``size``.

    A page of size ``s`` starts at item ``(number - 1) * s``, so past the first page the size must divide
    ``position``: the largest such size up to ``size``, or, when only ``wanted`` more items are wanted (a limit),
    the smallest such size that holds them, if one is at most ``size``. Sizes that each divide the position reached
    keep dividing it (``position + s`` is a multiple of ``s``), so pages never shrink unless ``size`` does.

    >>> page_request(0, 100), page_request(400, 800), page_request(400, 300)
    (PageRequest(number=1, size=100), PageRequest(number=2, size=400), PageRequest(number=3, size=200))
    >>> page_request(6400, 1000, wanted=7)
    PageRequest(number=801, size=8)
    """
    if position == 0:
        return PageRequest(1, size if wanted is None else max(1, min(size, wanted)))
    fitting = [d for d in _divisors(position) if d <= size]
    chosen = fitting[-1]
    if wanted is not None:
        chosen = next((d for d in fitting if d >= wanted), chosen)
    return PageRequest(position // chosen + 1, chosen)


@attrs.frozen
class GrowingPages:
    """Page sizes that grow with the list: ``first`` items, then pages as large as the position reached (100, 100,
    200, 400, 800, ...: each size divides the position, see :func:`page_request`), while a page stays within
    ``byte_budget`` bytes at the bytes per item seen so far, and within ``maximum`` items.

    Label Studio's task list does work for every request that grows with the project (it counts the whole filtered
    list, its annotations and predictions, for each page), so large pages cost far less per task than pages of 100;
    the first page stays small so that the first tasks (and ``first()``) come quickly, and the byte budget keeps a
    project with large task data from answering pages of hundreds of megabytes.

    :ivar first: the size of the first page.
    :ivar maximum: the most items asked for in one page.
    :ivar byte_budget: the bytes a page should not exceed, estimated from the pages read so far.
    :raises InvalidInputError: a value that is not an int >= 1.
    """

    first: int = 100
    maximum: int = 10_000
    byte_budget: int = 4 * 1024 * 1024

    def __attrs_post_init__(self) -> None:
        check_count(self.first, "GrowingPages: first")
        check_count(self.maximum, "GrowingPages: maximum")
        check_count(self.byte_budget, "GrowingPages: byte_budget")

    def size(self, position: int, bytes_per_item: float | None = None) -> int:
        """The largest page wanted at ``position`` (items read so far) when items take ``bytes_per_item`` bytes."""
        size = self.first if position == 0 else max(self.first, position)
        if bytes_per_item is not None and bytes_per_item > 0:
            size = min(size, max(1, int(self.byte_budget // bytes_per_item)))
        return min(size, self.maximum)


class GrowingCursor(Generic[T]):
    """Where a traversal with :class:`GrowingPages` is: the next request, and what each answer adds.

    The position advances by the list positions a page covers (:attr:`Page.span`, by default its item count). A
    server may cap the page size (Label Studio's ``TASK_API_PAGE_SIZE_MAX``): it then answers fewer items than asked
    for, from a page start computed with its own size. Such an answer (fewer items than asked, although the list's
    ``total`` says more follow) is set aside unread, unless it is the first page (which starts at 0 whatever the size),
    and the list goes on from the same position with pages no larger than what the server answered.
    """

    def __init__(self, sizes: GrowingPages, limit: int | None) -> None:
        self.sizes = sizes
        self.remaining = limit
        self.position = 0  # list positions read so far: the position of the next item
        self.more = limit != 0
        self.cap: int | None = None  # the server's largest page, once it answered a smaller page than asked
        self._bytes_per_item: float | None = None
        self._request = PageRequest(1, sizes.first)

    def request(self) -> PageRequest:
        """The next page to ask for (only while :attr:`more`)."""
        size = self.sizes.size(self.position, self._bytes_per_item)
        if self.cap is not None:
            size = min(size, self.cap)
        self._request = page_request(self.position, size, self.remaining)
        return self._request

    def take(self, page: Page[T]) -> Page[T]:
        """Account for ``page`` (the answer to the last :meth:`request`); return it cut to the limit."""
        asked = self._request
        span = len(page.items) if page.span is None else page.span
        if page.nbytes is not None and page.items:
            latest = page.nbytes / len(page.items)
            # the larger of this page's and the mean so far: a list whose items grow gets smaller pages at once
            mean = latest if self._bytes_per_item is None else (self._bytes_per_item + latest) / 2
            self._bytes_per_item = max(latest, mean)
        short = 0 < span < asked.size
        if short and page.has_next is None and page.total is not None and asked.start + span < page.total:
            # the server answered a smaller page than asked (its maximum page size): pages of that size now
            self.cap = span if self.cap is None else min(self.cap, span)
            if asked.number > 1:
                return attrs.evolve(page, items=())  # it started where the server's own page size puts it: read again
        if page.has_next is False or (span == 0 and page.has_next is None):
            self.more = False
        elif page.has_next is None:
            end = asked.start + span
            self.more = end < page.total if page.total is not None else span >= asked.size
        self.position += span
        if self.remaining is not None:
            if len(page.items) >= self.remaining:
                page = attrs.evolve(page, items=page.items[: self.remaining])
                self.more = False
            self.remaining -= len(page.items)
        return page


def cursor_for(page_size: int | GrowingPages, limit: int | None) -> Cursor[T] | GrowingCursor[T]:
    """The cursor of a traversal with these options: :class:`GrowingCursor` for :class:`GrowingPages`, else
    :class:`Cursor`."""
    if isinstance(page_size, GrowingPages):
        return GrowingCursor(page_size, limit)
    return Cursor(page_size, limit)


def past_the_end(error: NotFoundError) -> bool:
    """Whether a 404 to a page request says the page lies past the end of the list (DRF's "Invalid page."):
    what a later page gets when items were removed while the list was being paged."""
    return "invalid page" in (error.detail or "").lower()

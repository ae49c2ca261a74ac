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

Example::

    def fetch_page(page: int, page_size: int) -> Page[Project]:
        answer = projects_list.sync(client=http, page=page, page_size=page_size)
        return Page(items=[Project(m) for m in answer.results], total=answer.count,
                    has_next=answer.next_ is not None)

    for project in Pager(fetch_page, page_size=100):  # lsclient.core._sync.paging.Pager
        print(project.title)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

import attrs

from .arguments import check_count
from .errors import NotFoundError

__all__ = ["DEFAULT_PAGE_SIZE", "Cursor", "Page", "check_options", "past_the_end"]

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 100


@attrs.frozen
class Page(Generic[T]):
    """One page of a list: its items and what the server said about the rest.

    :ivar items: the page's items, in server order.
    :ivar total: the number of items in the whole list, when the server reports it.
    :ivar has_next: whether another page follows, when the server says so (DRF's ``next``).
    """

    items: Sequence[T]
    total: int | None = None
    has_next: bool | None = None

    @classmethod
    def end(cls) -> Page[T]:
        """The page a repository returns when the server signalled "no page here" for a plain list."""
        return cls(items=(), total=None, has_next=False)


def check_options(page_size: int, limit: int | None) -> None:
    """Refuse a ``page_size`` that is not an int >= 1, or a ``limit`` that is neither None nor an int >= 0, with
    :class:`InvalidInputError` (:class:`InvalidTypeError` for a float, a str, a bool...)."""
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


def past_the_end(error: NotFoundError) -> bool:
    """Whether a 404 to a page request says the page lies past the end of the list (DRF's "Invalid page."):
    what a later page gets when items were removed while the list was being paged."""
    return "invalid page" in (error.detail or "").lower()

"""The abilities of entities and repositories, as small mixins driven by an :class:`~lsclient.core.resources.Operations`
declaration.

An entity's abilities are visible in its bases, and its operations are declared once::

    class AsyncProject(AsyncFetchable[ProjectModel], AsyncUpdatable[ProjectModel], AsyncRemovable[ProjectModel]):
        _operations = Operations(
            retrieve=projects_retrieve.asyncio_detailed,
            update=projects_partial_update.asyncio_detailed,
            remove=projects_destroy.asyncio_detailed,
            update_body=PatchedProjectRequest,
        )

    class AsyncProjectsRepo(AsyncRetrieves[AsyncProject], AsyncRemoves[AsyncProject]):
        _entity = AsyncProject
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, cast

from ..errors import NotFoundError
from ..paging import Page
from ..resources import EntityBase, Operations, build_request, id_of, json_names, public_name, result_regions
from ..transport import repeatable
from .calls import call, call_remove
from .paging import AsyncPager

if TYPE_CHECKING:
    from .client import AsyncClient

__all__ = [
    "AsyncEntity",
    "AsyncFetchable",
    "AsyncListsAll",
    "AsyncRemovable",
    "AsyncRemoves",
    "AsyncRepository",
    "AsyncRetrieves",
    "AsyncUpdatable",
    "whole_list",
]

M = TypeVar("M")
E = TypeVar("E", bound="AsyncEntity[Any]")
T = TypeVar("T")


def _operation(operations: Operations, verb: str, owner: type) -> Callable[..., Awaitable[Any]]:
    function = getattr(operations, verb)
    if function is None:
        raise TypeError(f"{public_name(owner)} declares no {verb} operation")
    return cast("Callable[..., Awaitable[Any]]", function)


class AsyncEntity(EntityBase[M]):
    """An object on the server, read through the client it came from."""

    _client: AsyncClient
    #: the generated operations behind this kind of object
    _operations: ClassVar[Operations] = Operations()

    @property
    def client(self) -> AsyncClient:
        """The client this object was read with."""
        return self._client


class AsyncFetchable(AsyncEntity[M]):
    """Can be re-read from the server."""

    async def fetch(self) -> Self:
        """Re-read this object from the server (one ``GET``) and return it, updated in place.

        :raises NotFoundError: it no longer exists.
        """
        self._adopt(await self._retrieve_model())
        return self

    async def _retrieve_model(self) -> M:
        operations = self._operations
        retrieve = _operation(operations, "retrieve", type(self))
        return cast(M, await call(retrieve, self.id, client=self._client.http))


class AsyncUpdatable(AsyncEntity[M]):
    """Can be changed with one ``PATCH``; the proxy then holds the server's answer (no second request)."""

    async def update(self, changes: Any = None, /, **fields: Any) -> Self:
        """Change fields on the server with one ``PATCH`` and adopt its answer; return self.

        Give the fields as keywords (``project.update(title="v2")``), as a mapping, or as the generated
        request model. An unknown field name raises :class:`~lsclient.core.errors.InvalidInputError` (with a
        "did you mean" hint) before any request; a ``result`` is checked as on create.

        :raises BadRequestError: the server refused a value; ``validation_errors`` says which and why.
        """
        body_type = self._operations.update_body
        if body_type is None:
            raise TypeError(f"{public_name(type(self))} declares no update body")
        if "result" in fields and "result" in json_names(body_type):
            fields["result"] = result_regions(fields["result"])
        body: Any = build_request(body_type, changes, fields, what=f"{public_name(type(self))}.update()")
        # Setting fields to values twice leaves them as once: the PATCH may be retried when its answer is lost.
        with repeatable():
            model = await self._patch_model(body)
        self._adopt(model)
        return self

    async def _patch_model(self, body: Any) -> M:
        operations = self._operations
        update = _operation(operations, "update", type(self))
        return cast(M, await call(update, self.id, client=self._client.http, body=body))


class AsyncRemovable(AsyncEntity[M]):
    """Can be deleted from the server."""

    async def remove(self) -> None:
        """Delete this object on the server (one ``DELETE``). The proxy keeps its last known fields.

        When the answer is lost and the ``DELETE`` is sent again, the 404 it then gets means the first one did it:
        that is a success, not an error.

        :raises NotFoundError: it was already removed.
        """
        operations = self._operations
        remove = _operation(operations, "remove", type(self))
        await call_remove(remove, self.id, client=self._client.http)


class AsyncRepository(Generic[E]):
    """A collection of objects of one kind, of the server or of one parent object (a project, a task).

    :param client: the client to send requests with.
    :param parent_id: the id of the parent object, for a repository reached through one.
    """

    #: the entity class this repository hands out
    _entity: ClassVar[type[Any]]

    def __init__(self, client: AsyncClient, parent_id: int | None = None) -> None:
        self._client = client
        self._parent_id = parent_id

    @property
    def _parent(self) -> int:
        """The parent object's id (only for a repository reached through a parent)."""
        if self._parent_id is None:
            raise TypeError(f"{public_name(type(self))} was made without its parent's id")
        return self._parent_id

    def _wrap(self, model: Any) -> E:
        return cast(E, self._entity(self._client, model))

    async def _retrieve_checked(self, id: int) -> E:
        operations: Operations = self._entity._operations
        retrieve = _operation(operations, "retrieve", self._entity)
        model = await call(retrieve, id, client=self._client.http)
        self._check_parent(model, id)
        return self._wrap(model)

    def _check_parent(self, model: Any, id: int) -> None:
        operations: Operations = self._entity._operations
        parent = operations.parent
        if self._parent_id is None or parent is None:
            return
        owner = getattr(model, parent, None)
        owner_id = getattr(owner, "id", owner)  # some answers nest the parent object
        if isinstance(owner_id, int) and owner_id != self._parent_id:
            raise NotFoundError(
                status_code=404,
                method="GET",
                url=_path_of(operations.retrieve, id),
                detail=f"{public_name(self._entity).lower()} {id} is not in {parent} {self._parent_id}",
            )

    def __repr__(self) -> str:
        name = public_name(type(self))
        operations: Operations = self._entity._operations
        if self._parent_id is not None and operations.parent is not None:
            return f"<{name} {operations.parent}={self._parent_id}>"
        return f"<{name} of {self._client.url}>"


class AsyncRetrieves(AsyncRepository[E]):
    """Can read one object by id."""

    async def retrieve(self, id: int) -> E:
        """The object with this id (one ``GET``). Through a parent, the object must belong to it.

        :raises NotFoundError: no such object (here).
        :raises InvalidInputError: ``id`` is not an int from 1 to 2**63 - 1 (before any request).
        """
        return await self._retrieve_checked(id_of(id, f"{_repo_name(self)}.retrieve(): id"))


class AsyncRemoves(AsyncRepository[E]):
    """Can delete one object by id."""

    async def remove(self, id: int) -> None:
        """Delete the object with this id (one ``DELETE``).

        Through a parent (``task.annotations.remove(id)``), the object is read first and must belong to it:
        the server's ``DELETE`` is not scoped to the parent, and an object of another one is never removed
        through this repository (two requests then). A ``DELETE`` sent again after its answer was lost, and
        answered 404, was done by the first: that is a success.

        :raises NotFoundError: no such object (here).
        :raises InvalidInputError: ``id`` is not an int from 1 to 2**63 - 1 (before any request).
        """
        id = id_of(id, f"{_repo_name(self)}.remove(): id")
        operations: Operations = self._entity._operations
        if self._parent_id is not None and operations.parent is not None:
            await self._retrieve_checked(id)
        remove = _operation(operations, "remove", self._entity)
        await call_remove(remove, id, client=self._client.http)


class AsyncListsAll(AsyncRepository[E]):
    """Can list every object of its parent, which the server answers in one piece."""

    def list(self, *, page_size: int = 100, limit: int | None = None) -> AsyncPager[E]:
        """All objects of the parent, lazily: one request (the declared ``list_all`` operation), made on first
        iteration; the server answers them in one list, so ``page_size`` has no effect; ``limit`` stops early.

        :raises NotFoundError: (on iteration) the parent no longer exists.
        """
        operations: Operations = self._entity._operations
        list_all = _operation(operations, "list_all", self._entity)
        parent = self._parent
        if operations.list_parent_query is None:
            args: tuple[Any, ...] = (parent,)
            kwargs: dict[str, Any] = {}
        else:
            args, kwargs = (), {operations.list_parent_query: parent}

        async def fetch_all() -> list[E]:
            models = await call(list_all, *args, client=self._client.http, **kwargs)
            return [self._wrap(model) for model in models]

        return whole_list(fetch_all, page_size=page_size, limit=limit)


def _repo_name(repository: AsyncRepository[Any]) -> str:
    """How a repository is reached, for messages: ``projects``, ``tasks``, ``project.tasks``, ``task.annotations``..."""
    name = public_name(repository._entity).lower() + "s"
    parent = repository._entity._operations.parent
    if repository._parent_id is not None and parent is not None:
        return f"{parent}.{name}"
    return name


def _path_of(function: Callable[..., Any] | None, path_id: Any) -> str:
    """The path a generated function requests for ``path_id`` (for messages), from its module's ``request_kwargs``."""
    module = sys.modules.get(getattr(function, "__module__", ""))
    try:
        return str(module.request_kwargs(path_id)["url"])  # type: ignore[union-attr]
    except (AttributeError, KeyError, TypeError):
        return "?"


def whole_list(
    fetch_all: Callable[[], Awaitable[Sequence[T]]], *, page_size: int = 100, limit: int | None = None
) -> AsyncPager[T]:
    """The lazy pager over a list the server answers in one piece: one request, made on first iteration.

    Every ``list()`` of the core returns a pager, also where the server does not page; ``page_size`` is then
    accepted for the same shape and has no effect, and ``limit`` cuts the list.
    """

    async def fetch_page(page: int, size: int) -> Page[T]:
        return Page(items=list(await fetch_all()), has_next=False)

    return AsyncPager(fetch_page, page_size=page_size, limit=limit)

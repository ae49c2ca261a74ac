"""Sending one generated ``*_detailed`` request and getting a value or a typed error: :func:`call`."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import httpx

from lsclient.api_client import AuthenticatedClient, Client
from lsclient.api_client.errors import UnparsableResponse

from ..calls import checked, parse_error, parsed
from ..errors import ClientClosedError, NotFoundError, error_from_transport
from ..transport import repeatable

if TYPE_CHECKING:
    from lsclient.api_client.types import Response  # annotations only: its attrs classes load with the first call

__all__ = ["call", "call_no_content", "call_remove", "open_http"]

logger = logging.getLogger("lsclient")

P = ParamSpec("P")
T = TypeVar("T")


def open_http(http: Client | AuthenticatedClient) -> httpx.AsyncClient:
    """The httpx client behind ``http``, to send a request with.

    :raises ClientClosedError: the client was closed (httpx itself would raise a bare ``RuntimeError``).
    """
    client = http.get_async_httpx_client()
    if client.is_closed:
        raise ClientClosedError("this client is closed (its with block ended, or close() was called): make a new one")
    return client


async def _send(fn: Callable[P, Awaitable[Response[T]]], *args: P.args, **kwargs: P.kwargs) -> Response[T]:
    http = kwargs.get("client")
    if isinstance(http, Client | AuthenticatedClient):
        open_http(http)
    try:
        return checked(await fn(*args, **kwargs))
    except httpx.TransportError as exc:
        raise error_from_transport(exc, exc.request) from exc
    except UnparsableResponse as exc:
        raise parse_error(exc) from exc


async def call(fn: Callable[P, Awaitable[Response[T]]], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a generated ``asyncio_detailed`` function; return its parsed answer or raise a typed error.

    :raises APIStatusError: a status of 400 or more (the subclass says which).
    :raises APIConnectionError: no answer (:class:`~lsclient.core.errors.APITimeoutError` for a timeout).
    :raises ResponseParseError: a 2xx answer without the body the schema promises.

    >>> project = await call(projects_retrieve.asyncio_detailed, 3, client=http)  # doctest: +SKIP
    """
    return parsed(await _send(fn, *args, **kwargs))


async def call_no_content(
    fn: Callable[P, Awaitable[Response[Any]]], *args: P.args, **kwargs: P.kwargs
) -> Response[Any]:
    """Like :func:`call` for operations that answer without a body (DELETE → 204); returns the response."""
    return await _send(fn, *args, **kwargs)


async def call_remove(fn: Callable[P, Awaitable[Response[Any]]], *args: P.args, **kwargs: P.kwargs) -> None:
    """Send a removal (a generated ``DELETE`` operation): like :func:`call_no_content`, except that a 404 to an
    attempt that followed one which may have been applied (a dropped answer, a 502) means that earlier attempt
    removed it, which is what was asked: it returns instead of raising.

    :raises NotFoundError: there was nothing to remove, with no retry in doubt.
    """
    with repeatable() as record:
        try:
            await call_no_content(fn, *args, **kwargs)
        except NotFoundError as exc:
            if not record.doubtful:
                raise
            logger.debug("%s %s answered 404 after a retry: an earlier attempt removed it", exc.method, exc.url)

"""Calling a generated ``*_detailed`` function and turning its answer into a value or a typed error.

Every request ``core`` makes goes through :func:`call` (or :func:`call_no_content`), so the mapping of
HTTP statuses, transport failures and unparsable bodies to :mod:`lsclient.core.errors` lives here once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

import httpx

from lsclient.api_client.errors import UnparsableResponse
from lsclient.api_client.types import Response

from .errors import ResponseParseError, error_from_parts, error_from_transport

P = ParamSpec("P")
T = TypeVar("T")


def _checked(response: Response[T]) -> Response[T]:
    if response.status_code >= 400:
        request = response.request
        raise error_from_parts(
            int(response.status_code),
            response.content,
            response.headers,
            request.method if request is not None else "?",
            request.url if request is not None else "?",
        )
    return response


def _parsed(response: Response[T]) -> T:
    if response.parsed is None:
        method = response.request.method if response.request is not None else "?"
        raise ResponseParseError(
            f"{method} answered {int(response.status_code)} without the expected body",
            status_code=int(response.status_code),
            body=response.content[:500],
        )
    return response.parsed


def _parse_error(exc: UnparsableResponse) -> ResponseParseError:
    return ResponseParseError(
        f"the server answered {exc.status_code} with a body that does not match its schema ({exc.reason})",
        status_code=exc.status_code,
        body=exc.content[:500],
    )


def _send(fn: Callable[P, Response[T]], *args: P.args, **kwargs: P.kwargs) -> Response[T]:
    try:
        return _checked(fn(*args, **kwargs))
    except httpx.TransportError as exc:
        raise error_from_transport(exc, exc.request) from exc
    except UnparsableResponse as exc:
        raise _parse_error(exc) from exc


def call(fn: Callable[P, Response[T]], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a generated ``sync_detailed`` function; return its parsed answer or raise a typed error.

    >>> project = call(projects_retrieve.sync_detailed, 3, client=http)  # doctest: +SKIP
    """
    return _parsed(_send(fn, *args, **kwargs))


def call_no_content(fn: Callable[P, Response[Any]], *args: P.args, **kwargs: P.kwargs) -> Response[Any]:
    """Like :func:`call` for operations that answer without a body (DELETE → 204); returns the response."""
    return _send(fn, *args, **kwargs)

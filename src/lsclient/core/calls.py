"""Turning a generated ``*_detailed`` answer into a value or a typed error (shared by both flavours).

Every request the core makes goes through ``call`` / ``call_no_content`` of :mod:`lsclient.core._async.calls`
(and its sync twin), which use these functions, so the mapping of HTTP statuses, transport failures and
unparsable bodies to :mod:`lsclient.core.errors` lives here once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from lsclient.api_client.errors import UnparsableResponse

from .errors import ResponseParseError, error_from_parts

if TYPE_CHECKING:
    from lsclient.api_client.types import Response  # annotations only: its attrs classes load with the first call

__all__ = ["checked", "parse_error", "parsed"]

T = TypeVar("T")


def checked(response: Response[T]) -> Response[T]:
    """Return ``response``; raise the typed error for a status of 400 or more."""
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


def parsed(response: Response[T]) -> T:
    """The parsed body of ``response``; :class:`ResponseParseError` when there is none."""
    if response.parsed is None:
        method = response.request.method if response.request is not None else "?"
        raise ResponseParseError(
            f"{method} answered {int(response.status_code)} without the expected body",
            status_code=int(response.status_code),
            body=response.content[:500],
        )
    return response.parsed


def parse_error(exc: UnparsableResponse) -> ResponseParseError:
    """The typed error for a 2xx body that does not match the schema."""
    return ResponseParseError(
        f"the server answered {exc.status_code} with a body that does not match its schema ({exc.reason})",
        status_code=exc.status_code,
        body=exc.content[:500],
    )

import contextlib
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import File, Response, path_segment


def _get_kwargs(
    filename: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/data/upload/{path_segment(filename)}",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, KeyError, TypeError) as exc:
        if response.status_code < 400:
            raise errors.UnparsableResponse(response.status_code, response.content, repr(exc)) from exc
        parsed = None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        request=response.request,
    )


def request_kwargs(
    filename: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        filename=filename,
    )


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    filename: str,
    *,
    client: AuthenticatedClient,
) -> Response[File]:
    """Download file

     Download a specific uploaded file.

    Args:
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    filename: str,
    *,
    client: AuthenticatedClient,
) -> File | None:
    """Download file

     Download a specific uploaded file.

    Args:
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        filename=filename,
        client=client,
    ).parsed


async def asyncio_detailed(
    filename: str,
    *,
    client: AuthenticatedClient,
) -> Response[File]:
    """Download file

     Download a specific uploaded file.

    Args:
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    filename: str,
    *,
    client: AuthenticatedClient,
) -> File | None:
    """Download file

     Download a specific uploaded file.

    Args:
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            filename=filename,
            client=client,
        )
    ).parsed


@contextlib.contextmanager
def stream(
    filename: str,
    *,
    client: AuthenticatedClient,
) -> Iterator[httpx.Response]:
    """Send the request and yield the response with its body not yet read.

    Read it in constant memory with ``response.iter_bytes()``. The status is not checked here:
    look at ``response.status_code`` (and ``response.read()`` an error body) before consuming it.
    """
    kwargs = _get_kwargs(
        filename=filename,
    )
    with client.get_httpx_client().stream(**kwargs) as response:
        yield response


@contextlib.asynccontextmanager
async def asyncio_stream(
    filename: str,
    *,
    client: AuthenticatedClient,
) -> AsyncIterator[httpx.Response]:
    """Send the request and yield the response with its body not yet read (see ``stream``)."""
    kwargs = _get_kwargs(
        filename=filename,
    )
    async with client.get_async_httpx_client().stream(**kwargs) as response:
        yield response

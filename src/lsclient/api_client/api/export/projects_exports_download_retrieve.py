import contextlib
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset, path_segment


def _get_kwargs(
    id: int,
    export_pk: int,
    *,
    export_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["exportType"] = export_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/projects/{path_segment(id)}/exports/{path_segment(export_pk)}/download",
        "params": params,
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
    id: int,
    export_pk: int,
    *,
    export_type: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        id=id,
        export_pk=export_pk,
        export_type=export_type,
    )


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    id: int,
    export_pk: int,
    *,
    client: AuthenticatedClient,
    export_type: str | Unset = UNSET,
) -> Response[File]:
    """Download export snapshot as file in specified format


            Download an export file in the specified format for a specific project. Specify the project
    ID with the `id`
            parameter in the path and the ID of the export file you want to download using the
    `export_pk` parameter
            in the path.

            Get the `export_pk` from the response of the request to [Create new
    export](/api#operation/api_projects_exports_create)
            or after [listing export files](/api#operation/api_projects_exports_list).


    Args:
        id (int):
        export_pk (int):
        export_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        id=id,
        export_pk=export_pk,
        export_type=export_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    export_pk: int,
    *,
    client: AuthenticatedClient,
    export_type: str | Unset = UNSET,
) -> File | None:
    """Download export snapshot as file in specified format


            Download an export file in the specified format for a specific project. Specify the project
    ID with the `id`
            parameter in the path and the ID of the export file you want to download using the
    `export_pk` parameter
            in the path.

            Get the `export_pk` from the response of the request to [Create new
    export](/api#operation/api_projects_exports_create)
            or after [listing export files](/api#operation/api_projects_exports_list).


    Args:
        id (int):
        export_pk (int):
        export_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        id=id,
        export_pk=export_pk,
        client=client,
        export_type=export_type,
    ).parsed


async def asyncio_detailed(
    id: int,
    export_pk: int,
    *,
    client: AuthenticatedClient,
    export_type: str | Unset = UNSET,
) -> Response[File]:
    """Download export snapshot as file in specified format


            Download an export file in the specified format for a specific project. Specify the project
    ID with the `id`
            parameter in the path and the ID of the export file you want to download using the
    `export_pk` parameter
            in the path.

            Get the `export_pk` from the response of the request to [Create new
    export](/api#operation/api_projects_exports_create)
            or after [listing export files](/api#operation/api_projects_exports_list).


    Args:
        id (int):
        export_pk (int):
        export_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        id=id,
        export_pk=export_pk,
        export_type=export_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    export_pk: int,
    *,
    client: AuthenticatedClient,
    export_type: str | Unset = UNSET,
) -> File | None:
    """Download export snapshot as file in specified format


            Download an export file in the specified format for a specific project. Specify the project
    ID with the `id`
            parameter in the path and the ID of the export file you want to download using the
    `export_pk` parameter
            in the path.

            Get the `export_pk` from the response of the request to [Create new
    export](/api#operation/api_projects_exports_create)
            or after [listing export files](/api#operation/api_projects_exports_list).


    Args:
        id (int):
        export_pk (int):
        export_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            id=id,
            export_pk=export_pk,
            client=client,
            export_type=export_type,
        )
    ).parsed


@contextlib.contextmanager
def stream(
    id: int,
    export_pk: int,
    *,
    client: AuthenticatedClient,
    export_type: str | Unset = UNSET,
) -> Iterator[httpx.Response]:
    """Send the request and yield the response with its body not yet read.

    Read it in constant memory with ``response.iter_bytes()``. The status is not checked here:
    look at ``response.status_code`` (and ``response.read()`` an error body) before consuming it.
    """
    kwargs = _get_kwargs(
        id=id,
        export_pk=export_pk,
        export_type=export_type,
    )
    with client.get_httpx_client().stream(**kwargs) as response:
        yield response


@contextlib.asynccontextmanager
async def asyncio_stream(
    id: int,
    export_pk: int,
    *,
    client: AuthenticatedClient,
    export_type: str | Unset = UNSET,
) -> AsyncIterator[httpx.Response]:
    """Send the request and yield the response with its body not yet read (see ``stream``)."""
    kwargs = _get_kwargs(
        id=id,
        export_pk=export_pk,
        export_type=export_type,
    )
    async with client.get_async_httpx_client().stream(**kwargs) as response:
        yield response

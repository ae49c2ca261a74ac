from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.local_files_import_storage import LocalFilesImportStorage
from ...models.storages_localfiles_partial_update_body import StoragesLocalfilesPartialUpdateBody
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: int,
    *,
    body: StoragesLocalfilesPartialUpdateBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/api/storages/localfiles/{path_segment(id)}",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LocalFilesImportStorage | None:
    if response.status_code == 200:
        response_200 = LocalFilesImportStorage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LocalFilesImportStorage]:
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
    *,
    body: StoragesLocalfilesPartialUpdateBody | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        id=id,
        body=body,
    )


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LocalFilesImportStorage]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: StoragesLocalfilesPartialUpdateBody | Unset = UNSET,
) -> Response[LocalFilesImportStorage]:
    """Update import storage

     Update a specific local file import storage connection.

    Args:
        id (int):
        body (StoragesLocalfilesPartialUpdateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LocalFilesImportStorage]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: StoragesLocalfilesPartialUpdateBody | Unset = UNSET,
) -> LocalFilesImportStorage | None:
    """Update import storage

     Update a specific local file import storage connection.

    Args:
        id (int):
        body (StoragesLocalfilesPartialUpdateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LocalFilesImportStorage
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: StoragesLocalfilesPartialUpdateBody | Unset = UNSET,
) -> Response[LocalFilesImportStorage]:
    """Update import storage

     Update a specific local file import storage connection.

    Args:
        id (int):
        body (StoragesLocalfilesPartialUpdateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LocalFilesImportStorage]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: StoragesLocalfilesPartialUpdateBody | Unset = UNSET,
) -> LocalFilesImportStorage | None:
    """Update import storage

     Update a specific local file import storage connection.

    Args:
        id (int):
        body (StoragesLocalfilesPartialUpdateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LocalFilesImportStorage
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed

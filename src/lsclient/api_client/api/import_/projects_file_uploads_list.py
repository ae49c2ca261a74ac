from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_upload import FileUpload
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: int,
    *,
    all_: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["all"] = all_

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/projects/{path_segment(id)}/file-uploads",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[FileUpload] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FileUpload.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[FileUpload]]:
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
    all_: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        id=id,
        all_=all_,
        ids=ids,
    )


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[FileUpload]]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    all_: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
) -> Response[list[FileUpload]]:
    """Get files list


            Retrieve the list of uploaded files used to create labeling tasks for a specific project.


    Args:
        id (int):
        all_ (bool | Unset):
        ids (str | Unset): A JSON array of file upload ids, e.g. [1,2,3]

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[FileUpload]]
    """

    kwargs = _get_kwargs(
        id=id,
        all_=all_,
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    all_: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
) -> list[FileUpload] | None:
    """Get files list


            Retrieve the list of uploaded files used to create labeling tasks for a specific project.


    Args:
        id (int):
        all_ (bool | Unset):
        ids (str | Unset): A JSON array of file upload ids, e.g. [1,2,3]

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[FileUpload]
    """

    return sync_detailed(
        id=id,
        client=client,
        all_=all_,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    all_: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
) -> Response[list[FileUpload]]:
    """Get files list


            Retrieve the list of uploaded files used to create labeling tasks for a specific project.


    Args:
        id (int):
        all_ (bool | Unset):
        ids (str | Unset): A JSON array of file upload ids, e.g. [1,2,3]

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[FileUpload]]
    """

    kwargs = _get_kwargs(
        id=id,
        all_=all_,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    all_: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
) -> list[FileUpload] | None:
    """Get files list


            Retrieve the list of uploaded files used to create labeling tasks for a specific project.


    Args:
        id (int):
        all_ (bool | Unset):
        ids (str | Unset): A JSON array of file upload ids, e.g. [1,2,3]

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[FileUpload]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            all_=all_,
            ids=ids,
        )
    ).parsed

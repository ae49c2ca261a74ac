from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.task_simple import TaskSimple
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/projects/{path_segment(id)}/tasks/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[TaskSimple] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TaskSimple.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[TaskSimple]]:
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        id=id,
        page=page,
        page_size=page_size,
    )


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[TaskSimple]]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[list[TaskSimple]]:
    """List project tasks


                Retrieve a paginated list of tasks for a specific project. For example, use the
    following cURL command:
                ```bash
                curl -X GET https://localhost:8080/api/projects/{id}/tasks/?page=1&page_size=10 -H
    'Authorization: Token abc123'
                ```


    Args:
        id (int):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[TaskSimple]]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> list[TaskSimple] | None:
    """List project tasks


                Retrieve a paginated list of tasks for a specific project. For example, use the
    following cURL command:
                ```bash
                curl -X GET https://localhost:8080/api/projects/{id}/tasks/?page=1&page_size=10 -H
    'Authorization: Token abc123'
                ```


    Args:
        id (int):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[TaskSimple]
    """

    return sync_detailed(
        id=id,
        client=client,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[list[TaskSimple]]:
    """List project tasks


                Retrieve a paginated list of tasks for a specific project. For example, use the
    following cURL command:
                ```bash
                curl -X GET https://localhost:8080/api/projects/{id}/tasks/?page=1&page_size=10 -H
    'Authorization: Token abc123'
                ```


    Args:
        id (int):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[TaskSimple]]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> list[TaskSimple] | None:
    """List project tasks


                Retrieve a paginated list of tasks for a specific project. For example, use the
    following cURL command:
                ```bash
                curl -X GET https://localhost:8080/api/projects/{id}/tasks/?page=1&page_size=10 -H
    'Authorization: Token abc123'
                ```


    Args:
        id (int):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[TaskSimple]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
            page_size=page_size,
        )
    ).parsed

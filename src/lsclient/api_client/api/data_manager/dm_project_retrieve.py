from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dm_project_retrieve_response_200 import DmProjectRetrieveResponse200
from ...types import UNSET, Response


def _get_kwargs(
    *,
    project: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project"] = project

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/dm/project/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DmProjectRetrieveResponse200 | None:
    if response.status_code == 200:
        response_200 = DmProjectRetrieveResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DmProjectRetrieveResponse200]:
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
    *,
    project: int,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        project=project,
    )


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DmProjectRetrieveResponse200]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    project: int,
) -> Response[DmProjectRetrieveResponse200]:
    """Get project state

     Retrieve the project state for the data manager.

    Args:
        project (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DmProjectRetrieveResponse200]
    """

    kwargs = _get_kwargs(
        project=project,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    project: int,
) -> DmProjectRetrieveResponse200 | None:
    """Get project state

     Retrieve the project state for the data manager.

    Args:
        project (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DmProjectRetrieveResponse200
    """

    return sync_detailed(
        client=client,
        project=project,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    project: int,
) -> Response[DmProjectRetrieveResponse200]:
    """Get project state

     Retrieve the project state for the data manager.

    Args:
        project (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DmProjectRetrieveResponse200]
    """

    kwargs = _get_kwargs(
        project=project,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    project: int,
) -> DmProjectRetrieveResponse200 | None:
    """Get project state

     Retrieve the project state for the data manager.

    Args:
        project (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DmProjectRetrieveResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            project=project,
        )
    ).parsed

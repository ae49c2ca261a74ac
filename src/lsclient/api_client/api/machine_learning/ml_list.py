from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ml_backend import MLBackend
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
        "url": "/api/ml/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[MLBackend] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MLBackend.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[MLBackend]]:
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


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[MLBackend]]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    project: int,
) -> Response[list[MLBackend]]:
    """List ML backends


        List all configured ML backends for a specific project by ID.
        Use the following cURL command:
        ```bash
        curl https://localhost:8080/api/ml?project={project_id} -H 'Authorization: Token abc123'


    Args:
        project (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[MLBackend]]
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
) -> list[MLBackend] | None:
    """List ML backends


        List all configured ML backends for a specific project by ID.
        Use the following cURL command:
        ```bash
        curl https://localhost:8080/api/ml?project={project_id} -H 'Authorization: Token abc123'


    Args:
        project (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[MLBackend]
    """

    return sync_detailed(
        client=client,
        project=project,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    project: int,
) -> Response[list[MLBackend]]:
    """List ML backends


        List all configured ML backends for a specific project by ID.
        Use the following cURL command:
        ```bash
        curl https://localhost:8080/api/ml?project={project_id} -H 'Authorization: Token abc123'


    Args:
        project (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[MLBackend]]
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
) -> list[MLBackend] | None:
    """List ML backends


        List all configured ML backends for a specific project by ID.
        Use the following cURL command:
        ```bash
        curl https://localhost:8080/api/ml?project={project_id} -H 'Authorization: Token abc123'


    Args:
        project (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[MLBackend]
    """

    return (
        await asyncio_detailed(
            client=client,
            project=project,
        )
    ).parsed

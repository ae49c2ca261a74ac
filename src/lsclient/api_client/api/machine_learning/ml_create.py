from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ml_backend import MLBackend
from ...models.ml_create_body import MlCreateBody
from ...types import Response


def _get_kwargs(
    *,
    body: MlCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ml/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MLBackend | None:
    if response.status_code == 201:
        response_201 = MLBackend.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MLBackend]:
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
    body: MlCreateBody,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        body=body,
    )


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MLBackend]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MlCreateBody,
) -> Response[MLBackend]:
    """ Add ML Backend

     
        Add an ML backend to a project using the Label Studio UI or by sending a POST request using the
    following cURL
        command:
        ```bash
        curl -X POST -H 'Content-type: application/json' https://localhost:8080/api/ml -H
    'Authorization: Token abc123'\\
        --data '{"url": "http://localhost:9090", "project": {project_id}}'


    Args:
        body (MlCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MLBackend]
     """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MlCreateBody,
) -> MLBackend | None:
    """ Add ML Backend

     
        Add an ML backend to a project using the Label Studio UI or by sending a POST request using the
    following cURL
        command:
        ```bash
        curl -X POST -H 'Content-type: application/json' https://localhost:8080/api/ml -H
    'Authorization: Token abc123'\\
        --data '{"url": "http://localhost:9090", "project": {project_id}}'


    Args:
        body (MlCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MLBackend
     """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MlCreateBody,
) -> Response[MLBackend]:
    """ Add ML Backend

     
        Add an ML backend to a project using the Label Studio UI or by sending a POST request using the
    following cURL
        command:
        ```bash
        curl -X POST -H 'Content-type: application/json' https://localhost:8080/api/ml -H
    'Authorization: Token abc123'\\
        --data '{"url": "http://localhost:9090", "project": {project_id}}'


    Args:
        body (MlCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MLBackend]
     """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MlCreateBody,
) -> MLBackend | None:
    """ Add ML Backend

     
        Add an ML backend to a project using the Label Studio UI or by sending a POST request using the
    following cURL
        command:
        ```bash
        curl -X POST -H 'Content-type: application/json' https://localhost:8080/api/ml -H
    'Authorization: Token abc123'\\
        --data '{"url": "http://localhost:9090", "project": {project_id}}'


    Args:
        body (MlCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MLBackend
     """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

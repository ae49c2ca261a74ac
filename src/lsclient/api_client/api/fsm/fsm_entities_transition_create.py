from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fsm_transition_execute_request_request import FSMTransitionExecuteRequestRequest
from ...models.fsm_transition_execute_response import FSMTransitionExecuteResponse
from ...types import Response, path_segment


def _get_kwargs(
    entity_name: str,
    entity_id: int,
    *,
    body: FSMTransitionExecuteRequestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api/fsm/entities/{path_segment(entity_name)}/{path_segment(entity_id)}/transition/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FSMTransitionExecuteResponse | None:
    if response.status_code == 200:
        response_200 = FSMTransitionExecuteResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FSMTransitionExecuteResponse]:
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
    entity_name: str,
    entity_id: int,
    *,
    body: FSMTransitionExecuteRequestRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        entity_name=entity_name,
        entity_id=entity_id,
        body=body,
    )


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FSMTransitionExecuteResponse]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    entity_name: str,
    entity_id: int,
    *,
    client: AuthenticatedClient,
    body: FSMTransitionExecuteRequestRequest,
) -> Response[FSMTransitionExecuteResponse]:
    """Execute manual FSM transition

     Execute a registered manual transition for an entity.

    Args:
        entity_name (str):
        entity_id (int):
        body (FSMTransitionExecuteRequestRequest): Request body serializer for executing a manual
            FSM transition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FSMTransitionExecuteResponse]
    """

    kwargs = _get_kwargs(
        entity_name=entity_name,
        entity_id=entity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entity_name: str,
    entity_id: int,
    *,
    client: AuthenticatedClient,
    body: FSMTransitionExecuteRequestRequest,
) -> FSMTransitionExecuteResponse | None:
    """Execute manual FSM transition

     Execute a registered manual transition for an entity.

    Args:
        entity_name (str):
        entity_id (int):
        body (FSMTransitionExecuteRequestRequest): Request body serializer for executing a manual
            FSM transition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FSMTransitionExecuteResponse
    """

    return sync_detailed(
        entity_name=entity_name,
        entity_id=entity_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    entity_name: str,
    entity_id: int,
    *,
    client: AuthenticatedClient,
    body: FSMTransitionExecuteRequestRequest,
) -> Response[FSMTransitionExecuteResponse]:
    """Execute manual FSM transition

     Execute a registered manual transition for an entity.

    Args:
        entity_name (str):
        entity_id (int):
        body (FSMTransitionExecuteRequestRequest): Request body serializer for executing a manual
            FSM transition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FSMTransitionExecuteResponse]
    """

    kwargs = _get_kwargs(
        entity_name=entity_name,
        entity_id=entity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity_name: str,
    entity_id: int,
    *,
    client: AuthenticatedClient,
    body: FSMTransitionExecuteRequestRequest,
) -> FSMTransitionExecuteResponse | None:
    """Execute manual FSM transition

     Execute a registered manual transition for an entity.

    Args:
        entity_name (str):
        entity_id (int):
        body (FSMTransitionExecuteRequestRequest): Request body serializer for executing a manual
            FSM transition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FSMTransitionExecuteResponse
    """

    return (
        await asyncio_detailed(
            entity_name=entity_name,
            entity_id=entity_id,
            client=client,
            body=body,
        )
    ).parsed

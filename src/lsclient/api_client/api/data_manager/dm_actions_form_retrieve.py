from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dm_actions_form_retrieve_response_200_item import DmActionsFormRetrieveResponse200Item
from ...types import UNSET, Response, path_segment


def _get_kwargs(
    action_id: str,
    *,
    project: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project"] = project

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/dm/actions/{path_segment(action_id)}/form/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[DmActionsFormRetrieveResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DmActionsFormRetrieveResponse200Item.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[DmActionsFormRetrieveResponse200Item]]:
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
    action_id: str,
    *,
    project: int,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        action_id=action_id,
        project=project,
    )


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[DmActionsFormRetrieveResponse200Item]]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    action_id: str,
    *,
    client: AuthenticatedClient,
    project: int,
) -> Response[list[DmActionsFormRetrieveResponse200Item]]:
    """Get action form

     Get the form configuration for a specific action.

    Args:
        action_id (str):
        project (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[DmActionsFormRetrieveResponse200Item]]
    """

    kwargs = _get_kwargs(
        action_id=action_id,
        project=project,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    action_id: str,
    *,
    client: AuthenticatedClient,
    project: int,
) -> list[DmActionsFormRetrieveResponse200Item] | None:
    """Get action form

     Get the form configuration for a specific action.

    Args:
        action_id (str):
        project (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DmActionsFormRetrieveResponse200Item]
    """

    return sync_detailed(
        action_id=action_id,
        client=client,
        project=project,
    ).parsed


async def asyncio_detailed(
    action_id: str,
    *,
    client: AuthenticatedClient,
    project: int,
) -> Response[list[DmActionsFormRetrieveResponse200Item]]:
    """Get action form

     Get the form configuration for a specific action.

    Args:
        action_id (str):
        project (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[DmActionsFormRetrieveResponse200Item]]
    """

    kwargs = _get_kwargs(
        action_id=action_id,
        project=project,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    action_id: str,
    *,
    client: AuthenticatedClient,
    project: int,
) -> list[DmActionsFormRetrieveResponse200Item] | None:
    """Get action form

     Get the form configuration for a specific action.

    Args:
        action_id (str):
        project (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DmActionsFormRetrieveResponse200Item]
    """

    return (
        await asyncio_detailed(
            action_id=action_id,
            client=client,
            project=project,
        )
    ).parsed

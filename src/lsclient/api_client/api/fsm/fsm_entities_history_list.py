from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_state_model_list import PaginatedStateModelList
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    entity_name: str,
    entity_id: int,
    *,
    created_at_from: str | Unset = UNSET,
    created_at_to: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    previous_state: str | Unset = UNSET,
    state: str | Unset = UNSET,
    transition_name: str | Unset = UNSET,
    triggered_by: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["created_at_from"] = created_at_from

    params["created_at_to"] = created_at_to

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["previous_state"] = previous_state

    params["state"] = state

    params["transition_name"] = transition_name

    params["triggered_by"] = triggered_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/fsm/entities/{path_segment(entity_name)}/{path_segment(entity_id)}/history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedStateModelList | None:
    if response.status_code == 200:
        response_200 = PaginatedStateModelList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedStateModelList]:
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
    created_at_from: str | Unset = UNSET,
    created_at_to: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    previous_state: str | Unset = UNSET,
    state: str | Unset = UNSET,
    transition_name: str | Unset = UNSET,
    triggered_by: float | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        entity_name=entity_name,
        entity_id=entity_id,
        created_at_from=created_at_from,
        created_at_to=created_at_to,
        ordering=ordering,
        page=page,
        page_size=page_size,
        previous_state=previous_state,
        state=state,
        transition_name=transition_name,
        triggered_by=triggered_by,
    )


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedStateModelList]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    entity_name: str,
    entity_id: int,
    *,
    client: AuthenticatedClient,
    created_at_from: str | Unset = UNSET,
    created_at_to: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    previous_state: str | Unset = UNSET,
    state: str | Unset = UNSET,
    transition_name: str | Unset = UNSET,
    triggered_by: float | Unset = UNSET,
) -> Response[PaginatedStateModelList]:
    """Get entity state history

     Get the state history of an entity

    Args:
        entity_name (str):
        entity_id (int):
        created_at_from (str | Unset):
        created_at_to (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        previous_state (str | Unset):
        state (str | Unset):
        transition_name (str | Unset):
        triggered_by (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedStateModelList]
    """

    kwargs = _get_kwargs(
        entity_name=entity_name,
        entity_id=entity_id,
        created_at_from=created_at_from,
        created_at_to=created_at_to,
        ordering=ordering,
        page=page,
        page_size=page_size,
        previous_state=previous_state,
        state=state,
        transition_name=transition_name,
        triggered_by=triggered_by,
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
    created_at_from: str | Unset = UNSET,
    created_at_to: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    previous_state: str | Unset = UNSET,
    state: str | Unset = UNSET,
    transition_name: str | Unset = UNSET,
    triggered_by: float | Unset = UNSET,
) -> PaginatedStateModelList | None:
    """Get entity state history

     Get the state history of an entity

    Args:
        entity_name (str):
        entity_id (int):
        created_at_from (str | Unset):
        created_at_to (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        previous_state (str | Unset):
        state (str | Unset):
        transition_name (str | Unset):
        triggered_by (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedStateModelList
    """

    return sync_detailed(
        entity_name=entity_name,
        entity_id=entity_id,
        client=client,
        created_at_from=created_at_from,
        created_at_to=created_at_to,
        ordering=ordering,
        page=page,
        page_size=page_size,
        previous_state=previous_state,
        state=state,
        transition_name=transition_name,
        triggered_by=triggered_by,
    ).parsed


async def asyncio_detailed(
    entity_name: str,
    entity_id: int,
    *,
    client: AuthenticatedClient,
    created_at_from: str | Unset = UNSET,
    created_at_to: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    previous_state: str | Unset = UNSET,
    state: str | Unset = UNSET,
    transition_name: str | Unset = UNSET,
    triggered_by: float | Unset = UNSET,
) -> Response[PaginatedStateModelList]:
    """Get entity state history

     Get the state history of an entity

    Args:
        entity_name (str):
        entity_id (int):
        created_at_from (str | Unset):
        created_at_to (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        previous_state (str | Unset):
        state (str | Unset):
        transition_name (str | Unset):
        triggered_by (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedStateModelList]
    """

    kwargs = _get_kwargs(
        entity_name=entity_name,
        entity_id=entity_id,
        created_at_from=created_at_from,
        created_at_to=created_at_to,
        ordering=ordering,
        page=page,
        page_size=page_size,
        previous_state=previous_state,
        state=state,
        transition_name=transition_name,
        triggered_by=triggered_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity_name: str,
    entity_id: int,
    *,
    client: AuthenticatedClient,
    created_at_from: str | Unset = UNSET,
    created_at_to: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    previous_state: str | Unset = UNSET,
    state: str | Unset = UNSET,
    transition_name: str | Unset = UNSET,
    triggered_by: float | Unset = UNSET,
) -> PaginatedStateModelList | None:
    """Get entity state history

     Get the state history of an entity

    Args:
        entity_name (str):
        entity_id (int):
        created_at_from (str | Unset):
        created_at_to (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        previous_state (str | Unset):
        state (str | Unset):
        transition_name (str | Unset):
        triggered_by (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedStateModelList
    """

    return (
        await asyncio_detailed(
            entity_name=entity_name,
            entity_id=entity_id,
            client=client,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            ordering=ordering,
            page=page,
            page_size=page_size,
            previous_state=previous_state,
            state=state,
            transition_name=transition_name,
            triggered_by=triggered_by,
        )
    ).parsed

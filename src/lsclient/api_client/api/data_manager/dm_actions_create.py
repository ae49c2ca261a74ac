from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dm_actions_create_body import DmActionsCreateBody
from ...models.dm_actions_create_id import DmActionsCreateId
from ...models.dm_actions_create_response_200 import DmActionsCreateResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DmActionsCreateBody | Unset = UNSET,
    id: DmActionsCreateId,
    project: int,
    view: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_id = id.value
    params["id"] = json_id

    params["project"] = project

    params["view"] = view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/dm/actions/",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DmActionsCreateResponse200 | None:
    if response.status_code == 200:
        response_200 = DmActionsCreateResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DmActionsCreateResponse200]:
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
    body: DmActionsCreateBody | Unset = UNSET,
    id: DmActionsCreateId,
    project: int,
    view: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        body=body,
        id=id,
        project=project,
        view=view,
    )


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DmActionsCreateResponse200]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DmActionsCreateBody | Unset = UNSET,
    id: DmActionsCreateId,
    project: int,
    view: int | Unset = UNSET,
) -> Response[DmActionsCreateResponse200]:
    """Post actions

     Perform a Data Manager action with the selected tasks and filters. Note: More complex actions
    require additional parameters in the request body. Call `GET api/actions?project=<id>` to explore
    them. <br>Example: `GET api/actions?id=delete_tasks&project=1`

    Args:
        id (DmActionsCreateId):
        project (int):
        view (int | Unset):
        body (DmActionsCreateBody | Unset): Data payload containing task filters, selected task
            items, and ordering Example: {'filters': {'conjunction': 'or', 'items': [{'filter':
            'filter:tasks:id', 'operator': 'greater', 'type': 'Number', 'value': 123}]}, 'ordering':
            ['tasks:total_annotations'], 'selectedItems': {'all': True, 'excluded': [124, 125, 126]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DmActionsCreateResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
        project=project,
        view=view,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DmActionsCreateBody | Unset = UNSET,
    id: DmActionsCreateId,
    project: int,
    view: int | Unset = UNSET,
) -> DmActionsCreateResponse200 | None:
    """Post actions

     Perform a Data Manager action with the selected tasks and filters. Note: More complex actions
    require additional parameters in the request body. Call `GET api/actions?project=<id>` to explore
    them. <br>Example: `GET api/actions?id=delete_tasks&project=1`

    Args:
        id (DmActionsCreateId):
        project (int):
        view (int | Unset):
        body (DmActionsCreateBody | Unset): Data payload containing task filters, selected task
            items, and ordering Example: {'filters': {'conjunction': 'or', 'items': [{'filter':
            'filter:tasks:id', 'operator': 'greater', 'type': 'Number', 'value': 123}]}, 'ordering':
            ['tasks:total_annotations'], 'selectedItems': {'all': True, 'excluded': [124, 125, 126]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DmActionsCreateResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
        id=id,
        project=project,
        view=view,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DmActionsCreateBody | Unset = UNSET,
    id: DmActionsCreateId,
    project: int,
    view: int | Unset = UNSET,
) -> Response[DmActionsCreateResponse200]:
    """Post actions

     Perform a Data Manager action with the selected tasks and filters. Note: More complex actions
    require additional parameters in the request body. Call `GET api/actions?project=<id>` to explore
    them. <br>Example: `GET api/actions?id=delete_tasks&project=1`

    Args:
        id (DmActionsCreateId):
        project (int):
        view (int | Unset):
        body (DmActionsCreateBody | Unset): Data payload containing task filters, selected task
            items, and ordering Example: {'filters': {'conjunction': 'or', 'items': [{'filter':
            'filter:tasks:id', 'operator': 'greater', 'type': 'Number', 'value': 123}]}, 'ordering':
            ['tasks:total_annotations'], 'selectedItems': {'all': True, 'excluded': [124, 125, 126]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DmActionsCreateResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
        project=project,
        view=view,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DmActionsCreateBody | Unset = UNSET,
    id: DmActionsCreateId,
    project: int,
    view: int | Unset = UNSET,
) -> DmActionsCreateResponse200 | None:
    """Post actions

     Perform a Data Manager action with the selected tasks and filters. Note: More complex actions
    require additional parameters in the request body. Call `GET api/actions?project=<id>` to explore
    them. <br>Example: `GET api/actions?id=delete_tasks&project=1`

    Args:
        id (DmActionsCreateId):
        project (int):
        view (int | Unset):
        body (DmActionsCreateBody | Unset): Data payload containing task filters, selected task
            items, and ordering Example: {'filters': {'conjunction': 'or', 'items': [{'filter':
            'filter:tasks:id', 'operator': 'greater', 'type': 'Number', 'value': 123}]}, 'ordering':
            ['tasks:total_annotations'], 'selectedItems': {'all': True, 'excluded': [124, 125, 126]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DmActionsCreateResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            id=id,
            project=project,
            view=view,
        )
    ).parsed

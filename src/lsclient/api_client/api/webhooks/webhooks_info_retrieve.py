from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.webhooks_info_retrieve_response_200 import WebhooksInfoRetrieveResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    organization_only: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["organization-only"] = organization_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/webhooks/info/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebhooksInfoRetrieveResponse200 | None:
    if response.status_code == 200:
        response_200 = WebhooksInfoRetrieveResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WebhooksInfoRetrieveResponse200]:
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
    organization_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        organization_only=organization_only,
    )


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WebhooksInfoRetrieveResponse200]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    organization_only: bool | Unset = UNSET,
) -> Response[WebhooksInfoRetrieveResponse200]:
    """Get all webhook actions

     Get descriptions of all available webhook actions to set up webhooks.

    Args:
        organization_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhooksInfoRetrieveResponse200]
    """

    kwargs = _get_kwargs(
        organization_only=organization_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    organization_only: bool | Unset = UNSET,
) -> WebhooksInfoRetrieveResponse200 | None:
    """Get all webhook actions

     Get descriptions of all available webhook actions to set up webhooks.

    Args:
        organization_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhooksInfoRetrieveResponse200
    """

    return sync_detailed(
        client=client,
        organization_only=organization_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    organization_only: bool | Unset = UNSET,
) -> Response[WebhooksInfoRetrieveResponse200]:
    """Get all webhook actions

     Get descriptions of all available webhook actions to set up webhooks.

    Args:
        organization_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhooksInfoRetrieveResponse200]
    """

    kwargs = _get_kwargs(
        organization_only=organization_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    organization_only: bool | Unset = UNSET,
) -> WebhooksInfoRetrieveResponse200 | None:
    """Get all webhook actions

     Get descriptions of all available webhook actions to set up webhooks.

    Args:
        organization_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhooksInfoRetrieveResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            organization_only=organization_only,
        )
    ).parsed

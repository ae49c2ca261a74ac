from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lsapi_token_blacklist_request import LSAPITokenBlacklistRequest
from ...models.token_blacklist_create_response_404 import TokenBlacklistCreateResponse404
from ...types import Response


def _get_kwargs(
    *,
    body: LSAPITokenBlacklistRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/token/blacklist/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TokenBlacklistCreateResponse404 | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 404:
        response_404 = TokenBlacklistCreateResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | TokenBlacklistCreateResponse404]:
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
    body: LSAPITokenBlacklistRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        body=body,
    )


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | TokenBlacklistCreateResponse404]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LSAPITokenBlacklistRequest,
) -> Response[Any | TokenBlacklistCreateResponse404]:
    """Blacklist a JWT refresh token

     Adds a JWT refresh token to the blacklist, preventing it from being used to obtain new access
    tokens.

    Args:
        body (LSAPITokenBlacklistRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TokenBlacklistCreateResponse404]
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
    client: AuthenticatedClient | Client,
    body: LSAPITokenBlacklistRequest,
) -> Any | TokenBlacklistCreateResponse404 | None:
    """Blacklist a JWT refresh token

     Adds a JWT refresh token to the blacklist, preventing it from being used to obtain new access
    tokens.

    Args:
        body (LSAPITokenBlacklistRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TokenBlacklistCreateResponse404
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LSAPITokenBlacklistRequest,
) -> Response[Any | TokenBlacklistCreateResponse404]:
    """Blacklist a JWT refresh token

     Adds a JWT refresh token to the blacklist, preventing it from being used to obtain new access
    tokens.

    Args:
        body (LSAPITokenBlacklistRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TokenBlacklistCreateResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LSAPITokenBlacklistRequest,
) -> Any | TokenBlacklistCreateResponse404 | None:
    """Blacklist a JWT refresh token

     Adds a JWT refresh token to the blacklist, preventing it from being used to obtain new access
    tokens.

    Args:
        body (LSAPITokenBlacklistRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TokenBlacklistCreateResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

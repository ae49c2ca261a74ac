from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.label_create import LabelCreate
from ...models.label_create_request import LabelCreateRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: list[LabelCreateRequest],
    page: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/labels/",
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[LabelCreate] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = LabelCreate.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[LabelCreate]]:
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
    body: list[LabelCreateRequest],
    page: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        body=body,
        page=page,
    )


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[LabelCreate]]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[LabelCreateRequest],
    page: int | Unset = UNSET,
) -> Response[list[LabelCreate]]:
    """Create labels

     Add labels to your project without updating the labeling configuration.

    Args:
        page (int | Unset):
        body (list[LabelCreateRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[LabelCreate]]
    """

    kwargs = _get_kwargs(
        body=body,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[LabelCreateRequest],
    page: int | Unset = UNSET,
) -> list[LabelCreate] | None:
    """Create labels

     Add labels to your project without updating the labeling configuration.

    Args:
        page (int | Unset):
        body (list[LabelCreateRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[LabelCreate]
    """

    return sync_detailed(
        client=client,
        body=body,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[LabelCreateRequest],
    page: int | Unset = UNSET,
) -> Response[list[LabelCreate]]:
    """Create labels

     Add labels to your project without updating the labeling configuration.

    Args:
        page (int | Unset):
        body (list[LabelCreateRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[LabelCreate]]
    """

    kwargs = _get_kwargs(
        body=body,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[LabelCreateRequest],
    page: int | Unset = UNSET,
) -> list[LabelCreate] | None:
    """Create labels

     Add labels to your project without updating the labeling configuration.

    Args:
        page (int | Unset):
        body (list[LabelCreateRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[LabelCreate]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            page=page,
        )
    ).parsed

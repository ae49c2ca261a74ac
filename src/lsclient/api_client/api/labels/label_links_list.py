import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_label_link_list import PaginatedLabelLinkList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    label_created_at: datetime.datetime | Unset = UNSET,
    label_created_at_gte: datetime.datetime | Unset = UNSET,
    label_created_at_lte: datetime.datetime | Unset = UNSET,
    label_created_by: int | Unset = UNSET,
    page: int | Unset = UNSET,
    project: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_label_created_at: str | Unset = UNSET
    if not isinstance(label_created_at, Unset):
        json_label_created_at = label_created_at.isoformat()
    params["label__created_at"] = json_label_created_at

    json_label_created_at_gte: str | Unset = UNSET
    if not isinstance(label_created_at_gte, Unset):
        json_label_created_at_gte = label_created_at_gte.isoformat()
    params["label__created_at__gte"] = json_label_created_at_gte

    json_label_created_at_lte: str | Unset = UNSET
    if not isinstance(label_created_at_lte, Unset):
        json_label_created_at_lte = label_created_at_lte.isoformat()
    params["label__created_at__lte"] = json_label_created_at_lte

    params["label__created_by"] = label_created_by

    params["page"] = page

    params["project"] = project

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/label_links/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaginatedLabelLinkList | None:
    if response.status_code == 200:
        response_200 = PaginatedLabelLinkList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedLabelLinkList]:
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
    label_created_at: datetime.datetime | Unset = UNSET,
    label_created_at_gte: datetime.datetime | Unset = UNSET,
    label_created_at_lte: datetime.datetime | Unset = UNSET,
    label_created_by: int | Unset = UNSET,
    page: int | Unset = UNSET,
    project: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        label_created_at=label_created_at,
        label_created_at_gte=label_created_at_gte,
        label_created_at_lte=label_created_at_lte,
        label_created_by=label_created_by,
        page=page,
        project=project,
    )


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedLabelLinkList]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    label_created_at: datetime.datetime | Unset = UNSET,
    label_created_at_gte: datetime.datetime | Unset = UNSET,
    label_created_at_lte: datetime.datetime | Unset = UNSET,
    label_created_by: int | Unset = UNSET,
    page: int | Unset = UNSET,
    project: int | Unset = UNSET,
) -> Response[PaginatedLabelLinkList]:
    """List label links

     List label links for a specific label and project.

    Args:
        label_created_at (datetime.datetime | Unset):
        label_created_at_gte (datetime.datetime | Unset):
        label_created_at_lte (datetime.datetime | Unset):
        label_created_by (int | Unset):
        page (int | Unset):
        project (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedLabelLinkList]
    """

    kwargs = _get_kwargs(
        label_created_at=label_created_at,
        label_created_at_gte=label_created_at_gte,
        label_created_at_lte=label_created_at_lte,
        label_created_by=label_created_by,
        page=page,
        project=project,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    label_created_at: datetime.datetime | Unset = UNSET,
    label_created_at_gte: datetime.datetime | Unset = UNSET,
    label_created_at_lte: datetime.datetime | Unset = UNSET,
    label_created_by: int | Unset = UNSET,
    page: int | Unset = UNSET,
    project: int | Unset = UNSET,
) -> PaginatedLabelLinkList | None:
    """List label links

     List label links for a specific label and project.

    Args:
        label_created_at (datetime.datetime | Unset):
        label_created_at_gte (datetime.datetime | Unset):
        label_created_at_lte (datetime.datetime | Unset):
        label_created_by (int | Unset):
        page (int | Unset):
        project (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedLabelLinkList
    """

    return sync_detailed(
        client=client,
        label_created_at=label_created_at,
        label_created_at_gte=label_created_at_gte,
        label_created_at_lte=label_created_at_lte,
        label_created_by=label_created_by,
        page=page,
        project=project,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    label_created_at: datetime.datetime | Unset = UNSET,
    label_created_at_gte: datetime.datetime | Unset = UNSET,
    label_created_at_lte: datetime.datetime | Unset = UNSET,
    label_created_by: int | Unset = UNSET,
    page: int | Unset = UNSET,
    project: int | Unset = UNSET,
) -> Response[PaginatedLabelLinkList]:
    """List label links

     List label links for a specific label and project.

    Args:
        label_created_at (datetime.datetime | Unset):
        label_created_at_gte (datetime.datetime | Unset):
        label_created_at_lte (datetime.datetime | Unset):
        label_created_by (int | Unset):
        page (int | Unset):
        project (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedLabelLinkList]
    """

    kwargs = _get_kwargs(
        label_created_at=label_created_at,
        label_created_at_gte=label_created_at_gte,
        label_created_at_lte=label_created_at_lte,
        label_created_by=label_created_by,
        page=page,
        project=project,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    label_created_at: datetime.datetime | Unset = UNSET,
    label_created_at_gte: datetime.datetime | Unset = UNSET,
    label_created_at_lte: datetime.datetime | Unset = UNSET,
    label_created_by: int | Unset = UNSET,
    page: int | Unset = UNSET,
    project: int | Unset = UNSET,
) -> PaginatedLabelLinkList | None:
    """List label links

     List label links for a specific label and project.

    Args:
        label_created_at (datetime.datetime | Unset):
        label_created_at_gte (datetime.datetime | Unset):
        label_created_at_lte (datetime.datetime | Unset):
        label_created_by (int | Unset):
        page (int | Unset):
        project (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedLabelLinkList
    """

    return (
        await asyncio_detailed(
            client=client,
            label_created_at=label_created_at,
            label_created_at_gte=label_created_at_gte,
            label_created_at_lte=label_created_at_lte,
            label_created_by=label_created_by,
            page=page,
            project=project,
        )
    ).parsed

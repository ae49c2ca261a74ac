from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organization_member import OrganizationMember
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: int,
    user_pk: int,
    *,
    contributed_to_projects: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["contributed_to_projects"] = contributed_to_projects

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/organizations/{path_segment(id)}/memberships/{path_segment(user_pk)}/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrganizationMember | None:
    if response.status_code == 200:
        response_200 = OrganizationMember.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OrganizationMember]:
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
    id: int,
    user_pk: int,
    *,
    contributed_to_projects: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        id=id,
        user_pk=user_pk,
        contributed_to_projects=contributed_to_projects,
    )


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OrganizationMember]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    id: int,
    user_pk: int,
    *,
    client: AuthenticatedClient,
    contributed_to_projects: bool | Unset = UNSET,
) -> Response[OrganizationMember]:
    """Get organization member details

     Get organization member details by user ID.

    Args:
        id (int):
        user_pk (int):
        contributed_to_projects (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationMember]
    """

    kwargs = _get_kwargs(
        id=id,
        user_pk=user_pk,
        contributed_to_projects=contributed_to_projects,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    user_pk: int,
    *,
    client: AuthenticatedClient,
    contributed_to_projects: bool | Unset = UNSET,
) -> OrganizationMember | None:
    """Get organization member details

     Get organization member details by user ID.

    Args:
        id (int):
        user_pk (int):
        contributed_to_projects (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationMember
    """

    return sync_detailed(
        id=id,
        user_pk=user_pk,
        client=client,
        contributed_to_projects=contributed_to_projects,
    ).parsed


async def asyncio_detailed(
    id: int,
    user_pk: int,
    *,
    client: AuthenticatedClient,
    contributed_to_projects: bool | Unset = UNSET,
) -> Response[OrganizationMember]:
    """Get organization member details

     Get organization member details by user ID.

    Args:
        id (int):
        user_pk (int):
        contributed_to_projects (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationMember]
    """

    kwargs = _get_kwargs(
        id=id,
        user_pk=user_pk,
        contributed_to_projects=contributed_to_projects,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    user_pk: int,
    *,
    client: AuthenticatedClient,
    contributed_to_projects: bool | Unset = UNSET,
) -> OrganizationMember | None:
    """Get organization member details

     Get organization member details by user ID.

    Args:
        id (int):
        user_pk (int):
        contributed_to_projects (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationMember
    """

    return (
        await asyncio_detailed(
            id=id,
            user_pk=user_pk,
            client=client,
            contributed_to_projects=contributed_to_projects,
        )
    ).parsed

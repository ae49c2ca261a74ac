from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_project_list import PaginatedProjectList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = "all",
    ids: str | Unset = UNSET,
    include: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    title: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["ids"] = ids

    params["include"] = include

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["title"] = title

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/projects/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaginatedProjectList | None:
    if response.status_code == 200:
        response_200 = PaginatedProjectList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedProjectList]:
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
    filter_: str | Unset = "all",
    ids: str | Unset = UNSET,
    include: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    title: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        filter_=filter_,
        ids=ids,
        include=include,
        ordering=ordering,
        page=page,
        page_size=page_size,
        title=title,
    )


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PaginatedProjectList]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = "all",
    ids: str | Unset = UNSET,
    include: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    title: str | Unset = UNSET,
) -> Response[PaginatedProjectList]:
    """List your projects


        Return a list of the projects that you've created.

        To perform most tasks with the Label Studio API, you must specify the project ID, sometimes
    referred to as the `pk`.
        To retrieve a list of your Label Studio projects, update the following command to match your own
    environment.
        Replace the domain name, port, and authorization token, then run the following from the command
    line:
        ```bash
        curl -X GET https://localhost:8080/api/projects/ -H 'Authorization: Token abc123'
        ```


    Args:
        filter_ (str | Unset):  Default: 'all'.
        ids (str | Unset):
        include (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedProjectList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        ids=ids,
        include=include,
        ordering=ordering,
        page=page,
        page_size=page_size,
        title=title,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = "all",
    ids: str | Unset = UNSET,
    include: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    title: str | Unset = UNSET,
) -> PaginatedProjectList | None:
    """List your projects


        Return a list of the projects that you've created.

        To perform most tasks with the Label Studio API, you must specify the project ID, sometimes
    referred to as the `pk`.
        To retrieve a list of your Label Studio projects, update the following command to match your own
    environment.
        Replace the domain name, port, and authorization token, then run the following from the command
    line:
        ```bash
        curl -X GET https://localhost:8080/api/projects/ -H 'Authorization: Token abc123'
        ```


    Args:
        filter_ (str | Unset):  Default: 'all'.
        ids (str | Unset):
        include (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedProjectList
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        ids=ids,
        include=include,
        ordering=ordering,
        page=page,
        page_size=page_size,
        title=title,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = "all",
    ids: str | Unset = UNSET,
    include: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    title: str | Unset = UNSET,
) -> Response[PaginatedProjectList]:
    """List your projects


        Return a list of the projects that you've created.

        To perform most tasks with the Label Studio API, you must specify the project ID, sometimes
    referred to as the `pk`.
        To retrieve a list of your Label Studio projects, update the following command to match your own
    environment.
        Replace the domain name, port, and authorization token, then run the following from the command
    line:
        ```bash
        curl -X GET https://localhost:8080/api/projects/ -H 'Authorization: Token abc123'
        ```


    Args:
        filter_ (str | Unset):  Default: 'all'.
        ids (str | Unset):
        include (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedProjectList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        ids=ids,
        include=include,
        ordering=ordering,
        page=page,
        page_size=page_size,
        title=title,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = "all",
    ids: str | Unset = UNSET,
    include: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    title: str | Unset = UNSET,
) -> PaginatedProjectList | None:
    """List your projects


        Return a list of the projects that you've created.

        To perform most tasks with the Label Studio API, you must specify the project ID, sometimes
    referred to as the `pk`.
        To retrieve a list of your Label Studio projects, update the following command to match your own
    environment.
        Replace the domain name, port, and authorization token, then run the following from the command
    line:
        ```bash
        curl -X GET https://localhost:8080/api/projects/ -H 'Authorization: Token abc123'
        ```


    Args:
        filter_ (str | Unset):  Default: 'all'.
        ids (str | Unset):
        include (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        title (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedProjectList
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            ids=ids,
            include=include,
            ordering=ordering,
            page=page,
            page_size=page_size,
            title=title,
        )
    ).parsed

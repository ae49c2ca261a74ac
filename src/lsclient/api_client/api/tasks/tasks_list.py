from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tasks_list_fields import TasksListFields
from ...models.tasks_list_response_200 import TasksListResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields: TasksListFields | Unset = TasksListFields.TASK_ONLY,
    include: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project: int | Unset = UNSET,
    query: str | Unset = UNSET,
    resolve_uri: bool | Unset = UNSET,
    review: bool | Unset = UNSET,
    view: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_fields: str | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields.value

    params["fields"] = json_fields

    params["include"] = include

    params["page"] = page

    params["page_size"] = page_size

    params["project"] = project

    params["query"] = query

    params["resolve_uri"] = resolve_uri

    params["review"] = review

    params["view"] = view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/tasks/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TasksListResponse200 | None:
    if response.status_code == 200:
        response_200 = TasksListResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TasksListResponse200]:
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
    fields: TasksListFields | Unset = TasksListFields.TASK_ONLY,
    include: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project: int | Unset = UNSET,
    query: str | Unset = UNSET,
    resolve_uri: bool | Unset = UNSET,
    review: bool | Unset = UNSET,
    view: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        fields=fields,
        include=include,
        page=page,
        page_size=page_size,
        project=project,
        query=query,
        resolve_uri=resolve_uri,
        review=review,
        view=view,
    )


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TasksListResponse200]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    fields: TasksListFields | Unset = TasksListFields.TASK_ONLY,
    include: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project: int | Unset = UNSET,
    query: str | Unset = UNSET,
    resolve_uri: bool | Unset = UNSET,
    review: bool | Unset = UNSET,
    view: int | Unset = UNSET,
) -> Response[TasksListResponse200]:
    """Get tasks list


        Retrieve a list of tasks with pagination for a specific view or project, by using filters and
    ordering.


    Args:
        fields (TasksListFields | Unset):  Default: TasksListFields.TASK_ONLY.
        include (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project (int | Unset):
        query (str | Unset):
        resolve_uri (bool | Unset):
        review (bool | Unset):
        view (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TasksListResponse200]
    """

    kwargs = _get_kwargs(
        fields=fields,
        include=include,
        page=page,
        page_size=page_size,
        project=project,
        query=query,
        resolve_uri=resolve_uri,
        review=review,
        view=view,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    fields: TasksListFields | Unset = TasksListFields.TASK_ONLY,
    include: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project: int | Unset = UNSET,
    query: str | Unset = UNSET,
    resolve_uri: bool | Unset = UNSET,
    review: bool | Unset = UNSET,
    view: int | Unset = UNSET,
) -> TasksListResponse200 | None:
    """Get tasks list


        Retrieve a list of tasks with pagination for a specific view or project, by using filters and
    ordering.


    Args:
        fields (TasksListFields | Unset):  Default: TasksListFields.TASK_ONLY.
        include (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project (int | Unset):
        query (str | Unset):
        resolve_uri (bool | Unset):
        review (bool | Unset):
        view (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TasksListResponse200
    """

    return sync_detailed(
        client=client,
        fields=fields,
        include=include,
        page=page,
        page_size=page_size,
        project=project,
        query=query,
        resolve_uri=resolve_uri,
        review=review,
        view=view,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    fields: TasksListFields | Unset = TasksListFields.TASK_ONLY,
    include: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project: int | Unset = UNSET,
    query: str | Unset = UNSET,
    resolve_uri: bool | Unset = UNSET,
    review: bool | Unset = UNSET,
    view: int | Unset = UNSET,
) -> Response[TasksListResponse200]:
    """Get tasks list


        Retrieve a list of tasks with pagination for a specific view or project, by using filters and
    ordering.


    Args:
        fields (TasksListFields | Unset):  Default: TasksListFields.TASK_ONLY.
        include (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project (int | Unset):
        query (str | Unset):
        resolve_uri (bool | Unset):
        review (bool | Unset):
        view (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TasksListResponse200]
    """

    kwargs = _get_kwargs(
        fields=fields,
        include=include,
        page=page,
        page_size=page_size,
        project=project,
        query=query,
        resolve_uri=resolve_uri,
        review=review,
        view=view,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    fields: TasksListFields | Unset = TasksListFields.TASK_ONLY,
    include: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project: int | Unset = UNSET,
    query: str | Unset = UNSET,
    resolve_uri: bool | Unset = UNSET,
    review: bool | Unset = UNSET,
    view: int | Unset = UNSET,
) -> TasksListResponse200 | None:
    """Get tasks list


        Retrieve a list of tasks with pagination for a specific view or project, by using filters and
    ordering.


    Args:
        fields (TasksListFields | Unset):  Default: TasksListFields.TASK_ONLY.
        include (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project (int | Unset):
        query (str | Unset):
        resolve_uri (bool | Unset):
        review (bool | Unset):
        view (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TasksListResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            include=include,
            page=page,
            page_size=page_size,
            project=project,
            query=query,
            resolve_uri=resolve_uri,
            review=review,
            view=view,
        )
    ).parsed

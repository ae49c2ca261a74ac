from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.projects_export_retrieve_response_200_item import ProjectsExportRetrieveResponse200Item
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    download_all_tasks: bool | Unset = UNSET,
    download_resources: bool | Unset = UNSET,
    export_type: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["download_all_tasks"] = download_all_tasks

    params["download_resources"] = download_resources

    params["export_type"] = export_type

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/projects/{id}/export".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[ProjectsExportRetrieveResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProjectsExportRetrieveResponse200Item.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ProjectsExportRetrieveResponse200Item]]:
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
    *,
    download_all_tasks: bool | Unset = UNSET,
    download_resources: bool | Unset = UNSET,
    export_type: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        id=id,
        download_all_tasks=download_all_tasks,
        download_resources=download_resources,
        export_type=export_type,
        ids=ids,
    )


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ProjectsExportRetrieveResponse200Item]]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    download_all_tasks: bool | Unset = UNSET,
    download_resources: bool | Unset = UNSET,
    export_type: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
) -> Response[list[ProjectsExportRetrieveResponse200Item]]:
    """[Deprecated] Easy export of tasks and annotations


            This endpoint is deprecated in Enterprise. Use the async export API instead:
            POST /api/projects/{id}/exports/ (see [Create new
    export](/api#operation/api_projects_exports_create)).

            In Label Studio Enterprise, this endpoint will always return a 404 Not Found response with
    instructions to use the async export API.

            <i>Note: if you have a large project it's recommended to use
            export snapshots, this easy export endpoint might have timeouts.</i><br/><br>
            Export annotated tasks as a file in a specific format.
            For example, to export JSON annotations for a project to a file called `annotations.json`,
            run the following from the command line:
            ```bash
            curl -X GET https://localhost:8080/api/projects/{id}/export?exportType=JSON -H
    'Authorization: Token abc123' --output 'annotations.json'
            ```
            To export all tasks, including skipped tasks and others without annotations, run the
    following from the command line:
            ```bash
            curl -X GET
    https://localhost:8080/api/projects/{id}/export?exportType=JSON&download_all_tasks=true -H
    'Authorization: Token abc123' --output 'annotations.json'
            ```
            To export specific tasks with IDs of 123 and 345, run the following from the command line:
            ```bash
            curl -X GET 'https://localhost:8080/api/projects/{id}/export?ids[]=123&ids[]=345' -H
    'Authorization: Token abc123' --output 'annotations.json'
            ```


    Args:
        id (int):
        download_all_tasks (bool | Unset):
        download_resources (bool | Unset):
        export_type (str | Unset):
        ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ProjectsExportRetrieveResponse200Item]]
    """

    kwargs = _get_kwargs(
        id=id,
        download_all_tasks=download_all_tasks,
        download_resources=download_resources,
        export_type=export_type,
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    download_all_tasks: bool | Unset = UNSET,
    download_resources: bool | Unset = UNSET,
    export_type: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
) -> list[ProjectsExportRetrieveResponse200Item] | None:
    """[Deprecated] Easy export of tasks and annotations


            This endpoint is deprecated in Enterprise. Use the async export API instead:
            POST /api/projects/{id}/exports/ (see [Create new
    export](/api#operation/api_projects_exports_create)).

            In Label Studio Enterprise, this endpoint will always return a 404 Not Found response with
    instructions to use the async export API.

            <i>Note: if you have a large project it's recommended to use
            export snapshots, this easy export endpoint might have timeouts.</i><br/><br>
            Export annotated tasks as a file in a specific format.
            For example, to export JSON annotations for a project to a file called `annotations.json`,
            run the following from the command line:
            ```bash
            curl -X GET https://localhost:8080/api/projects/{id}/export?exportType=JSON -H
    'Authorization: Token abc123' --output 'annotations.json'
            ```
            To export all tasks, including skipped tasks and others without annotations, run the
    following from the command line:
            ```bash
            curl -X GET
    https://localhost:8080/api/projects/{id}/export?exportType=JSON&download_all_tasks=true -H
    'Authorization: Token abc123' --output 'annotations.json'
            ```
            To export specific tasks with IDs of 123 and 345, run the following from the command line:
            ```bash
            curl -X GET 'https://localhost:8080/api/projects/{id}/export?ids[]=123&ids[]=345' -H
    'Authorization: Token abc123' --output 'annotations.json'
            ```


    Args:
        id (int):
        download_all_tasks (bool | Unset):
        download_resources (bool | Unset):
        export_type (str | Unset):
        ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ProjectsExportRetrieveResponse200Item]
    """

    return sync_detailed(
        id=id,
        client=client,
        download_all_tasks=download_all_tasks,
        download_resources=download_resources,
        export_type=export_type,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    download_all_tasks: bool | Unset = UNSET,
    download_resources: bool | Unset = UNSET,
    export_type: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
) -> Response[list[ProjectsExportRetrieveResponse200Item]]:
    """[Deprecated] Easy export of tasks and annotations


            This endpoint is deprecated in Enterprise. Use the async export API instead:
            POST /api/projects/{id}/exports/ (see [Create new
    export](/api#operation/api_projects_exports_create)).

            In Label Studio Enterprise, this endpoint will always return a 404 Not Found response with
    instructions to use the async export API.

            <i>Note: if you have a large project it's recommended to use
            export snapshots, this easy export endpoint might have timeouts.</i><br/><br>
            Export annotated tasks as a file in a specific format.
            For example, to export JSON annotations for a project to a file called `annotations.json`,
            run the following from the command line:
            ```bash
            curl -X GET https://localhost:8080/api/projects/{id}/export?exportType=JSON -H
    'Authorization: Token abc123' --output 'annotations.json'
            ```
            To export all tasks, including skipped tasks and others without annotations, run the
    following from the command line:
            ```bash
            curl -X GET
    https://localhost:8080/api/projects/{id}/export?exportType=JSON&download_all_tasks=true -H
    'Authorization: Token abc123' --output 'annotations.json'
            ```
            To export specific tasks with IDs of 123 and 345, run the following from the command line:
            ```bash
            curl -X GET 'https://localhost:8080/api/projects/{id}/export?ids[]=123&ids[]=345' -H
    'Authorization: Token abc123' --output 'annotations.json'
            ```


    Args:
        id (int):
        download_all_tasks (bool | Unset):
        download_resources (bool | Unset):
        export_type (str | Unset):
        ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ProjectsExportRetrieveResponse200Item]]
    """

    kwargs = _get_kwargs(
        id=id,
        download_all_tasks=download_all_tasks,
        download_resources=download_resources,
        export_type=export_type,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    download_all_tasks: bool | Unset = UNSET,
    download_resources: bool | Unset = UNSET,
    export_type: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
) -> list[ProjectsExportRetrieveResponse200Item] | None:
    """[Deprecated] Easy export of tasks and annotations


            This endpoint is deprecated in Enterprise. Use the async export API instead:
            POST /api/projects/{id}/exports/ (see [Create new
    export](/api#operation/api_projects_exports_create)).

            In Label Studio Enterprise, this endpoint will always return a 404 Not Found response with
    instructions to use the async export API.

            <i>Note: if you have a large project it's recommended to use
            export snapshots, this easy export endpoint might have timeouts.</i><br/><br>
            Export annotated tasks as a file in a specific format.
            For example, to export JSON annotations for a project to a file called `annotations.json`,
            run the following from the command line:
            ```bash
            curl -X GET https://localhost:8080/api/projects/{id}/export?exportType=JSON -H
    'Authorization: Token abc123' --output 'annotations.json'
            ```
            To export all tasks, including skipped tasks and others without annotations, run the
    following from the command line:
            ```bash
            curl -X GET
    https://localhost:8080/api/projects/{id}/export?exportType=JSON&download_all_tasks=true -H
    'Authorization: Token abc123' --output 'annotations.json'
            ```
            To export specific tasks with IDs of 123 and 345, run the following from the command line:
            ```bash
            curl -X GET 'https://localhost:8080/api/projects/{id}/export?ids[]=123&ids[]=345' -H
    'Authorization: Token abc123' --output 'annotations.json'
            ```


    Args:
        id (int):
        download_all_tasks (bool | Unset):
        download_resources (bool | Unset):
        export_type (str | Unset):
        ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ProjectsExportRetrieveResponse200Item]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            download_all_tasks=download_all_tasks,
            download_resources=download_resources,
            export_type=export_type,
            ids=ids,
        )
    ).parsed

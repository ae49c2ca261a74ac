import contextlib
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset, path_segment


def _get_kwargs(
    id: int,
    *,
    download_all_tasks: bool | Unset = UNSET,
    download_resources: bool | Unset = UNSET,
    export_type: str | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["download_all_tasks"] = download_all_tasks

    params["download_resources"] = download_resources

    params["export_type"] = export_type

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/projects/{path_segment(id)}/export",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
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
    ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        id=id,
        download_all_tasks=download_all_tasks,
        download_resources=download_resources,
        export_type=export_type,
        ids=ids,
    )


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    download_all_tasks: bool | Unset = UNSET,
    download_resources: bool | Unset = UNSET,
    export_type: str | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
) -> Response[File]:
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
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
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
    ids: list[int] | Unset = UNSET,
) -> File | None:
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
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
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
    ids: list[int] | Unset = UNSET,
) -> Response[File]:
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
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
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
    ids: list[int] | Unset = UNSET,
) -> File | None:
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
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
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


@contextlib.contextmanager
def stream(
    id: int,
    *,
    client: AuthenticatedClient,
    download_all_tasks: bool | Unset = UNSET,
    download_resources: bool | Unset = UNSET,
    export_type: str | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
) -> Iterator[httpx.Response]:
    """Send the request and yield the response with its body not yet read.

    Read it in constant memory with ``response.iter_bytes()``. The status is not checked here:
    look at ``response.status_code`` (and ``response.read()`` an error body) before consuming it.
    """
    kwargs = _get_kwargs(
        id=id,
        download_all_tasks=download_all_tasks,
        download_resources=download_resources,
        export_type=export_type,
        ids=ids,
    )
    with client.get_httpx_client().stream(**kwargs) as response:
        yield response


@contextlib.asynccontextmanager
async def asyncio_stream(
    id: int,
    *,
    client: AuthenticatedClient,
    download_all_tasks: bool | Unset = UNSET,
    download_resources: bool | Unset = UNSET,
    export_type: str | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
) -> AsyncIterator[httpx.Response]:
    """Send the request and yield the response with its body not yet read (see ``stream``)."""
    kwargs = _get_kwargs(
        id=id,
        download_all_tasks=download_all_tasks,
        download_resources=download_resources,
        export_type=export_type,
        ids=ids,
    )
    async with client.get_async_httpx_client().stream(**kwargs) as response:
        yield response

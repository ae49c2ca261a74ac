from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project_import import ProjectImport
from ...types import Response, path_segment


def _get_kwargs(
    id: int,
    import_pk: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/projects/{path_segment(id)}/imports/{path_segment(import_pk)}/",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProjectImport | None:
    if response.status_code == 200:
        response_200 = ProjectImport.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProjectImport]:
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
    import_pk: int,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        id=id,
        import_pk=import_pk,
    )


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProjectImport]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    id: int,
    import_pk: int,
    *,
    client: AuthenticatedClient,
) -> Response[ProjectImport]:
    """Get project import status


                Poll the status of an asynchronous project import operation.

                **Usage:**
                1. When you POST to `/api/projects/{project_id}/import`, you'll receive a response like
    `{"import": <import_id>}`
                2. Use that `import_id` with this GET endpoint to check the import status
                3. Poll this endpoint to see if the import has completed, is still processing, or has
    failed
                4. **Import errors and failures will only be visible in this GET response**, not in the
    original POST request

                This endpoint returns detailed information about the import including task counts,
    status, and any error messages.


    Args:
        id (int):
        import_pk (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectImport]
    """

    kwargs = _get_kwargs(
        id=id,
        import_pk=import_pk,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    import_pk: int,
    *,
    client: AuthenticatedClient,
) -> ProjectImport | None:
    """Get project import status


                Poll the status of an asynchronous project import operation.

                **Usage:**
                1. When you POST to `/api/projects/{project_id}/import`, you'll receive a response like
    `{"import": <import_id>}`
                2. Use that `import_id` with this GET endpoint to check the import status
                3. Poll this endpoint to see if the import has completed, is still processing, or has
    failed
                4. **Import errors and failures will only be visible in this GET response**, not in the
    original POST request

                This endpoint returns detailed information about the import including task counts,
    status, and any error messages.


    Args:
        id (int):
        import_pk (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectImport
    """

    return sync_detailed(
        id=id,
        import_pk=import_pk,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    import_pk: int,
    *,
    client: AuthenticatedClient,
) -> Response[ProjectImport]:
    """Get project import status


                Poll the status of an asynchronous project import operation.

                **Usage:**
                1. When you POST to `/api/projects/{project_id}/import`, you'll receive a response like
    `{"import": <import_id>}`
                2. Use that `import_id` with this GET endpoint to check the import status
                3. Poll this endpoint to see if the import has completed, is still processing, or has
    failed
                4. **Import errors and failures will only be visible in this GET response**, not in the
    original POST request

                This endpoint returns detailed information about the import including task counts,
    status, and any error messages.


    Args:
        id (int):
        import_pk (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectImport]
    """

    kwargs = _get_kwargs(
        id=id,
        import_pk=import_pk,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    import_pk: int,
    *,
    client: AuthenticatedClient,
) -> ProjectImport | None:
    """Get project import status


                Poll the status of an asynchronous project import operation.

                **Usage:**
                1. When you POST to `/api/projects/{project_id}/import`, you'll receive a response like
    `{"import": <import_id>}`
                2. Use that `import_id` with this GET endpoint to check the import status
                3. Poll this endpoint to see if the import has completed, is still processing, or has
    failed
                4. **Import errors and failures will only be visible in this GET response**, not in the
    original POST request

                This endpoint returns detailed information about the import including task counts,
    status, and any error messages.


    Args:
        id (int):
        import_pk (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectImport
    """

    return (
        await asyncio_detailed(
            id=id,
            import_pk=import_pk,
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_convert_request import ExportConvertRequest
from ...models.projects_exports_convert_create_response_200 import ProjectsExportsConvertCreateResponse200
from ...types import Response, path_segment


def _get_kwargs(
    id: int,
    export_pk: int,
    *,
    body: ExportConvertRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api/projects/{path_segment(id)}/exports/{path_segment(export_pk)}/convert",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProjectsExportsConvertCreateResponse200 | None:
    if response.status_code == 200:
        response_200 = ProjectsExportsConvertCreateResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProjectsExportsConvertCreateResponse200]:
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
    export_pk: int,
    *,
    body: ExportConvertRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        id=id,
        export_pk=export_pk,
        body=body,
    )


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProjectsExportsConvertCreateResponse200]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    id: int,
    export_pk: int,
    *,
    client: AuthenticatedClient,
    body: ExportConvertRequest,
) -> Response[ProjectsExportsConvertCreateResponse200]:
    """Export conversion

     Convert export snapshot to selected format

    Args:
        id (int):
        export_pk (int):
        body (ExportConvertRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectsExportsConvertCreateResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        export_pk=export_pk,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    export_pk: int,
    *,
    client: AuthenticatedClient,
    body: ExportConvertRequest,
) -> ProjectsExportsConvertCreateResponse200 | None:
    """Export conversion

     Convert export snapshot to selected format

    Args:
        id (int):
        export_pk (int):
        body (ExportConvertRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectsExportsConvertCreateResponse200
    """

    return sync_detailed(
        id=id,
        export_pk=export_pk,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    export_pk: int,
    *,
    client: AuthenticatedClient,
    body: ExportConvertRequest,
) -> Response[ProjectsExportsConvertCreateResponse200]:
    """Export conversion

     Convert export snapshot to selected format

    Args:
        id (int):
        export_pk (int):
        body (ExportConvertRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectsExportsConvertCreateResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        export_pk=export_pk,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    export_pk: int,
    *,
    client: AuthenticatedClient,
    body: ExportConvertRequest,
) -> ProjectsExportsConvertCreateResponse200 | None:
    """Export conversion

     Convert export snapshot to selected format

    Args:
        id (int):
        export_pk (int):
        body (ExportConvertRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectsExportsConvertCreateResponse200
    """

    return (
        await asyncio_detailed(
            id=id,
            export_pk=export_pk,
            client=client,
            body=body,
        )
    ).parsed

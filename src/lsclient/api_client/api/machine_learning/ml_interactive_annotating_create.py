from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ml_interactive_annotating_create_response_200 import MlInteractiveAnnotatingCreateResponse200
from ...models.ml_interactive_annotating_request_request import MLInteractiveAnnotatingRequestRequest
from ...types import Response, path_segment


def _get_kwargs(
    id: int,
    *,
    body: MLInteractiveAnnotatingRequestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api/ml/{path_segment(id)}/interactive-annotating",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MlInteractiveAnnotatingCreateResponse200 | None:
    if response.status_code == 200:
        response_200 = MlInteractiveAnnotatingCreateResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MlInteractiveAnnotatingCreateResponse200]:
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
    body: MLInteractiveAnnotatingRequestRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        id=id,
        body=body,
    )


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MlInteractiveAnnotatingCreateResponse200]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MLInteractiveAnnotatingRequestRequest,
) -> Response[MlInteractiveAnnotatingCreateResponse200]:
    """Request Interactive Annotation


            Send a request to the machine learning backend set up to be used for interactive
    preannotations to retrieve a
            predicted region based on annotator input.
            See [set up machine learning](https://labelstud.io/guide/ml.html#Get-interactive-
    preannotations) for more.


    Args:
        id (int):
        body (MLInteractiveAnnotatingRequestRequest): Serializer for ML interactive annotating
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MlInteractiveAnnotatingCreateResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MLInteractiveAnnotatingRequestRequest,
) -> MlInteractiveAnnotatingCreateResponse200 | None:
    """Request Interactive Annotation


            Send a request to the machine learning backend set up to be used for interactive
    preannotations to retrieve a
            predicted region based on annotator input.
            See [set up machine learning](https://labelstud.io/guide/ml.html#Get-interactive-
    preannotations) for more.


    Args:
        id (int):
        body (MLInteractiveAnnotatingRequestRequest): Serializer for ML interactive annotating
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MlInteractiveAnnotatingCreateResponse200
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MLInteractiveAnnotatingRequestRequest,
) -> Response[MlInteractiveAnnotatingCreateResponse200]:
    """Request Interactive Annotation


            Send a request to the machine learning backend set up to be used for interactive
    preannotations to retrieve a
            predicted region based on annotator input.
            See [set up machine learning](https://labelstud.io/guide/ml.html#Get-interactive-
    preannotations) for more.


    Args:
        id (int):
        body (MLInteractiveAnnotatingRequestRequest): Serializer for ML interactive annotating
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MlInteractiveAnnotatingCreateResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MLInteractiveAnnotatingRequestRequest,
) -> MlInteractiveAnnotatingCreateResponse200 | None:
    """Request Interactive Annotation


            Send a request to the machine learning backend set up to be used for interactive
    preannotations to retrieve a
            predicted region based on annotator input.
            See [set up machine learning](https://labelstud.io/guide/ml.html#Get-interactive-
    preannotations) for more.


    Args:
        id (int):
        body (MLInteractiveAnnotatingRequestRequest): Serializer for ML interactive annotating
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MlInteractiveAnnotatingCreateResponse200
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed

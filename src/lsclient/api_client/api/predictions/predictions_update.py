from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.prediction import Prediction
from ...models.predictions_update_body import PredictionsUpdateBody
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: int,
    *,
    body: PredictionsUpdateBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/api/predictions/{path_segment(id)}/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Prediction | None:
    if response.status_code == 200:
        response_200 = Prediction.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Prediction]:
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
    body: PredictionsUpdateBody | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        id=id,
        body=body,
    )


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Prediction]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PredictionsUpdateBody | Unset = UNSET,
) -> Response[Prediction]:
    """Put prediction

     Overwrite prediction data by prediction ID.

    Args:
        id (int):
        body (PredictionsUpdateBody | Unset):  Example: {'model_version': 'yolo-v8', 'result':
            [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080, 'original_width':
            1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height': 60, 'rotation':
            0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y': 30}}], 'score':
            0.95}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Prediction]
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
    body: PredictionsUpdateBody | Unset = UNSET,
) -> Prediction | None:
    """Put prediction

     Overwrite prediction data by prediction ID.

    Args:
        id (int):
        body (PredictionsUpdateBody | Unset):  Example: {'model_version': 'yolo-v8', 'result':
            [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080, 'original_width':
            1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height': 60, 'rotation':
            0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y': 30}}], 'score':
            0.95}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Prediction
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
    body: PredictionsUpdateBody | Unset = UNSET,
) -> Response[Prediction]:
    """Put prediction

     Overwrite prediction data by prediction ID.

    Args:
        id (int):
        body (PredictionsUpdateBody | Unset):  Example: {'model_version': 'yolo-v8', 'result':
            [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080, 'original_width':
            1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height': 60, 'rotation':
            0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y': 30}}], 'score':
            0.95}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Prediction]
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
    body: PredictionsUpdateBody | Unset = UNSET,
) -> Prediction | None:
    """Put prediction

     Overwrite prediction data by prediction ID.

    Args:
        id (int):
        body (PredictionsUpdateBody | Unset):  Example: {'model_version': 'yolo-v8', 'result':
            [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080, 'original_width':
            1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height': 60, 'rotation':
            0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y': 30}}], 'score':
            0.95}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Prediction
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed

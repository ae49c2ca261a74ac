from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ml_backend_request import MLBackendRequest
from ...models.ml_predict_test_create_response_200 import MlPredictTestCreateResponse200
from ...models.ml_predict_test_create_response_500 import MlPredictTestCreateResponse500
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: int,
    *,
    body: MLBackendRequest | Unset = UNSET,
    random: bool,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["random"] = random

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api/ml/{path_segment(id)}/predict/test",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500 | None:
    if response.status_code == 200:
        response_200 = MlPredictTestCreateResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = MlPredictTestCreateResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500]:
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
    body: MLBackendRequest | Unset = UNSET,
    random: bool,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        id=id,
        body=body,
        random=random,
    )


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MLBackendRequest | Unset = UNSET,
    random: bool,
) -> Response[MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500]:
    """Test prediction


            After you add an ML backend, call this API with the ML backend ID to run a test prediction
    on specific task data


    Args:
        id (int):
        random (bool):
        body (MLBackendRequest | Unset): Serializer for MLBackend model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        random=random,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MLBackendRequest | Unset = UNSET,
    random: bool,
) -> MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500 | None:
    """Test prediction


            After you add an ML backend, call this API with the ML backend ID to run a test prediction
    on specific task data


    Args:
        id (int):
        random (bool):
        body (MLBackendRequest | Unset): Serializer for MLBackend model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        random=random,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MLBackendRequest | Unset = UNSET,
    random: bool,
) -> Response[MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500]:
    """Test prediction


            After you add an ML backend, call this API with the ML backend ID to run a test prediction
    on specific task data


    Args:
        id (int):
        random (bool):
        body (MLBackendRequest | Unset): Serializer for MLBackend model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        random=random,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MLBackendRequest | Unset = UNSET,
    random: bool,
) -> MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500 | None:
    """Test prediction


            After you add an ML backend, call this API with the ML backend ID to run a test prediction
    on specific task data


    Args:
        id (int):
        random (bool):
        body (MLBackendRequest | Unset): Serializer for MLBackend model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MlPredictTestCreateResponse200 | MlPredictTestCreateResponse500
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            random=random,
        )
    ).parsed

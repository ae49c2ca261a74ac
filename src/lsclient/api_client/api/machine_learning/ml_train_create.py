from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ml_train_create_body import MlTrainCreateBody
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: int,
    *,
    body: MlTrainCreateBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api/ml/{path_segment(id)}/train",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | str | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 500:
        response_500 = cast(str, response.json())
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | str]:
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
    body: MlTrainCreateBody | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        id=id,
        body=body,
    )


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | str]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MlTrainCreateBody | Unset = UNSET,
) -> Response[Any | str]:
    """Train


            After you add an ML backend, call this API with the ML backend ID to start training with
            already-labeled tasks.

            Get the ML backend ID by [listing the ML backends for a
    project](https://labelstud.io/api/#operation/api_ml_list).


    Args:
        id (int):
        body (MlTrainCreateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
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
    body: MlTrainCreateBody | Unset = UNSET,
) -> Any | str | None:
    """Train


            After you add an ML backend, call this API with the ML backend ID to start training with
            already-labeled tasks.

            Get the ML backend ID by [listing the ML backends for a
    project](https://labelstud.io/api/#operation/api_ml_list).


    Args:
        id (int):
        body (MlTrainCreateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
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
    body: MlTrainCreateBody | Unset = UNSET,
) -> Response[Any | str]:
    """Train


            After you add an ML backend, call this API with the ML backend ID to start training with
            already-labeled tasks.

            Get the ML backend ID by [listing the ML backends for a
    project](https://labelstud.io/api/#operation/api_ml_list).


    Args:
        id (int):
        body (MlTrainCreateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
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
    body: MlTrainCreateBody | Unset = UNSET,
) -> Any | str | None:
    """Train


            After you add an ML backend, call this API with the ML backend ID to start training with
            already-labeled tasks.

            Get the ML backend ID by [listing the ML backends for a
    project](https://labelstud.io/api/#operation/api_ml_list).


    Args:
        id (int):
        body (MlTrainCreateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed

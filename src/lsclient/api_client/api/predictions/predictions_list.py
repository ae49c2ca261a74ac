from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.prediction import Prediction
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project: int | Unset = UNSET,
    task: int | Unset = UNSET,
    task_project: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project"] = project

    params["task"] = task

    params["task__project"] = task_project

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/predictions/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Prediction] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Prediction.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Prediction]]:
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
    project: int | Unset = UNSET,
    task: int | Unset = UNSET,
    task_project: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        project=project,
        task=task,
        task_project=task_project,
    )


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Prediction]]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    project: int | Unset = UNSET,
    task: int | Unset = UNSET,
    task_project: int | Unset = UNSET,
) -> Response[list[Prediction]]:
    """List predictions

     List all predictions and their IDs.

    Args:
        project (int | Unset):
        task (int | Unset):
        task_project (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Prediction]]
    """

    kwargs = _get_kwargs(
        project=project,
        task=task,
        task_project=task_project,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    project: int | Unset = UNSET,
    task: int | Unset = UNSET,
    task_project: int | Unset = UNSET,
) -> list[Prediction] | None:
    """List predictions

     List all predictions and their IDs.

    Args:
        project (int | Unset):
        task (int | Unset):
        task_project (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Prediction]
    """

    return sync_detailed(
        client=client,
        project=project,
        task=task,
        task_project=task_project,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    project: int | Unset = UNSET,
    task: int | Unset = UNSET,
    task_project: int | Unset = UNSET,
) -> Response[list[Prediction]]:
    """List predictions

     List all predictions and their IDs.

    Args:
        project (int | Unset):
        task (int | Unset):
        task_project (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Prediction]]
    """

    kwargs = _get_kwargs(
        project=project,
        task=task,
        task_project=task_project,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    project: int | Unset = UNSET,
    task: int | Unset = UNSET,
    task_project: int | Unset = UNSET,
) -> list[Prediction] | None:
    """List predictions

     List all predictions and their IDs.

    Args:
        project (int | Unset):
        task (int | Unset):
        task_project (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Prediction]
    """

    return (
        await asyncio_detailed(
            client=client,
            project=project,
            task=task,
            task_project=task_project,
        )
    ).parsed

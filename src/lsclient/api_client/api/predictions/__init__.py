"""Contains endpoint functions for accessing the API, and the per-tag facades ``PredictionsApi`` /
``AsyncPredictionsApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.prediction import Prediction
    from ...models.predictions_create_body import PredictionsCreateBody
    from ...models.predictions_partial_update_body import PredictionsPartialUpdateBody
    from ...models.predictions_update_body import PredictionsUpdateBody


class PredictionsApi:
    """Every operation tagged "predictions", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: PredictionsCreateBody | Unset = UNSET,
    ) -> Prediction | None:
        """Create prediction

         Create a prediction for a specific task.

        Args:
            body (PredictionsCreateBody | Unset):  Example: {'model_version': 'yolo-v8', 'result':
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

        from . import predictions_create as _predictions_create

        return _predictions_create.sync(
            body=body,
            client=self._client,
        )

    def create_detailed(
        self,
        *,
        body: PredictionsCreateBody | Unset = UNSET,
    ) -> Response[Prediction]:
        """Create prediction

         Create a prediction for a specific task.

        Args:
            body (PredictionsCreateBody | Unset):  Example: {'model_version': 'yolo-v8', 'result':
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

        from . import predictions_create as _predictions_create

        return _predictions_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete prediction

         Delete a prediction by prediction ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import predictions_destroy as _predictions_destroy

        return _predictions_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def list(
        self,
        *,
        project: int | Unset = UNSET,
        task: int | Unset = UNSET,
        task_project: int | Unset = UNSET,
    ) -> builtins.list[Prediction] | None:
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

        from . import predictions_list as _predictions_list

        return _predictions_list.sync(
            project=project,
            task=task,
            task_project=task_project,
            client=self._client,
        )

    def list_detailed(
        self,
        *,
        project: int | Unset = UNSET,
        task: int | Unset = UNSET,
        task_project: int | Unset = UNSET,
    ) -> Response[builtins.list[Prediction]]:
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

        from . import predictions_list as _predictions_list

        return _predictions_list.sync_detailed(
            project=project,
            task=task,
            task_project=task_project,
            client=self._client,
        )

    def partial_update(
        self,
        id: int,
        *,
        body: PredictionsPartialUpdateBody | Unset = UNSET,
    ) -> Prediction | None:
        """Update prediction

         Update prediction data by prediction ID.

        Args:
            id (int):
            body (PredictionsPartialUpdateBody | Unset):  Example: {'model_version': 'yolo-v8',
                'result': [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080,
                'original_width': 1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height':
                60, 'rotation': 0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y':
                30}}], 'score': 0.95}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Prediction
        """

        from . import predictions_partial_update as _predictions_partial_update

        return _predictions_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def partial_update_detailed(
        self,
        id: int,
        *,
        body: PredictionsPartialUpdateBody | Unset = UNSET,
    ) -> Response[Prediction]:
        """Update prediction

         Update prediction data by prediction ID.

        Args:
            id (int):
            body (PredictionsPartialUpdateBody | Unset):  Example: {'model_version': 'yolo-v8',
                'result': [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080,
                'original_width': 1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height':
                60, 'rotation': 0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y':
                30}}], 'score': 0.95}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Prediction]
        """

        from . import predictions_partial_update as _predictions_partial_update

        return _predictions_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def retrieve(
        self,
        id: int,
    ) -> Prediction | None:
        """Get prediction details

         Get details about a specific prediction by its ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Prediction
        """

        from . import predictions_retrieve as _predictions_retrieve

        return _predictions_retrieve.sync(
            id=id,
            client=self._client,
        )

    def retrieve_detailed(
        self,
        id: int,
    ) -> Response[Prediction]:
        """Get prediction details

         Get details about a specific prediction by its ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Prediction]
        """

        from . import predictions_retrieve as _predictions_retrieve

        return _predictions_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def update(
        self,
        id: int,
        *,
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

        from . import predictions_update as _predictions_update

        return _predictions_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def update_detailed(
        self,
        id: int,
        *,
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

        from . import predictions_update as _predictions_update

        return _predictions_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )


class AsyncPredictionsApi:
    """Every operation tagged "predictions", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: PredictionsCreateBody | Unset = UNSET,
    ) -> Prediction | None:
        """Create prediction

         Create a prediction for a specific task.

        Args:
            body (PredictionsCreateBody | Unset):  Example: {'model_version': 'yolo-v8', 'result':
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

        from . import predictions_create as _predictions_create

        return await _predictions_create.asyncio(
            body=body,
            client=self._client,
        )

    async def create_detailed(
        self,
        *,
        body: PredictionsCreateBody | Unset = UNSET,
    ) -> Response[Prediction]:
        """Create prediction

         Create a prediction for a specific task.

        Args:
            body (PredictionsCreateBody | Unset):  Example: {'model_version': 'yolo-v8', 'result':
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

        from . import predictions_create as _predictions_create

        return await _predictions_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete prediction

         Delete a prediction by prediction ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import predictions_destroy as _predictions_destroy

        return await _predictions_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def list(
        self,
        *,
        project: int | Unset = UNSET,
        task: int | Unset = UNSET,
        task_project: int | Unset = UNSET,
    ) -> builtins.list[Prediction] | None:
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

        from . import predictions_list as _predictions_list

        return await _predictions_list.asyncio(
            project=project,
            task=task,
            task_project=task_project,
            client=self._client,
        )

    async def list_detailed(
        self,
        *,
        project: int | Unset = UNSET,
        task: int | Unset = UNSET,
        task_project: int | Unset = UNSET,
    ) -> Response[builtins.list[Prediction]]:
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

        from . import predictions_list as _predictions_list

        return await _predictions_list.asyncio_detailed(
            project=project,
            task=task,
            task_project=task_project,
            client=self._client,
        )

    async def partial_update(
        self,
        id: int,
        *,
        body: PredictionsPartialUpdateBody | Unset = UNSET,
    ) -> Prediction | None:
        """Update prediction

         Update prediction data by prediction ID.

        Args:
            id (int):
            body (PredictionsPartialUpdateBody | Unset):  Example: {'model_version': 'yolo-v8',
                'result': [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080,
                'original_width': 1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height':
                60, 'rotation': 0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y':
                30}}], 'score': 0.95}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Prediction
        """

        from . import predictions_partial_update as _predictions_partial_update

        return await _predictions_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def partial_update_detailed(
        self,
        id: int,
        *,
        body: PredictionsPartialUpdateBody | Unset = UNSET,
    ) -> Response[Prediction]:
        """Update prediction

         Update prediction data by prediction ID.

        Args:
            id (int):
            body (PredictionsPartialUpdateBody | Unset):  Example: {'model_version': 'yolo-v8',
                'result': [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080,
                'original_width': 1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height':
                60, 'rotation': 0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y':
                30}}], 'score': 0.95}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Prediction]
        """

        from . import predictions_partial_update as _predictions_partial_update

        return await _predictions_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def retrieve(
        self,
        id: int,
    ) -> Prediction | None:
        """Get prediction details

         Get details about a specific prediction by its ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Prediction
        """

        from . import predictions_retrieve as _predictions_retrieve

        return await _predictions_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def retrieve_detailed(
        self,
        id: int,
    ) -> Response[Prediction]:
        """Get prediction details

         Get details about a specific prediction by its ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Prediction]
        """

        from . import predictions_retrieve as _predictions_retrieve

        return await _predictions_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def update(
        self,
        id: int,
        *,
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

        from . import predictions_update as _predictions_update

        return await _predictions_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def update_detailed(
        self,
        id: int,
        *,
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

        from . import predictions_update as _predictions_update

        return await _predictions_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

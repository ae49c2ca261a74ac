"""Predictions of a task: :class:`AsyncPredictionsRepo` (``task.predictions``) and :class:`AsyncPrediction`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from lsclient.api_client.api.predictions import (
    predictions_create,
    predictions_destroy,
    predictions_list,
    predictions_partial_update,
    predictions_retrieve,
)
from lsclient.api_client.models.prediction import Prediction as PredictionModel
from lsclient.api_client.models.predictions_create_body import PredictionsCreateBody
from lsclient.api_client.models.predictions_partial_update_body import PredictionsPartialUpdateBody

from ..resources import Operations, build_request, result_regions
from .calls import call
from .resources import AsyncFetchable, AsyncListsAll, AsyncRemovable, AsyncRemoves, AsyncRetrieves, AsyncUpdatable

if TYPE_CHECKING:
    _PredictionFields = PredictionModel
else:
    _PredictionFields = object

__all__ = ["AsyncPrediction", "AsyncPredictionsRepo"]


class AsyncPrediction(
    AsyncFetchable[PredictionModel],
    AsyncUpdatable[PredictionModel],
    AsyncRemovable[PredictionModel],
    _PredictionFields,
):
    """A model's prediction for a task: ``result`` regions, ``score`` and ``model_version``."""

    _repr_field = "model_version"
    _operations = Operations(
        retrieve=predictions_retrieve.asyncio_detailed,
        update=predictions_partial_update.asyncio_detailed,
        remove=predictions_destroy.asyncio_detailed,
        update_body=PredictionsPartialUpdateBody,
        parent="task",
        list_all=predictions_list.asyncio_detailed,
        list_parent_query="task",
    )


class AsyncPredictionsRepo(
    AsyncRetrieves[AsyncPrediction], AsyncListsAll[AsyncPrediction], AsyncRemoves[AsyncPrediction]
):
    """The predictions of one task (``task.predictions``): create, retrieve, list, remove."""

    _entity = AsyncPrediction

    async def create(
        self,
        spec: PredictionsCreateBody | Mapping[str, Any] | None = None,
        /,
        *,
        result: Sequence[Mapping[str, Any]] | None = None,
        score: float | None = None,
        model_version: str | None = None,
        **fields: Any,
    ) -> AsyncPrediction:
        """Attach a prediction to the task (``POST /api/predictions/``): ``result`` regions as in annotations,
        an optional ``score`` (0..1) and ``model_version``. For many predictions use ``project.import_predictions``.

        :raises InvalidInputError: ``result`` is not a list of mappings, or an unknown field (before any request).
        :raises BadRequestError: the server refused a value.
        """
        given = {"result": result, "score": score, "model_version": model_version}
        fields.update({name: value for name, value in given.items() if value is not None})
        if result is not None:
            fields["result"] = result_regions(result)
        fields["task"] = self._parent
        body = build_request(PredictionsCreateBody, spec, fields, what="predictions.create()")
        return self._wrap(await call(predictions_create.asyncio_detailed, client=self._client.http, body=body))

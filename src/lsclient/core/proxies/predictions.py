"""Predictions of a task: :class:`PredictionsRepo` (``task.predictions``) and the :class:`Prediction` entity."""

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

from ..calls import call, call_no_content
from .base import Fetchable, Removable, Updatable, build_request, result_regions

if TYPE_CHECKING:
    from ..client import Client

    _PredictionFields = PredictionModel
else:
    _PredictionFields = object


class Prediction(
    Fetchable[PredictionModel],
    Updatable[PredictionModel, PredictionsPartialUpdateBody],
    Removable[PredictionModel],
    _PredictionFields,
):
    """A model's prediction for a task: ``result`` regions, ``score`` and ``model_version``."""

    _repr_field = "model_version"
    _update_model = PredictionsPartialUpdateBody

    def _retrieve_model(self) -> PredictionModel:
        return call(predictions_retrieve.sync_detailed, self.id, client=self._client.http)

    def _patch_model(self, body: PredictionsPartialUpdateBody) -> PredictionModel:
        return call(predictions_partial_update.sync_detailed, self.id, client=self._client.http, body=body)

    def _destroy(self) -> None:
        call_no_content(predictions_destroy.sync_detailed, self.id, client=self._client.http)


class PredictionsRepo:
    """The predictions of one task (``task.predictions``)."""

    def __init__(self, client: Client, task_id: int) -> None:
        self._client = client
        self._task_id = task_id

    def create(
        self,
        spec: PredictionsCreateBody | Mapping[str, Any] | None = None,
        /,
        *,
        result: Sequence[Mapping[str, Any]] | None = None,
        score: float | None = None,
        model_version: str | None = None,
        **fields: Any,
    ) -> Prediction:
        """Attach a prediction to the task (``result`` regions as in annotations, optional ``score`` 0..1)."""
        if result is not None:
            fields["result"] = result_regions(result)
        if score is not None:
            fields["score"] = score
        if model_version is not None:
            fields["model_version"] = model_version
        fields["task"] = self._task_id
        body = build_request(PredictionsCreateBody, spec, fields, what="predictions.create()")
        return Prediction(self._client, call(predictions_create.sync_detailed, client=self._client.http, body=body))

    def retrieve(self, id: int) -> Prediction:
        """The prediction with this id."""
        return Prediction(self._client, call(predictions_retrieve.sync_detailed, id, client=self._client.http))

    def list(self) -> list[Prediction]:
        """All predictions of the task (Label Studio answers them in one list)."""
        models = call(predictions_list.sync_detailed, client=self._client.http, task=self._task_id)
        return [Prediction(self._client, model) for model in models]

    def remove(self, id: int) -> None:
        """Delete one prediction."""
        call_no_content(predictions_destroy.sync_detailed, id, client=self._client.http)

    def __repr__(self) -> str:
        return f"<PredictionsRepo task={self._task_id}>"

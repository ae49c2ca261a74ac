"""Annotations of a task: :class:`AnnotationsRepo` (``task.annotations``) and the :class:`Annotation` entity."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from lsclient.api_client.api.annotations import (
    annotations_destroy,
    annotations_partial_update,
    annotations_retrieve,
    tasks_annotations_create,
    tasks_annotations_list,
)
from lsclient.api_client.models.annotation import Annotation as AnnotationModel
from lsclient.api_client.models.annotations_partial_update_body import AnnotationsPartialUpdateBody
from lsclient.api_client.models.tasks_annotations_create_body import TasksAnnotationsCreateBody

from ..calls import call, call_no_content
from .base import Fetchable, Removable, Updatable, build_request, result_regions

if TYPE_CHECKING:
    from ..client import Client

    _AnnotationFields = AnnotationModel
else:
    _AnnotationFields = object


class Annotation(
    Fetchable[AnnotationModel],
    Updatable[AnnotationModel, AnnotationsPartialUpdateBody],
    Removable[AnnotationModel],
    _AnnotationFields,
):
    """A human annotation of a task: ``annotation.result`` is the list of Label Studio result regions."""

    _update_model = AnnotationsPartialUpdateBody

    def _retrieve_model(self) -> AnnotationModel:
        return call(annotations_retrieve.sync_detailed, self.id, client=self._client.http)

    def _patch_model(self, body: AnnotationsPartialUpdateBody) -> AnnotationModel:
        return call(annotations_partial_update.sync_detailed, self.id, client=self._client.http, body=body)

    def _destroy(self) -> None:
        call_no_content(annotations_destroy.sync_detailed, self.id, client=self._client.http)


class AnnotationsRepo:
    """The annotations of one task (``task.annotations``)."""

    def __init__(self, client: Client, task_id: int) -> None:
        self._client = client
        self._task_id = task_id

    def create(
        self,
        spec: TasksAnnotationsCreateBody | Mapping[str, Any] | None = None,
        /,
        *,
        result: Sequence[Mapping[str, Any]] | None = None,
        **fields: Any,
    ) -> Annotation:
        """Annotate the task. ``result`` is a list of Label Studio result regions, e.g.
        ``[{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["positive"]}}]``.
        """
        if result is not None:
            fields["result"] = result_regions(result)
        body = build_request(TasksAnnotationsCreateBody, spec, fields, what="annotations.create()")
        model = call(tasks_annotations_create.sync_detailed, self._task_id, client=self._client.http, body=body)
        return Annotation(self._client, model)

    def retrieve(self, id: int) -> Annotation:
        """The annotation with this id."""
        return Annotation(self._client, call(annotations_retrieve.sync_detailed, id, client=self._client.http))

    def list(self) -> list[Annotation]:
        """All annotations of the task (Label Studio answers them in one list)."""
        models = call(tasks_annotations_list.sync_detailed, self._task_id, client=self._client.http)
        return [Annotation(self._client, model) for model in models]

    def remove(self, id: int) -> None:
        """Delete one annotation."""
        call_no_content(annotations_destroy.sync_detailed, id, client=self._client.http)

    def __repr__(self) -> str:
        return f"<AnnotationsRepo task={self._task_id}>"

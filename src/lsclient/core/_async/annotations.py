"""Annotations of a task: :class:`AsyncAnnotationsRepo` (``task.annotations``) and :class:`AsyncAnnotation`."""

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

from ..resources import Operations, build_request, result_regions
from .calls import call
from .resources import AsyncFetchable, AsyncListsAll, AsyncRemovable, AsyncRemoves, AsyncRetrieves, AsyncUpdatable

if TYPE_CHECKING:
    _AnnotationFields = AnnotationModel
else:
    _AnnotationFields = object

__all__ = ["AsyncAnnotation", "AsyncAnnotationsRepo"]


class AsyncAnnotation(
    AsyncFetchable[AnnotationModel],
    AsyncUpdatable[AnnotationModel],
    AsyncRemovable[AnnotationModel],
    _AnnotationFields,
):
    """A human annotation of a task: ``annotation.result`` is the list of Label Studio result regions."""

    _operations = Operations(
        retrieve=annotations_retrieve.asyncio_detailed,
        update=annotations_partial_update.asyncio_detailed,
        remove=annotations_destroy.asyncio_detailed,
        update_body=AnnotationsPartialUpdateBody,
        parent="task",
        list_all=tasks_annotations_list.asyncio_detailed,
    )


class AsyncAnnotationsRepo(
    AsyncRetrieves[AsyncAnnotation], AsyncListsAll[AsyncAnnotation], AsyncRemoves[AsyncAnnotation]
):
    """The annotations of one task (``task.annotations``): create, retrieve, list, remove."""

    _entity = AsyncAnnotation

    async def create(
        self,
        spec: TasksAnnotationsCreateBody | Mapping[str, Any] | None = None,
        /,
        *,
        result: Sequence[Mapping[str, Any]] | None = None,
        **fields: Any,
    ) -> AsyncAnnotation:
        """Annotate the task (``POST /api/tasks/{id}/annotations/``); any field of ``TasksAnnotationsCreateBody``
        can be given.

        ``result`` is a list of Label Studio result regions, e.g.
        ``[{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["positive"]}}]``.

        :raises InvalidInputError: ``result`` is not a list of mappings, or an unknown field (before any request).
        :raises BadRequestError: the server refused a value.
        """
        if result is not None:
            fields["result"] = result_regions(result)
        body = build_request(TasksAnnotationsCreateBody, spec, fields, what="annotations.create()")
        model = await call(tasks_annotations_create.asyncio_detailed, self._parent, client=self._client.http, body=body)
        return self._wrap(model)

"""Contains endpoint functions for accessing the API, and the per-tag facades ``AnnotationsApi`` /
``AsyncAnnotationsApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.annotation import Annotation
    from ...models.annotations_convert_to_draft_create_response_201 import AnnotationsConvertToDraftCreateResponse201
    from ...models.annotations_partial_update_body import AnnotationsPartialUpdateBody
    from ...models.tasks_annotations_create_body import TasksAnnotationsCreateBody


class AnnotationsApi:
    """Every operation tagged "annotations", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def convert_to_draft_create(
        self,
        id: int,
    ) -> AnnotationsConvertToDraftCreateResponse201 | None:
        """Convert annotation to draft

         Convert annotation to draft

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AnnotationsConvertToDraftCreateResponse201
        """

        from . import annotations_convert_to_draft_create as _annotations_convert_to_draft_create

        return _annotations_convert_to_draft_create.sync(
            id=id,
            client=self._client,
        )

    def convert_to_draft_create_detailed(
        self,
        id: int,
    ) -> Response[AnnotationsConvertToDraftCreateResponse201]:
        """Convert annotation to draft

         Convert annotation to draft

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AnnotationsConvertToDraftCreateResponse201]
        """

        from . import annotations_convert_to_draft_create as _annotations_convert_to_draft_create

        return _annotations_convert_to_draft_create.sync_detailed(
            id=id,
            client=self._client,
        )

    def destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete annotation

         Delete an annotation. This action can't be undone!

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import annotations_destroy as _annotations_destroy

        return _annotations_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def partial_update(
        self,
        id: int,
        *,
        body: AnnotationsPartialUpdateBody | Unset = UNSET,
    ) -> Annotation | None:
        """Update annotation

         Update existing attributes on an annotation.

        Args:
            id (int):
            body (AnnotationsPartialUpdateBody | Unset):  Example: {'ground_truth': True, 'result':
                [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080, 'original_width':
                1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height': 60, 'rotation':
                0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y': 30}}],
                'was_cancelled': False}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Annotation
        """

        from . import annotations_partial_update as _annotations_partial_update

        return _annotations_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def partial_update_detailed(
        self,
        id: int,
        *,
        body: AnnotationsPartialUpdateBody | Unset = UNSET,
    ) -> Response[Annotation]:
        """Update annotation

         Update existing attributes on an annotation.

        Args:
            id (int):
            body (AnnotationsPartialUpdateBody | Unset):  Example: {'ground_truth': True, 'result':
                [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080, 'original_width':
                1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height': 60, 'rotation':
                0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y': 30}}],
                'was_cancelled': False}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Annotation]
        """

        from . import annotations_partial_update as _annotations_partial_update

        return _annotations_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def retrieve(
        self,
        id: int,
    ) -> Annotation | None:
        """Get annotation by its ID

         Retrieve a specific annotation for a task using the annotation result ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Annotation
        """

        from . import annotations_retrieve as _annotations_retrieve

        return _annotations_retrieve.sync(
            id=id,
            client=self._client,
        )

    def retrieve_detailed(
        self,
        id: int,
    ) -> Response[Annotation]:
        """Get annotation by its ID

         Retrieve a specific annotation for a task using the annotation result ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Annotation]
        """

        from . import annotations_retrieve as _annotations_retrieve

        return _annotations_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def tasks_annotations_create(
        self,
        id: int,
        *,
        body: TasksAnnotationsCreateBody | Unset = UNSET,
    ) -> Annotation | None:
        """Create annotation


                Add annotations to a task like an annotator does. The content of the result field depends on
        your
                labeling configuration. For example, send the following data as part of your POST
                request to send an empty annotation with the ID of the user who completed the task:

                ```json
                {
                "result": {},
                "was_cancelled": true,
                "ground_truth": true,
                "lead_time": 0,
                "task": 0
                "completed_by": 123
                }
                ```


        Args:
            id (int):
            body (TasksAnnotationsCreateBody | Unset):  Example: {'ground_truth': True, 'result':
                [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080, 'original_width':
                1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height': 60, 'rotation':
                0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y': 30}}],
                'was_cancelled': False}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Annotation
        """

        from . import tasks_annotations_create as _tasks_annotations_create

        return _tasks_annotations_create.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def tasks_annotations_create_detailed(
        self,
        id: int,
        *,
        body: TasksAnnotationsCreateBody | Unset = UNSET,
    ) -> Response[Annotation]:
        """Create annotation


                Add annotations to a task like an annotator does. The content of the result field depends on
        your
                labeling configuration. For example, send the following data as part of your POST
                request to send an empty annotation with the ID of the user who completed the task:

                ```json
                {
                "result": {},
                "was_cancelled": true,
                "ground_truth": true,
                "lead_time": 0,
                "task": 0
                "completed_by": 123
                }
                ```


        Args:
            id (int):
            body (TasksAnnotationsCreateBody | Unset):  Example: {'ground_truth': True, 'result':
                [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080, 'original_width':
                1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height': 60, 'rotation':
                0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y': 30}}],
                'was_cancelled': False}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Annotation]
        """

        from . import tasks_annotations_create as _tasks_annotations_create

        return _tasks_annotations_create.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def tasks_annotations_list(
        self,
        id: int,
    ) -> builtins.list[Annotation] | None:
        """Get all task annotations

         List all annotations for a task.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[Annotation]
        """

        from . import tasks_annotations_list as _tasks_annotations_list

        return _tasks_annotations_list.sync(
            id=id,
            client=self._client,
        )

    def tasks_annotations_list_detailed(
        self,
        id: int,
    ) -> Response[builtins.list[Annotation]]:
        """Get all task annotations

         List all annotations for a task.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[Annotation]]
        """

        from . import tasks_annotations_list as _tasks_annotations_list

        return _tasks_annotations_list.sync_detailed(
            id=id,
            client=self._client,
        )


class AsyncAnnotationsApi:
    """Every operation tagged "annotations", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def convert_to_draft_create(
        self,
        id: int,
    ) -> AnnotationsConvertToDraftCreateResponse201 | None:
        """Convert annotation to draft

         Convert annotation to draft

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AnnotationsConvertToDraftCreateResponse201
        """

        from . import annotations_convert_to_draft_create as _annotations_convert_to_draft_create

        return await _annotations_convert_to_draft_create.asyncio(
            id=id,
            client=self._client,
        )

    async def convert_to_draft_create_detailed(
        self,
        id: int,
    ) -> Response[AnnotationsConvertToDraftCreateResponse201]:
        """Convert annotation to draft

         Convert annotation to draft

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AnnotationsConvertToDraftCreateResponse201]
        """

        from . import annotations_convert_to_draft_create as _annotations_convert_to_draft_create

        return await _annotations_convert_to_draft_create.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete annotation

         Delete an annotation. This action can't be undone!

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import annotations_destroy as _annotations_destroy

        return await _annotations_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def partial_update(
        self,
        id: int,
        *,
        body: AnnotationsPartialUpdateBody | Unset = UNSET,
    ) -> Annotation | None:
        """Update annotation

         Update existing attributes on an annotation.

        Args:
            id (int):
            body (AnnotationsPartialUpdateBody | Unset):  Example: {'ground_truth': True, 'result':
                [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080, 'original_width':
                1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height': 60, 'rotation':
                0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y': 30}}],
                'was_cancelled': False}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Annotation
        """

        from . import annotations_partial_update as _annotations_partial_update

        return await _annotations_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def partial_update_detailed(
        self,
        id: int,
        *,
        body: AnnotationsPartialUpdateBody | Unset = UNSET,
    ) -> Response[Annotation]:
        """Update annotation

         Update existing attributes on an annotation.

        Args:
            id (int):
            body (AnnotationsPartialUpdateBody | Unset):  Example: {'ground_truth': True, 'result':
                [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080, 'original_width':
                1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height': 60, 'rotation':
                0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y': 30}}],
                'was_cancelled': False}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Annotation]
        """

        from . import annotations_partial_update as _annotations_partial_update

        return await _annotations_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def retrieve(
        self,
        id: int,
    ) -> Annotation | None:
        """Get annotation by its ID

         Retrieve a specific annotation for a task using the annotation result ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Annotation
        """

        from . import annotations_retrieve as _annotations_retrieve

        return await _annotations_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def retrieve_detailed(
        self,
        id: int,
    ) -> Response[Annotation]:
        """Get annotation by its ID

         Retrieve a specific annotation for a task using the annotation result ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Annotation]
        """

        from . import annotations_retrieve as _annotations_retrieve

        return await _annotations_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def tasks_annotations_create(
        self,
        id: int,
        *,
        body: TasksAnnotationsCreateBody | Unset = UNSET,
    ) -> Annotation | None:
        """Create annotation


                Add annotations to a task like an annotator does. The content of the result field depends on
        your
                labeling configuration. For example, send the following data as part of your POST
                request to send an empty annotation with the ID of the user who completed the task:

                ```json
                {
                "result": {},
                "was_cancelled": true,
                "ground_truth": true,
                "lead_time": 0,
                "task": 0
                "completed_by": 123
                }
                ```


        Args:
            id (int):
            body (TasksAnnotationsCreateBody | Unset):  Example: {'ground_truth': True, 'result':
                [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080, 'original_width':
                1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height': 60, 'rotation':
                0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y': 30}}],
                'was_cancelled': False}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Annotation
        """

        from . import tasks_annotations_create as _tasks_annotations_create

        return await _tasks_annotations_create.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def tasks_annotations_create_detailed(
        self,
        id: int,
        *,
        body: TasksAnnotationsCreateBody | Unset = UNSET,
    ) -> Response[Annotation]:
        """Create annotation


                Add annotations to a task like an annotator does. The content of the result field depends on
        your
                labeling configuration. For example, send the following data as part of your POST
                request to send an empty annotation with the ID of the user who completed the task:

                ```json
                {
                "result": {},
                "was_cancelled": true,
                "ground_truth": true,
                "lead_time": 0,
                "task": 0
                "completed_by": 123
                }
                ```


        Args:
            id (int):
            body (TasksAnnotationsCreateBody | Unset):  Example: {'ground_truth': True, 'result':
                [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080, 'original_width':
                1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height': 60, 'rotation':
                0, 'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y': 30}}],
                'was_cancelled': False}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Annotation]
        """

        from . import tasks_annotations_create as _tasks_annotations_create

        return await _tasks_annotations_create.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def tasks_annotations_list(
        self,
        id: int,
    ) -> builtins.list[Annotation] | None:
        """Get all task annotations

         List all annotations for a task.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[Annotation]
        """

        from . import tasks_annotations_list as _tasks_annotations_list

        return await _tasks_annotations_list.asyncio(
            id=id,
            client=self._client,
        )

    async def tasks_annotations_list_detailed(
        self,
        id: int,
    ) -> Response[builtins.list[Annotation]]:
        """Get all task annotations

         List all annotations for a task.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[Annotation]]
        """

        from . import tasks_annotations_list as _tasks_annotations_list

        return await _tasks_annotations_list.asyncio_detailed(
            id=id,
            client=self._client,
        )

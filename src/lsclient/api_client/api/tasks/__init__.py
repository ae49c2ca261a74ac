"""Contains endpoint functions for accessing the API, and the per-tag facades ``TasksApi`` /
``AsyncTasksApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.tasks_list_fields import TasksListFields
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.base_task import BaseTask
    from ...models.data_manager_task import DataManagerTask
    from ...models.tasks_create_body import TasksCreateBody
    from ...models.tasks_list_response_200 import TasksListResponse200
    from ...models.tasks_partial_update_body import TasksPartialUpdateBody


class TasksApi:
    """Every operation tagged "tasks", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def agreement_retrieve(
        self,
        id: int,
    ) -> Response[Any]:
        """Get task label distribution

         Get aggregated label distribution across all annotations for a task. Returns counts of each label
        value grouped by control tag. This is an efficient endpoint that avoids N+1 queries.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import tasks_agreement_retrieve as _tasks_agreement_retrieve

        return _tasks_agreement_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def create(
        self,
        *,
        body: TasksCreateBody | Unset = UNSET,
    ) -> BaseTask | None:
        """Create task

         Create a new labeling task in Label Studio.

        Args:
            body (TasksCreateBody | Unset):  Example: {'data': {'image':
                'https://example.com/image.jpg', 'text': 'Hello, world!'}, 'project': 1}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            BaseTask
        """

        from . import tasks_create as _tasks_create

        return _tasks_create.sync(
            body=body,
            client=self._client,
        )

    def create_detailed(
        self,
        *,
        body: TasksCreateBody | Unset = UNSET,
    ) -> Response[BaseTask]:
        """Create task

         Create a new labeling task in Label Studio.

        Args:
            body (TasksCreateBody | Unset):  Example: {'data': {'image':
                'https://example.com/image.jpg', 'text': 'Hello, world!'}, 'project': 1}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[BaseTask]
        """

        from . import tasks_create as _tasks_create

        return _tasks_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete task

         Delete a task in Label Studio. This action cannot be undone!

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import tasks_destroy as _tasks_destroy

        return _tasks_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def list(
        self,
        *,
        fields: TasksListFields | Unset = TasksListFields.TASK_ONLY,
        include: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        project: int | Unset = UNSET,
        query: str | Unset = UNSET,
        resolve_uri: bool | Unset = UNSET,
        review: bool | Unset = UNSET,
        view: int | Unset = UNSET,
    ) -> TasksListResponse200 | None:
        """Get tasks list


            Retrieve a list of tasks with pagination for a specific view or project, by using filters and
        ordering.


        Args:
            fields (TasksListFields | Unset):  Default: TasksListFields.TASK_ONLY.
            include (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            project (int | Unset):
            query (str | Unset):
            resolve_uri (bool | Unset):
            review (bool | Unset):
            view (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            TasksListResponse200
        """

        from . import tasks_list as _tasks_list

        return _tasks_list.sync(
            fields=fields,
            include=include,
            page=page,
            page_size=page_size,
            project=project,
            query=query,
            resolve_uri=resolve_uri,
            review=review,
            view=view,
            client=self._client,
        )

    def list_detailed(
        self,
        *,
        fields: TasksListFields | Unset = TasksListFields.TASK_ONLY,
        include: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        project: int | Unset = UNSET,
        query: str | Unset = UNSET,
        resolve_uri: bool | Unset = UNSET,
        review: bool | Unset = UNSET,
        view: int | Unset = UNSET,
    ) -> Response[TasksListResponse200]:
        """Get tasks list


            Retrieve a list of tasks with pagination for a specific view or project, by using filters and
        ordering.


        Args:
            fields (TasksListFields | Unset):  Default: TasksListFields.TASK_ONLY.
            include (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            project (int | Unset):
            query (str | Unset):
            resolve_uri (bool | Unset):
            review (bool | Unset):
            view (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[TasksListResponse200]
        """

        from . import tasks_list as _tasks_list

        return _tasks_list.sync_detailed(
            fields=fields,
            include=include,
            page=page,
            page_size=page_size,
            project=project,
            query=query,
            resolve_uri=resolve_uri,
            review=review,
            view=view,
            client=self._client,
        )

    def partial_update(
        self,
        id: int,
        *,
        body: TasksPartialUpdateBody | Unset = UNSET,
    ) -> BaseTask | None:
        """Update task

         Update the attributes of an existing labeling task.

        Args:
            id (int):
            body (TasksPartialUpdateBody | Unset):  Example: {'data': {'image':
                'https://example.com/image.jpg', 'text': 'Hello, world!'}, 'project': 1}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            BaseTask
        """

        from . import tasks_partial_update as _tasks_partial_update

        return _tasks_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def partial_update_detailed(
        self,
        id: int,
        *,
        body: TasksPartialUpdateBody | Unset = UNSET,
    ) -> Response[BaseTask]:
        """Update task

         Update the attributes of an existing labeling task.

        Args:
            id (int):
            body (TasksPartialUpdateBody | Unset):  Example: {'data': {'image':
                'https://example.com/image.jpg', 'text': 'Hello, world!'}, 'project': 1}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[BaseTask]
        """

        from . import tasks_partial_update as _tasks_partial_update

        return _tasks_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def retrieve(
        self,
        id: int,
    ) -> DataManagerTask | None:
        """Get task


                Get task data, metadata, annotations and other attributes for a specific labeling task by
        task ID.


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            DataManagerTask
        """

        from . import tasks_retrieve as _tasks_retrieve

        return _tasks_retrieve.sync(
            id=id,
            client=self._client,
        )

    def retrieve_detailed(
        self,
        id: int,
    ) -> Response[DataManagerTask]:
        """Get task


                Get task data, metadata, annotations and other attributes for a specific labeling task by
        task ID.


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[DataManagerTask]
        """

        from . import tasks_retrieve as _tasks_retrieve

        return _tasks_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )


class AsyncTasksApi:
    """Every operation tagged "tasks", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def agreement_retrieve(
        self,
        id: int,
    ) -> Response[Any]:
        """Get task label distribution

         Get aggregated label distribution across all annotations for a task. Returns counts of each label
        value grouped by control tag. This is an efficient endpoint that avoids N+1 queries.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import tasks_agreement_retrieve as _tasks_agreement_retrieve

        return await _tasks_agreement_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def create(
        self,
        *,
        body: TasksCreateBody | Unset = UNSET,
    ) -> BaseTask | None:
        """Create task

         Create a new labeling task in Label Studio.

        Args:
            body (TasksCreateBody | Unset):  Example: {'data': {'image':
                'https://example.com/image.jpg', 'text': 'Hello, world!'}, 'project': 1}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            BaseTask
        """

        from . import tasks_create as _tasks_create

        return await _tasks_create.asyncio(
            body=body,
            client=self._client,
        )

    async def create_detailed(
        self,
        *,
        body: TasksCreateBody | Unset = UNSET,
    ) -> Response[BaseTask]:
        """Create task

         Create a new labeling task in Label Studio.

        Args:
            body (TasksCreateBody | Unset):  Example: {'data': {'image':
                'https://example.com/image.jpg', 'text': 'Hello, world!'}, 'project': 1}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[BaseTask]
        """

        from . import tasks_create as _tasks_create

        return await _tasks_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete task

         Delete a task in Label Studio. This action cannot be undone!

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import tasks_destroy as _tasks_destroy

        return await _tasks_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def list(
        self,
        *,
        fields: TasksListFields | Unset = TasksListFields.TASK_ONLY,
        include: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        project: int | Unset = UNSET,
        query: str | Unset = UNSET,
        resolve_uri: bool | Unset = UNSET,
        review: bool | Unset = UNSET,
        view: int | Unset = UNSET,
    ) -> TasksListResponse200 | None:
        """Get tasks list


            Retrieve a list of tasks with pagination for a specific view or project, by using filters and
        ordering.


        Args:
            fields (TasksListFields | Unset):  Default: TasksListFields.TASK_ONLY.
            include (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            project (int | Unset):
            query (str | Unset):
            resolve_uri (bool | Unset):
            review (bool | Unset):
            view (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            TasksListResponse200
        """

        from . import tasks_list as _tasks_list

        return await _tasks_list.asyncio(
            fields=fields,
            include=include,
            page=page,
            page_size=page_size,
            project=project,
            query=query,
            resolve_uri=resolve_uri,
            review=review,
            view=view,
            client=self._client,
        )

    async def list_detailed(
        self,
        *,
        fields: TasksListFields | Unset = TasksListFields.TASK_ONLY,
        include: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        project: int | Unset = UNSET,
        query: str | Unset = UNSET,
        resolve_uri: bool | Unset = UNSET,
        review: bool | Unset = UNSET,
        view: int | Unset = UNSET,
    ) -> Response[TasksListResponse200]:
        """Get tasks list


            Retrieve a list of tasks with pagination for a specific view or project, by using filters and
        ordering.


        Args:
            fields (TasksListFields | Unset):  Default: TasksListFields.TASK_ONLY.
            include (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            project (int | Unset):
            query (str | Unset):
            resolve_uri (bool | Unset):
            review (bool | Unset):
            view (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[TasksListResponse200]
        """

        from . import tasks_list as _tasks_list

        return await _tasks_list.asyncio_detailed(
            fields=fields,
            include=include,
            page=page,
            page_size=page_size,
            project=project,
            query=query,
            resolve_uri=resolve_uri,
            review=review,
            view=view,
            client=self._client,
        )

    async def partial_update(
        self,
        id: int,
        *,
        body: TasksPartialUpdateBody | Unset = UNSET,
    ) -> BaseTask | None:
        """Update task

         Update the attributes of an existing labeling task.

        Args:
            id (int):
            body (TasksPartialUpdateBody | Unset):  Example: {'data': {'image':
                'https://example.com/image.jpg', 'text': 'Hello, world!'}, 'project': 1}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            BaseTask
        """

        from . import tasks_partial_update as _tasks_partial_update

        return await _tasks_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def partial_update_detailed(
        self,
        id: int,
        *,
        body: TasksPartialUpdateBody | Unset = UNSET,
    ) -> Response[BaseTask]:
        """Update task

         Update the attributes of an existing labeling task.

        Args:
            id (int):
            body (TasksPartialUpdateBody | Unset):  Example: {'data': {'image':
                'https://example.com/image.jpg', 'text': 'Hello, world!'}, 'project': 1}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[BaseTask]
        """

        from . import tasks_partial_update as _tasks_partial_update

        return await _tasks_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def retrieve(
        self,
        id: int,
    ) -> DataManagerTask | None:
        """Get task


                Get task data, metadata, annotations and other attributes for a specific labeling task by
        task ID.


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            DataManagerTask
        """

        from . import tasks_retrieve as _tasks_retrieve

        return await _tasks_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def retrieve_detailed(
        self,
        id: int,
    ) -> Response[DataManagerTask]:
        """Get task


                Get task data, metadata, annotations and other attributes for a specific labeling task by
        task ID.


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[DataManagerTask]
        """

        from . import tasks_retrieve as _tasks_retrieve

        return await _tasks_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

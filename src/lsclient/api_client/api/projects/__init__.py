"""Contains endpoint functions for accessing the API, and the per-tag facades ``ProjectsApi`` /
``AsyncProjectsApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.paginated_project_counts_list import PaginatedProjectCountsList
    from ...models.paginated_project_list import PaginatedProjectList
    from ...models.patched_project_request import PatchedProjectRequest
    from ...models.project import Project
    from ...models.project_import import ProjectImport
    from ...models.project_label_config_request import ProjectLabelConfigRequest
    from ...models.project_reimport import ProjectReimport
    from ...models.project_request import ProjectRequest
    from ...models.projects_validate_label_config_response_200 import ProjectsValidateLabelConfigResponse200
    from ...models.task_simple import TaskSimple
    from ...models.user_simple import UserSimple


class ProjectsApi:
    """Every operation tagged "projects", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def annotators_retrieve(
        self,
        id: int,
    ) -> builtins.list[UserSimple] | None:
        """List unique annotators for project

         Return unique users who have submitted annotations in the specified project.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[UserSimple]
        """

        from . import projects_annotators_retrieve as _projects_annotators_retrieve

        return _projects_annotators_retrieve.sync(
            id=id,
            client=self._client,
        )

    def annotators_retrieve_detailed(
        self,
        id: int,
    ) -> Response[builtins.list[UserSimple]]:
        """List unique annotators for project

         Return unique users who have submitted annotations in the specified project.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[UserSimple]]
        """

        from . import projects_annotators_retrieve as _projects_annotators_retrieve

        return _projects_annotators_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def counts_list(
        self,
        *,
        ids: str | Unset = UNSET,
        include: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        title: str | Unset = UNSET,
    ) -> PaginatedProjectCountsList | None:
        """List projects' counts

         Returns a list of projects with their counts. For example, task_number which is the total task
        number in project

        Args:
            ids (str | Unset):
            include (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            title (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            PaginatedProjectCountsList
        """

        from . import projects_counts_list as _projects_counts_list

        return _projects_counts_list.sync(
            ids=ids,
            include=include,
            page=page,
            page_size=page_size,
            title=title,
            client=self._client,
        )

    def counts_list_detailed(
        self,
        *,
        ids: str | Unset = UNSET,
        include: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        title: str | Unset = UNSET,
    ) -> Response[PaginatedProjectCountsList]:
        """List projects' counts

         Returns a list of projects with their counts. For example, task_number which is the total task
        number in project

        Args:
            ids (str | Unset):
            include (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            title (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[PaginatedProjectCountsList]
        """

        from . import projects_counts_list as _projects_counts_list

        return _projects_counts_list.sync_detailed(
            ids=ids,
            include=include,
            page=page,
            page_size=page_size,
            title=title,
            client=self._client,
        )

    def create(
        self,
        *,
        body: ProjectRequest | Unset = UNSET,
    ) -> Project | None:
        """Create new project


            Create a project and set up the labeling interface in Label Studio using the API.

            ```bash
            curl -H Content-Type:application/json -H 'Authorization: Token abc123' -X POST
        'https://localhost:8080/api/projects'     --data '{"title": "My project", "label_config":
        "<View></View>"}'
            ```


        Args:
            body (ProjectRequest | Unset): Serializer get numbers from project queryset annotation,
                make sure, that you use correct one(Project.objects.with_counts())

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Project
        """

        from . import projects_create as _projects_create

        return _projects_create.sync(
            body=body,
            client=self._client,
        )

    def create_detailed(
        self,
        *,
        body: ProjectRequest | Unset = UNSET,
    ) -> Response[Project]:
        """Create new project


            Create a project and set up the labeling interface in Label Studio using the API.

            ```bash
            curl -H Content-Type:application/json -H 'Authorization: Token abc123' -X POST
        'https://localhost:8080/api/projects'     --data '{"title": "My project", "label_config":
        "<View></View>"}'
            ```


        Args:
            body (ProjectRequest | Unset): Serializer get numbers from project queryset annotation,
                make sure, that you use correct one(Project.objects.with_counts())

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Project]
        """

        from . import projects_create as _projects_create

        return _projects_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete project

         Delete a project by specified project ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import projects_destroy as _projects_destroy

        return _projects_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def imports_retrieve(
        self,
        id: int,
        import_pk: int,
    ) -> ProjectImport | None:
        """Get project import status


                    Poll the status of an asynchronous project import operation.

                    **Usage:**
                    1. When you POST to `/api/projects/{project_id}/import`, you'll receive a response like
        `{"import": <import_id>}`
                    2. Use that `import_id` with this GET endpoint to check the import status
                    3. Poll this endpoint to see if the import has completed, is still processing, or has
        failed
                    4. **Import errors and failures will only be visible in this GET response**, not in the
        original POST request

                    This endpoint returns detailed information about the import including task counts,
        status, and any error messages.


        Args:
            id (int):
            import_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            ProjectImport
        """

        from . import projects_imports_retrieve as _projects_imports_retrieve

        return _projects_imports_retrieve.sync(
            id=id,
            import_pk=import_pk,
            client=self._client,
        )

    def imports_retrieve_detailed(
        self,
        id: int,
        import_pk: int,
    ) -> Response[ProjectImport]:
        """Get project import status


                    Poll the status of an asynchronous project import operation.

                    **Usage:**
                    1. When you POST to `/api/projects/{project_id}/import`, you'll receive a response like
        `{"import": <import_id>}`
                    2. Use that `import_id` with this GET endpoint to check the import status
                    3. Poll this endpoint to see if the import has completed, is still processing, or has
        failed
                    4. **Import errors and failures will only be visible in this GET response**, not in the
        original POST request

                    This endpoint returns detailed information about the import including task counts,
        status, and any error messages.


        Args:
            id (int):
            import_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[ProjectImport]
        """

        from . import projects_imports_retrieve as _projects_imports_retrieve

        return _projects_imports_retrieve.sync_detailed(
            id=id,
            import_pk=import_pk,
            client=self._client,
        )

    def list(
        self,
        *,
        filter_: str | Unset = "all",
        ids: str | Unset = UNSET,
        include: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        title: str | Unset = UNSET,
    ) -> PaginatedProjectList | None:
        """List your projects


            Return a list of the projects that you've created.

            To perform most tasks with the Label Studio API, you must specify the project ID, sometimes
        referred to as the `pk`.
            To retrieve a list of your Label Studio projects, update the following command to match your own
        environment.
            Replace the domain name, port, and authorization token, then run the following from the command
        line:
            ```bash
            curl -X GET https://localhost:8080/api/projects/ -H 'Authorization: Token abc123'
            ```


        Args:
            filter_ (str | Unset):  Default: 'all'.
            ids (str | Unset):
            include (str | Unset):
            ordering (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            title (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            PaginatedProjectList
        """

        from . import projects_list as _projects_list

        return _projects_list.sync(
            filter_=filter_,
            ids=ids,
            include=include,
            ordering=ordering,
            page=page,
            page_size=page_size,
            title=title,
            client=self._client,
        )

    def list_detailed(
        self,
        *,
        filter_: str | Unset = "all",
        ids: str | Unset = UNSET,
        include: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        title: str | Unset = UNSET,
    ) -> Response[PaginatedProjectList]:
        """List your projects


            Return a list of the projects that you've created.

            To perform most tasks with the Label Studio API, you must specify the project ID, sometimes
        referred to as the `pk`.
            To retrieve a list of your Label Studio projects, update the following command to match your own
        environment.
            Replace the domain name, port, and authorization token, then run the following from the command
        line:
            ```bash
            curl -X GET https://localhost:8080/api/projects/ -H 'Authorization: Token abc123'
            ```


        Args:
            filter_ (str | Unset):  Default: 'all'.
            ids (str | Unset):
            include (str | Unset):
            ordering (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            title (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[PaginatedProjectList]
        """

        from . import projects_list as _projects_list

        return _projects_list.sync_detailed(
            filter_=filter_,
            ids=ids,
            include=include,
            ordering=ordering,
            page=page,
            page_size=page_size,
            title=title,
            client=self._client,
        )

    def partial_update(
        self,
        id: int,
        *,
        body: PatchedProjectRequest | Unset = UNSET,
    ) -> Project | None:
        """Update project

         Update the project settings for a specific project.

        Args:
            id (int):
            body (PatchedProjectRequest | Unset): Serializer get numbers from project queryset
                annotation,
                make sure, that you use correct one(Project.objects.with_counts())

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Project
        """

        from . import projects_partial_update as _projects_partial_update

        return _projects_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedProjectRequest | Unset = UNSET,
    ) -> Response[Project]:
        """Update project

         Update the project settings for a specific project.

        Args:
            id (int):
            body (PatchedProjectRequest | Unset): Serializer get numbers from project queryset
                annotation,
                make sure, that you use correct one(Project.objects.with_counts())

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Project]
        """

        from . import projects_partial_update as _projects_partial_update

        return _projects_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def reimports_retrieve(
        self,
        id: int,
        reimport_pk: int,
    ) -> ProjectReimport | None:
        """Get project reimport status


                    Poll the status of an asynchronous project reimport operation.

                    **Usage:**
                    1. When you POST to reimport tasks, you'll receive a response with a reimport ID
                    2. Use that `reimport_id` with this GET endpoint to check the reimport status
                    3. Poll this endpoint to see if the reimport has completed, is still processing, or has
        failed
                    4. **Reimport errors and failures will only be visible in this GET response**, not in
        the original POST request

                    This endpoint returns detailed information about the reimport including task counts,
        status, and any error messages.


        Args:
            id (int):
            reimport_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            ProjectReimport
        """

        from . import projects_reimports_retrieve as _projects_reimports_retrieve

        return _projects_reimports_retrieve.sync(
            id=id,
            reimport_pk=reimport_pk,
            client=self._client,
        )

    def reimports_retrieve_detailed(
        self,
        id: int,
        reimport_pk: int,
    ) -> Response[ProjectReimport]:
        """Get project reimport status


                    Poll the status of an asynchronous project reimport operation.

                    **Usage:**
                    1. When you POST to reimport tasks, you'll receive a response with a reimport ID
                    2. Use that `reimport_id` with this GET endpoint to check the reimport status
                    3. Poll this endpoint to see if the reimport has completed, is still processing, or has
        failed
                    4. **Reimport errors and failures will only be visible in this GET response**, not in
        the original POST request

                    This endpoint returns detailed information about the reimport including task counts,
        status, and any error messages.


        Args:
            id (int):
            reimport_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[ProjectReimport]
        """

        from . import projects_reimports_retrieve as _projects_reimports_retrieve

        return _projects_reimports_retrieve.sync_detailed(
            id=id,
            reimport_pk=reimport_pk,
            client=self._client,
        )

    def retrieve(
        self,
        id: int,
    ) -> Project | None:
        """Get project by ID

         Retrieve information about a project by project ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Project
        """

        from . import projects_retrieve as _projects_retrieve

        return _projects_retrieve.sync(
            id=id,
            client=self._client,
        )

    def retrieve_detailed(
        self,
        id: int,
    ) -> Response[Project]:
        """Get project by ID

         Retrieve information about a project by project ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Project]
        """

        from . import projects_retrieve as _projects_retrieve

        return _projects_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def tasks_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete all tasks

         Delete all tasks from a specific project.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import projects_tasks_destroy as _projects_tasks_destroy

        return _projects_tasks_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def tasks_list(
        self,
        id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> builtins.list[TaskSimple] | None:
        """List project tasks


                    Retrieve a paginated list of tasks for a specific project. For example, use the
        following cURL command:
                    ```bash
                    curl -X GET https://localhost:8080/api/projects/{id}/tasks/?page=1&page_size=10 -H
        'Authorization: Token abc123'
                    ```


        Args:
            id (int):
            page (int | Unset):
            page_size (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[TaskSimple]
        """

        from . import projects_tasks_list as _projects_tasks_list

        return _projects_tasks_list.sync(
            id=id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def tasks_list_detailed(
        self,
        id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[builtins.list[TaskSimple]]:
        """List project tasks


                    Retrieve a paginated list of tasks for a specific project. For example, use the
        following cURL command:
                    ```bash
                    curl -X GET https://localhost:8080/api/projects/{id}/tasks/?page=1&page_size=10 -H
        'Authorization: Token abc123'
                    ```


        Args:
            id (int):
            page (int | Unset):
            page_size (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[TaskSimple]]
        """

        from . import projects_tasks_list as _projects_tasks_list

        return _projects_tasks_list.sync_detailed(
            id=id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def validate_create(
        self,
        *,
        body: ProjectLabelConfigRequest,
    ) -> Response[Any]:
        """Validate label config

         Validate an arbitrary labeling configuration.

        Args:
            body (ProjectLabelConfigRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import projects_validate_create as _projects_validate_create

        return _projects_validate_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def validate_label_config(
        self,
        id: int,
        *,
        body: ProjectLabelConfigRequest,
    ) -> ProjectsValidateLabelConfigResponse200 | None:
        """Validate project label config

         Determine whether the label configuration for a specific project is valid.

        Args:
            id (int):
            body (ProjectLabelConfigRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            ProjectsValidateLabelConfigResponse200
        """

        from . import projects_validate_label_config as _projects_validate_label_config

        return _projects_validate_label_config.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def validate_label_config_detailed(
        self,
        id: int,
        *,
        body: ProjectLabelConfigRequest,
    ) -> Response[ProjectsValidateLabelConfigResponse200]:
        """Validate project label config

         Determine whether the label configuration for a specific project is valid.

        Args:
            id (int):
            body (ProjectLabelConfigRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[ProjectsValidateLabelConfigResponse200]
        """

        from . import projects_validate_label_config as _projects_validate_label_config

        return _projects_validate_label_config.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )


class AsyncProjectsApi:
    """Every operation tagged "projects", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def annotators_retrieve(
        self,
        id: int,
    ) -> builtins.list[UserSimple] | None:
        """List unique annotators for project

         Return unique users who have submitted annotations in the specified project.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[UserSimple]
        """

        from . import projects_annotators_retrieve as _projects_annotators_retrieve

        return await _projects_annotators_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def annotators_retrieve_detailed(
        self,
        id: int,
    ) -> Response[builtins.list[UserSimple]]:
        """List unique annotators for project

         Return unique users who have submitted annotations in the specified project.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[UserSimple]]
        """

        from . import projects_annotators_retrieve as _projects_annotators_retrieve

        return await _projects_annotators_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def counts_list(
        self,
        *,
        ids: str | Unset = UNSET,
        include: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        title: str | Unset = UNSET,
    ) -> PaginatedProjectCountsList | None:
        """List projects' counts

         Returns a list of projects with their counts. For example, task_number which is the total task
        number in project

        Args:
            ids (str | Unset):
            include (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            title (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            PaginatedProjectCountsList
        """

        from . import projects_counts_list as _projects_counts_list

        return await _projects_counts_list.asyncio(
            ids=ids,
            include=include,
            page=page,
            page_size=page_size,
            title=title,
            client=self._client,
        )

    async def counts_list_detailed(
        self,
        *,
        ids: str | Unset = UNSET,
        include: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        title: str | Unset = UNSET,
    ) -> Response[PaginatedProjectCountsList]:
        """List projects' counts

         Returns a list of projects with their counts. For example, task_number which is the total task
        number in project

        Args:
            ids (str | Unset):
            include (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            title (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[PaginatedProjectCountsList]
        """

        from . import projects_counts_list as _projects_counts_list

        return await _projects_counts_list.asyncio_detailed(
            ids=ids,
            include=include,
            page=page,
            page_size=page_size,
            title=title,
            client=self._client,
        )

    async def create(
        self,
        *,
        body: ProjectRequest | Unset = UNSET,
    ) -> Project | None:
        """Create new project


            Create a project and set up the labeling interface in Label Studio using the API.

            ```bash
            curl -H Content-Type:application/json -H 'Authorization: Token abc123' -X POST
        'https://localhost:8080/api/projects'     --data '{"title": "My project", "label_config":
        "<View></View>"}'
            ```


        Args:
            body (ProjectRequest | Unset): Serializer get numbers from project queryset annotation,
                make sure, that you use correct one(Project.objects.with_counts())

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Project
        """

        from . import projects_create as _projects_create

        return await _projects_create.asyncio(
            body=body,
            client=self._client,
        )

    async def create_detailed(
        self,
        *,
        body: ProjectRequest | Unset = UNSET,
    ) -> Response[Project]:
        """Create new project


            Create a project and set up the labeling interface in Label Studio using the API.

            ```bash
            curl -H Content-Type:application/json -H 'Authorization: Token abc123' -X POST
        'https://localhost:8080/api/projects'     --data '{"title": "My project", "label_config":
        "<View></View>"}'
            ```


        Args:
            body (ProjectRequest | Unset): Serializer get numbers from project queryset annotation,
                make sure, that you use correct one(Project.objects.with_counts())

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Project]
        """

        from . import projects_create as _projects_create

        return await _projects_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete project

         Delete a project by specified project ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import projects_destroy as _projects_destroy

        return await _projects_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def imports_retrieve(
        self,
        id: int,
        import_pk: int,
    ) -> ProjectImport | None:
        """Get project import status


                    Poll the status of an asynchronous project import operation.

                    **Usage:**
                    1. When you POST to `/api/projects/{project_id}/import`, you'll receive a response like
        `{"import": <import_id>}`
                    2. Use that `import_id` with this GET endpoint to check the import status
                    3. Poll this endpoint to see if the import has completed, is still processing, or has
        failed
                    4. **Import errors and failures will only be visible in this GET response**, not in the
        original POST request

                    This endpoint returns detailed information about the import including task counts,
        status, and any error messages.


        Args:
            id (int):
            import_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            ProjectImport
        """

        from . import projects_imports_retrieve as _projects_imports_retrieve

        return await _projects_imports_retrieve.asyncio(
            id=id,
            import_pk=import_pk,
            client=self._client,
        )

    async def imports_retrieve_detailed(
        self,
        id: int,
        import_pk: int,
    ) -> Response[ProjectImport]:
        """Get project import status


                    Poll the status of an asynchronous project import operation.

                    **Usage:**
                    1. When you POST to `/api/projects/{project_id}/import`, you'll receive a response like
        `{"import": <import_id>}`
                    2. Use that `import_id` with this GET endpoint to check the import status
                    3. Poll this endpoint to see if the import has completed, is still processing, or has
        failed
                    4. **Import errors and failures will only be visible in this GET response**, not in the
        original POST request

                    This endpoint returns detailed information about the import including task counts,
        status, and any error messages.


        Args:
            id (int):
            import_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[ProjectImport]
        """

        from . import projects_imports_retrieve as _projects_imports_retrieve

        return await _projects_imports_retrieve.asyncio_detailed(
            id=id,
            import_pk=import_pk,
            client=self._client,
        )

    async def list(
        self,
        *,
        filter_: str | Unset = "all",
        ids: str | Unset = UNSET,
        include: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        title: str | Unset = UNSET,
    ) -> PaginatedProjectList | None:
        """List your projects


            Return a list of the projects that you've created.

            To perform most tasks with the Label Studio API, you must specify the project ID, sometimes
        referred to as the `pk`.
            To retrieve a list of your Label Studio projects, update the following command to match your own
        environment.
            Replace the domain name, port, and authorization token, then run the following from the command
        line:
            ```bash
            curl -X GET https://localhost:8080/api/projects/ -H 'Authorization: Token abc123'
            ```


        Args:
            filter_ (str | Unset):  Default: 'all'.
            ids (str | Unset):
            include (str | Unset):
            ordering (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            title (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            PaginatedProjectList
        """

        from . import projects_list as _projects_list

        return await _projects_list.asyncio(
            filter_=filter_,
            ids=ids,
            include=include,
            ordering=ordering,
            page=page,
            page_size=page_size,
            title=title,
            client=self._client,
        )

    async def list_detailed(
        self,
        *,
        filter_: str | Unset = "all",
        ids: str | Unset = UNSET,
        include: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        title: str | Unset = UNSET,
    ) -> Response[PaginatedProjectList]:
        """List your projects


            Return a list of the projects that you've created.

            To perform most tasks with the Label Studio API, you must specify the project ID, sometimes
        referred to as the `pk`.
            To retrieve a list of your Label Studio projects, update the following command to match your own
        environment.
            Replace the domain name, port, and authorization token, then run the following from the command
        line:
            ```bash
            curl -X GET https://localhost:8080/api/projects/ -H 'Authorization: Token abc123'
            ```


        Args:
            filter_ (str | Unset):  Default: 'all'.
            ids (str | Unset):
            include (str | Unset):
            ordering (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            title (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[PaginatedProjectList]
        """

        from . import projects_list as _projects_list

        return await _projects_list.asyncio_detailed(
            filter_=filter_,
            ids=ids,
            include=include,
            ordering=ordering,
            page=page,
            page_size=page_size,
            title=title,
            client=self._client,
        )

    async def partial_update(
        self,
        id: int,
        *,
        body: PatchedProjectRequest | Unset = UNSET,
    ) -> Project | None:
        """Update project

         Update the project settings for a specific project.

        Args:
            id (int):
            body (PatchedProjectRequest | Unset): Serializer get numbers from project queryset
                annotation,
                make sure, that you use correct one(Project.objects.with_counts())

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Project
        """

        from . import projects_partial_update as _projects_partial_update

        return await _projects_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedProjectRequest | Unset = UNSET,
    ) -> Response[Project]:
        """Update project

         Update the project settings for a specific project.

        Args:
            id (int):
            body (PatchedProjectRequest | Unset): Serializer get numbers from project queryset
                annotation,
                make sure, that you use correct one(Project.objects.with_counts())

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Project]
        """

        from . import projects_partial_update as _projects_partial_update

        return await _projects_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def reimports_retrieve(
        self,
        id: int,
        reimport_pk: int,
    ) -> ProjectReimport | None:
        """Get project reimport status


                    Poll the status of an asynchronous project reimport operation.

                    **Usage:**
                    1. When you POST to reimport tasks, you'll receive a response with a reimport ID
                    2. Use that `reimport_id` with this GET endpoint to check the reimport status
                    3. Poll this endpoint to see if the reimport has completed, is still processing, or has
        failed
                    4. **Reimport errors and failures will only be visible in this GET response**, not in
        the original POST request

                    This endpoint returns detailed information about the reimport including task counts,
        status, and any error messages.


        Args:
            id (int):
            reimport_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            ProjectReimport
        """

        from . import projects_reimports_retrieve as _projects_reimports_retrieve

        return await _projects_reimports_retrieve.asyncio(
            id=id,
            reimport_pk=reimport_pk,
            client=self._client,
        )

    async def reimports_retrieve_detailed(
        self,
        id: int,
        reimport_pk: int,
    ) -> Response[ProjectReimport]:
        """Get project reimport status


                    Poll the status of an asynchronous project reimport operation.

                    **Usage:**
                    1. When you POST to reimport tasks, you'll receive a response with a reimport ID
                    2. Use that `reimport_id` with this GET endpoint to check the reimport status
                    3. Poll this endpoint to see if the reimport has completed, is still processing, or has
        failed
                    4. **Reimport errors and failures will only be visible in this GET response**, not in
        the original POST request

                    This endpoint returns detailed information about the reimport including task counts,
        status, and any error messages.


        Args:
            id (int):
            reimport_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[ProjectReimport]
        """

        from . import projects_reimports_retrieve as _projects_reimports_retrieve

        return await _projects_reimports_retrieve.asyncio_detailed(
            id=id,
            reimport_pk=reimport_pk,
            client=self._client,
        )

    async def retrieve(
        self,
        id: int,
    ) -> Project | None:
        """Get project by ID

         Retrieve information about a project by project ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Project
        """

        from . import projects_retrieve as _projects_retrieve

        return await _projects_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def retrieve_detailed(
        self,
        id: int,
    ) -> Response[Project]:
        """Get project by ID

         Retrieve information about a project by project ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Project]
        """

        from . import projects_retrieve as _projects_retrieve

        return await _projects_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def tasks_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete all tasks

         Delete all tasks from a specific project.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import projects_tasks_destroy as _projects_tasks_destroy

        return await _projects_tasks_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def tasks_list(
        self,
        id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> builtins.list[TaskSimple] | None:
        """List project tasks


                    Retrieve a paginated list of tasks for a specific project. For example, use the
        following cURL command:
                    ```bash
                    curl -X GET https://localhost:8080/api/projects/{id}/tasks/?page=1&page_size=10 -H
        'Authorization: Token abc123'
                    ```


        Args:
            id (int):
            page (int | Unset):
            page_size (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[TaskSimple]
        """

        from . import projects_tasks_list as _projects_tasks_list

        return await _projects_tasks_list.asyncio(
            id=id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    async def tasks_list_detailed(
        self,
        id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[builtins.list[TaskSimple]]:
        """List project tasks


                    Retrieve a paginated list of tasks for a specific project. For example, use the
        following cURL command:
                    ```bash
                    curl -X GET https://localhost:8080/api/projects/{id}/tasks/?page=1&page_size=10 -H
        'Authorization: Token abc123'
                    ```


        Args:
            id (int):
            page (int | Unset):
            page_size (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[TaskSimple]]
        """

        from . import projects_tasks_list as _projects_tasks_list

        return await _projects_tasks_list.asyncio_detailed(
            id=id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    async def validate_create(
        self,
        *,
        body: ProjectLabelConfigRequest,
    ) -> Response[Any]:
        """Validate label config

         Validate an arbitrary labeling configuration.

        Args:
            body (ProjectLabelConfigRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import projects_validate_create as _projects_validate_create

        return await _projects_validate_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def validate_label_config(
        self,
        id: int,
        *,
        body: ProjectLabelConfigRequest,
    ) -> ProjectsValidateLabelConfigResponse200 | None:
        """Validate project label config

         Determine whether the label configuration for a specific project is valid.

        Args:
            id (int):
            body (ProjectLabelConfigRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            ProjectsValidateLabelConfigResponse200
        """

        from . import projects_validate_label_config as _projects_validate_label_config

        return await _projects_validate_label_config.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def validate_label_config_detailed(
        self,
        id: int,
        *,
        body: ProjectLabelConfigRequest,
    ) -> Response[ProjectsValidateLabelConfigResponse200]:
        """Validate project label config

         Determine whether the label configuration for a specific project is valid.

        Args:
            id (int):
            body (ProjectLabelConfigRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[ProjectsValidateLabelConfigResponse200]
        """

        from . import projects_validate_label_config as _projects_validate_label_config

        return await _projects_validate_label_config.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

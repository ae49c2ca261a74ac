"""Contains endpoint functions for accessing the API, and the per-tag facades ``ExportApi`` /
``AsyncExportApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from io import BytesIO

    from ...models.export import Export
    from ...models.export_convert_request import ExportConvertRequest
    from ...models.export_create import ExportCreate
    from ...models.export_create_request import ExportCreateRequest
    from ...models.projects_export_formats_retrieve_export_format import ProjectsExportFormatsRetrieveExportFormat
    from ...models.projects_exports_convert_create_response_200 import ProjectsExportsConvertCreateResponse200
    from ...types import File, FileTypes


class ExportApi:
    """Every operation tagged "export", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def projects_export_formats_retrieve(
        self,
        id: int,
    ) -> builtins.list[ProjectsExportFormatsRetrieveExportFormat] | None:
        """[Deprecated] Get export formats


                This endpoint is deprecated in Enterprise. Use the async export API instead:
                POST /api/projects/{{id}}/exports/ (see [Create new
        export](/api#operation/api_projects_exports_create)).

                In Label Studio Enterprise, this endpoint will always return a 404 Not Found response with
        instructions to use the async export API.

                Retrieve the available export formats for the current project by ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[ProjectsExportFormatsRetrieveExportFormat]
        """

        from . import projects_export_formats_retrieve as _projects_export_formats_retrieve

        return _projects_export_formats_retrieve.sync(
            id=id,
            client=self._client,
        )

    def projects_export_formats_retrieve_detailed(
        self,
        id: int,
    ) -> Response[builtins.list[ProjectsExportFormatsRetrieveExportFormat]]:
        """[Deprecated] Get export formats


                This endpoint is deprecated in Enterprise. Use the async export API instead:
                POST /api/projects/{{id}}/exports/ (see [Create new
        export](/api#operation/api_projects_exports_create)).

                In Label Studio Enterprise, this endpoint will always return a 404 Not Found response with
        instructions to use the async export API.

                Retrieve the available export formats for the current project by ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[ProjectsExportFormatsRetrieveExportFormat]]
        """

        from . import projects_export_formats_retrieve as _projects_export_formats_retrieve

        return _projects_export_formats_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def projects_export_retrieve(
        self,
        id: int,
        *,
        download_all_tasks: bool | Unset = UNSET,
        download_resources: bool | Unset = UNSET,
        export_type: str | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
    ) -> File | None:
        """[Deprecated] Easy export of tasks and annotations


                This endpoint is deprecated in Enterprise. Use the async export API instead:
                POST /api/projects/{id}/exports/ (see [Create new
        export](/api#operation/api_projects_exports_create)).

                In Label Studio Enterprise, this endpoint will always return a 404 Not Found response with
        instructions to use the async export API.

                <i>Note: if you have a large project it's recommended to use
                export snapshots, this easy export endpoint might have timeouts.</i><br/><br>
                Export annotated tasks as a file in a specific format.
                For example, to export JSON annotations for a project to a file called `annotations.json`,
                run the following from the command line:
                ```bash
                curl -X GET https://localhost:8080/api/projects/{id}/export?exportType=JSON -H
        'Authorization: Token abc123' --output 'annotations.json'
                ```
                To export all tasks, including skipped tasks and others without annotations, run the
        following from the command line:
                ```bash
                curl -X GET
        https://localhost:8080/api/projects/{id}/export?exportType=JSON&download_all_tasks=true -H
        'Authorization: Token abc123' --output 'annotations.json'
                ```
                To export specific tasks with IDs of 123 and 345, run the following from the command line:
                ```bash
                curl -X GET 'https://localhost:8080/api/projects/{id}/export?ids[]=123&ids[]=345' -H
        'Authorization: Token abc123' --output 'annotations.json'
                ```


        Args:
            id (int):
            download_all_tasks (bool | Unset):
            download_resources (bool | Unset):
            export_type (str | Unset):
            ids (list[int] | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            File
        """

        from . import projects_export_retrieve as _projects_export_retrieve

        return _projects_export_retrieve.sync(
            id=id,
            download_all_tasks=download_all_tasks,
            download_resources=download_resources,
            export_type=export_type,
            ids=ids,
            client=self._client,
        )

    def projects_export_retrieve_detailed(
        self,
        id: int,
        *,
        download_all_tasks: bool | Unset = UNSET,
        download_resources: bool | Unset = UNSET,
        export_type: str | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
    ) -> Response[File]:
        """[Deprecated] Easy export of tasks and annotations


                This endpoint is deprecated in Enterprise. Use the async export API instead:
                POST /api/projects/{id}/exports/ (see [Create new
        export](/api#operation/api_projects_exports_create)).

                In Label Studio Enterprise, this endpoint will always return a 404 Not Found response with
        instructions to use the async export API.

                <i>Note: if you have a large project it's recommended to use
                export snapshots, this easy export endpoint might have timeouts.</i><br/><br>
                Export annotated tasks as a file in a specific format.
                For example, to export JSON annotations for a project to a file called `annotations.json`,
                run the following from the command line:
                ```bash
                curl -X GET https://localhost:8080/api/projects/{id}/export?exportType=JSON -H
        'Authorization: Token abc123' --output 'annotations.json'
                ```
                To export all tasks, including skipped tasks and others without annotations, run the
        following from the command line:
                ```bash
                curl -X GET
        https://localhost:8080/api/projects/{id}/export?exportType=JSON&download_all_tasks=true -H
        'Authorization: Token abc123' --output 'annotations.json'
                ```
                To export specific tasks with IDs of 123 and 345, run the following from the command line:
                ```bash
                curl -X GET 'https://localhost:8080/api/projects/{id}/export?ids[]=123&ids[]=345' -H
        'Authorization: Token abc123' --output 'annotations.json'
                ```


        Args:
            id (int):
            download_all_tasks (bool | Unset):
            download_resources (bool | Unset):
            export_type (str | Unset):
            ids (list[int] | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[File]
        """

        from . import projects_export_retrieve as _projects_export_retrieve

        return _projects_export_retrieve.sync_detailed(
            id=id,
            download_all_tasks=download_all_tasks,
            download_resources=download_resources,
            export_type=export_type,
            ids=ids,
            client=self._client,
        )

    def projects_export_retrieve_stream(
        self,
        id: int,
        *,
        download_all_tasks: bool | Unset = UNSET,
        download_resources: bool | Unset = UNSET,
        export_type: str | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
    ) -> contextlib.AbstractContextManager[httpx.Response]:
        """Like ``projects_export_retrieve_detailed``, but as a context manager yielding the response with its body unread (stream it)."""
        from . import projects_export_retrieve as _projects_export_retrieve

        return _projects_export_retrieve.stream(
            id=id,
            download_all_tasks=download_all_tasks,
            download_resources=download_resources,
            export_type=export_type,
            ids=ids,
            client=self._client,
        )

    def projects_exports_convert_create(
        self,
        id: int,
        export_pk: int,
        *,
        body: ExportConvertRequest,
    ) -> ProjectsExportsConvertCreateResponse200 | None:
        """Export conversion

         Convert export snapshot to selected format

        Args:
            id (int):
            export_pk (int):
            body (ExportConvertRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            ProjectsExportsConvertCreateResponse200
        """

        from . import projects_exports_convert_create as _projects_exports_convert_create

        return _projects_exports_convert_create.sync(
            id=id,
            export_pk=export_pk,
            body=body,
            client=self._client,
        )

    def projects_exports_convert_create_detailed(
        self,
        id: int,
        export_pk: int,
        *,
        body: ExportConvertRequest,
    ) -> Response[ProjectsExportsConvertCreateResponse200]:
        """Export conversion

         Convert export snapshot to selected format

        Args:
            id (int):
            export_pk (int):
            body (ExportConvertRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[ProjectsExportsConvertCreateResponse200]
        """

        from . import projects_exports_convert_create as _projects_exports_convert_create

        return _projects_exports_convert_create.sync_detailed(
            id=id,
            export_pk=export_pk,
            body=body,
            client=self._client,
        )

    def projects_exports_create(
        self,
        id: int,
        *,
        body: ExportCreateRequest | Unset = UNSET,
    ) -> ExportCreate | None:
        """Create new export snapshot

         Create a new export request to start a background task and generate an export file for a specific
        project by ID.

        Args:
            id (int):
            body (ExportCreateRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            ExportCreate
        """

        from . import projects_exports_create as _projects_exports_create

        return _projects_exports_create.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def projects_exports_create_detailed(
        self,
        id: int,
        *,
        body: ExportCreateRequest | Unset = UNSET,
    ) -> Response[ExportCreate]:
        """Create new export snapshot

         Create a new export request to start a background task and generate an export file for a specific
        project by ID.

        Args:
            id (int):
            body (ExportCreateRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[ExportCreate]
        """

        from . import projects_exports_create as _projects_exports_create

        return _projects_exports_create.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def projects_exports_destroy(
        self,
        id: int,
        export_pk: int,
    ) -> Response[Any]:
        """Delete export snapshot

         Delete an export file by specified export ID.

        Args:
            id (int):
            export_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import projects_exports_destroy as _projects_exports_destroy

        return _projects_exports_destroy.sync_detailed(
            id=id,
            export_pk=export_pk,
            client=self._client,
        )

    def projects_exports_download_retrieve(
        self,
        id: int,
        export_pk: int,
        *,
        export_type: str | Unset = UNSET,
    ) -> File | None:
        """Download export snapshot as file in specified format


                Download an export file in the specified format for a specific project. Specify the project
        ID with the `id`
                parameter in the path and the ID of the export file you want to download using the
        `export_pk` parameter
                in the path.

                Get the `export_pk` from the response of the request to [Create new
        export](/api#operation/api_projects_exports_create)
                or after [listing export files](/api#operation/api_projects_exports_list).


        Args:
            id (int):
            export_pk (int):
            export_type (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            File
        """

        from . import projects_exports_download_retrieve as _projects_exports_download_retrieve

        return _projects_exports_download_retrieve.sync(
            id=id,
            export_pk=export_pk,
            export_type=export_type,
            client=self._client,
        )

    def projects_exports_download_retrieve_detailed(
        self,
        id: int,
        export_pk: int,
        *,
        export_type: str | Unset = UNSET,
    ) -> Response[File]:
        """Download export snapshot as file in specified format


                Download an export file in the specified format for a specific project. Specify the project
        ID with the `id`
                parameter in the path and the ID of the export file you want to download using the
        `export_pk` parameter
                in the path.

                Get the `export_pk` from the response of the request to [Create new
        export](/api#operation/api_projects_exports_create)
                or after [listing export files](/api#operation/api_projects_exports_list).


        Args:
            id (int):
            export_pk (int):
            export_type (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[File]
        """

        from . import projects_exports_download_retrieve as _projects_exports_download_retrieve

        return _projects_exports_download_retrieve.sync_detailed(
            id=id,
            export_pk=export_pk,
            export_type=export_type,
            client=self._client,
        )

    def projects_exports_download_retrieve_stream(
        self,
        id: int,
        export_pk: int,
        *,
        export_type: str | Unset = UNSET,
    ) -> contextlib.AbstractContextManager[httpx.Response]:
        """Like ``projects_exports_download_retrieve_detailed``, but as a context manager yielding the response with its body unread (stream it)."""
        from . import projects_exports_download_retrieve as _projects_exports_download_retrieve

        return _projects_exports_download_retrieve.stream(
            id=id,
            export_pk=export_pk,
            export_type=export_type,
            client=self._client,
        )

    def projects_exports_list(
        self,
        id: int,
    ) -> builtins.list[Export] | None:
        """List all export snapshots

         Returns a list of exported files for a specific project by ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[Export]
        """

        from . import projects_exports_list as _projects_exports_list

        return _projects_exports_list.sync(
            id=id,
            client=self._client,
        )

    def projects_exports_list_detailed(
        self,
        id: int,
    ) -> Response[builtins.list[Export]]:
        """List all export snapshots

         Returns a list of exported files for a specific project by ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[Export]]
        """

        from . import projects_exports_list as _projects_exports_list

        return _projects_exports_list.sync_detailed(
            id=id,
            client=self._client,
        )

    def projects_exports_retrieve(
        self,
        id: int,
        export_pk: int,
    ) -> Export | None:
        """Get export snapshot by ID

         Retrieve information about an export file by export ID for a specific project.

        Args:
            id (int):
            export_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Export
        """

        from . import projects_exports_retrieve as _projects_exports_retrieve

        return _projects_exports_retrieve.sync(
            id=id,
            export_pk=export_pk,
            client=self._client,
        )

    def projects_exports_retrieve_detailed(
        self,
        id: int,
        export_pk: int,
    ) -> Response[Export]:
        """Get export snapshot by ID

         Retrieve information about an export file by export ID for a specific project.

        Args:
            id (int):
            export_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Export]
        """

        from . import projects_exports_retrieve as _projects_exports_retrieve

        return _projects_exports_retrieve.sync_detailed(
            id=id,
            export_pk=export_pk,
            client=self._client,
        )


class AsyncExportApi:
    """Every operation tagged "export", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def projects_export_formats_retrieve(
        self,
        id: int,
    ) -> builtins.list[ProjectsExportFormatsRetrieveExportFormat] | None:
        """[Deprecated] Get export formats


                This endpoint is deprecated in Enterprise. Use the async export API instead:
                POST /api/projects/{{id}}/exports/ (see [Create new
        export](/api#operation/api_projects_exports_create)).

                In Label Studio Enterprise, this endpoint will always return a 404 Not Found response with
        instructions to use the async export API.

                Retrieve the available export formats for the current project by ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[ProjectsExportFormatsRetrieveExportFormat]
        """

        from . import projects_export_formats_retrieve as _projects_export_formats_retrieve

        return await _projects_export_formats_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def projects_export_formats_retrieve_detailed(
        self,
        id: int,
    ) -> Response[builtins.list[ProjectsExportFormatsRetrieveExportFormat]]:
        """[Deprecated] Get export formats


                This endpoint is deprecated in Enterprise. Use the async export API instead:
                POST /api/projects/{{id}}/exports/ (see [Create new
        export](/api#operation/api_projects_exports_create)).

                In Label Studio Enterprise, this endpoint will always return a 404 Not Found response with
        instructions to use the async export API.

                Retrieve the available export formats for the current project by ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[ProjectsExportFormatsRetrieveExportFormat]]
        """

        from . import projects_export_formats_retrieve as _projects_export_formats_retrieve

        return await _projects_export_formats_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def projects_export_retrieve(
        self,
        id: int,
        *,
        download_all_tasks: bool | Unset = UNSET,
        download_resources: bool | Unset = UNSET,
        export_type: str | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
    ) -> File | None:
        """[Deprecated] Easy export of tasks and annotations


                This endpoint is deprecated in Enterprise. Use the async export API instead:
                POST /api/projects/{id}/exports/ (see [Create new
        export](/api#operation/api_projects_exports_create)).

                In Label Studio Enterprise, this endpoint will always return a 404 Not Found response with
        instructions to use the async export API.

                <i>Note: if you have a large project it's recommended to use
                export snapshots, this easy export endpoint might have timeouts.</i><br/><br>
                Export annotated tasks as a file in a specific format.
                For example, to export JSON annotations for a project to a file called `annotations.json`,
                run the following from the command line:
                ```bash
                curl -X GET https://localhost:8080/api/projects/{id}/export?exportType=JSON -H
        'Authorization: Token abc123' --output 'annotations.json'
                ```
                To export all tasks, including skipped tasks and others without annotations, run the
        following from the command line:
                ```bash
                curl -X GET
        https://localhost:8080/api/projects/{id}/export?exportType=JSON&download_all_tasks=true -H
        'Authorization: Token abc123' --output 'annotations.json'
                ```
                To export specific tasks with IDs of 123 and 345, run the following from the command line:
                ```bash
                curl -X GET 'https://localhost:8080/api/projects/{id}/export?ids[]=123&ids[]=345' -H
        'Authorization: Token abc123' --output 'annotations.json'
                ```


        Args:
            id (int):
            download_all_tasks (bool | Unset):
            download_resources (bool | Unset):
            export_type (str | Unset):
            ids (list[int] | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            File
        """

        from . import projects_export_retrieve as _projects_export_retrieve

        return await _projects_export_retrieve.asyncio(
            id=id,
            download_all_tasks=download_all_tasks,
            download_resources=download_resources,
            export_type=export_type,
            ids=ids,
            client=self._client,
        )

    async def projects_export_retrieve_detailed(
        self,
        id: int,
        *,
        download_all_tasks: bool | Unset = UNSET,
        download_resources: bool | Unset = UNSET,
        export_type: str | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
    ) -> Response[File]:
        """[Deprecated] Easy export of tasks and annotations


                This endpoint is deprecated in Enterprise. Use the async export API instead:
                POST /api/projects/{id}/exports/ (see [Create new
        export](/api#operation/api_projects_exports_create)).

                In Label Studio Enterprise, this endpoint will always return a 404 Not Found response with
        instructions to use the async export API.

                <i>Note: if you have a large project it's recommended to use
                export snapshots, this easy export endpoint might have timeouts.</i><br/><br>
                Export annotated tasks as a file in a specific format.
                For example, to export JSON annotations for a project to a file called `annotations.json`,
                run the following from the command line:
                ```bash
                curl -X GET https://localhost:8080/api/projects/{id}/export?exportType=JSON -H
        'Authorization: Token abc123' --output 'annotations.json'
                ```
                To export all tasks, including skipped tasks and others without annotations, run the
        following from the command line:
                ```bash
                curl -X GET
        https://localhost:8080/api/projects/{id}/export?exportType=JSON&download_all_tasks=true -H
        'Authorization: Token abc123' --output 'annotations.json'
                ```
                To export specific tasks with IDs of 123 and 345, run the following from the command line:
                ```bash
                curl -X GET 'https://localhost:8080/api/projects/{id}/export?ids[]=123&ids[]=345' -H
        'Authorization: Token abc123' --output 'annotations.json'
                ```


        Args:
            id (int):
            download_all_tasks (bool | Unset):
            download_resources (bool | Unset):
            export_type (str | Unset):
            ids (list[int] | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[File]
        """

        from . import projects_export_retrieve as _projects_export_retrieve

        return await _projects_export_retrieve.asyncio_detailed(
            id=id,
            download_all_tasks=download_all_tasks,
            download_resources=download_resources,
            export_type=export_type,
            ids=ids,
            client=self._client,
        )

    def projects_export_retrieve_stream(
        self,
        id: int,
        *,
        download_all_tasks: bool | Unset = UNSET,
        download_resources: bool | Unset = UNSET,
        export_type: str | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
    ) -> contextlib.AbstractAsyncContextManager[httpx.Response]:
        """Like ``projects_export_retrieve_detailed``, but as a context manager yielding the response with its body unread (stream it)."""
        from . import projects_export_retrieve as _projects_export_retrieve

        return _projects_export_retrieve.asyncio_stream(
            id=id,
            download_all_tasks=download_all_tasks,
            download_resources=download_resources,
            export_type=export_type,
            ids=ids,
            client=self._client,
        )

    async def projects_exports_convert_create(
        self,
        id: int,
        export_pk: int,
        *,
        body: ExportConvertRequest,
    ) -> ProjectsExportsConvertCreateResponse200 | None:
        """Export conversion

         Convert export snapshot to selected format

        Args:
            id (int):
            export_pk (int):
            body (ExportConvertRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            ProjectsExportsConvertCreateResponse200
        """

        from . import projects_exports_convert_create as _projects_exports_convert_create

        return await _projects_exports_convert_create.asyncio(
            id=id,
            export_pk=export_pk,
            body=body,
            client=self._client,
        )

    async def projects_exports_convert_create_detailed(
        self,
        id: int,
        export_pk: int,
        *,
        body: ExportConvertRequest,
    ) -> Response[ProjectsExportsConvertCreateResponse200]:
        """Export conversion

         Convert export snapshot to selected format

        Args:
            id (int):
            export_pk (int):
            body (ExportConvertRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[ProjectsExportsConvertCreateResponse200]
        """

        from . import projects_exports_convert_create as _projects_exports_convert_create

        return await _projects_exports_convert_create.asyncio_detailed(
            id=id,
            export_pk=export_pk,
            body=body,
            client=self._client,
        )

    async def projects_exports_create(
        self,
        id: int,
        *,
        body: ExportCreateRequest | Unset = UNSET,
    ) -> ExportCreate | None:
        """Create new export snapshot

         Create a new export request to start a background task and generate an export file for a specific
        project by ID.

        Args:
            id (int):
            body (ExportCreateRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            ExportCreate
        """

        from . import projects_exports_create as _projects_exports_create

        return await _projects_exports_create.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def projects_exports_create_detailed(
        self,
        id: int,
        *,
        body: ExportCreateRequest | Unset = UNSET,
    ) -> Response[ExportCreate]:
        """Create new export snapshot

         Create a new export request to start a background task and generate an export file for a specific
        project by ID.

        Args:
            id (int):
            body (ExportCreateRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[ExportCreate]
        """

        from . import projects_exports_create as _projects_exports_create

        return await _projects_exports_create.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def projects_exports_destroy(
        self,
        id: int,
        export_pk: int,
    ) -> Response[Any]:
        """Delete export snapshot

         Delete an export file by specified export ID.

        Args:
            id (int):
            export_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import projects_exports_destroy as _projects_exports_destroy

        return await _projects_exports_destroy.asyncio_detailed(
            id=id,
            export_pk=export_pk,
            client=self._client,
        )

    async def projects_exports_download_retrieve(
        self,
        id: int,
        export_pk: int,
        *,
        export_type: str | Unset = UNSET,
    ) -> File | None:
        """Download export snapshot as file in specified format


                Download an export file in the specified format for a specific project. Specify the project
        ID with the `id`
                parameter in the path and the ID of the export file you want to download using the
        `export_pk` parameter
                in the path.

                Get the `export_pk` from the response of the request to [Create new
        export](/api#operation/api_projects_exports_create)
                or after [listing export files](/api#operation/api_projects_exports_list).


        Args:
            id (int):
            export_pk (int):
            export_type (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            File
        """

        from . import projects_exports_download_retrieve as _projects_exports_download_retrieve

        return await _projects_exports_download_retrieve.asyncio(
            id=id,
            export_pk=export_pk,
            export_type=export_type,
            client=self._client,
        )

    async def projects_exports_download_retrieve_detailed(
        self,
        id: int,
        export_pk: int,
        *,
        export_type: str | Unset = UNSET,
    ) -> Response[File]:
        """Download export snapshot as file in specified format


                Download an export file in the specified format for a specific project. Specify the project
        ID with the `id`
                parameter in the path and the ID of the export file you want to download using the
        `export_pk` parameter
                in the path.

                Get the `export_pk` from the response of the request to [Create new
        export](/api#operation/api_projects_exports_create)
                or after [listing export files](/api#operation/api_projects_exports_list).


        Args:
            id (int):
            export_pk (int):
            export_type (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[File]
        """

        from . import projects_exports_download_retrieve as _projects_exports_download_retrieve

        return await _projects_exports_download_retrieve.asyncio_detailed(
            id=id,
            export_pk=export_pk,
            export_type=export_type,
            client=self._client,
        )

    def projects_exports_download_retrieve_stream(
        self,
        id: int,
        export_pk: int,
        *,
        export_type: str | Unset = UNSET,
    ) -> contextlib.AbstractAsyncContextManager[httpx.Response]:
        """Like ``projects_exports_download_retrieve_detailed``, but as a context manager yielding the response with its body unread (stream it)."""
        from . import projects_exports_download_retrieve as _projects_exports_download_retrieve

        return _projects_exports_download_retrieve.asyncio_stream(
            id=id,
            export_pk=export_pk,
            export_type=export_type,
            client=self._client,
        )

    async def projects_exports_list(
        self,
        id: int,
    ) -> builtins.list[Export] | None:
        """List all export snapshots

         Returns a list of exported files for a specific project by ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[Export]
        """

        from . import projects_exports_list as _projects_exports_list

        return await _projects_exports_list.asyncio(
            id=id,
            client=self._client,
        )

    async def projects_exports_list_detailed(
        self,
        id: int,
    ) -> Response[builtins.list[Export]]:
        """List all export snapshots

         Returns a list of exported files for a specific project by ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[Export]]
        """

        from . import projects_exports_list as _projects_exports_list

        return await _projects_exports_list.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def projects_exports_retrieve(
        self,
        id: int,
        export_pk: int,
    ) -> Export | None:
        """Get export snapshot by ID

         Retrieve information about an export file by export ID for a specific project.

        Args:
            id (int):
            export_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Export
        """

        from . import projects_exports_retrieve as _projects_exports_retrieve

        return await _projects_exports_retrieve.asyncio(
            id=id,
            export_pk=export_pk,
            client=self._client,
        )

    async def projects_exports_retrieve_detailed(
        self,
        id: int,
        export_pk: int,
    ) -> Response[Export]:
        """Get export snapshot by ID

         Retrieve information about an export file by export ID for a specific project.

        Args:
            id (int):
            export_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Export]
        """

        from . import projects_exports_retrieve as _projects_exports_retrieve

        return await _projects_exports_retrieve.asyncio_detailed(
            id=id,
            export_pk=export_pk,
            client=self._client,
        )

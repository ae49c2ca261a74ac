"""Contains endpoint functions for accessing the API, and the per-tag facades ``ImportApi`` /
``AsyncImportApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from io import BytesIO

    from ...models.file_upload import FileUpload
    from ...models.import_api_request import ImportApiRequest
    from ...models.patched_file_upload_request import PatchedFileUploadRequest
    from ...models.prediction_request import PredictionRequest
    from ...models.projects_file_uploads_destroy_body import ProjectsFileUploadsDestroyBody
    from ...models.projects_file_uploads_destroy_response_200 import ProjectsFileUploadsDestroyResponse200
    from ...models.projects_import_create_incorrect_task_data import ProjectsImportCreateIncorrectTaskData
    from ...models.projects_import_create_task_creation_response import ProjectsImportCreateTaskCreationResponse
    from ...models.projects_import_predictions_create_predictions_import_response import (
        ProjectsImportPredictionsCreatePredictionsImportResponse,
    )
    from ...types import File, FileTypes


class ImportApi:
    """Every operation tagged "import_", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def data_upload_retrieve(
        self,
        filename: str,
    ) -> File | None:
        """Download file

         Download a specific uploaded file.

        Args:
            filename (str):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            File
        """

        from . import data_upload_retrieve as _data_upload_retrieve

        return _data_upload_retrieve.sync(
            filename=filename,
            client=self._client,
        )

    def data_upload_retrieve_detailed(
        self,
        filename: str,
    ) -> Response[File]:
        """Download file

         Download a specific uploaded file.

        Args:
            filename (str):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[File]
        """

        from . import data_upload_retrieve as _data_upload_retrieve

        return _data_upload_retrieve.sync_detailed(
            filename=filename,
            client=self._client,
        )

    def data_upload_retrieve_stream(
        self,
        filename: str,
    ) -> contextlib.AbstractContextManager[httpx.Response]:
        """Like ``data_upload_retrieve_detailed``, but as a context manager yielding the response with its body unread (stream it)."""
        from . import data_upload_retrieve as _data_upload_retrieve

        return _data_upload_retrieve.stream(
            filename=filename,
            client=self._client,
        )

    def import_file_upload_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete file upload

         Delete a specific uploaded file.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import import_file_upload_destroy as _import_file_upload_destroy

        return _import_file_upload_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def import_file_upload_partial_update(
        self,
        id: int,
        *,
        body: PatchedFileUploadRequest | Unset = UNSET,
    ) -> FileUpload | None:
        """Update file upload

         Update a specific uploaded file.

        Args:
            id (int):
            body (PatchedFileUploadRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            FileUpload
        """

        from . import import_file_upload_partial_update as _import_file_upload_partial_update

        return _import_file_upload_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def import_file_upload_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedFileUploadRequest | Unset = UNSET,
    ) -> Response[FileUpload]:
        """Update file upload

         Update a specific uploaded file.

        Args:
            id (int):
            body (PatchedFileUploadRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[FileUpload]
        """

        from . import import_file_upload_partial_update as _import_file_upload_partial_update

        return _import_file_upload_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def import_file_upload_retrieve(
        self,
        id: int,
    ) -> FileUpload | None:
        """Get file upload

         Retrieve details about a specific uploaded file.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            FileUpload
        """

        from . import import_file_upload_retrieve as _import_file_upload_retrieve

        return _import_file_upload_retrieve.sync(
            id=id,
            client=self._client,
        )

    def import_file_upload_retrieve_detailed(
        self,
        id: int,
    ) -> Response[FileUpload]:
        """Get file upload

         Retrieve details about a specific uploaded file.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[FileUpload]
        """

        from . import import_file_upload_retrieve as _import_file_upload_retrieve

        return _import_file_upload_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def projects_file_uploads_destroy(
        self,
        id: int,
        *,
        body: ProjectsFileUploadsDestroyBody | Unset = UNSET,
    ) -> ProjectsFileUploadsDestroyResponse200 | None:
        """Delete files


                Delete uploaded files for a specific project.


        Args:
            id (int):
            body (ProjectsFileUploadsDestroyBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            ProjectsFileUploadsDestroyResponse200
        """

        from . import projects_file_uploads_destroy as _projects_file_uploads_destroy

        return _projects_file_uploads_destroy.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def projects_file_uploads_destroy_detailed(
        self,
        id: int,
        *,
        body: ProjectsFileUploadsDestroyBody | Unset = UNSET,
    ) -> Response[ProjectsFileUploadsDestroyResponse200]:
        """Delete files


                Delete uploaded files for a specific project.


        Args:
            id (int):
            body (ProjectsFileUploadsDestroyBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[ProjectsFileUploadsDestroyResponse200]
        """

        from . import projects_file_uploads_destroy as _projects_file_uploads_destroy

        return _projects_file_uploads_destroy.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def projects_file_uploads_list(
        self,
        id: int,
        *,
        all_: bool | Unset = UNSET,
        ids: str | Unset = UNSET,
    ) -> builtins.list[FileUpload] | None:
        """Get files list


                Retrieve the list of uploaded files used to create labeling tasks for a specific project.


        Args:
            id (int):
            all_ (bool | Unset):
            ids (str | Unset): A JSON array of file upload ids, e.g. [1,2,3]

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[FileUpload]
        """

        from . import projects_file_uploads_list as _projects_file_uploads_list

        return _projects_file_uploads_list.sync(
            id=id,
            all_=all_,
            ids=ids,
            client=self._client,
        )

    def projects_file_uploads_list_detailed(
        self,
        id: int,
        *,
        all_: bool | Unset = UNSET,
        ids: str | Unset = UNSET,
    ) -> Response[builtins.list[FileUpload]]:
        """Get files list


                Retrieve the list of uploaded files used to create labeling tasks for a specific project.


        Args:
            id (int):
            all_ (bool | Unset):
            ids (str | Unset): A JSON array of file upload ids, e.g. [1,2,3]

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[FileUpload]]
        """

        from . import projects_file_uploads_list as _projects_file_uploads_list

        return _projects_file_uploads_list.sync_detailed(
            id=id,
            all_=all_,
            ids=ids,
            client=self._client,
        )

    def projects_import_create(
        self,
        id: int,
        *,
        body: builtins.list[ImportApiRequest],
        commit_to_project: bool | Unset = True,
        preannotated_from_fields: builtins.list[str] | Unset = UNSET,
        return_task_ids: bool | Unset = False,
    ) -> ProjectsImportCreateIncorrectTaskData | ProjectsImportCreateTaskCreationResponse | None:
        """ Import tasks

         
                    Import data as labeling tasks in bulk using this API endpoint. You can use this API
        endpoint to import multiple tasks.
                    One POST request is limited at 250K tasks and 200 MB.

                    **Note:** Imported data is verified against a project *label_config* and must
                    include all variables that were used in the *label_config*. For example,
                    if the label configuration has a *$text* variable, then each item in a data object
                    must include a "text" field.
                    <br>

                    ## Async Import Behavior
                    <hr style="opacity:0.3">

                    **For non-Community editions, this endpoint processes imports asynchronously.**

                    - The POST request **can fail** for invalid parameters, malformed request body, or other
        request-level validation errors.
                    - However, **data validation errors** that occur during import processing are handled
        asynchronously and will not cause the POST request to fail.
                    - Upon successful request validation, a response is returned: `{"import": <import_id>}`
                    - Use the returned `import_id` to poll the GET
        `/api/projects/{project_id}/imports/{import_id}` endpoint to check the import status and see any
        data validation errors.
                    - Data-level errors and import failures will only be visible in the GET request
        response.

                    For Community edition, imports are processed synchronously and return task counts
        immediately.
                    <br>

                    ## POST requests
                    <hr style="opacity:0.3">

                    There are three possible ways to import tasks with this endpoint:

                    ### 1. **POST with data**
                    Send JSON tasks as POST data. Only JSON is supported for POSTing files directly.
                    Update this example to specify your authorization token and Label Studio instance host,
        then run the following from
                    the command line.

                    ```bash
                    curl -H 'Content-Type: application/json' -H 'Authorization: Token abc123' \\
                    -X POST 'https://localhost:8080/api/projects/1/import' --data '[{"text": "Some text 1"},
        {"text": "Some text 2"}]'
                    ```

                    ### 2. **POST with files**
                    Send tasks as files. You can attach multiple files with different names.

                    - **JSON**: text files in JavaScript object notation format
                    - **CSV**: text files with tables in Comma Separated Values format
                    - **TSV**: text files with tables in Tab Separated Value format
                    - **TXT**: simple text files are similar to CSV with one column and no header, supported
        for projects with one source only

                    Update this example to specify your authorization token, Label Studio instance host, and
        file name and path,
                    then run the following from the command line:

                    ```bash
                    curl -H 'Authorization: Token abc123' \\
                    -X POST 'https://localhost:8080/api/projects/1/import' -F 'file=@path/to/my_file.csv'
                    ```

                    ### 3. **POST with URL**
                    You can also provide a URL to a file with labeling tasks. Supported file formats are the
        same as in option 2.

                    ```bash
                    curl -H 'Content-Type: application/json' -H 'Authorization: Token abc123' \\
                    -X POST 'https://localhost:8080/api/projects/1/import' \\
                    --data '[{"url": "http://example.com/test1.csv"}, {"url":
        "http://example.com/test2.csv"}]'
                    ```

                    <br>


        Args:
            id (int):
            commit_to_project (bool | Unset):  Default: True.
            preannotated_from_fields (list[str] | Unset):
            return_task_ids (bool | Unset):  Default: False.
            body (list[ImportApiRequest]):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            ProjectsImportCreateIncorrectTaskData | ProjectsImportCreateTaskCreationResponse
         """

        from . import projects_import_create as _projects_import_create

        return _projects_import_create.sync(
            id=id,
            body=body,
            commit_to_project=commit_to_project,
            preannotated_from_fields=preannotated_from_fields,
            return_task_ids=return_task_ids,
            client=self._client,
        )

    def projects_import_create_detailed(
        self,
        id: int,
        *,
        body: builtins.list[ImportApiRequest],
        commit_to_project: bool | Unset = True,
        preannotated_from_fields: builtins.list[str] | Unset = UNSET,
        return_task_ids: bool | Unset = False,
    ) -> Response[ProjectsImportCreateIncorrectTaskData | ProjectsImportCreateTaskCreationResponse]:
        """ Import tasks

         
                    Import data as labeling tasks in bulk using this API endpoint. You can use this API
        endpoint to import multiple tasks.
                    One POST request is limited at 250K tasks and 200 MB.

                    **Note:** Imported data is verified against a project *label_config* and must
                    include all variables that were used in the *label_config*. For example,
                    if the label configuration has a *$text* variable, then each item in a data object
                    must include a "text" field.
                    <br>

                    ## Async Import Behavior
                    <hr style="opacity:0.3">

                    **For non-Community editions, this endpoint processes imports asynchronously.**

                    - The POST request **can fail** for invalid parameters, malformed request body, or other
        request-level validation errors.
                    - However, **data validation errors** that occur during import processing are handled
        asynchronously and will not cause the POST request to fail.
                    - Upon successful request validation, a response is returned: `{"import": <import_id>}`
                    - Use the returned `import_id` to poll the GET
        `/api/projects/{project_id}/imports/{import_id}` endpoint to check the import status and see any
        data validation errors.
                    - Data-level errors and import failures will only be visible in the GET request
        response.

                    For Community edition, imports are processed synchronously and return task counts
        immediately.
                    <br>

                    ## POST requests
                    <hr style="opacity:0.3">

                    There are three possible ways to import tasks with this endpoint:

                    ### 1. **POST with data**
                    Send JSON tasks as POST data. Only JSON is supported for POSTing files directly.
                    Update this example to specify your authorization token and Label Studio instance host,
        then run the following from
                    the command line.

                    ```bash
                    curl -H 'Content-Type: application/json' -H 'Authorization: Token abc123' \\
                    -X POST 'https://localhost:8080/api/projects/1/import' --data '[{"text": "Some text 1"},
        {"text": "Some text 2"}]'
                    ```

                    ### 2. **POST with files**
                    Send tasks as files. You can attach multiple files with different names.

                    - **JSON**: text files in JavaScript object notation format
                    - **CSV**: text files with tables in Comma Separated Values format
                    - **TSV**: text files with tables in Tab Separated Value format
                    - **TXT**: simple text files are similar to CSV with one column and no header, supported
        for projects with one source only

                    Update this example to specify your authorization token, Label Studio instance host, and
        file name and path,
                    then run the following from the command line:

                    ```bash
                    curl -H 'Authorization: Token abc123' \\
                    -X POST 'https://localhost:8080/api/projects/1/import' -F 'file=@path/to/my_file.csv'
                    ```

                    ### 3. **POST with URL**
                    You can also provide a URL to a file with labeling tasks. Supported file formats are the
        same as in option 2.

                    ```bash
                    curl -H 'Content-Type: application/json' -H 'Authorization: Token abc123' \\
                    -X POST 'https://localhost:8080/api/projects/1/import' \\
                    --data '[{"url": "http://example.com/test1.csv"}, {"url":
        "http://example.com/test2.csv"}]'
                    ```

                    <br>


        Args:
            id (int):
            commit_to_project (bool | Unset):  Default: True.
            preannotated_from_fields (list[str] | Unset):
            return_task_ids (bool | Unset):  Default: False.
            body (list[ImportApiRequest]):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[ProjectsImportCreateIncorrectTaskData | ProjectsImportCreateTaskCreationResponse]
         """

        from . import projects_import_create as _projects_import_create

        return _projects_import_create.sync_detailed(
            id=id,
            body=body,
            commit_to_project=commit_to_project,
            preannotated_from_fields=preannotated_from_fields,
            return_task_ids=return_task_ids,
            client=self._client,
        )

    def projects_import_predictions_create(
        self,
        id: int,
        *,
        body: builtins.list[PredictionRequest],
    ) -> Any | ProjectsImportPredictionsCreatePredictionsImportResponse | None:
        """Import predictions

         Import model predictions for tasks in the specified project.

        Args:
            id (int):
            body (list[PredictionRequest]):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Any | ProjectsImportPredictionsCreatePredictionsImportResponse
        """

        from . import projects_import_predictions_create as _projects_import_predictions_create

        return _projects_import_predictions_create.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def projects_import_predictions_create_detailed(
        self,
        id: int,
        *,
        body: builtins.list[PredictionRequest],
    ) -> Response[Any | ProjectsImportPredictionsCreatePredictionsImportResponse]:
        """Import predictions

         Import model predictions for tasks in the specified project.

        Args:
            id (int):
            body (list[PredictionRequest]):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any | ProjectsImportPredictionsCreatePredictionsImportResponse]
        """

        from . import projects_import_predictions_create as _projects_import_predictions_create

        return _projects_import_predictions_create.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )


class AsyncImportApi:
    """Every operation tagged "import_", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def data_upload_retrieve(
        self,
        filename: str,
    ) -> File | None:
        """Download file

         Download a specific uploaded file.

        Args:
            filename (str):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            File
        """

        from . import data_upload_retrieve as _data_upload_retrieve

        return await _data_upload_retrieve.asyncio(
            filename=filename,
            client=self._client,
        )

    async def data_upload_retrieve_detailed(
        self,
        filename: str,
    ) -> Response[File]:
        """Download file

         Download a specific uploaded file.

        Args:
            filename (str):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[File]
        """

        from . import data_upload_retrieve as _data_upload_retrieve

        return await _data_upload_retrieve.asyncio_detailed(
            filename=filename,
            client=self._client,
        )

    def data_upload_retrieve_stream(
        self,
        filename: str,
    ) -> contextlib.AbstractAsyncContextManager[httpx.Response]:
        """Like ``data_upload_retrieve_detailed``, but as a context manager yielding the response with its body unread (stream it)."""
        from . import data_upload_retrieve as _data_upload_retrieve

        return _data_upload_retrieve.asyncio_stream(
            filename=filename,
            client=self._client,
        )

    async def import_file_upload_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete file upload

         Delete a specific uploaded file.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import import_file_upload_destroy as _import_file_upload_destroy

        return await _import_file_upload_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def import_file_upload_partial_update(
        self,
        id: int,
        *,
        body: PatchedFileUploadRequest | Unset = UNSET,
    ) -> FileUpload | None:
        """Update file upload

         Update a specific uploaded file.

        Args:
            id (int):
            body (PatchedFileUploadRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            FileUpload
        """

        from . import import_file_upload_partial_update as _import_file_upload_partial_update

        return await _import_file_upload_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def import_file_upload_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedFileUploadRequest | Unset = UNSET,
    ) -> Response[FileUpload]:
        """Update file upload

         Update a specific uploaded file.

        Args:
            id (int):
            body (PatchedFileUploadRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[FileUpload]
        """

        from . import import_file_upload_partial_update as _import_file_upload_partial_update

        return await _import_file_upload_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def import_file_upload_retrieve(
        self,
        id: int,
    ) -> FileUpload | None:
        """Get file upload

         Retrieve details about a specific uploaded file.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            FileUpload
        """

        from . import import_file_upload_retrieve as _import_file_upload_retrieve

        return await _import_file_upload_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def import_file_upload_retrieve_detailed(
        self,
        id: int,
    ) -> Response[FileUpload]:
        """Get file upload

         Retrieve details about a specific uploaded file.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[FileUpload]
        """

        from . import import_file_upload_retrieve as _import_file_upload_retrieve

        return await _import_file_upload_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def projects_file_uploads_destroy(
        self,
        id: int,
        *,
        body: ProjectsFileUploadsDestroyBody | Unset = UNSET,
    ) -> ProjectsFileUploadsDestroyResponse200 | None:
        """Delete files


                Delete uploaded files for a specific project.


        Args:
            id (int):
            body (ProjectsFileUploadsDestroyBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            ProjectsFileUploadsDestroyResponse200
        """

        from . import projects_file_uploads_destroy as _projects_file_uploads_destroy

        return await _projects_file_uploads_destroy.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def projects_file_uploads_destroy_detailed(
        self,
        id: int,
        *,
        body: ProjectsFileUploadsDestroyBody | Unset = UNSET,
    ) -> Response[ProjectsFileUploadsDestroyResponse200]:
        """Delete files


                Delete uploaded files for a specific project.


        Args:
            id (int):
            body (ProjectsFileUploadsDestroyBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[ProjectsFileUploadsDestroyResponse200]
        """

        from . import projects_file_uploads_destroy as _projects_file_uploads_destroy

        return await _projects_file_uploads_destroy.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def projects_file_uploads_list(
        self,
        id: int,
        *,
        all_: bool | Unset = UNSET,
        ids: str | Unset = UNSET,
    ) -> builtins.list[FileUpload] | None:
        """Get files list


                Retrieve the list of uploaded files used to create labeling tasks for a specific project.


        Args:
            id (int):
            all_ (bool | Unset):
            ids (str | Unset): A JSON array of file upload ids, e.g. [1,2,3]

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[FileUpload]
        """

        from . import projects_file_uploads_list as _projects_file_uploads_list

        return await _projects_file_uploads_list.asyncio(
            id=id,
            all_=all_,
            ids=ids,
            client=self._client,
        )

    async def projects_file_uploads_list_detailed(
        self,
        id: int,
        *,
        all_: bool | Unset = UNSET,
        ids: str | Unset = UNSET,
    ) -> Response[builtins.list[FileUpload]]:
        """Get files list


                Retrieve the list of uploaded files used to create labeling tasks for a specific project.


        Args:
            id (int):
            all_ (bool | Unset):
            ids (str | Unset): A JSON array of file upload ids, e.g. [1,2,3]

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[FileUpload]]
        """

        from . import projects_file_uploads_list as _projects_file_uploads_list

        return await _projects_file_uploads_list.asyncio_detailed(
            id=id,
            all_=all_,
            ids=ids,
            client=self._client,
        )

    async def projects_import_create(
        self,
        id: int,
        *,
        body: builtins.list[ImportApiRequest],
        commit_to_project: bool | Unset = True,
        preannotated_from_fields: builtins.list[str] | Unset = UNSET,
        return_task_ids: bool | Unset = False,
    ) -> ProjectsImportCreateIncorrectTaskData | ProjectsImportCreateTaskCreationResponse | None:
        """ Import tasks

         
                    Import data as labeling tasks in bulk using this API endpoint. You can use this API
        endpoint to import multiple tasks.
                    One POST request is limited at 250K tasks and 200 MB.

                    **Note:** Imported data is verified against a project *label_config* and must
                    include all variables that were used in the *label_config*. For example,
                    if the label configuration has a *$text* variable, then each item in a data object
                    must include a "text" field.
                    <br>

                    ## Async Import Behavior
                    <hr style="opacity:0.3">

                    **For non-Community editions, this endpoint processes imports asynchronously.**

                    - The POST request **can fail** for invalid parameters, malformed request body, or other
        request-level validation errors.
                    - However, **data validation errors** that occur during import processing are handled
        asynchronously and will not cause the POST request to fail.
                    - Upon successful request validation, a response is returned: `{"import": <import_id>}`
                    - Use the returned `import_id` to poll the GET
        `/api/projects/{project_id}/imports/{import_id}` endpoint to check the import status and see any
        data validation errors.
                    - Data-level errors and import failures will only be visible in the GET request
        response.

                    For Community edition, imports are processed synchronously and return task counts
        immediately.
                    <br>

                    ## POST requests
                    <hr style="opacity:0.3">

                    There are three possible ways to import tasks with this endpoint:

                    ### 1. **POST with data**
                    Send JSON tasks as POST data. Only JSON is supported for POSTing files directly.
                    Update this example to specify your authorization token and Label Studio instance host,
        then run the following from
                    the command line.

                    ```bash
                    curl -H 'Content-Type: application/json' -H 'Authorization: Token abc123' \\
                    -X POST 'https://localhost:8080/api/projects/1/import' --data '[{"text": "Some text 1"},
        {"text": "Some text 2"}]'
                    ```

                    ### 2. **POST with files**
                    Send tasks as files. You can attach multiple files with different names.

                    - **JSON**: text files in JavaScript object notation format
                    - **CSV**: text files with tables in Comma Separated Values format
                    - **TSV**: text files with tables in Tab Separated Value format
                    - **TXT**: simple text files are similar to CSV with one column and no header, supported
        for projects with one source only

                    Update this example to specify your authorization token, Label Studio instance host, and
        file name and path,
                    then run the following from the command line:

                    ```bash
                    curl -H 'Authorization: Token abc123' \\
                    -X POST 'https://localhost:8080/api/projects/1/import' -F 'file=@path/to/my_file.csv'
                    ```

                    ### 3. **POST with URL**
                    You can also provide a URL to a file with labeling tasks. Supported file formats are the
        same as in option 2.

                    ```bash
                    curl -H 'Content-Type: application/json' -H 'Authorization: Token abc123' \\
                    -X POST 'https://localhost:8080/api/projects/1/import' \\
                    --data '[{"url": "http://example.com/test1.csv"}, {"url":
        "http://example.com/test2.csv"}]'
                    ```

                    <br>


        Args:
            id (int):
            commit_to_project (bool | Unset):  Default: True.
            preannotated_from_fields (list[str] | Unset):
            return_task_ids (bool | Unset):  Default: False.
            body (list[ImportApiRequest]):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            ProjectsImportCreateIncorrectTaskData | ProjectsImportCreateTaskCreationResponse
         """

        from . import projects_import_create as _projects_import_create

        return await _projects_import_create.asyncio(
            id=id,
            body=body,
            commit_to_project=commit_to_project,
            preannotated_from_fields=preannotated_from_fields,
            return_task_ids=return_task_ids,
            client=self._client,
        )

    async def projects_import_create_detailed(
        self,
        id: int,
        *,
        body: builtins.list[ImportApiRequest],
        commit_to_project: bool | Unset = True,
        preannotated_from_fields: builtins.list[str] | Unset = UNSET,
        return_task_ids: bool | Unset = False,
    ) -> Response[ProjectsImportCreateIncorrectTaskData | ProjectsImportCreateTaskCreationResponse]:
        """ Import tasks

         
                    Import data as labeling tasks in bulk using this API endpoint. You can use this API
        endpoint to import multiple tasks.
                    One POST request is limited at 250K tasks and 200 MB.

                    **Note:** Imported data is verified against a project *label_config* and must
                    include all variables that were used in the *label_config*. For example,
                    if the label configuration has a *$text* variable, then each item in a data object
                    must include a "text" field.
                    <br>

                    ## Async Import Behavior
                    <hr style="opacity:0.3">

                    **For non-Community editions, this endpoint processes imports asynchronously.**

                    - The POST request **can fail** for invalid parameters, malformed request body, or other
        request-level validation errors.
                    - However, **data validation errors** that occur during import processing are handled
        asynchronously and will not cause the POST request to fail.
                    - Upon successful request validation, a response is returned: `{"import": <import_id>}`
                    - Use the returned `import_id` to poll the GET
        `/api/projects/{project_id}/imports/{import_id}` endpoint to check the import status and see any
        data validation errors.
                    - Data-level errors and import failures will only be visible in the GET request
        response.

                    For Community edition, imports are processed synchronously and return task counts
        immediately.
                    <br>

                    ## POST requests
                    <hr style="opacity:0.3">

                    There are three possible ways to import tasks with this endpoint:

                    ### 1. **POST with data**
                    Send JSON tasks as POST data. Only JSON is supported for POSTing files directly.
                    Update this example to specify your authorization token and Label Studio instance host,
        then run the following from
                    the command line.

                    ```bash
                    curl -H 'Content-Type: application/json' -H 'Authorization: Token abc123' \\
                    -X POST 'https://localhost:8080/api/projects/1/import' --data '[{"text": "Some text 1"},
        {"text": "Some text 2"}]'
                    ```

                    ### 2. **POST with files**
                    Send tasks as files. You can attach multiple files with different names.

                    - **JSON**: text files in JavaScript object notation format
                    - **CSV**: text files with tables in Comma Separated Values format
                    - **TSV**: text files with tables in Tab Separated Value format
                    - **TXT**: simple text files are similar to CSV with one column and no header, supported
        for projects with one source only

                    Update this example to specify your authorization token, Label Studio instance host, and
        file name and path,
                    then run the following from the command line:

                    ```bash
                    curl -H 'Authorization: Token abc123' \\
                    -X POST 'https://localhost:8080/api/projects/1/import' -F 'file=@path/to/my_file.csv'
                    ```

                    ### 3. **POST with URL**
                    You can also provide a URL to a file with labeling tasks. Supported file formats are the
        same as in option 2.

                    ```bash
                    curl -H 'Content-Type: application/json' -H 'Authorization: Token abc123' \\
                    -X POST 'https://localhost:8080/api/projects/1/import' \\
                    --data '[{"url": "http://example.com/test1.csv"}, {"url":
        "http://example.com/test2.csv"}]'
                    ```

                    <br>


        Args:
            id (int):
            commit_to_project (bool | Unset):  Default: True.
            preannotated_from_fields (list[str] | Unset):
            return_task_ids (bool | Unset):  Default: False.
            body (list[ImportApiRequest]):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[ProjectsImportCreateIncorrectTaskData | ProjectsImportCreateTaskCreationResponse]
         """

        from . import projects_import_create as _projects_import_create

        return await _projects_import_create.asyncio_detailed(
            id=id,
            body=body,
            commit_to_project=commit_to_project,
            preannotated_from_fields=preannotated_from_fields,
            return_task_ids=return_task_ids,
            client=self._client,
        )

    async def projects_import_predictions_create(
        self,
        id: int,
        *,
        body: builtins.list[PredictionRequest],
    ) -> Any | ProjectsImportPredictionsCreatePredictionsImportResponse | None:
        """Import predictions

         Import model predictions for tasks in the specified project.

        Args:
            id (int):
            body (list[PredictionRequest]):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Any | ProjectsImportPredictionsCreatePredictionsImportResponse
        """

        from . import projects_import_predictions_create as _projects_import_predictions_create

        return await _projects_import_predictions_create.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def projects_import_predictions_create_detailed(
        self,
        id: int,
        *,
        body: builtins.list[PredictionRequest],
    ) -> Response[Any | ProjectsImportPredictionsCreatePredictionsImportResponse]:
        """Import predictions

         Import model predictions for tasks in the specified project.

        Args:
            id (int):
            body (list[PredictionRequest]):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any | ProjectsImportPredictionsCreatePredictionsImportResponse]
        """

        from . import projects_import_predictions_create as _projects_import_predictions_create

        return await _projects_import_predictions_create.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

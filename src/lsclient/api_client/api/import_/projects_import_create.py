from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_api_request import ImportApiRequest
from ...models.projects_import_create_incorrect_task_data import ProjectsImportCreateIncorrectTaskData
from ...models.projects_import_create_task_creation_response import ProjectsImportCreateTaskCreationResponse
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: int,
    *,
    body: list[ImportApiRequest],
    commit_to_project: bool | Unset = True,
    preannotated_from_fields: list[str] | Unset = UNSET,
    return_task_ids: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["commit_to_project"] = commit_to_project

    json_preannotated_from_fields: list[str] | Unset = UNSET
    if not isinstance(preannotated_from_fields, Unset):
        json_preannotated_from_fields = preannotated_from_fields

    params["preannotated_from_fields"] = json_preannotated_from_fields

    params["return_task_ids"] = return_task_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api/projects/{path_segment(id)}/import",
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProjectsImportCreateIncorrectTaskData | ProjectsImportCreateTaskCreationResponse | None:
    if response.status_code == 201:
        response_201 = ProjectsImportCreateTaskCreationResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ProjectsImportCreateIncorrectTaskData.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProjectsImportCreateIncorrectTaskData | ProjectsImportCreateTaskCreationResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, KeyError, TypeError) as exc:
        if response.status_code < 400:
            raise errors.UnparsableResponse(response.status_code, response.content, repr(exc)) from exc
        parsed = None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        request=response.request,
    )


def request_kwargs(
    id: int,
    *,
    body: list[ImportApiRequest],
    commit_to_project: bool | Unset = True,
    preannotated_from_fields: list[str] | Unset = UNSET,
    return_task_ids: bool | Unset = False,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, params, body, headers)."""
    return _get_kwargs(
        id=id,
        body=body,
        commit_to_project=commit_to_project,
        preannotated_from_fields=preannotated_from_fields,
        return_task_ids=return_task_ids,
    )


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProjectsImportCreateIncorrectTaskData | ProjectsImportCreateTaskCreationResponse]:
    """Turn an ``httpx.Response`` of this operation into a parsed :class:`Response` (see ``sync_detailed``)."""
    return _build_response(client=client, response=response)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: list[ImportApiRequest],
    commit_to_project: bool | Unset = True,
    preannotated_from_fields: list[str] | Unset = UNSET,
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

    kwargs = _get_kwargs(
        id=id,
        body=body,
        commit_to_project=commit_to_project,
        preannotated_from_fields=preannotated_from_fields,
        return_task_ids=return_task_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: list[ImportApiRequest],
    commit_to_project: bool | Unset = True,
    preannotated_from_fields: list[str] | Unset = UNSET,
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

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        commit_to_project=commit_to_project,
        preannotated_from_fields=preannotated_from_fields,
        return_task_ids=return_task_ids,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: list[ImportApiRequest],
    commit_to_project: bool | Unset = True,
    preannotated_from_fields: list[str] | Unset = UNSET,
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

    kwargs = _get_kwargs(
        id=id,
        body=body,
        commit_to_project=commit_to_project,
        preannotated_from_fields=preannotated_from_fields,
        return_task_ids=return_task_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: list[ImportApiRequest],
    commit_to_project: bool | Unset = True,
    preannotated_from_fields: list[str] | Unset = UNSET,
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

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            commit_to_project=commit_to_project,
            preannotated_from_fields=preannotated_from_fields,
            return_task_ids=return_task_ids,
        )
    ).parsed

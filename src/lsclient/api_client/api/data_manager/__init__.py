"""Contains endpoint functions for accessing the API, and the per-tag facades ``DataManagerApi`` /
``AsyncDataManagerApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.dm_actions_create_body import DmActionsCreateBody
    from ...models.dm_actions_create_id import DmActionsCreateId
    from ...models.dm_actions_create_response_200 import DmActionsCreateResponse200
    from ...models.dm_actions_form_retrieve_response_200_item import DmActionsFormRetrieveResponse200Item
    from ...models.dm_actions_retrieve_action import DmActionsRetrieveAction
    from ...models.dm_columns_retrieve_response_200 import DmColumnsRetrieveResponse200
    from ...models.dm_project_retrieve_response_200 import DmProjectRetrieveResponse200
    from ...models.dm_views_create_body import DmViewsCreateBody
    from ...models.dm_views_partial_update_body import DmViewsPartialUpdateBody
    from ...models.dm_views_update_body import DmViewsUpdateBody
    from ...models.view import View
    from ...models.view_order_request import ViewOrderRequest


class DataManagerApi:
    """Every operation tagged "data_manager", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def dm_actions_create(
        self,
        *,
        body: DmActionsCreateBody | Unset = UNSET,
        id: DmActionsCreateId,
        project: int,
        view: int | Unset = UNSET,
    ) -> DmActionsCreateResponse200 | None:
        """Post actions

         Perform a Data Manager action with the selected tasks and filters. Note: More complex actions
        require additional parameters in the request body. Call `GET api/actions?project=<id>` to explore
        them. <br>Example: `GET api/actions?id=delete_tasks&project=1`

        Args:
            id (DmActionsCreateId):
            project (int):
            view (int | Unset):
            body (DmActionsCreateBody | Unset): Data payload containing task filters, selected task
                items, and ordering Example: {'filters': {'conjunction': 'or', 'items': [{'filter':
                'filter:tasks:id', 'operator': 'greater', 'type': 'Number', 'value': 123}]}, 'ordering':
                ['tasks:total_annotations'], 'selectedItems': {'all': True, 'excluded': [124, 125, 126]}}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            DmActionsCreateResponse200
        """

        from . import dm_actions_create as _dm_actions_create

        return _dm_actions_create.sync(
            body=body,
            id=id,
            project=project,
            view=view,
            client=self._client,
        )

    def dm_actions_create_detailed(
        self,
        *,
        body: DmActionsCreateBody | Unset = UNSET,
        id: DmActionsCreateId,
        project: int,
        view: int | Unset = UNSET,
    ) -> Response[DmActionsCreateResponse200]:
        """Post actions

         Perform a Data Manager action with the selected tasks and filters. Note: More complex actions
        require additional parameters in the request body. Call `GET api/actions?project=<id>` to explore
        them. <br>Example: `GET api/actions?id=delete_tasks&project=1`

        Args:
            id (DmActionsCreateId):
            project (int):
            view (int | Unset):
            body (DmActionsCreateBody | Unset): Data payload containing task filters, selected task
                items, and ordering Example: {'filters': {'conjunction': 'or', 'items': [{'filter':
                'filter:tasks:id', 'operator': 'greater', 'type': 'Number', 'value': 123}]}, 'ordering':
                ['tasks:total_annotations'], 'selectedItems': {'all': True, 'excluded': [124, 125, 126]}}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[DmActionsCreateResponse200]
        """

        from . import dm_actions_create as _dm_actions_create

        return _dm_actions_create.sync_detailed(
            body=body,
            id=id,
            project=project,
            view=view,
            client=self._client,
        )

    def dm_actions_form_retrieve(
        self,
        action_id: str,
        *,
        project: int,
    ) -> builtins.list[DmActionsFormRetrieveResponse200Item] | None:
        """Get action form

         Get the form configuration for a specific action.

        Args:
            action_id (str):
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[DmActionsFormRetrieveResponse200Item]
        """

        from . import dm_actions_form_retrieve as _dm_actions_form_retrieve

        return _dm_actions_form_retrieve.sync(
            action_id=action_id,
            project=project,
            client=self._client,
        )

    def dm_actions_form_retrieve_detailed(
        self,
        action_id: str,
        *,
        project: int,
    ) -> Response[builtins.list[DmActionsFormRetrieveResponse200Item]]:
        """Get action form

         Get the form configuration for a specific action.

        Args:
            action_id (str):
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[DmActionsFormRetrieveResponse200Item]]
        """

        from . import dm_actions_form_retrieve as _dm_actions_form_retrieve

        return _dm_actions_form_retrieve.sync_detailed(
            action_id=action_id,
            project=project,
            client=self._client,
        )

    def dm_actions_retrieve(
        self,
        *,
        project: int,
    ) -> builtins.list[DmActionsRetrieveAction] | None:
        """Get actions

         Retrieve all the registered actions with descriptions that data manager can use.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[DmActionsRetrieveAction]
        """

        from . import dm_actions_retrieve as _dm_actions_retrieve

        return _dm_actions_retrieve.sync(
            project=project,
            client=self._client,
        )

    def dm_actions_retrieve_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[DmActionsRetrieveAction]]:
        """Get actions

         Retrieve all the registered actions with descriptions that data manager can use.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[DmActionsRetrieveAction]]
        """

        from . import dm_actions_retrieve as _dm_actions_retrieve

        return _dm_actions_retrieve.sync_detailed(
            project=project,
            client=self._client,
        )

    def dm_columns_retrieve(
        self,
        *,
        project: int,
    ) -> Any | DmColumnsRetrieveResponse200 | None:
        """Get data manager columns

         Retrieve the data manager columns available for the tasks in a specific project. For more details,
        see [GET api/actions](#/Data%20Manager/get_api_actions).

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Any | DmColumnsRetrieveResponse200
        """

        from . import dm_columns_retrieve as _dm_columns_retrieve

        return _dm_columns_retrieve.sync(
            project=project,
            client=self._client,
        )

    def dm_columns_retrieve_detailed(
        self,
        *,
        project: int,
    ) -> Response[Any | DmColumnsRetrieveResponse200]:
        """Get data manager columns

         Retrieve the data manager columns available for the tasks in a specific project. For more details,
        see [GET api/actions](#/Data%20Manager/get_api_actions).

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any | DmColumnsRetrieveResponse200]
        """

        from . import dm_columns_retrieve as _dm_columns_retrieve

        return _dm_columns_retrieve.sync_detailed(
            project=project,
            client=self._client,
        )

    def dm_project_retrieve(
        self,
        *,
        project: int,
    ) -> DmProjectRetrieveResponse200 | None:
        """Get project state

         Retrieve the project state for the data manager.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            DmProjectRetrieveResponse200
        """

        from . import dm_project_retrieve as _dm_project_retrieve

        return _dm_project_retrieve.sync(
            project=project,
            client=self._client,
        )

    def dm_project_retrieve_detailed(
        self,
        *,
        project: int,
    ) -> Response[DmProjectRetrieveResponse200]:
        """Get project state

         Retrieve the project state for the data manager.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[DmProjectRetrieveResponse200]
        """

        from . import dm_project_retrieve as _dm_project_retrieve

        return _dm_project_retrieve.sync_detailed(
            project=project,
            client=self._client,
        )

    def dm_views_create(
        self,
        *,
        body: DmViewsCreateBody | Unset = UNSET,
    ) -> View | None:
        """Create view

         Create a view for a specific project.

        Args:
            body (DmViewsCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            View
        """

        from . import dm_views_create as _dm_views_create

        return _dm_views_create.sync(
            body=body,
            client=self._client,
        )

    def dm_views_create_detailed(
        self,
        *,
        body: DmViewsCreateBody | Unset = UNSET,
    ) -> Response[View]:
        """Create view

         Create a view for a specific project.

        Args:
            body (DmViewsCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[View]
        """

        from . import dm_views_create as _dm_views_create

        return _dm_views_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def dm_views_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete view

         Delete a specific view by ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import dm_views_destroy as _dm_views_destroy

        return _dm_views_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def dm_views_list(
        self,
        *,
        project: int | Unset = UNSET,
    ) -> builtins.list[View] | None:
        """List views

         List all views for a specific project.

        Args:
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[View]
        """

        from . import dm_views_list as _dm_views_list

        return _dm_views_list.sync(
            project=project,
            client=self._client,
        )

    def dm_views_list_detailed(
        self,
        *,
        project: int | Unset = UNSET,
    ) -> Response[builtins.list[View]]:
        """List views

         List all views for a specific project.

        Args:
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[View]]
        """

        from . import dm_views_list as _dm_views_list

        return _dm_views_list.sync_detailed(
            project=project,
            client=self._client,
        )

    def dm_views_order_create(
        self,
        *,
        body: ViewOrderRequest,
    ) -> Response[Any]:
        """Update order of views

         Update the order field of views based on the provided list of view IDs

        Args:
            body (ViewOrderRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import dm_views_order_create as _dm_views_order_create

        return _dm_views_order_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def dm_views_partial_update(
        self,
        id: int,
        *,
        body: DmViewsPartialUpdateBody | Unset = UNSET,
    ) -> View | None:
        """Update view

         Update view data with additional filters and other information for a specific project.

        Args:
            id (int):
            body (DmViewsPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            View
        """

        from . import dm_views_partial_update as _dm_views_partial_update

        return _dm_views_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def dm_views_partial_update_detailed(
        self,
        id: int,
        *,
        body: DmViewsPartialUpdateBody | Unset = UNSET,
    ) -> Response[View]:
        """Update view

         Update view data with additional filters and other information for a specific project.

        Args:
            id (int):
            body (DmViewsPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[View]
        """

        from . import dm_views_partial_update as _dm_views_partial_update

        return _dm_views_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def dm_views_reset_destroy(
        self,
        *,
        project: int,
    ) -> Response[Any]:
        """Delete all project views

         Delete all views for a specific project.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import dm_views_reset_destroy as _dm_views_reset_destroy

        return _dm_views_reset_destroy.sync_detailed(
            project=project,
            client=self._client,
        )

    def dm_views_retrieve(
        self,
        id: int,
    ) -> View | None:
        """Get view details

         Get the details about a specific view in the data manager

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            View
        """

        from . import dm_views_retrieve as _dm_views_retrieve

        return _dm_views_retrieve.sync(
            id=id,
            client=self._client,
        )

    def dm_views_retrieve_detailed(
        self,
        id: int,
    ) -> Response[View]:
        """Get view details

         Get the details about a specific view in the data manager

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[View]
        """

        from . import dm_views_retrieve as _dm_views_retrieve

        return _dm_views_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def dm_views_update(
        self,
        id: int,
        *,
        body: DmViewsUpdateBody | Unset = UNSET,
    ) -> View | None:
        """Put view

         Overwrite view data with updated filters and other information for a specific project.

        Args:
            id (int):
            body (DmViewsUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            View
        """

        from . import dm_views_update as _dm_views_update

        return _dm_views_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def dm_views_update_detailed(
        self,
        id: int,
        *,
        body: DmViewsUpdateBody | Unset = UNSET,
    ) -> Response[View]:
        """Put view

         Overwrite view data with updated filters and other information for a specific project.

        Args:
            id (int):
            body (DmViewsUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[View]
        """

        from . import dm_views_update as _dm_views_update

        return _dm_views_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )


class AsyncDataManagerApi:
    """Every operation tagged "data_manager", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def dm_actions_create(
        self,
        *,
        body: DmActionsCreateBody | Unset = UNSET,
        id: DmActionsCreateId,
        project: int,
        view: int | Unset = UNSET,
    ) -> DmActionsCreateResponse200 | None:
        """Post actions

         Perform a Data Manager action with the selected tasks and filters. Note: More complex actions
        require additional parameters in the request body. Call `GET api/actions?project=<id>` to explore
        them. <br>Example: `GET api/actions?id=delete_tasks&project=1`

        Args:
            id (DmActionsCreateId):
            project (int):
            view (int | Unset):
            body (DmActionsCreateBody | Unset): Data payload containing task filters, selected task
                items, and ordering Example: {'filters': {'conjunction': 'or', 'items': [{'filter':
                'filter:tasks:id', 'operator': 'greater', 'type': 'Number', 'value': 123}]}, 'ordering':
                ['tasks:total_annotations'], 'selectedItems': {'all': True, 'excluded': [124, 125, 126]}}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            DmActionsCreateResponse200
        """

        from . import dm_actions_create as _dm_actions_create

        return await _dm_actions_create.asyncio(
            body=body,
            id=id,
            project=project,
            view=view,
            client=self._client,
        )

    async def dm_actions_create_detailed(
        self,
        *,
        body: DmActionsCreateBody | Unset = UNSET,
        id: DmActionsCreateId,
        project: int,
        view: int | Unset = UNSET,
    ) -> Response[DmActionsCreateResponse200]:
        """Post actions

         Perform a Data Manager action with the selected tasks and filters. Note: More complex actions
        require additional parameters in the request body. Call `GET api/actions?project=<id>` to explore
        them. <br>Example: `GET api/actions?id=delete_tasks&project=1`

        Args:
            id (DmActionsCreateId):
            project (int):
            view (int | Unset):
            body (DmActionsCreateBody | Unset): Data payload containing task filters, selected task
                items, and ordering Example: {'filters': {'conjunction': 'or', 'items': [{'filter':
                'filter:tasks:id', 'operator': 'greater', 'type': 'Number', 'value': 123}]}, 'ordering':
                ['tasks:total_annotations'], 'selectedItems': {'all': True, 'excluded': [124, 125, 126]}}.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[DmActionsCreateResponse200]
        """

        from . import dm_actions_create as _dm_actions_create

        return await _dm_actions_create.asyncio_detailed(
            body=body,
            id=id,
            project=project,
            view=view,
            client=self._client,
        )

    async def dm_actions_form_retrieve(
        self,
        action_id: str,
        *,
        project: int,
    ) -> builtins.list[DmActionsFormRetrieveResponse200Item] | None:
        """Get action form

         Get the form configuration for a specific action.

        Args:
            action_id (str):
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[DmActionsFormRetrieveResponse200Item]
        """

        from . import dm_actions_form_retrieve as _dm_actions_form_retrieve

        return await _dm_actions_form_retrieve.asyncio(
            action_id=action_id,
            project=project,
            client=self._client,
        )

    async def dm_actions_form_retrieve_detailed(
        self,
        action_id: str,
        *,
        project: int,
    ) -> Response[builtins.list[DmActionsFormRetrieveResponse200Item]]:
        """Get action form

         Get the form configuration for a specific action.

        Args:
            action_id (str):
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[DmActionsFormRetrieveResponse200Item]]
        """

        from . import dm_actions_form_retrieve as _dm_actions_form_retrieve

        return await _dm_actions_form_retrieve.asyncio_detailed(
            action_id=action_id,
            project=project,
            client=self._client,
        )

    async def dm_actions_retrieve(
        self,
        *,
        project: int,
    ) -> builtins.list[DmActionsRetrieveAction] | None:
        """Get actions

         Retrieve all the registered actions with descriptions that data manager can use.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[DmActionsRetrieveAction]
        """

        from . import dm_actions_retrieve as _dm_actions_retrieve

        return await _dm_actions_retrieve.asyncio(
            project=project,
            client=self._client,
        )

    async def dm_actions_retrieve_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[DmActionsRetrieveAction]]:
        """Get actions

         Retrieve all the registered actions with descriptions that data manager can use.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[DmActionsRetrieveAction]]
        """

        from . import dm_actions_retrieve as _dm_actions_retrieve

        return await _dm_actions_retrieve.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def dm_columns_retrieve(
        self,
        *,
        project: int,
    ) -> Any | DmColumnsRetrieveResponse200 | None:
        """Get data manager columns

         Retrieve the data manager columns available for the tasks in a specific project. For more details,
        see [GET api/actions](#/Data%20Manager/get_api_actions).

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Any | DmColumnsRetrieveResponse200
        """

        from . import dm_columns_retrieve as _dm_columns_retrieve

        return await _dm_columns_retrieve.asyncio(
            project=project,
            client=self._client,
        )

    async def dm_columns_retrieve_detailed(
        self,
        *,
        project: int,
    ) -> Response[Any | DmColumnsRetrieveResponse200]:
        """Get data manager columns

         Retrieve the data manager columns available for the tasks in a specific project. For more details,
        see [GET api/actions](#/Data%20Manager/get_api_actions).

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any | DmColumnsRetrieveResponse200]
        """

        from . import dm_columns_retrieve as _dm_columns_retrieve

        return await _dm_columns_retrieve.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def dm_project_retrieve(
        self,
        *,
        project: int,
    ) -> DmProjectRetrieveResponse200 | None:
        """Get project state

         Retrieve the project state for the data manager.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            DmProjectRetrieveResponse200
        """

        from . import dm_project_retrieve as _dm_project_retrieve

        return await _dm_project_retrieve.asyncio(
            project=project,
            client=self._client,
        )

    async def dm_project_retrieve_detailed(
        self,
        *,
        project: int,
    ) -> Response[DmProjectRetrieveResponse200]:
        """Get project state

         Retrieve the project state for the data manager.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[DmProjectRetrieveResponse200]
        """

        from . import dm_project_retrieve as _dm_project_retrieve

        return await _dm_project_retrieve.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def dm_views_create(
        self,
        *,
        body: DmViewsCreateBody | Unset = UNSET,
    ) -> View | None:
        """Create view

         Create a view for a specific project.

        Args:
            body (DmViewsCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            View
        """

        from . import dm_views_create as _dm_views_create

        return await _dm_views_create.asyncio(
            body=body,
            client=self._client,
        )

    async def dm_views_create_detailed(
        self,
        *,
        body: DmViewsCreateBody | Unset = UNSET,
    ) -> Response[View]:
        """Create view

         Create a view for a specific project.

        Args:
            body (DmViewsCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[View]
        """

        from . import dm_views_create as _dm_views_create

        return await _dm_views_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def dm_views_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete view

         Delete a specific view by ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import dm_views_destroy as _dm_views_destroy

        return await _dm_views_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def dm_views_list(
        self,
        *,
        project: int | Unset = UNSET,
    ) -> builtins.list[View] | None:
        """List views

         List all views for a specific project.

        Args:
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[View]
        """

        from . import dm_views_list as _dm_views_list

        return await _dm_views_list.asyncio(
            project=project,
            client=self._client,
        )

    async def dm_views_list_detailed(
        self,
        *,
        project: int | Unset = UNSET,
    ) -> Response[builtins.list[View]]:
        """List views

         List all views for a specific project.

        Args:
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[View]]
        """

        from . import dm_views_list as _dm_views_list

        return await _dm_views_list.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def dm_views_order_create(
        self,
        *,
        body: ViewOrderRequest,
    ) -> Response[Any]:
        """Update order of views

         Update the order field of views based on the provided list of view IDs

        Args:
            body (ViewOrderRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import dm_views_order_create as _dm_views_order_create

        return await _dm_views_order_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def dm_views_partial_update(
        self,
        id: int,
        *,
        body: DmViewsPartialUpdateBody | Unset = UNSET,
    ) -> View | None:
        """Update view

         Update view data with additional filters and other information for a specific project.

        Args:
            id (int):
            body (DmViewsPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            View
        """

        from . import dm_views_partial_update as _dm_views_partial_update

        return await _dm_views_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def dm_views_partial_update_detailed(
        self,
        id: int,
        *,
        body: DmViewsPartialUpdateBody | Unset = UNSET,
    ) -> Response[View]:
        """Update view

         Update view data with additional filters and other information for a specific project.

        Args:
            id (int):
            body (DmViewsPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[View]
        """

        from . import dm_views_partial_update as _dm_views_partial_update

        return await _dm_views_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def dm_views_reset_destroy(
        self,
        *,
        project: int,
    ) -> Response[Any]:
        """Delete all project views

         Delete all views for a specific project.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import dm_views_reset_destroy as _dm_views_reset_destroy

        return await _dm_views_reset_destroy.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def dm_views_retrieve(
        self,
        id: int,
    ) -> View | None:
        """Get view details

         Get the details about a specific view in the data manager

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            View
        """

        from . import dm_views_retrieve as _dm_views_retrieve

        return await _dm_views_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def dm_views_retrieve_detailed(
        self,
        id: int,
    ) -> Response[View]:
        """Get view details

         Get the details about a specific view in the data manager

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[View]
        """

        from . import dm_views_retrieve as _dm_views_retrieve

        return await _dm_views_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def dm_views_update(
        self,
        id: int,
        *,
        body: DmViewsUpdateBody | Unset = UNSET,
    ) -> View | None:
        """Put view

         Overwrite view data with updated filters and other information for a specific project.

        Args:
            id (int):
            body (DmViewsUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            View
        """

        from . import dm_views_update as _dm_views_update

        return await _dm_views_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def dm_views_update_detailed(
        self,
        id: int,
        *,
        body: DmViewsUpdateBody | Unset = UNSET,
    ) -> Response[View]:
        """Put view

         Overwrite view data with updated filters and other information for a specific project.

        Args:
            id (int):
            body (DmViewsUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[View]
        """

        from . import dm_views_update as _dm_views_update

        return await _dm_views_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

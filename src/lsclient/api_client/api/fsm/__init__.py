"""Contains endpoint functions for accessing the API, and the per-tag facades ``FsmApi`` /
``AsyncFsmApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.fsm_transition_execute_request_request import FSMTransitionExecuteRequestRequest
    from ...models.fsm_transition_execute_response import FSMTransitionExecuteResponse
    from ...models.paginated_state_model_list import PaginatedStateModelList


class FsmApi:
    """Every operation tagged "fsm", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def entities_history_list(
        self,
        entity_name: str,
        entity_id: int,
        *,
        created_at_from: str | Unset = UNSET,
        created_at_to: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        previous_state: str | Unset = UNSET,
        state: str | Unset = UNSET,
        transition_name: str | Unset = UNSET,
        triggered_by: float | Unset = UNSET,
    ) -> PaginatedStateModelList | None:
        """Get entity state history

         Get the state history of an entity

        Args:
            entity_name (str):
            entity_id (int):
            created_at_from (str | Unset):
            created_at_to (str | Unset):
            ordering (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            previous_state (str | Unset):
            state (str | Unset):
            transition_name (str | Unset):
            triggered_by (float | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            PaginatedStateModelList
        """

        from . import fsm_entities_history_list as _fsm_entities_history_list

        return _fsm_entities_history_list.sync(
            entity_name=entity_name,
            entity_id=entity_id,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            ordering=ordering,
            page=page,
            page_size=page_size,
            previous_state=previous_state,
            state=state,
            transition_name=transition_name,
            triggered_by=triggered_by,
            client=self._client,
        )

    def entities_history_list_detailed(
        self,
        entity_name: str,
        entity_id: int,
        *,
        created_at_from: str | Unset = UNSET,
        created_at_to: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        previous_state: str | Unset = UNSET,
        state: str | Unset = UNSET,
        transition_name: str | Unset = UNSET,
        triggered_by: float | Unset = UNSET,
    ) -> Response[PaginatedStateModelList]:
        """Get entity state history

         Get the state history of an entity

        Args:
            entity_name (str):
            entity_id (int):
            created_at_from (str | Unset):
            created_at_to (str | Unset):
            ordering (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            previous_state (str | Unset):
            state (str | Unset):
            transition_name (str | Unset):
            triggered_by (float | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[PaginatedStateModelList]
        """

        from . import fsm_entities_history_list as _fsm_entities_history_list

        return _fsm_entities_history_list.sync_detailed(
            entity_name=entity_name,
            entity_id=entity_id,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            ordering=ordering,
            page=page,
            page_size=page_size,
            previous_state=previous_state,
            state=state,
            transition_name=transition_name,
            triggered_by=triggered_by,
            client=self._client,
        )

    def entities_transition_create(
        self,
        entity_name: str,
        entity_id: int,
        *,
        body: FSMTransitionExecuteRequestRequest,
    ) -> FSMTransitionExecuteResponse | None:
        """Execute manual FSM transition

         Execute a registered manual transition for an entity.

        Args:
            entity_name (str):
            entity_id (int):
            body (FSMTransitionExecuteRequestRequest): Request body serializer for executing a manual
                FSM transition.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            FSMTransitionExecuteResponse
        """

        from . import fsm_entities_transition_create as _fsm_entities_transition_create

        return _fsm_entities_transition_create.sync(
            entity_name=entity_name,
            entity_id=entity_id,
            body=body,
            client=self._client,
        )

    def entities_transition_create_detailed(
        self,
        entity_name: str,
        entity_id: int,
        *,
        body: FSMTransitionExecuteRequestRequest,
    ) -> Response[FSMTransitionExecuteResponse]:
        """Execute manual FSM transition

         Execute a registered manual transition for an entity.

        Args:
            entity_name (str):
            entity_id (int):
            body (FSMTransitionExecuteRequestRequest): Request body serializer for executing a manual
                FSM transition.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[FSMTransitionExecuteResponse]
        """

        from . import fsm_entities_transition_create as _fsm_entities_transition_create

        return _fsm_entities_transition_create.sync_detailed(
            entity_name=entity_name,
            entity_id=entity_id,
            body=body,
            client=self._client,
        )


class AsyncFsmApi:
    """Every operation tagged "fsm", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def entities_history_list(
        self,
        entity_name: str,
        entity_id: int,
        *,
        created_at_from: str | Unset = UNSET,
        created_at_to: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        previous_state: str | Unset = UNSET,
        state: str | Unset = UNSET,
        transition_name: str | Unset = UNSET,
        triggered_by: float | Unset = UNSET,
    ) -> PaginatedStateModelList | None:
        """Get entity state history

         Get the state history of an entity

        Args:
            entity_name (str):
            entity_id (int):
            created_at_from (str | Unset):
            created_at_to (str | Unset):
            ordering (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            previous_state (str | Unset):
            state (str | Unset):
            transition_name (str | Unset):
            triggered_by (float | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            PaginatedStateModelList
        """

        from . import fsm_entities_history_list as _fsm_entities_history_list

        return await _fsm_entities_history_list.asyncio(
            entity_name=entity_name,
            entity_id=entity_id,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            ordering=ordering,
            page=page,
            page_size=page_size,
            previous_state=previous_state,
            state=state,
            transition_name=transition_name,
            triggered_by=triggered_by,
            client=self._client,
        )

    async def entities_history_list_detailed(
        self,
        entity_name: str,
        entity_id: int,
        *,
        created_at_from: str | Unset = UNSET,
        created_at_to: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        previous_state: str | Unset = UNSET,
        state: str | Unset = UNSET,
        transition_name: str | Unset = UNSET,
        triggered_by: float | Unset = UNSET,
    ) -> Response[PaginatedStateModelList]:
        """Get entity state history

         Get the state history of an entity

        Args:
            entity_name (str):
            entity_id (int):
            created_at_from (str | Unset):
            created_at_to (str | Unset):
            ordering (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            previous_state (str | Unset):
            state (str | Unset):
            transition_name (str | Unset):
            triggered_by (float | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[PaginatedStateModelList]
        """

        from . import fsm_entities_history_list as _fsm_entities_history_list

        return await _fsm_entities_history_list.asyncio_detailed(
            entity_name=entity_name,
            entity_id=entity_id,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            ordering=ordering,
            page=page,
            page_size=page_size,
            previous_state=previous_state,
            state=state,
            transition_name=transition_name,
            triggered_by=triggered_by,
            client=self._client,
        )

    async def entities_transition_create(
        self,
        entity_name: str,
        entity_id: int,
        *,
        body: FSMTransitionExecuteRequestRequest,
    ) -> FSMTransitionExecuteResponse | None:
        """Execute manual FSM transition

         Execute a registered manual transition for an entity.

        Args:
            entity_name (str):
            entity_id (int):
            body (FSMTransitionExecuteRequestRequest): Request body serializer for executing a manual
                FSM transition.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            FSMTransitionExecuteResponse
        """

        from . import fsm_entities_transition_create as _fsm_entities_transition_create

        return await _fsm_entities_transition_create.asyncio(
            entity_name=entity_name,
            entity_id=entity_id,
            body=body,
            client=self._client,
        )

    async def entities_transition_create_detailed(
        self,
        entity_name: str,
        entity_id: int,
        *,
        body: FSMTransitionExecuteRequestRequest,
    ) -> Response[FSMTransitionExecuteResponse]:
        """Execute manual FSM transition

         Execute a registered manual transition for an entity.

        Args:
            entity_name (str):
            entity_id (int):
            body (FSMTransitionExecuteRequestRequest): Request body serializer for executing a manual
                FSM transition.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[FSMTransitionExecuteResponse]
        """

        from . import fsm_entities_transition_create as _fsm_entities_transition_create

        return await _fsm_entities_transition_create.asyncio_detailed(
            entity_name=entity_name,
            entity_id=entity_id,
            body=body,
            client=self._client,
        )

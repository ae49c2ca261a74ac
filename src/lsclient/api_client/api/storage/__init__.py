"""Contains endpoint functions for accessing the API, and the per-tag facades ``StorageApi`` /
``AsyncStorageApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.storages_export_list_response_200_item import StoragesExportListResponse200Item
    from ...models.storages_export_types_retrieve_response_200_item import StoragesExportTypesRetrieveResponse200Item
    from ...models.storages_list_response_200_item import StoragesListResponse200Item
    from ...models.storages_types_retrieve_response_200_item import StoragesTypesRetrieveResponse200Item


class StorageApi:
    """Every operation tagged "storage", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def storages_export_list(
        self,
        *,
        project: int | Unset = UNSET,
    ) -> builtins.list[StoragesExportListResponse200Item] | None:
        """List all export storages from the project

         Retrieve a list of the export storages of all types with their IDs.

        Args:
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[StoragesExportListResponse200Item]
        """

        from . import storages_export_list as _storages_export_list

        return _storages_export_list.sync(
            project=project,
            client=self._client,
        )

    def storages_export_list_detailed(
        self,
        *,
        project: int | Unset = UNSET,
    ) -> Response[builtins.list[StoragesExportListResponse200Item]]:
        """List all export storages from the project

         Retrieve a list of the export storages of all types with their IDs.

        Args:
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[StoragesExportListResponse200Item]]
        """

        from . import storages_export_list as _storages_export_list

        return _storages_export_list.sync_detailed(
            project=project,
            client=self._client,
        )

    def storages_export_types_retrieve(
        self,
    ) -> builtins.list[StoragesExportTypesRetrieveResponse200Item] | None:
        """List all export storages types

         Retrieve a list of the export storages types.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[StoragesExportTypesRetrieveResponse200Item]
        """

        from . import storages_export_types_retrieve as _storages_export_types_retrieve

        return _storages_export_types_retrieve.sync(
            client=self._client,
        )

    def storages_export_types_retrieve_detailed(
        self,
    ) -> Response[builtins.list[StoragesExportTypesRetrieveResponse200Item]]:
        """List all export storages types

         Retrieve a list of the export storages types.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[StoragesExportTypesRetrieveResponse200Item]]
        """

        from . import storages_export_types_retrieve as _storages_export_types_retrieve

        return _storages_export_types_retrieve.sync_detailed(
            client=self._client,
        )

    def storages_list(
        self,
        *,
        project: int | Unset = UNSET,
    ) -> builtins.list[StoragesListResponse200Item] | None:
        """List all import storages from the project

         Retrieve a list of the import storages of all types with their IDs.

        Args:
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[StoragesListResponse200Item]
        """

        from . import storages_list as _storages_list

        return _storages_list.sync(
            project=project,
            client=self._client,
        )

    def storages_list_detailed(
        self,
        *,
        project: int | Unset = UNSET,
    ) -> Response[builtins.list[StoragesListResponse200Item]]:
        """List all import storages from the project

         Retrieve a list of the import storages of all types with their IDs.

        Args:
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[StoragesListResponse200Item]]
        """

        from . import storages_list as _storages_list

        return _storages_list.sync_detailed(
            project=project,
            client=self._client,
        )

    def storages_types_retrieve(
        self,
    ) -> builtins.list[StoragesTypesRetrieveResponse200Item] | None:
        """List all import storages types

         Retrieve a list of the import storages types.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[StoragesTypesRetrieveResponse200Item]
        """

        from . import storages_types_retrieve as _storages_types_retrieve

        return _storages_types_retrieve.sync(
            client=self._client,
        )

    def storages_types_retrieve_detailed(
        self,
    ) -> Response[builtins.list[StoragesTypesRetrieveResponse200Item]]:
        """List all import storages types

         Retrieve a list of the import storages types.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[StoragesTypesRetrieveResponse200Item]]
        """

        from . import storages_types_retrieve as _storages_types_retrieve

        return _storages_types_retrieve.sync_detailed(
            client=self._client,
        )


class AsyncStorageApi:
    """Every operation tagged "storage", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def storages_export_list(
        self,
        *,
        project: int | Unset = UNSET,
    ) -> builtins.list[StoragesExportListResponse200Item] | None:
        """List all export storages from the project

         Retrieve a list of the export storages of all types with their IDs.

        Args:
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[StoragesExportListResponse200Item]
        """

        from . import storages_export_list as _storages_export_list

        return await _storages_export_list.asyncio(
            project=project,
            client=self._client,
        )

    async def storages_export_list_detailed(
        self,
        *,
        project: int | Unset = UNSET,
    ) -> Response[builtins.list[StoragesExportListResponse200Item]]:
        """List all export storages from the project

         Retrieve a list of the export storages of all types with their IDs.

        Args:
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[StoragesExportListResponse200Item]]
        """

        from . import storages_export_list as _storages_export_list

        return await _storages_export_list.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def storages_export_types_retrieve(
        self,
    ) -> builtins.list[StoragesExportTypesRetrieveResponse200Item] | None:
        """List all export storages types

         Retrieve a list of the export storages types.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[StoragesExportTypesRetrieveResponse200Item]
        """

        from . import storages_export_types_retrieve as _storages_export_types_retrieve

        return await _storages_export_types_retrieve.asyncio(
            client=self._client,
        )

    async def storages_export_types_retrieve_detailed(
        self,
    ) -> Response[builtins.list[StoragesExportTypesRetrieveResponse200Item]]:
        """List all export storages types

         Retrieve a list of the export storages types.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[StoragesExportTypesRetrieveResponse200Item]]
        """

        from . import storages_export_types_retrieve as _storages_export_types_retrieve

        return await _storages_export_types_retrieve.asyncio_detailed(
            client=self._client,
        )

    async def storages_list(
        self,
        *,
        project: int | Unset = UNSET,
    ) -> builtins.list[StoragesListResponse200Item] | None:
        """List all import storages from the project

         Retrieve a list of the import storages of all types with their IDs.

        Args:
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[StoragesListResponse200Item]
        """

        from . import storages_list as _storages_list

        return await _storages_list.asyncio(
            project=project,
            client=self._client,
        )

    async def storages_list_detailed(
        self,
        *,
        project: int | Unset = UNSET,
    ) -> Response[builtins.list[StoragesListResponse200Item]]:
        """List all import storages from the project

         Retrieve a list of the import storages of all types with their IDs.

        Args:
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[StoragesListResponse200Item]]
        """

        from . import storages_list as _storages_list

        return await _storages_list.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def storages_types_retrieve(
        self,
    ) -> builtins.list[StoragesTypesRetrieveResponse200Item] | None:
        """List all import storages types

         Retrieve a list of the import storages types.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[StoragesTypesRetrieveResponse200Item]
        """

        from . import storages_types_retrieve as _storages_types_retrieve

        return await _storages_types_retrieve.asyncio(
            client=self._client,
        )

    async def storages_types_retrieve_detailed(
        self,
    ) -> Response[builtins.list[StoragesTypesRetrieveResponse200Item]]:
        """List all import storages types

         Retrieve a list of the import storages types.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[StoragesTypesRetrieveResponse200Item]]
        """

        from . import storages_types_retrieve as _storages_types_retrieve

        return await _storages_types_retrieve.asyncio_detailed(
            client=self._client,
        )

"""Contains endpoint functions for accessing the API, and the per-tag facades ``StorageAzureApi`` /
``AsyncStorageAzureApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.azure_blob_export_storage import AzureBlobExportStorage
    from ...models.azure_blob_import_storage import AzureBlobImportStorage
    from ...models.storages_azure_create_body import StoragesAzureCreateBody
    from ...models.storages_azure_partial_update_body import StoragesAzurePartialUpdateBody
    from ...models.storages_azure_validate_create_body import StoragesAzureValidateCreateBody
    from ...models.storages_export_azure_create_body import StoragesExportAzureCreateBody
    from ...models.storages_export_azure_partial_update_body import StoragesExportAzurePartialUpdateBody
    from ...models.storages_export_azure_validate_create_body import StoragesExportAzureValidateCreateBody


class StorageAzureApi:
    """Every operation tagged "storage_azure", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def storages_azure_create(
        self,
        *,
        body: StoragesAzureCreateBody | Unset = UNSET,
    ) -> AzureBlobImportStorage | None:
        """Create new storage

         Create new Azure import storage

        Args:
            body (StoragesAzureCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobImportStorage
        """

        from . import storages_azure_create as _storages_azure_create

        return _storages_azure_create.sync(
            body=body,
            client=self._client,
        )

    def storages_azure_create_detailed(
        self,
        *,
        body: StoragesAzureCreateBody | Unset = UNSET,
    ) -> Response[AzureBlobImportStorage]:
        """Create new storage

         Create new Azure import storage

        Args:
            body (StoragesAzureCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobImportStorage]
        """

        from . import storages_azure_create as _storages_azure_create

        return _storages_azure_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def storages_azure_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete import storage

         Delete a specific Azure import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_azure_destroy as _storages_azure_destroy

        return _storages_azure_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_azure_list(
        self,
        *,
        project: int,
    ) -> builtins.list[AzureBlobImportStorage] | None:
        """Get all import storage

         Get list of all Azure import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[AzureBlobImportStorage]
        """

        from . import storages_azure_list as _storages_azure_list

        return _storages_azure_list.sync(
            project=project,
            client=self._client,
        )

    def storages_azure_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[AzureBlobImportStorage]]:
        """Get all import storage

         Get list of all Azure import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[AzureBlobImportStorage]]
        """

        from . import storages_azure_list as _storages_azure_list

        return _storages_azure_list.sync_detailed(
            project=project,
            client=self._client,
        )

    def storages_azure_partial_update(
        self,
        id: int,
        *,
        body: StoragesAzurePartialUpdateBody | Unset = UNSET,
    ) -> AzureBlobImportStorage | None:
        """Update import storage

         Update a specific Azure import storage connection.

        Args:
            id (int):
            body (StoragesAzurePartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobImportStorage
        """

        from . import storages_azure_partial_update as _storages_azure_partial_update

        return _storages_azure_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_azure_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesAzurePartialUpdateBody | Unset = UNSET,
    ) -> Response[AzureBlobImportStorage]:
        """Update import storage

         Update a specific Azure import storage connection.

        Args:
            id (int):
            body (StoragesAzurePartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobImportStorage]
        """

        from . import storages_azure_partial_update as _storages_azure_partial_update

        return _storages_azure_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_azure_retrieve(
        self,
        id: int,
    ) -> AzureBlobImportStorage | None:
        """Get import storage

         Get a specific Azure import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobImportStorage
        """

        from . import storages_azure_retrieve as _storages_azure_retrieve

        return _storages_azure_retrieve.sync(
            id=id,
            client=self._client,
        )

    def storages_azure_retrieve_detailed(
        self,
        id: int,
    ) -> Response[AzureBlobImportStorage]:
        """Get import storage

         Get a specific Azure import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobImportStorage]
        """

        from . import storages_azure_retrieve as _storages_azure_retrieve

        return _storages_azure_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_azure_sync_create(
        self,
        id: int,
    ) -> AzureBlobImportStorage | None:
        """Sync import storage

         Sync tasks from an Azure import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobImportStorage
        """

        from . import storages_azure_sync_create as _storages_azure_sync_create

        return _storages_azure_sync_create.sync(
            id=id,
            client=self._client,
        )

    def storages_azure_sync_create_detailed(
        self,
        id: int,
    ) -> Response[AzureBlobImportStorage]:
        """Sync import storage

         Sync tasks from an Azure import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobImportStorage]
        """

        from . import storages_azure_sync_create as _storages_azure_sync_create

        return _storages_azure_sync_create.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_azure_validate_create(
        self,
        *,
        body: StoragesAzureValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate import storage

         Validate a specific Azure import storage connection.

        Args:
            body (StoragesAzureValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_azure_validate_create as _storages_azure_validate_create

        return _storages_azure_validate_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def storages_export_azure_create(
        self,
        *,
        body: StoragesExportAzureCreateBody | Unset = UNSET,
    ) -> AzureBlobExportStorage | None:
        """Create export storage

         Create a new Azure export storage connection to store annotations.

        Args:
            body (StoragesExportAzureCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobExportStorage
        """

        from . import storages_export_azure_create as _storages_export_azure_create

        return _storages_export_azure_create.sync(
            body=body,
            client=self._client,
        )

    def storages_export_azure_create_detailed(
        self,
        *,
        body: StoragesExportAzureCreateBody | Unset = UNSET,
    ) -> Response[AzureBlobExportStorage]:
        """Create export storage

         Create a new Azure export storage connection to store annotations.

        Args:
            body (StoragesExportAzureCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobExportStorage]
        """

        from . import storages_export_azure_create as _storages_export_azure_create

        return _storages_export_azure_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def storages_export_azure_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete export storage

         Delete a specific Azure export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_azure_destroy as _storages_export_azure_destroy

        return _storages_export_azure_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_export_azure_list(
        self,
        *,
        project: int,
    ) -> builtins.list[AzureBlobExportStorage] | None:
        """Get all export storage

         Get a list of all Azure export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[AzureBlobExportStorage]
        """

        from . import storages_export_azure_list as _storages_export_azure_list

        return _storages_export_azure_list.sync(
            project=project,
            client=self._client,
        )

    def storages_export_azure_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[AzureBlobExportStorage]]:
        """Get all export storage

         Get a list of all Azure export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[AzureBlobExportStorage]]
        """

        from . import storages_export_azure_list as _storages_export_azure_list

        return _storages_export_azure_list.sync_detailed(
            project=project,
            client=self._client,
        )

    def storages_export_azure_partial_update(
        self,
        id: int,
        *,
        body: StoragesExportAzurePartialUpdateBody | Unset = UNSET,
    ) -> AzureBlobExportStorage | None:
        """Update export storage

         Update a specific Azure export storage connection.

        Args:
            id (int):
            body (StoragesExportAzurePartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobExportStorage
        """

        from . import storages_export_azure_partial_update as _storages_export_azure_partial_update

        return _storages_export_azure_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_export_azure_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesExportAzurePartialUpdateBody | Unset = UNSET,
    ) -> Response[AzureBlobExportStorage]:
        """Update export storage

         Update a specific Azure export storage connection.

        Args:
            id (int):
            body (StoragesExportAzurePartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobExportStorage]
        """

        from . import storages_export_azure_partial_update as _storages_export_azure_partial_update

        return _storages_export_azure_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_export_azure_retrieve(
        self,
        id: int,
    ) -> AzureBlobExportStorage | None:
        """Get export storage

         Get a specific Azure export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobExportStorage
        """

        from . import storages_export_azure_retrieve as _storages_export_azure_retrieve

        return _storages_export_azure_retrieve.sync(
            id=id,
            client=self._client,
        )

    def storages_export_azure_retrieve_detailed(
        self,
        id: int,
    ) -> Response[AzureBlobExportStorage]:
        """Get export storage

         Get a specific Azure export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobExportStorage]
        """

        from . import storages_export_azure_retrieve as _storages_export_azure_retrieve

        return _storages_export_azure_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_export_azure_sync_create(
        self,
        id: int,
    ) -> AzureBlobExportStorage | None:
        """Sync export storage

         Sync tasks from an Azure export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobExportStorage
        """

        from . import storages_export_azure_sync_create as _storages_export_azure_sync_create

        return _storages_export_azure_sync_create.sync(
            id=id,
            client=self._client,
        )

    def storages_export_azure_sync_create_detailed(
        self,
        id: int,
    ) -> Response[AzureBlobExportStorage]:
        """Sync export storage

         Sync tasks from an Azure export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobExportStorage]
        """

        from . import storages_export_azure_sync_create as _storages_export_azure_sync_create

        return _storages_export_azure_sync_create.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_export_azure_validate_create(
        self,
        *,
        body: StoragesExportAzureValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate export storage

         Validate a specific Azure export storage connection.

        Args:
            body (StoragesExportAzureValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_azure_validate_create as _storages_export_azure_validate_create

        return _storages_export_azure_validate_create.sync_detailed(
            body=body,
            client=self._client,
        )


class AsyncStorageAzureApi:
    """Every operation tagged "storage_azure", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def storages_azure_create(
        self,
        *,
        body: StoragesAzureCreateBody | Unset = UNSET,
    ) -> AzureBlobImportStorage | None:
        """Create new storage

         Create new Azure import storage

        Args:
            body (StoragesAzureCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobImportStorage
        """

        from . import storages_azure_create as _storages_azure_create

        return await _storages_azure_create.asyncio(
            body=body,
            client=self._client,
        )

    async def storages_azure_create_detailed(
        self,
        *,
        body: StoragesAzureCreateBody | Unset = UNSET,
    ) -> Response[AzureBlobImportStorage]:
        """Create new storage

         Create new Azure import storage

        Args:
            body (StoragesAzureCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobImportStorage]
        """

        from . import storages_azure_create as _storages_azure_create

        return await _storages_azure_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def storages_azure_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete import storage

         Delete a specific Azure import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_azure_destroy as _storages_azure_destroy

        return await _storages_azure_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_azure_list(
        self,
        *,
        project: int,
    ) -> builtins.list[AzureBlobImportStorage] | None:
        """Get all import storage

         Get list of all Azure import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[AzureBlobImportStorage]
        """

        from . import storages_azure_list as _storages_azure_list

        return await _storages_azure_list.asyncio(
            project=project,
            client=self._client,
        )

    async def storages_azure_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[AzureBlobImportStorage]]:
        """Get all import storage

         Get list of all Azure import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[AzureBlobImportStorage]]
        """

        from . import storages_azure_list as _storages_azure_list

        return await _storages_azure_list.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def storages_azure_partial_update(
        self,
        id: int,
        *,
        body: StoragesAzurePartialUpdateBody | Unset = UNSET,
    ) -> AzureBlobImportStorage | None:
        """Update import storage

         Update a specific Azure import storage connection.

        Args:
            id (int):
            body (StoragesAzurePartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobImportStorage
        """

        from . import storages_azure_partial_update as _storages_azure_partial_update

        return await _storages_azure_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_azure_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesAzurePartialUpdateBody | Unset = UNSET,
    ) -> Response[AzureBlobImportStorage]:
        """Update import storage

         Update a specific Azure import storage connection.

        Args:
            id (int):
            body (StoragesAzurePartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobImportStorage]
        """

        from . import storages_azure_partial_update as _storages_azure_partial_update

        return await _storages_azure_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_azure_retrieve(
        self,
        id: int,
    ) -> AzureBlobImportStorage | None:
        """Get import storage

         Get a specific Azure import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobImportStorage
        """

        from . import storages_azure_retrieve as _storages_azure_retrieve

        return await _storages_azure_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_azure_retrieve_detailed(
        self,
        id: int,
    ) -> Response[AzureBlobImportStorage]:
        """Get import storage

         Get a specific Azure import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobImportStorage]
        """

        from . import storages_azure_retrieve as _storages_azure_retrieve

        return await _storages_azure_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_azure_sync_create(
        self,
        id: int,
    ) -> AzureBlobImportStorage | None:
        """Sync import storage

         Sync tasks from an Azure import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobImportStorage
        """

        from . import storages_azure_sync_create as _storages_azure_sync_create

        return await _storages_azure_sync_create.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_azure_sync_create_detailed(
        self,
        id: int,
    ) -> Response[AzureBlobImportStorage]:
        """Sync import storage

         Sync tasks from an Azure import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobImportStorage]
        """

        from . import storages_azure_sync_create as _storages_azure_sync_create

        return await _storages_azure_sync_create.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_azure_validate_create(
        self,
        *,
        body: StoragesAzureValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate import storage

         Validate a specific Azure import storage connection.

        Args:
            body (StoragesAzureValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_azure_validate_create as _storages_azure_validate_create

        return await _storages_azure_validate_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def storages_export_azure_create(
        self,
        *,
        body: StoragesExportAzureCreateBody | Unset = UNSET,
    ) -> AzureBlobExportStorage | None:
        """Create export storage

         Create a new Azure export storage connection to store annotations.

        Args:
            body (StoragesExportAzureCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobExportStorage
        """

        from . import storages_export_azure_create as _storages_export_azure_create

        return await _storages_export_azure_create.asyncio(
            body=body,
            client=self._client,
        )

    async def storages_export_azure_create_detailed(
        self,
        *,
        body: StoragesExportAzureCreateBody | Unset = UNSET,
    ) -> Response[AzureBlobExportStorage]:
        """Create export storage

         Create a new Azure export storage connection to store annotations.

        Args:
            body (StoragesExportAzureCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobExportStorage]
        """

        from . import storages_export_azure_create as _storages_export_azure_create

        return await _storages_export_azure_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def storages_export_azure_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete export storage

         Delete a specific Azure export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_azure_destroy as _storages_export_azure_destroy

        return await _storages_export_azure_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_export_azure_list(
        self,
        *,
        project: int,
    ) -> builtins.list[AzureBlobExportStorage] | None:
        """Get all export storage

         Get a list of all Azure export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[AzureBlobExportStorage]
        """

        from . import storages_export_azure_list as _storages_export_azure_list

        return await _storages_export_azure_list.asyncio(
            project=project,
            client=self._client,
        )

    async def storages_export_azure_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[AzureBlobExportStorage]]:
        """Get all export storage

         Get a list of all Azure export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[AzureBlobExportStorage]]
        """

        from . import storages_export_azure_list as _storages_export_azure_list

        return await _storages_export_azure_list.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def storages_export_azure_partial_update(
        self,
        id: int,
        *,
        body: StoragesExportAzurePartialUpdateBody | Unset = UNSET,
    ) -> AzureBlobExportStorage | None:
        """Update export storage

         Update a specific Azure export storage connection.

        Args:
            id (int):
            body (StoragesExportAzurePartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobExportStorage
        """

        from . import storages_export_azure_partial_update as _storages_export_azure_partial_update

        return await _storages_export_azure_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_export_azure_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesExportAzurePartialUpdateBody | Unset = UNSET,
    ) -> Response[AzureBlobExportStorage]:
        """Update export storage

         Update a specific Azure export storage connection.

        Args:
            id (int):
            body (StoragesExportAzurePartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobExportStorage]
        """

        from . import storages_export_azure_partial_update as _storages_export_azure_partial_update

        return await _storages_export_azure_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_export_azure_retrieve(
        self,
        id: int,
    ) -> AzureBlobExportStorage | None:
        """Get export storage

         Get a specific Azure export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobExportStorage
        """

        from . import storages_export_azure_retrieve as _storages_export_azure_retrieve

        return await _storages_export_azure_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_export_azure_retrieve_detailed(
        self,
        id: int,
    ) -> Response[AzureBlobExportStorage]:
        """Get export storage

         Get a specific Azure export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobExportStorage]
        """

        from . import storages_export_azure_retrieve as _storages_export_azure_retrieve

        return await _storages_export_azure_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_export_azure_sync_create(
        self,
        id: int,
    ) -> AzureBlobExportStorage | None:
        """Sync export storage

         Sync tasks from an Azure export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            AzureBlobExportStorage
        """

        from . import storages_export_azure_sync_create as _storages_export_azure_sync_create

        return await _storages_export_azure_sync_create.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_export_azure_sync_create_detailed(
        self,
        id: int,
    ) -> Response[AzureBlobExportStorage]:
        """Sync export storage

         Sync tasks from an Azure export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[AzureBlobExportStorage]
        """

        from . import storages_export_azure_sync_create as _storages_export_azure_sync_create

        return await _storages_export_azure_sync_create.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_export_azure_validate_create(
        self,
        *,
        body: StoragesExportAzureValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate export storage

         Validate a specific Azure export storage connection.

        Args:
            body (StoragesExportAzureValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_azure_validate_create as _storages_export_azure_validate_create

        return await _storages_export_azure_validate_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

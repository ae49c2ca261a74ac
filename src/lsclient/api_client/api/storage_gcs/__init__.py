"""Contains endpoint functions for accessing the API, and the per-tag facades ``StorageGcsApi`` /
``AsyncStorageGcsApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.gcs_export_storage import GCSExportStorage
    from ...models.gcs_import_storage import GCSImportStorage
    from ...models.storages_export_gcs_create_body import StoragesExportGcsCreateBody
    from ...models.storages_export_gcs_partial_update_body import StoragesExportGcsPartialUpdateBody
    from ...models.storages_export_gcs_validate_create_body import StoragesExportGcsValidateCreateBody
    from ...models.storages_gcs_create_body import StoragesGcsCreateBody
    from ...models.storages_gcs_partial_update_body import StoragesGcsPartialUpdateBody
    from ...models.storages_gcs_validate_create_body import StoragesGcsValidateCreateBody


class StorageGcsApi:
    """Every operation tagged "storage_gcs", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def storages_export_gcs_create(
        self,
        *,
        body: StoragesExportGcsCreateBody | Unset = UNSET,
    ) -> GCSExportStorage | None:
        """Create export storage

         Create a new GCS export storage connection to store annotations.

        Args:
            body (StoragesExportGcsCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSExportStorage
        """

        from . import storages_export_gcs_create as _storages_export_gcs_create

        return _storages_export_gcs_create.sync(
            body=body,
            client=self._client,
        )

    def storages_export_gcs_create_detailed(
        self,
        *,
        body: StoragesExportGcsCreateBody | Unset = UNSET,
    ) -> Response[GCSExportStorage]:
        """Create export storage

         Create a new GCS export storage connection to store annotations.

        Args:
            body (StoragesExportGcsCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSExportStorage]
        """

        from . import storages_export_gcs_create as _storages_export_gcs_create

        return _storages_export_gcs_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def storages_export_gcs_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete export storage

         Delete a specific GCS export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_gcs_destroy as _storages_export_gcs_destroy

        return _storages_export_gcs_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_export_gcs_list(
        self,
        *,
        project: int,
    ) -> builtins.list[GCSExportStorage] | None:
        """Get all export storage

         Get a list of all GCS export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[GCSExportStorage]
        """

        from . import storages_export_gcs_list as _storages_export_gcs_list

        return _storages_export_gcs_list.sync(
            project=project,
            client=self._client,
        )

    def storages_export_gcs_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[GCSExportStorage]]:
        """Get all export storage

         Get a list of all GCS export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[GCSExportStorage]]
        """

        from . import storages_export_gcs_list as _storages_export_gcs_list

        return _storages_export_gcs_list.sync_detailed(
            project=project,
            client=self._client,
        )

    def storages_export_gcs_partial_update(
        self,
        id: int,
        *,
        body: StoragesExportGcsPartialUpdateBody | Unset = UNSET,
    ) -> GCSExportStorage | None:
        """Update export storage

         Update a specific GCS export storage connection.

        Args:
            id (int):
            body (StoragesExportGcsPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSExportStorage
        """

        from . import storages_export_gcs_partial_update as _storages_export_gcs_partial_update

        return _storages_export_gcs_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_export_gcs_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesExportGcsPartialUpdateBody | Unset = UNSET,
    ) -> Response[GCSExportStorage]:
        """Update export storage

         Update a specific GCS export storage connection.

        Args:
            id (int):
            body (StoragesExportGcsPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSExportStorage]
        """

        from . import storages_export_gcs_partial_update as _storages_export_gcs_partial_update

        return _storages_export_gcs_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_export_gcs_retrieve(
        self,
        id: int,
    ) -> GCSExportStorage | None:
        """Get export storage

         Get a specific GCS export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSExportStorage
        """

        from . import storages_export_gcs_retrieve as _storages_export_gcs_retrieve

        return _storages_export_gcs_retrieve.sync(
            id=id,
            client=self._client,
        )

    def storages_export_gcs_retrieve_detailed(
        self,
        id: int,
    ) -> Response[GCSExportStorage]:
        """Get export storage

         Get a specific GCS export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSExportStorage]
        """

        from . import storages_export_gcs_retrieve as _storages_export_gcs_retrieve

        return _storages_export_gcs_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_export_gcs_sync_create(
        self,
        id: int,
    ) -> GCSExportStorage | None:
        """Sync export storage

         Sync tasks from an GCS export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSExportStorage
        """

        from . import storages_export_gcs_sync_create as _storages_export_gcs_sync_create

        return _storages_export_gcs_sync_create.sync(
            id=id,
            client=self._client,
        )

    def storages_export_gcs_sync_create_detailed(
        self,
        id: int,
    ) -> Response[GCSExportStorage]:
        """Sync export storage

         Sync tasks from an GCS export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSExportStorage]
        """

        from . import storages_export_gcs_sync_create as _storages_export_gcs_sync_create

        return _storages_export_gcs_sync_create.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_export_gcs_validate_create(
        self,
        *,
        body: StoragesExportGcsValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate export storage

         Validate a specific GCS export storage connection.

        Args:
            body (StoragesExportGcsValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_gcs_validate_create as _storages_export_gcs_validate_create

        return _storages_export_gcs_validate_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def storages_gcs_create(
        self,
        *,
        body: StoragesGcsCreateBody | Unset = UNSET,
    ) -> GCSImportStorage | None:
        """Create import storage

         Create a new GCS import storage connection.

        Args:
            body (StoragesGcsCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSImportStorage
        """

        from . import storages_gcs_create as _storages_gcs_create

        return _storages_gcs_create.sync(
            body=body,
            client=self._client,
        )

    def storages_gcs_create_detailed(
        self,
        *,
        body: StoragesGcsCreateBody | Unset = UNSET,
    ) -> Response[GCSImportStorage]:
        """Create import storage

         Create a new GCS import storage connection.

        Args:
            body (StoragesGcsCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSImportStorage]
        """

        from . import storages_gcs_create as _storages_gcs_create

        return _storages_gcs_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def storages_gcs_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete import storage

         Delete a specific GCS import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_gcs_destroy as _storages_gcs_destroy

        return _storages_gcs_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_gcs_list(
        self,
        *,
        project: int,
    ) -> builtins.list[GCSImportStorage] | None:
        """Get all import storage

         Get a list of all GCS import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[GCSImportStorage]
        """

        from . import storages_gcs_list as _storages_gcs_list

        return _storages_gcs_list.sync(
            project=project,
            client=self._client,
        )

    def storages_gcs_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[GCSImportStorage]]:
        """Get all import storage

         Get a list of all GCS import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[GCSImportStorage]]
        """

        from . import storages_gcs_list as _storages_gcs_list

        return _storages_gcs_list.sync_detailed(
            project=project,
            client=self._client,
        )

    def storages_gcs_partial_update(
        self,
        id: int,
        *,
        body: StoragesGcsPartialUpdateBody | Unset = UNSET,
    ) -> GCSImportStorage | None:
        """Update import storage

         Update a specific GCS import storage connection.

        Args:
            id (int):
            body (StoragesGcsPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSImportStorage
        """

        from . import storages_gcs_partial_update as _storages_gcs_partial_update

        return _storages_gcs_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_gcs_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesGcsPartialUpdateBody | Unset = UNSET,
    ) -> Response[GCSImportStorage]:
        """Update import storage

         Update a specific GCS import storage connection.

        Args:
            id (int):
            body (StoragesGcsPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSImportStorage]
        """

        from . import storages_gcs_partial_update as _storages_gcs_partial_update

        return _storages_gcs_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_gcs_retrieve(
        self,
        id: int,
    ) -> GCSImportStorage | None:
        """Get import storage

         Get a specific GCS import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSImportStorage
        """

        from . import storages_gcs_retrieve as _storages_gcs_retrieve

        return _storages_gcs_retrieve.sync(
            id=id,
            client=self._client,
        )

    def storages_gcs_retrieve_detailed(
        self,
        id: int,
    ) -> Response[GCSImportStorage]:
        """Get import storage

         Get a specific GCS import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSImportStorage]
        """

        from . import storages_gcs_retrieve as _storages_gcs_retrieve

        return _storages_gcs_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_gcs_sync_create(
        self,
        id: int,
    ) -> GCSImportStorage | None:
        """Sync import storage

         Sync tasks from a GCS import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSImportStorage
        """

        from . import storages_gcs_sync_create as _storages_gcs_sync_create

        return _storages_gcs_sync_create.sync(
            id=id,
            client=self._client,
        )

    def storages_gcs_sync_create_detailed(
        self,
        id: int,
    ) -> Response[GCSImportStorage]:
        """Sync import storage

         Sync tasks from a GCS import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSImportStorage]
        """

        from . import storages_gcs_sync_create as _storages_gcs_sync_create

        return _storages_gcs_sync_create.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_gcs_validate_create(
        self,
        *,
        body: StoragesGcsValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate import storage

         Validate a specific GCS import storage connection.

        Args:
            body (StoragesGcsValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_gcs_validate_create as _storages_gcs_validate_create

        return _storages_gcs_validate_create.sync_detailed(
            body=body,
            client=self._client,
        )


class AsyncStorageGcsApi:
    """Every operation tagged "storage_gcs", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def storages_export_gcs_create(
        self,
        *,
        body: StoragesExportGcsCreateBody | Unset = UNSET,
    ) -> GCSExportStorage | None:
        """Create export storage

         Create a new GCS export storage connection to store annotations.

        Args:
            body (StoragesExportGcsCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSExportStorage
        """

        from . import storages_export_gcs_create as _storages_export_gcs_create

        return await _storages_export_gcs_create.asyncio(
            body=body,
            client=self._client,
        )

    async def storages_export_gcs_create_detailed(
        self,
        *,
        body: StoragesExportGcsCreateBody | Unset = UNSET,
    ) -> Response[GCSExportStorage]:
        """Create export storage

         Create a new GCS export storage connection to store annotations.

        Args:
            body (StoragesExportGcsCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSExportStorage]
        """

        from . import storages_export_gcs_create as _storages_export_gcs_create

        return await _storages_export_gcs_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def storages_export_gcs_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete export storage

         Delete a specific GCS export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_gcs_destroy as _storages_export_gcs_destroy

        return await _storages_export_gcs_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_export_gcs_list(
        self,
        *,
        project: int,
    ) -> builtins.list[GCSExportStorage] | None:
        """Get all export storage

         Get a list of all GCS export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[GCSExportStorage]
        """

        from . import storages_export_gcs_list as _storages_export_gcs_list

        return await _storages_export_gcs_list.asyncio(
            project=project,
            client=self._client,
        )

    async def storages_export_gcs_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[GCSExportStorage]]:
        """Get all export storage

         Get a list of all GCS export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[GCSExportStorage]]
        """

        from . import storages_export_gcs_list as _storages_export_gcs_list

        return await _storages_export_gcs_list.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def storages_export_gcs_partial_update(
        self,
        id: int,
        *,
        body: StoragesExportGcsPartialUpdateBody | Unset = UNSET,
    ) -> GCSExportStorage | None:
        """Update export storage

         Update a specific GCS export storage connection.

        Args:
            id (int):
            body (StoragesExportGcsPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSExportStorage
        """

        from . import storages_export_gcs_partial_update as _storages_export_gcs_partial_update

        return await _storages_export_gcs_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_export_gcs_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesExportGcsPartialUpdateBody | Unset = UNSET,
    ) -> Response[GCSExportStorage]:
        """Update export storage

         Update a specific GCS export storage connection.

        Args:
            id (int):
            body (StoragesExportGcsPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSExportStorage]
        """

        from . import storages_export_gcs_partial_update as _storages_export_gcs_partial_update

        return await _storages_export_gcs_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_export_gcs_retrieve(
        self,
        id: int,
    ) -> GCSExportStorage | None:
        """Get export storage

         Get a specific GCS export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSExportStorage
        """

        from . import storages_export_gcs_retrieve as _storages_export_gcs_retrieve

        return await _storages_export_gcs_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_export_gcs_retrieve_detailed(
        self,
        id: int,
    ) -> Response[GCSExportStorage]:
        """Get export storage

         Get a specific GCS export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSExportStorage]
        """

        from . import storages_export_gcs_retrieve as _storages_export_gcs_retrieve

        return await _storages_export_gcs_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_export_gcs_sync_create(
        self,
        id: int,
    ) -> GCSExportStorage | None:
        """Sync export storage

         Sync tasks from an GCS export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSExportStorage
        """

        from . import storages_export_gcs_sync_create as _storages_export_gcs_sync_create

        return await _storages_export_gcs_sync_create.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_export_gcs_sync_create_detailed(
        self,
        id: int,
    ) -> Response[GCSExportStorage]:
        """Sync export storage

         Sync tasks from an GCS export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSExportStorage]
        """

        from . import storages_export_gcs_sync_create as _storages_export_gcs_sync_create

        return await _storages_export_gcs_sync_create.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_export_gcs_validate_create(
        self,
        *,
        body: StoragesExportGcsValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate export storage

         Validate a specific GCS export storage connection.

        Args:
            body (StoragesExportGcsValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_gcs_validate_create as _storages_export_gcs_validate_create

        return await _storages_export_gcs_validate_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def storages_gcs_create(
        self,
        *,
        body: StoragesGcsCreateBody | Unset = UNSET,
    ) -> GCSImportStorage | None:
        """Create import storage

         Create a new GCS import storage connection.

        Args:
            body (StoragesGcsCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSImportStorage
        """

        from . import storages_gcs_create as _storages_gcs_create

        return await _storages_gcs_create.asyncio(
            body=body,
            client=self._client,
        )

    async def storages_gcs_create_detailed(
        self,
        *,
        body: StoragesGcsCreateBody | Unset = UNSET,
    ) -> Response[GCSImportStorage]:
        """Create import storage

         Create a new GCS import storage connection.

        Args:
            body (StoragesGcsCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSImportStorage]
        """

        from . import storages_gcs_create as _storages_gcs_create

        return await _storages_gcs_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def storages_gcs_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete import storage

         Delete a specific GCS import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_gcs_destroy as _storages_gcs_destroy

        return await _storages_gcs_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_gcs_list(
        self,
        *,
        project: int,
    ) -> builtins.list[GCSImportStorage] | None:
        """Get all import storage

         Get a list of all GCS import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[GCSImportStorage]
        """

        from . import storages_gcs_list as _storages_gcs_list

        return await _storages_gcs_list.asyncio(
            project=project,
            client=self._client,
        )

    async def storages_gcs_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[GCSImportStorage]]:
        """Get all import storage

         Get a list of all GCS import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[GCSImportStorage]]
        """

        from . import storages_gcs_list as _storages_gcs_list

        return await _storages_gcs_list.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def storages_gcs_partial_update(
        self,
        id: int,
        *,
        body: StoragesGcsPartialUpdateBody | Unset = UNSET,
    ) -> GCSImportStorage | None:
        """Update import storage

         Update a specific GCS import storage connection.

        Args:
            id (int):
            body (StoragesGcsPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSImportStorage
        """

        from . import storages_gcs_partial_update as _storages_gcs_partial_update

        return await _storages_gcs_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_gcs_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesGcsPartialUpdateBody | Unset = UNSET,
    ) -> Response[GCSImportStorage]:
        """Update import storage

         Update a specific GCS import storage connection.

        Args:
            id (int):
            body (StoragesGcsPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSImportStorage]
        """

        from . import storages_gcs_partial_update as _storages_gcs_partial_update

        return await _storages_gcs_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_gcs_retrieve(
        self,
        id: int,
    ) -> GCSImportStorage | None:
        """Get import storage

         Get a specific GCS import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSImportStorage
        """

        from . import storages_gcs_retrieve as _storages_gcs_retrieve

        return await _storages_gcs_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_gcs_retrieve_detailed(
        self,
        id: int,
    ) -> Response[GCSImportStorage]:
        """Get import storage

         Get a specific GCS import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSImportStorage]
        """

        from . import storages_gcs_retrieve as _storages_gcs_retrieve

        return await _storages_gcs_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_gcs_sync_create(
        self,
        id: int,
    ) -> GCSImportStorage | None:
        """Sync import storage

         Sync tasks from a GCS import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            GCSImportStorage
        """

        from . import storages_gcs_sync_create as _storages_gcs_sync_create

        return await _storages_gcs_sync_create.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_gcs_sync_create_detailed(
        self,
        id: int,
    ) -> Response[GCSImportStorage]:
        """Sync import storage

         Sync tasks from a GCS import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[GCSImportStorage]
        """

        from . import storages_gcs_sync_create as _storages_gcs_sync_create

        return await _storages_gcs_sync_create.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_gcs_validate_create(
        self,
        *,
        body: StoragesGcsValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate import storage

         Validate a specific GCS import storage connection.

        Args:
            body (StoragesGcsValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_gcs_validate_create as _storages_gcs_validate_create

        return await _storages_gcs_validate_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

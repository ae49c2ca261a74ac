"""Contains endpoint functions for accessing the API, and the per-tag facades ``StorageS3Api`` /
``AsyncStorageS3Api`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.s3_export_storage import S3ExportStorage
    from ...models.s3_import_storage import S3ImportStorage
    from ...models.storages_export_s3_create_body import StoragesExportS3CreateBody
    from ...models.storages_export_s3_partial_update_body import StoragesExportS3PartialUpdateBody
    from ...models.storages_export_s3_validate_create_body import StoragesExportS3ValidateCreateBody
    from ...models.storages_s3_create_body import StoragesS3CreateBody
    from ...models.storages_s3_partial_update_body import StoragesS3PartialUpdateBody
    from ...models.storages_s3_validate_create_body import StoragesS3ValidateCreateBody


class StorageS3Api:
    """Every operation tagged "storage_s3", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def storages_export_s3_create(
        self,
        *,
        body: StoragesExportS3CreateBody | Unset = UNSET,
    ) -> S3ExportStorage | None:
        """Create export storage

         Create a new S3 export storage connection to store annotations.

        Args:
            body (StoragesExportS3CreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ExportStorage
        """

        from . import storages_export_s3_create as _storages_export_s3_create

        return _storages_export_s3_create.sync(
            body=body,
            client=self._client,
        )

    def storages_export_s3_create_detailed(
        self,
        *,
        body: StoragesExportS3CreateBody | Unset = UNSET,
    ) -> Response[S3ExportStorage]:
        """Create export storage

         Create a new S3 export storage connection to store annotations.

        Args:
            body (StoragesExportS3CreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ExportStorage]
        """

        from . import storages_export_s3_create as _storages_export_s3_create

        return _storages_export_s3_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def storages_export_s3_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete export storage

         Delete a specific S3 export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_s3_destroy as _storages_export_s3_destroy

        return _storages_export_s3_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_export_s3_list(
        self,
        *,
        project: int,
    ) -> builtins.list[S3ExportStorage] | None:
        """Get all export storage

         Get a list of all S3 export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[S3ExportStorage]
        """

        from . import storages_export_s3_list as _storages_export_s3_list

        return _storages_export_s3_list.sync(
            project=project,
            client=self._client,
        )

    def storages_export_s3_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[S3ExportStorage]]:
        """Get all export storage

         Get a list of all S3 export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[S3ExportStorage]]
        """

        from . import storages_export_s3_list as _storages_export_s3_list

        return _storages_export_s3_list.sync_detailed(
            project=project,
            client=self._client,
        )

    def storages_export_s3_partial_update(
        self,
        id: int,
        *,
        body: StoragesExportS3PartialUpdateBody | Unset = UNSET,
    ) -> S3ExportStorage | None:
        """Update export storage

         Update a specific S3 export storage connection.

        Args:
            id (int):
            body (StoragesExportS3PartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ExportStorage
        """

        from . import storages_export_s3_partial_update as _storages_export_s3_partial_update

        return _storages_export_s3_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_export_s3_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesExportS3PartialUpdateBody | Unset = UNSET,
    ) -> Response[S3ExportStorage]:
        """Update export storage

         Update a specific S3 export storage connection.

        Args:
            id (int):
            body (StoragesExportS3PartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ExportStorage]
        """

        from . import storages_export_s3_partial_update as _storages_export_s3_partial_update

        return _storages_export_s3_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_export_s3_retrieve(
        self,
        id: int,
    ) -> S3ExportStorage | None:
        """Get export storage

         Get a specific S3 export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ExportStorage
        """

        from . import storages_export_s3_retrieve as _storages_export_s3_retrieve

        return _storages_export_s3_retrieve.sync(
            id=id,
            client=self._client,
        )

    def storages_export_s3_retrieve_detailed(
        self,
        id: int,
    ) -> Response[S3ExportStorage]:
        """Get export storage

         Get a specific S3 export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ExportStorage]
        """

        from . import storages_export_s3_retrieve as _storages_export_s3_retrieve

        return _storages_export_s3_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_export_s3_sync_create(
        self,
        id: int,
    ) -> S3ExportStorage | None:
        """Sync export storage

         Sync tasks from an S3 export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ExportStorage
        """

        from . import storages_export_s3_sync_create as _storages_export_s3_sync_create

        return _storages_export_s3_sync_create.sync(
            id=id,
            client=self._client,
        )

    def storages_export_s3_sync_create_detailed(
        self,
        id: int,
    ) -> Response[S3ExportStorage]:
        """Sync export storage

         Sync tasks from an S3 export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ExportStorage]
        """

        from . import storages_export_s3_sync_create as _storages_export_s3_sync_create

        return _storages_export_s3_sync_create.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_export_s3_validate_create(
        self,
        *,
        body: StoragesExportS3ValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate export storage

         Validate a specific S3 export storage connection.

        Args:
            body (StoragesExportS3ValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_s3_validate_create as _storages_export_s3_validate_create

        return _storages_export_s3_validate_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def storages_s3_create(
        self,
        *,
        body: StoragesS3CreateBody | Unset = UNSET,
    ) -> S3ImportStorage | None:
        """Create new S3 storage

         Create new S3 import storage

        Args:
            body (StoragesS3CreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ImportStorage
        """

        from . import storages_s3_create as _storages_s3_create

        return _storages_s3_create.sync(
            body=body,
            client=self._client,
        )

    def storages_s3_create_detailed(
        self,
        *,
        body: StoragesS3CreateBody | Unset = UNSET,
    ) -> Response[S3ImportStorage]:
        """Create new S3 storage

         Create new S3 import storage

        Args:
            body (StoragesS3CreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ImportStorage]
        """

        from . import storages_s3_create as _storages_s3_create

        return _storages_s3_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def storages_s3_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete import storage

         Delete a specific S3 import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_s3_destroy as _storages_s3_destroy

        return _storages_s3_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_s3_list(
        self,
        *,
        project: int,
    ) -> builtins.list[S3ImportStorage] | None:
        """List S3 import storage

         Get a list of all S3 import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[S3ImportStorage]
        """

        from . import storages_s3_list as _storages_s3_list

        return _storages_s3_list.sync(
            project=project,
            client=self._client,
        )

    def storages_s3_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[S3ImportStorage]]:
        """List S3 import storage

         Get a list of all S3 import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[S3ImportStorage]]
        """

        from . import storages_s3_list as _storages_s3_list

        return _storages_s3_list.sync_detailed(
            project=project,
            client=self._client,
        )

    def storages_s3_partial_update(
        self,
        id: int,
        *,
        body: StoragesS3PartialUpdateBody | Unset = UNSET,
    ) -> S3ImportStorage | None:
        """Update import storage

         Update a specific S3 import storage connection.

        Args:
            id (int):
            body (StoragesS3PartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ImportStorage
        """

        from . import storages_s3_partial_update as _storages_s3_partial_update

        return _storages_s3_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_s3_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesS3PartialUpdateBody | Unset = UNSET,
    ) -> Response[S3ImportStorage]:
        """Update import storage

         Update a specific S3 import storage connection.

        Args:
            id (int):
            body (StoragesS3PartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ImportStorage]
        """

        from . import storages_s3_partial_update as _storages_s3_partial_update

        return _storages_s3_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_s3_retrieve(
        self,
        id: int,
    ) -> S3ImportStorage | None:
        """Get import storage

         Get a specific S3 import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ImportStorage
        """

        from . import storages_s3_retrieve as _storages_s3_retrieve

        return _storages_s3_retrieve.sync(
            id=id,
            client=self._client,
        )

    def storages_s3_retrieve_detailed(
        self,
        id: int,
    ) -> Response[S3ImportStorage]:
        """Get import storage

         Get a specific S3 import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ImportStorage]
        """

        from . import storages_s3_retrieve as _storages_s3_retrieve

        return _storages_s3_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_s3_sync_create(
        self,
        id: int,
    ) -> S3ImportStorage | None:
        """Sync import storage

         Sync tasks from an S3 import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ImportStorage
        """

        from . import storages_s3_sync_create as _storages_s3_sync_create

        return _storages_s3_sync_create.sync(
            id=id,
            client=self._client,
        )

    def storages_s3_sync_create_detailed(
        self,
        id: int,
    ) -> Response[S3ImportStorage]:
        """Sync import storage

         Sync tasks from an S3 import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ImportStorage]
        """

        from . import storages_s3_sync_create as _storages_s3_sync_create

        return _storages_s3_sync_create.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_s3_validate_create(
        self,
        *,
        body: StoragesS3ValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate import storage

         Validate a specific S3 import storage connection.

        Args:
            body (StoragesS3ValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_s3_validate_create as _storages_s3_validate_create

        return _storages_s3_validate_create.sync_detailed(
            body=body,
            client=self._client,
        )


class AsyncStorageS3Api:
    """Every operation tagged "storage_s3", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def storages_export_s3_create(
        self,
        *,
        body: StoragesExportS3CreateBody | Unset = UNSET,
    ) -> S3ExportStorage | None:
        """Create export storage

         Create a new S3 export storage connection to store annotations.

        Args:
            body (StoragesExportS3CreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ExportStorage
        """

        from . import storages_export_s3_create as _storages_export_s3_create

        return await _storages_export_s3_create.asyncio(
            body=body,
            client=self._client,
        )

    async def storages_export_s3_create_detailed(
        self,
        *,
        body: StoragesExportS3CreateBody | Unset = UNSET,
    ) -> Response[S3ExportStorage]:
        """Create export storage

         Create a new S3 export storage connection to store annotations.

        Args:
            body (StoragesExportS3CreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ExportStorage]
        """

        from . import storages_export_s3_create as _storages_export_s3_create

        return await _storages_export_s3_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def storages_export_s3_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete export storage

         Delete a specific S3 export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_s3_destroy as _storages_export_s3_destroy

        return await _storages_export_s3_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_export_s3_list(
        self,
        *,
        project: int,
    ) -> builtins.list[S3ExportStorage] | None:
        """Get all export storage

         Get a list of all S3 export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[S3ExportStorage]
        """

        from . import storages_export_s3_list as _storages_export_s3_list

        return await _storages_export_s3_list.asyncio(
            project=project,
            client=self._client,
        )

    async def storages_export_s3_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[S3ExportStorage]]:
        """Get all export storage

         Get a list of all S3 export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[S3ExportStorage]]
        """

        from . import storages_export_s3_list as _storages_export_s3_list

        return await _storages_export_s3_list.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def storages_export_s3_partial_update(
        self,
        id: int,
        *,
        body: StoragesExportS3PartialUpdateBody | Unset = UNSET,
    ) -> S3ExportStorage | None:
        """Update export storage

         Update a specific S3 export storage connection.

        Args:
            id (int):
            body (StoragesExportS3PartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ExportStorage
        """

        from . import storages_export_s3_partial_update as _storages_export_s3_partial_update

        return await _storages_export_s3_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_export_s3_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesExportS3PartialUpdateBody | Unset = UNSET,
    ) -> Response[S3ExportStorage]:
        """Update export storage

         Update a specific S3 export storage connection.

        Args:
            id (int):
            body (StoragesExportS3PartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ExportStorage]
        """

        from . import storages_export_s3_partial_update as _storages_export_s3_partial_update

        return await _storages_export_s3_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_export_s3_retrieve(
        self,
        id: int,
    ) -> S3ExportStorage | None:
        """Get export storage

         Get a specific S3 export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ExportStorage
        """

        from . import storages_export_s3_retrieve as _storages_export_s3_retrieve

        return await _storages_export_s3_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_export_s3_retrieve_detailed(
        self,
        id: int,
    ) -> Response[S3ExportStorage]:
        """Get export storage

         Get a specific S3 export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ExportStorage]
        """

        from . import storages_export_s3_retrieve as _storages_export_s3_retrieve

        return await _storages_export_s3_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_export_s3_sync_create(
        self,
        id: int,
    ) -> S3ExportStorage | None:
        """Sync export storage

         Sync tasks from an S3 export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ExportStorage
        """

        from . import storages_export_s3_sync_create as _storages_export_s3_sync_create

        return await _storages_export_s3_sync_create.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_export_s3_sync_create_detailed(
        self,
        id: int,
    ) -> Response[S3ExportStorage]:
        """Sync export storage

         Sync tasks from an S3 export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ExportStorage]
        """

        from . import storages_export_s3_sync_create as _storages_export_s3_sync_create

        return await _storages_export_s3_sync_create.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_export_s3_validate_create(
        self,
        *,
        body: StoragesExportS3ValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate export storage

         Validate a specific S3 export storage connection.

        Args:
            body (StoragesExportS3ValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_s3_validate_create as _storages_export_s3_validate_create

        return await _storages_export_s3_validate_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def storages_s3_create(
        self,
        *,
        body: StoragesS3CreateBody | Unset = UNSET,
    ) -> S3ImportStorage | None:
        """Create new S3 storage

         Create new S3 import storage

        Args:
            body (StoragesS3CreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ImportStorage
        """

        from . import storages_s3_create as _storages_s3_create

        return await _storages_s3_create.asyncio(
            body=body,
            client=self._client,
        )

    async def storages_s3_create_detailed(
        self,
        *,
        body: StoragesS3CreateBody | Unset = UNSET,
    ) -> Response[S3ImportStorage]:
        """Create new S3 storage

         Create new S3 import storage

        Args:
            body (StoragesS3CreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ImportStorage]
        """

        from . import storages_s3_create as _storages_s3_create

        return await _storages_s3_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def storages_s3_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete import storage

         Delete a specific S3 import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_s3_destroy as _storages_s3_destroy

        return await _storages_s3_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_s3_list(
        self,
        *,
        project: int,
    ) -> builtins.list[S3ImportStorage] | None:
        """List S3 import storage

         Get a list of all S3 import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[S3ImportStorage]
        """

        from . import storages_s3_list as _storages_s3_list

        return await _storages_s3_list.asyncio(
            project=project,
            client=self._client,
        )

    async def storages_s3_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[S3ImportStorage]]:
        """List S3 import storage

         Get a list of all S3 import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[S3ImportStorage]]
        """

        from . import storages_s3_list as _storages_s3_list

        return await _storages_s3_list.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def storages_s3_partial_update(
        self,
        id: int,
        *,
        body: StoragesS3PartialUpdateBody | Unset = UNSET,
    ) -> S3ImportStorage | None:
        """Update import storage

         Update a specific S3 import storage connection.

        Args:
            id (int):
            body (StoragesS3PartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ImportStorage
        """

        from . import storages_s3_partial_update as _storages_s3_partial_update

        return await _storages_s3_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_s3_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesS3PartialUpdateBody | Unset = UNSET,
    ) -> Response[S3ImportStorage]:
        """Update import storage

         Update a specific S3 import storage connection.

        Args:
            id (int):
            body (StoragesS3PartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ImportStorage]
        """

        from . import storages_s3_partial_update as _storages_s3_partial_update

        return await _storages_s3_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_s3_retrieve(
        self,
        id: int,
    ) -> S3ImportStorage | None:
        """Get import storage

         Get a specific S3 import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ImportStorage
        """

        from . import storages_s3_retrieve as _storages_s3_retrieve

        return await _storages_s3_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_s3_retrieve_detailed(
        self,
        id: int,
    ) -> Response[S3ImportStorage]:
        """Get import storage

         Get a specific S3 import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ImportStorage]
        """

        from . import storages_s3_retrieve as _storages_s3_retrieve

        return await _storages_s3_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_s3_sync_create(
        self,
        id: int,
    ) -> S3ImportStorage | None:
        """Sync import storage

         Sync tasks from an S3 import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            S3ImportStorage
        """

        from . import storages_s3_sync_create as _storages_s3_sync_create

        return await _storages_s3_sync_create.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_s3_sync_create_detailed(
        self,
        id: int,
    ) -> Response[S3ImportStorage]:
        """Sync import storage

         Sync tasks from an S3 import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[S3ImportStorage]
        """

        from . import storages_s3_sync_create as _storages_s3_sync_create

        return await _storages_s3_sync_create.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_s3_validate_create(
        self,
        *,
        body: StoragesS3ValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate import storage

         Validate a specific S3 import storage connection.

        Args:
            body (StoragesS3ValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_s3_validate_create as _storages_s3_validate_create

        return await _storages_s3_validate_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

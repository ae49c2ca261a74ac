"""Contains endpoint functions for accessing the API, and the per-tag facades ``StorageLocalApi`` /
``AsyncStorageLocalApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.local_files_export_storage import LocalFilesExportStorage
    from ...models.local_files_import_storage import LocalFilesImportStorage
    from ...models.storages_export_localfiles_create_body import StoragesExportLocalfilesCreateBody
    from ...models.storages_export_localfiles_partial_update_body import StoragesExportLocalfilesPartialUpdateBody
    from ...models.storages_export_localfiles_validate_create_body import StoragesExportLocalfilesValidateCreateBody
    from ...models.storages_localfiles_create_body import StoragesLocalfilesCreateBody
    from ...models.storages_localfiles_partial_update_body import StoragesLocalfilesPartialUpdateBody
    from ...models.storages_localfiles_validate_create_body import StoragesLocalfilesValidateCreateBody


class StorageLocalApi:
    """Every operation tagged "storage_local", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def storages_export_localfiles_create(
        self,
        *,
        body: StoragesExportLocalfilesCreateBody | Unset = UNSET,
    ) -> LocalFilesExportStorage | None:
        """Create export storage

         Create a new local file export storage connection to store annotations.

        Args:
            body (StoragesExportLocalfilesCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesExportStorage
        """

        from . import storages_export_localfiles_create as _storages_export_localfiles_create

        return _storages_export_localfiles_create.sync(
            body=body,
            client=self._client,
        )

    def storages_export_localfiles_create_detailed(
        self,
        *,
        body: StoragesExportLocalfilesCreateBody | Unset = UNSET,
    ) -> Response[LocalFilesExportStorage]:
        """Create export storage

         Create a new local file export storage connection to store annotations.

        Args:
            body (StoragesExportLocalfilesCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesExportStorage]
        """

        from . import storages_export_localfiles_create as _storages_export_localfiles_create

        return _storages_export_localfiles_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def storages_export_localfiles_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete export storage

         Delete a specific local file export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_localfiles_destroy as _storages_export_localfiles_destroy

        return _storages_export_localfiles_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_export_localfiles_list(
        self,
        *,
        project: int,
    ) -> builtins.list[LocalFilesExportStorage] | None:
        """Get all export storage

         Get a list of all local file export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[LocalFilesExportStorage]
        """

        from . import storages_export_localfiles_list as _storages_export_localfiles_list

        return _storages_export_localfiles_list.sync(
            project=project,
            client=self._client,
        )

    def storages_export_localfiles_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[LocalFilesExportStorage]]:
        """Get all export storage

         Get a list of all local file export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[LocalFilesExportStorage]]
        """

        from . import storages_export_localfiles_list as _storages_export_localfiles_list

        return _storages_export_localfiles_list.sync_detailed(
            project=project,
            client=self._client,
        )

    def storages_export_localfiles_partial_update(
        self,
        id: int,
        *,
        body: StoragesExportLocalfilesPartialUpdateBody | Unset = UNSET,
    ) -> LocalFilesExportStorage | None:
        """Update export storage

         Update a specific local file export storage connection.

        Args:
            id (int):
            body (StoragesExportLocalfilesPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesExportStorage
        """

        from . import storages_export_localfiles_partial_update as _storages_export_localfiles_partial_update

        return _storages_export_localfiles_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_export_localfiles_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesExportLocalfilesPartialUpdateBody | Unset = UNSET,
    ) -> Response[LocalFilesExportStorage]:
        """Update export storage

         Update a specific local file export storage connection.

        Args:
            id (int):
            body (StoragesExportLocalfilesPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesExportStorage]
        """

        from . import storages_export_localfiles_partial_update as _storages_export_localfiles_partial_update

        return _storages_export_localfiles_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_export_localfiles_retrieve(
        self,
        id: int,
    ) -> LocalFilesExportStorage | None:
        """Get export storage

         Get a specific local file export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesExportStorage
        """

        from . import storages_export_localfiles_retrieve as _storages_export_localfiles_retrieve

        return _storages_export_localfiles_retrieve.sync(
            id=id,
            client=self._client,
        )

    def storages_export_localfiles_retrieve_detailed(
        self,
        id: int,
    ) -> Response[LocalFilesExportStorage]:
        """Get export storage

         Get a specific local file export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesExportStorage]
        """

        from . import storages_export_localfiles_retrieve as _storages_export_localfiles_retrieve

        return _storages_export_localfiles_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_export_localfiles_sync_create(
        self,
        id: int,
    ) -> LocalFilesExportStorage | None:
        """Sync export storage

         Sync tasks from a local file export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesExportStorage
        """

        from . import storages_export_localfiles_sync_create as _storages_export_localfiles_sync_create

        return _storages_export_localfiles_sync_create.sync(
            id=id,
            client=self._client,
        )

    def storages_export_localfiles_sync_create_detailed(
        self,
        id: int,
    ) -> Response[LocalFilesExportStorage]:
        """Sync export storage

         Sync tasks from a local file export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesExportStorage]
        """

        from . import storages_export_localfiles_sync_create as _storages_export_localfiles_sync_create

        return _storages_export_localfiles_sync_create.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_export_localfiles_validate_create(
        self,
        *,
        body: StoragesExportLocalfilesValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate export storage

         Validate a specific local file export storage connection.

        Args:
            body (StoragesExportLocalfilesValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_localfiles_validate_create as _storages_export_localfiles_validate_create

        return _storages_export_localfiles_validate_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def storages_localfiles_create(
        self,
        *,
        body: StoragesLocalfilesCreateBody | Unset = UNSET,
    ) -> LocalFilesImportStorage | None:
        """Create import storage

         Create a new local file import storage connection.

        Args:
            body (StoragesLocalfilesCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesImportStorage
        """

        from . import storages_localfiles_create as _storages_localfiles_create

        return _storages_localfiles_create.sync(
            body=body,
            client=self._client,
        )

    def storages_localfiles_create_detailed(
        self,
        *,
        body: StoragesLocalfilesCreateBody | Unset = UNSET,
    ) -> Response[LocalFilesImportStorage]:
        """Create import storage

         Create a new local file import storage connection.

        Args:
            body (StoragesLocalfilesCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesImportStorage]
        """

        from . import storages_localfiles_create as _storages_localfiles_create

        return _storages_localfiles_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def storages_localfiles_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete import storage

         Delete a specific local file import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_localfiles_destroy as _storages_localfiles_destroy

        return _storages_localfiles_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_localfiles_list(
        self,
        *,
        project: int,
    ) -> builtins.list[LocalFilesImportStorage] | None:
        """Get all import storage

         Get a list of all local file import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[LocalFilesImportStorage]
        """

        from . import storages_localfiles_list as _storages_localfiles_list

        return _storages_localfiles_list.sync(
            project=project,
            client=self._client,
        )

    def storages_localfiles_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[LocalFilesImportStorage]]:
        """Get all import storage

         Get a list of all local file import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[LocalFilesImportStorage]]
        """

        from . import storages_localfiles_list as _storages_localfiles_list

        return _storages_localfiles_list.sync_detailed(
            project=project,
            client=self._client,
        )

    def storages_localfiles_partial_update(
        self,
        id: int,
        *,
        body: StoragesLocalfilesPartialUpdateBody | Unset = UNSET,
    ) -> LocalFilesImportStorage | None:
        """Update import storage

         Update a specific local file import storage connection.

        Args:
            id (int):
            body (StoragesLocalfilesPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesImportStorage
        """

        from . import storages_localfiles_partial_update as _storages_localfiles_partial_update

        return _storages_localfiles_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_localfiles_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesLocalfilesPartialUpdateBody | Unset = UNSET,
    ) -> Response[LocalFilesImportStorage]:
        """Update import storage

         Update a specific local file import storage connection.

        Args:
            id (int):
            body (StoragesLocalfilesPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesImportStorage]
        """

        from . import storages_localfiles_partial_update as _storages_localfiles_partial_update

        return _storages_localfiles_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_localfiles_retrieve(
        self,
        id: int,
    ) -> LocalFilesImportStorage | None:
        """Get import storage

         Get a specific local file import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesImportStorage
        """

        from . import storages_localfiles_retrieve as _storages_localfiles_retrieve

        return _storages_localfiles_retrieve.sync(
            id=id,
            client=self._client,
        )

    def storages_localfiles_retrieve_detailed(
        self,
        id: int,
    ) -> Response[LocalFilesImportStorage]:
        """Get import storage

         Get a specific local file import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesImportStorage]
        """

        from . import storages_localfiles_retrieve as _storages_localfiles_retrieve

        return _storages_localfiles_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_localfiles_sync_create(
        self,
        id: int,
    ) -> LocalFilesImportStorage | None:
        """Sync import storage

         Sync tasks from a local file import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesImportStorage
        """

        from . import storages_localfiles_sync_create as _storages_localfiles_sync_create

        return _storages_localfiles_sync_create.sync(
            id=id,
            client=self._client,
        )

    def storages_localfiles_sync_create_detailed(
        self,
        id: int,
    ) -> Response[LocalFilesImportStorage]:
        """Sync import storage

         Sync tasks from a local file import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesImportStorage]
        """

        from . import storages_localfiles_sync_create as _storages_localfiles_sync_create

        return _storages_localfiles_sync_create.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_localfiles_validate_create(
        self,
        *,
        body: StoragesLocalfilesValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate import storage

         Validate a specific local file import storage connection.

        Args:
            body (StoragesLocalfilesValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_localfiles_validate_create as _storages_localfiles_validate_create

        return _storages_localfiles_validate_create.sync_detailed(
            body=body,
            client=self._client,
        )


class AsyncStorageLocalApi:
    """Every operation tagged "storage_local", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def storages_export_localfiles_create(
        self,
        *,
        body: StoragesExportLocalfilesCreateBody | Unset = UNSET,
    ) -> LocalFilesExportStorage | None:
        """Create export storage

         Create a new local file export storage connection to store annotations.

        Args:
            body (StoragesExportLocalfilesCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesExportStorage
        """

        from . import storages_export_localfiles_create as _storages_export_localfiles_create

        return await _storages_export_localfiles_create.asyncio(
            body=body,
            client=self._client,
        )

    async def storages_export_localfiles_create_detailed(
        self,
        *,
        body: StoragesExportLocalfilesCreateBody | Unset = UNSET,
    ) -> Response[LocalFilesExportStorage]:
        """Create export storage

         Create a new local file export storage connection to store annotations.

        Args:
            body (StoragesExportLocalfilesCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesExportStorage]
        """

        from . import storages_export_localfiles_create as _storages_export_localfiles_create

        return await _storages_export_localfiles_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def storages_export_localfiles_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete export storage

         Delete a specific local file export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_localfiles_destroy as _storages_export_localfiles_destroy

        return await _storages_export_localfiles_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_export_localfiles_list(
        self,
        *,
        project: int,
    ) -> builtins.list[LocalFilesExportStorage] | None:
        """Get all export storage

         Get a list of all local file export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[LocalFilesExportStorage]
        """

        from . import storages_export_localfiles_list as _storages_export_localfiles_list

        return await _storages_export_localfiles_list.asyncio(
            project=project,
            client=self._client,
        )

    async def storages_export_localfiles_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[LocalFilesExportStorage]]:
        """Get all export storage

         Get a list of all local file export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[LocalFilesExportStorage]]
        """

        from . import storages_export_localfiles_list as _storages_export_localfiles_list

        return await _storages_export_localfiles_list.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def storages_export_localfiles_partial_update(
        self,
        id: int,
        *,
        body: StoragesExportLocalfilesPartialUpdateBody | Unset = UNSET,
    ) -> LocalFilesExportStorage | None:
        """Update export storage

         Update a specific local file export storage connection.

        Args:
            id (int):
            body (StoragesExportLocalfilesPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesExportStorage
        """

        from . import storages_export_localfiles_partial_update as _storages_export_localfiles_partial_update

        return await _storages_export_localfiles_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_export_localfiles_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesExportLocalfilesPartialUpdateBody | Unset = UNSET,
    ) -> Response[LocalFilesExportStorage]:
        """Update export storage

         Update a specific local file export storage connection.

        Args:
            id (int):
            body (StoragesExportLocalfilesPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesExportStorage]
        """

        from . import storages_export_localfiles_partial_update as _storages_export_localfiles_partial_update

        return await _storages_export_localfiles_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_export_localfiles_retrieve(
        self,
        id: int,
    ) -> LocalFilesExportStorage | None:
        """Get export storage

         Get a specific local file export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesExportStorage
        """

        from . import storages_export_localfiles_retrieve as _storages_export_localfiles_retrieve

        return await _storages_export_localfiles_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_export_localfiles_retrieve_detailed(
        self,
        id: int,
    ) -> Response[LocalFilesExportStorage]:
        """Get export storage

         Get a specific local file export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesExportStorage]
        """

        from . import storages_export_localfiles_retrieve as _storages_export_localfiles_retrieve

        return await _storages_export_localfiles_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_export_localfiles_sync_create(
        self,
        id: int,
    ) -> LocalFilesExportStorage | None:
        """Sync export storage

         Sync tasks from a local file export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesExportStorage
        """

        from . import storages_export_localfiles_sync_create as _storages_export_localfiles_sync_create

        return await _storages_export_localfiles_sync_create.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_export_localfiles_sync_create_detailed(
        self,
        id: int,
    ) -> Response[LocalFilesExportStorage]:
        """Sync export storage

         Sync tasks from a local file export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesExportStorage]
        """

        from . import storages_export_localfiles_sync_create as _storages_export_localfiles_sync_create

        return await _storages_export_localfiles_sync_create.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_export_localfiles_validate_create(
        self,
        *,
        body: StoragesExportLocalfilesValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate export storage

         Validate a specific local file export storage connection.

        Args:
            body (StoragesExportLocalfilesValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_localfiles_validate_create as _storages_export_localfiles_validate_create

        return await _storages_export_localfiles_validate_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def storages_localfiles_create(
        self,
        *,
        body: StoragesLocalfilesCreateBody | Unset = UNSET,
    ) -> LocalFilesImportStorage | None:
        """Create import storage

         Create a new local file import storage connection.

        Args:
            body (StoragesLocalfilesCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesImportStorage
        """

        from . import storages_localfiles_create as _storages_localfiles_create

        return await _storages_localfiles_create.asyncio(
            body=body,
            client=self._client,
        )

    async def storages_localfiles_create_detailed(
        self,
        *,
        body: StoragesLocalfilesCreateBody | Unset = UNSET,
    ) -> Response[LocalFilesImportStorage]:
        """Create import storage

         Create a new local file import storage connection.

        Args:
            body (StoragesLocalfilesCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesImportStorage]
        """

        from . import storages_localfiles_create as _storages_localfiles_create

        return await _storages_localfiles_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def storages_localfiles_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete import storage

         Delete a specific local file import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_localfiles_destroy as _storages_localfiles_destroy

        return await _storages_localfiles_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_localfiles_list(
        self,
        *,
        project: int,
    ) -> builtins.list[LocalFilesImportStorage] | None:
        """Get all import storage

         Get a list of all local file import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[LocalFilesImportStorage]
        """

        from . import storages_localfiles_list as _storages_localfiles_list

        return await _storages_localfiles_list.asyncio(
            project=project,
            client=self._client,
        )

    async def storages_localfiles_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[LocalFilesImportStorage]]:
        """Get all import storage

         Get a list of all local file import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[LocalFilesImportStorage]]
        """

        from . import storages_localfiles_list as _storages_localfiles_list

        return await _storages_localfiles_list.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def storages_localfiles_partial_update(
        self,
        id: int,
        *,
        body: StoragesLocalfilesPartialUpdateBody | Unset = UNSET,
    ) -> LocalFilesImportStorage | None:
        """Update import storage

         Update a specific local file import storage connection.

        Args:
            id (int):
            body (StoragesLocalfilesPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesImportStorage
        """

        from . import storages_localfiles_partial_update as _storages_localfiles_partial_update

        return await _storages_localfiles_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_localfiles_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesLocalfilesPartialUpdateBody | Unset = UNSET,
    ) -> Response[LocalFilesImportStorage]:
        """Update import storage

         Update a specific local file import storage connection.

        Args:
            id (int):
            body (StoragesLocalfilesPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesImportStorage]
        """

        from . import storages_localfiles_partial_update as _storages_localfiles_partial_update

        return await _storages_localfiles_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_localfiles_retrieve(
        self,
        id: int,
    ) -> LocalFilesImportStorage | None:
        """Get import storage

         Get a specific local file import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesImportStorage
        """

        from . import storages_localfiles_retrieve as _storages_localfiles_retrieve

        return await _storages_localfiles_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_localfiles_retrieve_detailed(
        self,
        id: int,
    ) -> Response[LocalFilesImportStorage]:
        """Get import storage

         Get a specific local file import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesImportStorage]
        """

        from . import storages_localfiles_retrieve as _storages_localfiles_retrieve

        return await _storages_localfiles_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_localfiles_sync_create(
        self,
        id: int,
    ) -> LocalFilesImportStorage | None:
        """Sync import storage

         Sync tasks from a local file import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LocalFilesImportStorage
        """

        from . import storages_localfiles_sync_create as _storages_localfiles_sync_create

        return await _storages_localfiles_sync_create.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_localfiles_sync_create_detailed(
        self,
        id: int,
    ) -> Response[LocalFilesImportStorage]:
        """Sync import storage

         Sync tasks from a local file import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LocalFilesImportStorage]
        """

        from . import storages_localfiles_sync_create as _storages_localfiles_sync_create

        return await _storages_localfiles_sync_create.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_localfiles_validate_create(
        self,
        *,
        body: StoragesLocalfilesValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate import storage

         Validate a specific local file import storage connection.

        Args:
            body (StoragesLocalfilesValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_localfiles_validate_create as _storages_localfiles_validate_create

        return await _storages_localfiles_validate_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

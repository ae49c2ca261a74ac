"""Contains endpoint functions for accessing the API, and the per-tag facades ``StorageRedisApi`` /
``AsyncStorageRedisApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.redis_export_storage import RedisExportStorage
    from ...models.redis_import_storage import RedisImportStorage
    from ...models.storages_export_redis_create_body import StoragesExportRedisCreateBody
    from ...models.storages_export_redis_partial_update_body import StoragesExportRedisPartialUpdateBody
    from ...models.storages_export_redis_validate_create_body import StoragesExportRedisValidateCreateBody
    from ...models.storages_redis_create_body import StoragesRedisCreateBody
    from ...models.storages_redis_partial_update_body import StoragesRedisPartialUpdateBody
    from ...models.storages_redis_validate_create_body import StoragesRedisValidateCreateBody


class StorageRedisApi:
    """Every operation tagged "storage_redis", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def storages_export_redis_create(
        self,
        *,
        body: StoragesExportRedisCreateBody | Unset = UNSET,
    ) -> RedisExportStorage | None:
        """Create export storage

         Create a new Redis export storage connection to store annotations.

        Args:
            body (StoragesExportRedisCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisExportStorage
        """

        from . import storages_export_redis_create as _storages_export_redis_create

        return _storages_export_redis_create.sync(
            body=body,
            client=self._client,
        )

    def storages_export_redis_create_detailed(
        self,
        *,
        body: StoragesExportRedisCreateBody | Unset = UNSET,
    ) -> Response[RedisExportStorage]:
        """Create export storage

         Create a new Redis export storage connection to store annotations.

        Args:
            body (StoragesExportRedisCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisExportStorage]
        """

        from . import storages_export_redis_create as _storages_export_redis_create

        return _storages_export_redis_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def storages_export_redis_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete export storage

         Delete a specific Redis export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_redis_destroy as _storages_export_redis_destroy

        return _storages_export_redis_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_export_redis_list(
        self,
        *,
        project: int,
    ) -> builtins.list[RedisExportStorage] | None:
        """Get all export storage

         Get a list of all Redis export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[RedisExportStorage]
        """

        from . import storages_export_redis_list as _storages_export_redis_list

        return _storages_export_redis_list.sync(
            project=project,
            client=self._client,
        )

    def storages_export_redis_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[RedisExportStorage]]:
        """Get all export storage

         Get a list of all Redis export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[RedisExportStorage]]
        """

        from . import storages_export_redis_list as _storages_export_redis_list

        return _storages_export_redis_list.sync_detailed(
            project=project,
            client=self._client,
        )

    def storages_export_redis_partial_update(
        self,
        id: int,
        *,
        body: StoragesExportRedisPartialUpdateBody | Unset = UNSET,
    ) -> RedisExportStorage | None:
        """Update export storage

         Update a specific Redis export storage connection.

        Args:
            id (int):
            body (StoragesExportRedisPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisExportStorage
        """

        from . import storages_export_redis_partial_update as _storages_export_redis_partial_update

        return _storages_export_redis_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_export_redis_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesExportRedisPartialUpdateBody | Unset = UNSET,
    ) -> Response[RedisExportStorage]:
        """Update export storage

         Update a specific Redis export storage connection.

        Args:
            id (int):
            body (StoragesExportRedisPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisExportStorage]
        """

        from . import storages_export_redis_partial_update as _storages_export_redis_partial_update

        return _storages_export_redis_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_export_redis_retrieve(
        self,
        id: int,
    ) -> RedisExportStorage | None:
        """Get export storage

         Get a specific Redis export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisExportStorage
        """

        from . import storages_export_redis_retrieve as _storages_export_redis_retrieve

        return _storages_export_redis_retrieve.sync(
            id=id,
            client=self._client,
        )

    def storages_export_redis_retrieve_detailed(
        self,
        id: int,
    ) -> Response[RedisExportStorage]:
        """Get export storage

         Get a specific Redis export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisExportStorage]
        """

        from . import storages_export_redis_retrieve as _storages_export_redis_retrieve

        return _storages_export_redis_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_export_redis_sync_create(
        self,
        id: int,
    ) -> RedisExportStorage | None:
        """Sync export storage

         Sync tasks from a Redis export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisExportStorage
        """

        from . import storages_export_redis_sync_create as _storages_export_redis_sync_create

        return _storages_export_redis_sync_create.sync(
            id=id,
            client=self._client,
        )

    def storages_export_redis_sync_create_detailed(
        self,
        id: int,
    ) -> Response[RedisExportStorage]:
        """Sync export storage

         Sync tasks from a Redis export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisExportStorage]
        """

        from . import storages_export_redis_sync_create as _storages_export_redis_sync_create

        return _storages_export_redis_sync_create.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_export_redis_validate_create(
        self,
        *,
        body: StoragesExportRedisValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate export storage

         Validate a specific Redis export storage connection.

        Args:
            body (StoragesExportRedisValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_redis_validate_create as _storages_export_redis_validate_create

        return _storages_export_redis_validate_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def storages_redis_create(
        self,
        *,
        body: StoragesRedisCreateBody | Unset = UNSET,
    ) -> RedisImportStorage | None:
        """Create import storage

         Create a new Redis import storage connection.

        Args:
            body (StoragesRedisCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisImportStorage
        """

        from . import storages_redis_create as _storages_redis_create

        return _storages_redis_create.sync(
            body=body,
            client=self._client,
        )

    def storages_redis_create_detailed(
        self,
        *,
        body: StoragesRedisCreateBody | Unset = UNSET,
    ) -> Response[RedisImportStorage]:
        """Create import storage

         Create a new Redis import storage connection.

        Args:
            body (StoragesRedisCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisImportStorage]
        """

        from . import storages_redis_create as _storages_redis_create

        return _storages_redis_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def storages_redis_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete import storage

         Delete a specific Redis import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_redis_destroy as _storages_redis_destroy

        return _storages_redis_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_redis_list(
        self,
        *,
        project: int,
    ) -> builtins.list[RedisImportStorage] | None:
        """Get all import storage

         Get a list of all Redis import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[RedisImportStorage]
        """

        from . import storages_redis_list as _storages_redis_list

        return _storages_redis_list.sync(
            project=project,
            client=self._client,
        )

    def storages_redis_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[RedisImportStorage]]:
        """Get all import storage

         Get a list of all Redis import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[RedisImportStorage]]
        """

        from . import storages_redis_list as _storages_redis_list

        return _storages_redis_list.sync_detailed(
            project=project,
            client=self._client,
        )

    def storages_redis_partial_update(
        self,
        id: int,
        *,
        body: StoragesRedisPartialUpdateBody | Unset = UNSET,
    ) -> RedisImportStorage | None:
        """Update import storage

         Update a specific Redis import storage connection.

        Args:
            id (int):
            body (StoragesRedisPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisImportStorage
        """

        from . import storages_redis_partial_update as _storages_redis_partial_update

        return _storages_redis_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_redis_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesRedisPartialUpdateBody | Unset = UNSET,
    ) -> Response[RedisImportStorage]:
        """Update import storage

         Update a specific Redis import storage connection.

        Args:
            id (int):
            body (StoragesRedisPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisImportStorage]
        """

        from . import storages_redis_partial_update as _storages_redis_partial_update

        return _storages_redis_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def storages_redis_retrieve(
        self,
        id: int,
    ) -> RedisImportStorage | None:
        """Get import storage

         Get a specific Redis import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisImportStorage
        """

        from . import storages_redis_retrieve as _storages_redis_retrieve

        return _storages_redis_retrieve.sync(
            id=id,
            client=self._client,
        )

    def storages_redis_retrieve_detailed(
        self,
        id: int,
    ) -> Response[RedisImportStorage]:
        """Get import storage

         Get a specific Redis import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisImportStorage]
        """

        from . import storages_redis_retrieve as _storages_redis_retrieve

        return _storages_redis_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_redis_sync_create(
        self,
        id: int,
    ) -> RedisImportStorage | None:
        """Sync import storage

         Sync tasks from a Redis import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisImportStorage
        """

        from . import storages_redis_sync_create as _storages_redis_sync_create

        return _storages_redis_sync_create.sync(
            id=id,
            client=self._client,
        )

    def storages_redis_sync_create_detailed(
        self,
        id: int,
    ) -> Response[RedisImportStorage]:
        """Sync import storage

         Sync tasks from a Redis import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisImportStorage]
        """

        from . import storages_redis_sync_create as _storages_redis_sync_create

        return _storages_redis_sync_create.sync_detailed(
            id=id,
            client=self._client,
        )

    def storages_redis_validate_create(
        self,
        *,
        body: StoragesRedisValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate import storage

         Validate a specific Redis import storage connection.

        Args:
            body (StoragesRedisValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_redis_validate_create as _storages_redis_validate_create

        return _storages_redis_validate_create.sync_detailed(
            body=body,
            client=self._client,
        )


class AsyncStorageRedisApi:
    """Every operation tagged "storage_redis", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def storages_export_redis_create(
        self,
        *,
        body: StoragesExportRedisCreateBody | Unset = UNSET,
    ) -> RedisExportStorage | None:
        """Create export storage

         Create a new Redis export storage connection to store annotations.

        Args:
            body (StoragesExportRedisCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisExportStorage
        """

        from . import storages_export_redis_create as _storages_export_redis_create

        return await _storages_export_redis_create.asyncio(
            body=body,
            client=self._client,
        )

    async def storages_export_redis_create_detailed(
        self,
        *,
        body: StoragesExportRedisCreateBody | Unset = UNSET,
    ) -> Response[RedisExportStorage]:
        """Create export storage

         Create a new Redis export storage connection to store annotations.

        Args:
            body (StoragesExportRedisCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisExportStorage]
        """

        from . import storages_export_redis_create as _storages_export_redis_create

        return await _storages_export_redis_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def storages_export_redis_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete export storage

         Delete a specific Redis export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_redis_destroy as _storages_export_redis_destroy

        return await _storages_export_redis_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_export_redis_list(
        self,
        *,
        project: int,
    ) -> builtins.list[RedisExportStorage] | None:
        """Get all export storage

         Get a list of all Redis export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[RedisExportStorage]
        """

        from . import storages_export_redis_list as _storages_export_redis_list

        return await _storages_export_redis_list.asyncio(
            project=project,
            client=self._client,
        )

    async def storages_export_redis_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[RedisExportStorage]]:
        """Get all export storage

         Get a list of all Redis export storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[RedisExportStorage]]
        """

        from . import storages_export_redis_list as _storages_export_redis_list

        return await _storages_export_redis_list.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def storages_export_redis_partial_update(
        self,
        id: int,
        *,
        body: StoragesExportRedisPartialUpdateBody | Unset = UNSET,
    ) -> RedisExportStorage | None:
        """Update export storage

         Update a specific Redis export storage connection.

        Args:
            id (int):
            body (StoragesExportRedisPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisExportStorage
        """

        from . import storages_export_redis_partial_update as _storages_export_redis_partial_update

        return await _storages_export_redis_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_export_redis_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesExportRedisPartialUpdateBody | Unset = UNSET,
    ) -> Response[RedisExportStorage]:
        """Update export storage

         Update a specific Redis export storage connection.

        Args:
            id (int):
            body (StoragesExportRedisPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisExportStorage]
        """

        from . import storages_export_redis_partial_update as _storages_export_redis_partial_update

        return await _storages_export_redis_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_export_redis_retrieve(
        self,
        id: int,
    ) -> RedisExportStorage | None:
        """Get export storage

         Get a specific Redis export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisExportStorage
        """

        from . import storages_export_redis_retrieve as _storages_export_redis_retrieve

        return await _storages_export_redis_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_export_redis_retrieve_detailed(
        self,
        id: int,
    ) -> Response[RedisExportStorage]:
        """Get export storage

         Get a specific Redis export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisExportStorage]
        """

        from . import storages_export_redis_retrieve as _storages_export_redis_retrieve

        return await _storages_export_redis_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_export_redis_sync_create(
        self,
        id: int,
    ) -> RedisExportStorage | None:
        """Sync export storage

         Sync tasks from a Redis export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisExportStorage
        """

        from . import storages_export_redis_sync_create as _storages_export_redis_sync_create

        return await _storages_export_redis_sync_create.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_export_redis_sync_create_detailed(
        self,
        id: int,
    ) -> Response[RedisExportStorage]:
        """Sync export storage

         Sync tasks from a Redis export storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisExportStorage]
        """

        from . import storages_export_redis_sync_create as _storages_export_redis_sync_create

        return await _storages_export_redis_sync_create.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_export_redis_validate_create(
        self,
        *,
        body: StoragesExportRedisValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate export storage

         Validate a specific Redis export storage connection.

        Args:
            body (StoragesExportRedisValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_export_redis_validate_create as _storages_export_redis_validate_create

        return await _storages_export_redis_validate_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def storages_redis_create(
        self,
        *,
        body: StoragesRedisCreateBody | Unset = UNSET,
    ) -> RedisImportStorage | None:
        """Create import storage

         Create a new Redis import storage connection.

        Args:
            body (StoragesRedisCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisImportStorage
        """

        from . import storages_redis_create as _storages_redis_create

        return await _storages_redis_create.asyncio(
            body=body,
            client=self._client,
        )

    async def storages_redis_create_detailed(
        self,
        *,
        body: StoragesRedisCreateBody | Unset = UNSET,
    ) -> Response[RedisImportStorage]:
        """Create import storage

         Create a new Redis import storage connection.

        Args:
            body (StoragesRedisCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisImportStorage]
        """

        from . import storages_redis_create as _storages_redis_create

        return await _storages_redis_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def storages_redis_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete import storage

         Delete a specific Redis import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_redis_destroy as _storages_redis_destroy

        return await _storages_redis_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_redis_list(
        self,
        *,
        project: int,
    ) -> builtins.list[RedisImportStorage] | None:
        """Get all import storage

         Get a list of all Redis import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[RedisImportStorage]
        """

        from . import storages_redis_list as _storages_redis_list

        return await _storages_redis_list.asyncio(
            project=project,
            client=self._client,
        )

    async def storages_redis_list_detailed(
        self,
        *,
        project: int,
    ) -> Response[builtins.list[RedisImportStorage]]:
        """Get all import storage

         Get a list of all Redis import storage connections.

        Args:
            project (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[RedisImportStorage]]
        """

        from . import storages_redis_list as _storages_redis_list

        return await _storages_redis_list.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def storages_redis_partial_update(
        self,
        id: int,
        *,
        body: StoragesRedisPartialUpdateBody | Unset = UNSET,
    ) -> RedisImportStorage | None:
        """Update import storage

         Update a specific Redis import storage connection.

        Args:
            id (int):
            body (StoragesRedisPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisImportStorage
        """

        from . import storages_redis_partial_update as _storages_redis_partial_update

        return await _storages_redis_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_redis_partial_update_detailed(
        self,
        id: int,
        *,
        body: StoragesRedisPartialUpdateBody | Unset = UNSET,
    ) -> Response[RedisImportStorage]:
        """Update import storage

         Update a specific Redis import storage connection.

        Args:
            id (int):
            body (StoragesRedisPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisImportStorage]
        """

        from . import storages_redis_partial_update as _storages_redis_partial_update

        return await _storages_redis_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def storages_redis_retrieve(
        self,
        id: int,
    ) -> RedisImportStorage | None:
        """Get import storage

         Get a specific Redis import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisImportStorage
        """

        from . import storages_redis_retrieve as _storages_redis_retrieve

        return await _storages_redis_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_redis_retrieve_detailed(
        self,
        id: int,
    ) -> Response[RedisImportStorage]:
        """Get import storage

         Get a specific Redis import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisImportStorage]
        """

        from . import storages_redis_retrieve as _storages_redis_retrieve

        return await _storages_redis_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_redis_sync_create(
        self,
        id: int,
    ) -> RedisImportStorage | None:
        """Sync import storage

         Sync tasks from a Redis import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            RedisImportStorage
        """

        from . import storages_redis_sync_create as _storages_redis_sync_create

        return await _storages_redis_sync_create.asyncio(
            id=id,
            client=self._client,
        )

    async def storages_redis_sync_create_detailed(
        self,
        id: int,
    ) -> Response[RedisImportStorage]:
        """Sync import storage

         Sync tasks from a Redis import storage connection.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[RedisImportStorage]
        """

        from . import storages_redis_sync_create as _storages_redis_sync_create

        return await _storages_redis_sync_create.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def storages_redis_validate_create(
        self,
        *,
        body: StoragesRedisValidateCreateBody | Unset = UNSET,
    ) -> Response[Any]:
        """Validate import storage

         Validate a specific Redis import storage connection.

        Args:
            body (StoragesRedisValidateCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import storages_redis_validate_create as _storages_redis_validate_create

        return await _storages_redis_validate_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

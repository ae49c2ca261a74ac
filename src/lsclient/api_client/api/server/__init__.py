"""Contains endpoint functions for accessing the API, and the per-tag facades ``ServerApi`` /
``AsyncServerApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.version_retrieve_response_200 import VersionRetrieveResponse200


class ServerApi:
    """Every operation tagged "server", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def version_retrieve(
        self,
    ) -> VersionRetrieveResponse200 | None:
        """Get the server version

         Versions of the Label Studio packages that make up the server; needs no authentication.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            VersionRetrieveResponse200
        """

        from . import version_retrieve as _version_retrieve

        return _version_retrieve.sync(
            client=self._client,
        )

    def version_retrieve_detailed(
        self,
    ) -> Response[VersionRetrieveResponse200]:
        """Get the server version

         Versions of the Label Studio packages that make up the server; needs no authentication.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[VersionRetrieveResponse200]
        """

        from . import version_retrieve as _version_retrieve

        return _version_retrieve.sync_detailed(
            client=self._client,
        )


class AsyncServerApi:
    """Every operation tagged "server", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def version_retrieve(
        self,
    ) -> VersionRetrieveResponse200 | None:
        """Get the server version

         Versions of the Label Studio packages that make up the server; needs no authentication.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            VersionRetrieveResponse200
        """

        from . import version_retrieve as _version_retrieve

        return await _version_retrieve.asyncio(
            client=self._client,
        )

    async def version_retrieve_detailed(
        self,
    ) -> Response[VersionRetrieveResponse200]:
        """Get the server version

         Versions of the Label Studio packages that make up the server; needs no authentication.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[VersionRetrieveResponse200]
        """

        from . import version_retrieve as _version_retrieve

        return await _version_retrieve.asyncio_detailed(
            client=self._client,
        )

"""Contains endpoint functions for accessing the API, and the per-tag facades ``WebhooksApi`` /
``AsyncWebhooksApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.patched_webhook_serializer_for_update_request import PatchedWebhookSerializerForUpdateRequest
    from ...models.webhook import Webhook
    from ...models.webhook_request import WebhookRequest
    from ...models.webhook_serializer_for_update import WebhookSerializerForUpdate
    from ...models.webhook_serializer_for_update_request import WebhookSerializerForUpdateRequest
    from ...models.webhooks_info_retrieve_response_200 import WebhooksInfoRetrieveResponse200


class WebhooksApi:
    """Every operation tagged "webhooks", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: WebhookRequest,
    ) -> Webhook | None:
        """Create a webhook

         Create a webhook for your organization.

        Args:
            body (WebhookRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Webhook
        """

        from . import webhooks_create as _webhooks_create

        return _webhooks_create.sync(
            body=body,
            client=self._client,
        )

    def create_detailed(
        self,
        *,
        body: WebhookRequest,
    ) -> Response[Webhook]:
        """Create a webhook

         Create a webhook for your organization.

        Args:
            body (WebhookRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Webhook]
        """

        from . import webhooks_create as _webhooks_create

        return _webhooks_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete webhook info

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import webhooks_destroy as _webhooks_destroy

        return _webhooks_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def info_retrieve(
        self,
        *,
        organization_only: bool | Unset = UNSET,
    ) -> WebhooksInfoRetrieveResponse200 | None:
        """Get all webhook actions

         Get descriptions of all available webhook actions to set up webhooks.

        Args:
            organization_only (bool | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            WebhooksInfoRetrieveResponse200
        """

        from . import webhooks_info_retrieve as _webhooks_info_retrieve

        return _webhooks_info_retrieve.sync(
            organization_only=organization_only,
            client=self._client,
        )

    def info_retrieve_detailed(
        self,
        *,
        organization_only: bool | Unset = UNSET,
    ) -> Response[WebhooksInfoRetrieveResponse200]:
        """Get all webhook actions

         Get descriptions of all available webhook actions to set up webhooks.

        Args:
            organization_only (bool | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[WebhooksInfoRetrieveResponse200]
        """

        from . import webhooks_info_retrieve as _webhooks_info_retrieve

        return _webhooks_info_retrieve.sync_detailed(
            organization_only=organization_only,
            client=self._client,
        )

    def list(
        self,
        *,
        project: str | Unset = UNSET,
    ) -> builtins.list[Webhook] | None:
        """List all webhooks

         List all webhooks set up for your organization.

        Args:
            project (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[Webhook]
        """

        from . import webhooks_list as _webhooks_list

        return _webhooks_list.sync(
            project=project,
            client=self._client,
        )

    def list_detailed(
        self,
        *,
        project: str | Unset = UNSET,
    ) -> Response[builtins.list[Webhook]]:
        """List all webhooks

         List all webhooks set up for your organization.

        Args:
            project (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[Webhook]]
        """

        from . import webhooks_list as _webhooks_list

        return _webhooks_list.sync_detailed(
            project=project,
            client=self._client,
        )

    def partial_update(
        self,
        id: int,
        *,
        body: PatchedWebhookSerializerForUpdateRequest | Unset = UNSET,
    ) -> WebhookSerializerForUpdate | None:
        """Update webhook info

        Args:
            id (int):
            body (PatchedWebhookSerializerForUpdateRequest | Unset): Serializer class for updating
                webhooks

                Used to forbid updating project field.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            WebhookSerializerForUpdate
        """

        from . import webhooks_partial_update as _webhooks_partial_update

        return _webhooks_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedWebhookSerializerForUpdateRequest | Unset = UNSET,
    ) -> Response[WebhookSerializerForUpdate]:
        """Update webhook info

        Args:
            id (int):
            body (PatchedWebhookSerializerForUpdateRequest | Unset): Serializer class for updating
                webhooks

                Used to forbid updating project field.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[WebhookSerializerForUpdate]
        """

        from . import webhooks_partial_update as _webhooks_partial_update

        return _webhooks_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def retrieve(
        self,
        id: int,
    ) -> Webhook | None:
        """Get webhook info

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Webhook
        """

        from . import webhooks_retrieve as _webhooks_retrieve

        return _webhooks_retrieve.sync(
            id=id,
            client=self._client,
        )

    def retrieve_detailed(
        self,
        id: int,
    ) -> Response[Webhook]:
        """Get webhook info

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Webhook]
        """

        from . import webhooks_retrieve as _webhooks_retrieve

        return _webhooks_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def update(
        self,
        id: int,
        *,
        body: WebhookSerializerForUpdateRequest,
    ) -> WebhookSerializerForUpdate | None:
        """Save webhook info

        Args:
            id (int):
            body (WebhookSerializerForUpdateRequest): Serializer class for updating webhooks

                Used to forbid updating project field.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            WebhookSerializerForUpdate
        """

        from . import webhooks_update as _webhooks_update

        return _webhooks_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def update_detailed(
        self,
        id: int,
        *,
        body: WebhookSerializerForUpdateRequest,
    ) -> Response[WebhookSerializerForUpdate]:
        """Save webhook info

        Args:
            id (int):
            body (WebhookSerializerForUpdateRequest): Serializer class for updating webhooks

                Used to forbid updating project field.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[WebhookSerializerForUpdate]
        """

        from . import webhooks_update as _webhooks_update

        return _webhooks_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )


class AsyncWebhooksApi:
    """Every operation tagged "webhooks", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: WebhookRequest,
    ) -> Webhook | None:
        """Create a webhook

         Create a webhook for your organization.

        Args:
            body (WebhookRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Webhook
        """

        from . import webhooks_create as _webhooks_create

        return await _webhooks_create.asyncio(
            body=body,
            client=self._client,
        )

    async def create_detailed(
        self,
        *,
        body: WebhookRequest,
    ) -> Response[Webhook]:
        """Create a webhook

         Create a webhook for your organization.

        Args:
            body (WebhookRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Webhook]
        """

        from . import webhooks_create as _webhooks_create

        return await _webhooks_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete webhook info

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import webhooks_destroy as _webhooks_destroy

        return await _webhooks_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def info_retrieve(
        self,
        *,
        organization_only: bool | Unset = UNSET,
    ) -> WebhooksInfoRetrieveResponse200 | None:
        """Get all webhook actions

         Get descriptions of all available webhook actions to set up webhooks.

        Args:
            organization_only (bool | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            WebhooksInfoRetrieveResponse200
        """

        from . import webhooks_info_retrieve as _webhooks_info_retrieve

        return await _webhooks_info_retrieve.asyncio(
            organization_only=organization_only,
            client=self._client,
        )

    async def info_retrieve_detailed(
        self,
        *,
        organization_only: bool | Unset = UNSET,
    ) -> Response[WebhooksInfoRetrieveResponse200]:
        """Get all webhook actions

         Get descriptions of all available webhook actions to set up webhooks.

        Args:
            organization_only (bool | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[WebhooksInfoRetrieveResponse200]
        """

        from . import webhooks_info_retrieve as _webhooks_info_retrieve

        return await _webhooks_info_retrieve.asyncio_detailed(
            organization_only=organization_only,
            client=self._client,
        )

    async def list(
        self,
        *,
        project: str | Unset = UNSET,
    ) -> builtins.list[Webhook] | None:
        """List all webhooks

         List all webhooks set up for your organization.

        Args:
            project (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[Webhook]
        """

        from . import webhooks_list as _webhooks_list

        return await _webhooks_list.asyncio(
            project=project,
            client=self._client,
        )

    async def list_detailed(
        self,
        *,
        project: str | Unset = UNSET,
    ) -> Response[builtins.list[Webhook]]:
        """List all webhooks

         List all webhooks set up for your organization.

        Args:
            project (str | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[Webhook]]
        """

        from . import webhooks_list as _webhooks_list

        return await _webhooks_list.asyncio_detailed(
            project=project,
            client=self._client,
        )

    async def partial_update(
        self,
        id: int,
        *,
        body: PatchedWebhookSerializerForUpdateRequest | Unset = UNSET,
    ) -> WebhookSerializerForUpdate | None:
        """Update webhook info

        Args:
            id (int):
            body (PatchedWebhookSerializerForUpdateRequest | Unset): Serializer class for updating
                webhooks

                Used to forbid updating project field.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            WebhookSerializerForUpdate
        """

        from . import webhooks_partial_update as _webhooks_partial_update

        return await _webhooks_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedWebhookSerializerForUpdateRequest | Unset = UNSET,
    ) -> Response[WebhookSerializerForUpdate]:
        """Update webhook info

        Args:
            id (int):
            body (PatchedWebhookSerializerForUpdateRequest | Unset): Serializer class for updating
                webhooks

                Used to forbid updating project field.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[WebhookSerializerForUpdate]
        """

        from . import webhooks_partial_update as _webhooks_partial_update

        return await _webhooks_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def retrieve(
        self,
        id: int,
    ) -> Webhook | None:
        """Get webhook info

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Webhook
        """

        from . import webhooks_retrieve as _webhooks_retrieve

        return await _webhooks_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def retrieve_detailed(
        self,
        id: int,
    ) -> Response[Webhook]:
        """Get webhook info

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Webhook]
        """

        from . import webhooks_retrieve as _webhooks_retrieve

        return await _webhooks_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def update(
        self,
        id: int,
        *,
        body: WebhookSerializerForUpdateRequest,
    ) -> WebhookSerializerForUpdate | None:
        """Save webhook info

        Args:
            id (int):
            body (WebhookSerializerForUpdateRequest): Serializer class for updating webhooks

                Used to forbid updating project field.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            WebhookSerializerForUpdate
        """

        from . import webhooks_update as _webhooks_update

        return await _webhooks_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def update_detailed(
        self,
        id: int,
        *,
        body: WebhookSerializerForUpdateRequest,
    ) -> Response[WebhookSerializerForUpdate]:
        """Save webhook info

        Args:
            id (int):
            body (WebhookSerializerForUpdateRequest): Serializer class for updating webhooks

                Used to forbid updating project field.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[WebhookSerializerForUpdate]
        """

        from . import webhooks_update as _webhooks_update

        return await _webhooks_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

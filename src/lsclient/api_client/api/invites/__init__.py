"""Contains endpoint functions for accessing the API, and the per-tag facades ``InvitesApi`` /
``AsyncInvitesApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.organization_invite import OrganizationInvite


class InvitesApi:
    """Every operation tagged "invites", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def invite_reset_token_create(
        self,
    ) -> OrganizationInvite | None:
        """Reset organization token

         Reset the token used in the invitation link to invite someone to an organization.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            OrganizationInvite
        """

        from . import invite_reset_token_create as _invite_reset_token_create

        return _invite_reset_token_create.sync(
            client=self._client,
        )

    def invite_reset_token_create_detailed(
        self,
    ) -> Response[OrganizationInvite]:
        """Reset organization token

         Reset the token used in the invitation link to invite someone to an organization.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[OrganizationInvite]
        """

        from . import invite_reset_token_create as _invite_reset_token_create

        return _invite_reset_token_create.sync_detailed(
            client=self._client,
        )

    def invite_retrieve(
        self,
    ) -> OrganizationInvite | None:
        """Get organization invite link

         Get a link to use to invite a new member to an organization in Label Studio Enterprise.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            OrganizationInvite
        """

        from . import invite_retrieve as _invite_retrieve

        return _invite_retrieve.sync(
            client=self._client,
        )

    def invite_retrieve_detailed(
        self,
    ) -> Response[OrganizationInvite]:
        """Get organization invite link

         Get a link to use to invite a new member to an organization in Label Studio Enterprise.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[OrganizationInvite]
        """

        from . import invite_retrieve as _invite_retrieve

        return _invite_retrieve.sync_detailed(
            client=self._client,
        )


class AsyncInvitesApi:
    """Every operation tagged "invites", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def invite_reset_token_create(
        self,
    ) -> OrganizationInvite | None:
        """Reset organization token

         Reset the token used in the invitation link to invite someone to an organization.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            OrganizationInvite
        """

        from . import invite_reset_token_create as _invite_reset_token_create

        return await _invite_reset_token_create.asyncio(
            client=self._client,
        )

    async def invite_reset_token_create_detailed(
        self,
    ) -> Response[OrganizationInvite]:
        """Reset organization token

         Reset the token used in the invitation link to invite someone to an organization.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[OrganizationInvite]
        """

        from . import invite_reset_token_create as _invite_reset_token_create

        return await _invite_reset_token_create.asyncio_detailed(
            client=self._client,
        )

    async def invite_retrieve(
        self,
    ) -> OrganizationInvite | None:
        """Get organization invite link

         Get a link to use to invite a new member to an organization in Label Studio Enterprise.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            OrganizationInvite
        """

        from . import invite_retrieve as _invite_retrieve

        return await _invite_retrieve.asyncio(
            client=self._client,
        )

    async def invite_retrieve_detailed(
        self,
    ) -> Response[OrganizationInvite]:
        """Get organization invite link

         Get a link to use to invite a new member to an organization in Label Studio Enterprise.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[OrganizationInvite]
        """

        from . import invite_retrieve as _invite_retrieve

        return await _invite_retrieve.asyncio_detailed(
            client=self._client,
        )

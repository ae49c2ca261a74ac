"""Contains endpoint functions for accessing the API, and the per-tag facades ``SessionPolicyApi`` /
``AsyncSessionPolicyApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.patched_session_timeout_policy_request import PatchedSessionTimeoutPolicyRequest
    from ...models.session_timeout_policy import SessionTimeoutPolicy


class SessionPolicyApi:
    """Every operation tagged "session_policy", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def partial_update(
        self,
        *,
        body: PatchedSessionTimeoutPolicyRequest | Unset = UNSET,
    ) -> SessionTimeoutPolicy | None:
        """Update Session Policy

         Update session timeout policy for the currently active organization.

        Args:
            body (PatchedSessionTimeoutPolicyRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            SessionTimeoutPolicy
        """

        from . import session_policy_partial_update as _session_policy_partial_update

        return _session_policy_partial_update.sync(
            body=body,
            client=self._client,
        )

    def partial_update_detailed(
        self,
        *,
        body: PatchedSessionTimeoutPolicyRequest | Unset = UNSET,
    ) -> Response[SessionTimeoutPolicy]:
        """Update Session Policy

         Update session timeout policy for the currently active organization.

        Args:
            body (PatchedSessionTimeoutPolicyRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[SessionTimeoutPolicy]
        """

        from . import session_policy_partial_update as _session_policy_partial_update

        return _session_policy_partial_update.sync_detailed(
            body=body,
            client=self._client,
        )

    def retrieve(
        self,
    ) -> SessionTimeoutPolicy | None:
        """Retrieve Session Policy

         Retrieve session timeout policy for the currently active organization.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            SessionTimeoutPolicy
        """

        from . import session_policy_retrieve as _session_policy_retrieve

        return _session_policy_retrieve.sync(
            client=self._client,
        )

    def retrieve_detailed(
        self,
    ) -> Response[SessionTimeoutPolicy]:
        """Retrieve Session Policy

         Retrieve session timeout policy for the currently active organization.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[SessionTimeoutPolicy]
        """

        from . import session_policy_retrieve as _session_policy_retrieve

        return _session_policy_retrieve.sync_detailed(
            client=self._client,
        )


class AsyncSessionPolicyApi:
    """Every operation tagged "session_policy", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def partial_update(
        self,
        *,
        body: PatchedSessionTimeoutPolicyRequest | Unset = UNSET,
    ) -> SessionTimeoutPolicy | None:
        """Update Session Policy

         Update session timeout policy for the currently active organization.

        Args:
            body (PatchedSessionTimeoutPolicyRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            SessionTimeoutPolicy
        """

        from . import session_policy_partial_update as _session_policy_partial_update

        return await _session_policy_partial_update.asyncio(
            body=body,
            client=self._client,
        )

    async def partial_update_detailed(
        self,
        *,
        body: PatchedSessionTimeoutPolicyRequest | Unset = UNSET,
    ) -> Response[SessionTimeoutPolicy]:
        """Update Session Policy

         Update session timeout policy for the currently active organization.

        Args:
            body (PatchedSessionTimeoutPolicyRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[SessionTimeoutPolicy]
        """

        from . import session_policy_partial_update as _session_policy_partial_update

        return await _session_policy_partial_update.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def retrieve(
        self,
    ) -> SessionTimeoutPolicy | None:
        """Retrieve Session Policy

         Retrieve session timeout policy for the currently active organization.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            SessionTimeoutPolicy
        """

        from . import session_policy_retrieve as _session_policy_retrieve

        return await _session_policy_retrieve.asyncio(
            client=self._client,
        )

    async def retrieve_detailed(
        self,
    ) -> Response[SessionTimeoutPolicy]:
        """Retrieve Session Policy

         Retrieve session timeout policy for the currently active organization.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[SessionTimeoutPolicy]
        """

        from . import session_policy_retrieve as _session_policy_retrieve

        return await _session_policy_retrieve.asyncio_detailed(
            client=self._client,
        )

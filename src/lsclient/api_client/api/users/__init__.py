"""Contains endpoint functions for accessing the API, and the per-tag facades ``UsersApi`` /
``AsyncUsersApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.base_user import BaseUser
    from ...models.base_who_am_i_user import BaseWhoAmIUser
    from ...models.current_user_reset_token_create_response_201 import CurrentUserResetTokenCreateResponse201
    from ...models.current_user_token_retrieve_response_200 import CurrentUserTokenRetrieveResponse200
    from ...models.hotkeys import Hotkeys
    from ...models.patched_hotkeys_request import PatchedHotkeysRequest
    from ...models.users_create_body import UsersCreateBody
    from ...models.users_partial_update_body import UsersPartialUpdateBody


class UsersApi:
    """Every operation tagged "users", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def current_user_hotkeys_partial_update(
        self,
        *,
        body: PatchedHotkeysRequest | Unset = UNSET,
    ) -> Hotkeys | None:
        """Update user hotkeys

         Update the custom hotkeys configuration for the current user.

        Args:
            body (PatchedHotkeysRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Hotkeys
        """

        from . import current_user_hotkeys_partial_update as _current_user_hotkeys_partial_update

        return _current_user_hotkeys_partial_update.sync(
            body=body,
            client=self._client,
        )

    def current_user_hotkeys_partial_update_detailed(
        self,
        *,
        body: PatchedHotkeysRequest | Unset = UNSET,
    ) -> Response[Hotkeys]:
        """Update user hotkeys

         Update the custom hotkeys configuration for the current user.

        Args:
            body (PatchedHotkeysRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Hotkeys]
        """

        from . import current_user_hotkeys_partial_update as _current_user_hotkeys_partial_update

        return _current_user_hotkeys_partial_update.sync_detailed(
            body=body,
            client=self._client,
        )

    def current_user_hotkeys_retrieve(
        self,
    ) -> Hotkeys | None:
        """Get user hotkeys

         Retrieve the custom hotkeys configuration for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Hotkeys
        """

        from . import current_user_hotkeys_retrieve as _current_user_hotkeys_retrieve

        return _current_user_hotkeys_retrieve.sync(
            client=self._client,
        )

    def current_user_hotkeys_retrieve_detailed(
        self,
    ) -> Response[Hotkeys]:
        """Get user hotkeys

         Retrieve the custom hotkeys configuration for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Hotkeys]
        """

        from . import current_user_hotkeys_retrieve as _current_user_hotkeys_retrieve

        return _current_user_hotkeys_retrieve.sync_detailed(
            client=self._client,
        )

    def current_user_reset_token_create(
        self,
    ) -> CurrentUserResetTokenCreateResponse201 | None:
        """Reset user token

         Reset the user token for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            CurrentUserResetTokenCreateResponse201
        """

        from . import current_user_reset_token_create as _current_user_reset_token_create

        return _current_user_reset_token_create.sync(
            client=self._client,
        )

    def current_user_reset_token_create_detailed(
        self,
    ) -> Response[CurrentUserResetTokenCreateResponse201]:
        """Reset user token

         Reset the user token for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[CurrentUserResetTokenCreateResponse201]
        """

        from . import current_user_reset_token_create as _current_user_reset_token_create

        return _current_user_reset_token_create.sync_detailed(
            client=self._client,
        )

    def current_user_token_retrieve(
        self,
    ) -> CurrentUserTokenRetrieveResponse200 | None:
        """Get user token

         Get a user token to authenticate to the API as the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            CurrentUserTokenRetrieveResponse200
        """

        from . import current_user_token_retrieve as _current_user_token_retrieve

        return _current_user_token_retrieve.sync(
            client=self._client,
        )

    def current_user_token_retrieve_detailed(
        self,
    ) -> Response[CurrentUserTokenRetrieveResponse200]:
        """Get user token

         Get a user token to authenticate to the API as the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[CurrentUserTokenRetrieveResponse200]
        """

        from . import current_user_token_retrieve as _current_user_token_retrieve

        return _current_user_token_retrieve.sync_detailed(
            client=self._client,
        )

    def current_user_whoami_retrieve(
        self,
    ) -> BaseWhoAmIUser | None:
        """Retrieve my user

         Retrieve details of the account that you are using to access the API.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            BaseWhoAmIUser
        """

        from . import current_user_whoami_retrieve as _current_user_whoami_retrieve

        return _current_user_whoami_retrieve.sync(
            client=self._client,
        )

    def current_user_whoami_retrieve_detailed(
        self,
    ) -> Response[BaseWhoAmIUser]:
        """Retrieve my user

         Retrieve details of the account that you are using to access the API.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[BaseWhoAmIUser]
        """

        from . import current_user_whoami_retrieve as _current_user_whoami_retrieve

        return _current_user_whoami_retrieve.sync_detailed(
            client=self._client,
        )

    def create(
        self,
        *,
        body: UsersCreateBody | Unset = UNSET,
    ) -> BaseUser | None:
        """Create new user

         Create a user in Label Studio.

        Args:
            body (UsersCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            BaseUser
        """

        from . import users_create as _users_create

        return _users_create.sync(
            body=body,
            client=self._client,
        )

    def create_detailed(
        self,
        *,
        body: UsersCreateBody | Unset = UNSET,
    ) -> Response[BaseUser]:
        """Create new user

         Create a user in Label Studio.

        Args:
            body (UsersCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[BaseUser]
        """

        from . import users_create as _users_create

        return _users_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete user

         Delete a specific Label Studio user.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import users_destroy as _users_destroy

        return _users_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def list(
        self,
    ) -> builtins.list[BaseUser] | None:
        """List users

         List the users that exist on the Label Studio server.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[BaseUser]
        """

        from . import users_list as _users_list

        return _users_list.sync(
            client=self._client,
        )

    def list_detailed(
        self,
    ) -> Response[builtins.list[BaseUser]]:
        """List users

         List the users that exist on the Label Studio server.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[BaseUser]]
        """

        from . import users_list as _users_list

        return _users_list.sync_detailed(
            client=self._client,
        )

    def partial_update(
        self,
        id: int,
        *,
        body: UsersPartialUpdateBody | Unset = UNSET,
    ) -> BaseUser | None:
        """Update user details


                Update details for a specific user, such as their name or contact information, in Label
        Studio.


        Args:
            id (int):
            body (UsersPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            BaseUser
        """

        from . import users_partial_update as _users_partial_update

        return _users_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def partial_update_detailed(
        self,
        id: int,
        *,
        body: UsersPartialUpdateBody | Unset = UNSET,
    ) -> Response[BaseUser]:
        """Update user details


                Update details for a specific user, such as their name or contact information, in Label
        Studio.


        Args:
            id (int):
            body (UsersPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[BaseUser]
        """

        from . import users_partial_update as _users_partial_update

        return _users_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def retrieve(
        self,
        id: int,
    ) -> BaseUser | None:
        """Get user info

         Get info about a specific Label Studio user, based on the user ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            BaseUser
        """

        from . import users_retrieve as _users_retrieve

        return _users_retrieve.sync(
            id=id,
            client=self._client,
        )

    def retrieve_detailed(
        self,
        id: int,
    ) -> Response[BaseUser]:
        """Get user info

         Get info about a specific Label Studio user, based on the user ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[BaseUser]
        """

        from . import users_retrieve as _users_retrieve

        return _users_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )


class AsyncUsersApi:
    """Every operation tagged "users", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def current_user_hotkeys_partial_update(
        self,
        *,
        body: PatchedHotkeysRequest | Unset = UNSET,
    ) -> Hotkeys | None:
        """Update user hotkeys

         Update the custom hotkeys configuration for the current user.

        Args:
            body (PatchedHotkeysRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Hotkeys
        """

        from . import current_user_hotkeys_partial_update as _current_user_hotkeys_partial_update

        return await _current_user_hotkeys_partial_update.asyncio(
            body=body,
            client=self._client,
        )

    async def current_user_hotkeys_partial_update_detailed(
        self,
        *,
        body: PatchedHotkeysRequest | Unset = UNSET,
    ) -> Response[Hotkeys]:
        """Update user hotkeys

         Update the custom hotkeys configuration for the current user.

        Args:
            body (PatchedHotkeysRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Hotkeys]
        """

        from . import current_user_hotkeys_partial_update as _current_user_hotkeys_partial_update

        return await _current_user_hotkeys_partial_update.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def current_user_hotkeys_retrieve(
        self,
    ) -> Hotkeys | None:
        """Get user hotkeys

         Retrieve the custom hotkeys configuration for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Hotkeys
        """

        from . import current_user_hotkeys_retrieve as _current_user_hotkeys_retrieve

        return await _current_user_hotkeys_retrieve.asyncio(
            client=self._client,
        )

    async def current_user_hotkeys_retrieve_detailed(
        self,
    ) -> Response[Hotkeys]:
        """Get user hotkeys

         Retrieve the custom hotkeys configuration for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Hotkeys]
        """

        from . import current_user_hotkeys_retrieve as _current_user_hotkeys_retrieve

        return await _current_user_hotkeys_retrieve.asyncio_detailed(
            client=self._client,
        )

    async def current_user_reset_token_create(
        self,
    ) -> CurrentUserResetTokenCreateResponse201 | None:
        """Reset user token

         Reset the user token for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            CurrentUserResetTokenCreateResponse201
        """

        from . import current_user_reset_token_create as _current_user_reset_token_create

        return await _current_user_reset_token_create.asyncio(
            client=self._client,
        )

    async def current_user_reset_token_create_detailed(
        self,
    ) -> Response[CurrentUserResetTokenCreateResponse201]:
        """Reset user token

         Reset the user token for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[CurrentUserResetTokenCreateResponse201]
        """

        from . import current_user_reset_token_create as _current_user_reset_token_create

        return await _current_user_reset_token_create.asyncio_detailed(
            client=self._client,
        )

    async def current_user_token_retrieve(
        self,
    ) -> CurrentUserTokenRetrieveResponse200 | None:
        """Get user token

         Get a user token to authenticate to the API as the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            CurrentUserTokenRetrieveResponse200
        """

        from . import current_user_token_retrieve as _current_user_token_retrieve

        return await _current_user_token_retrieve.asyncio(
            client=self._client,
        )

    async def current_user_token_retrieve_detailed(
        self,
    ) -> Response[CurrentUserTokenRetrieveResponse200]:
        """Get user token

         Get a user token to authenticate to the API as the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[CurrentUserTokenRetrieveResponse200]
        """

        from . import current_user_token_retrieve as _current_user_token_retrieve

        return await _current_user_token_retrieve.asyncio_detailed(
            client=self._client,
        )

    async def current_user_whoami_retrieve(
        self,
    ) -> BaseWhoAmIUser | None:
        """Retrieve my user

         Retrieve details of the account that you are using to access the API.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            BaseWhoAmIUser
        """

        from . import current_user_whoami_retrieve as _current_user_whoami_retrieve

        return await _current_user_whoami_retrieve.asyncio(
            client=self._client,
        )

    async def current_user_whoami_retrieve_detailed(
        self,
    ) -> Response[BaseWhoAmIUser]:
        """Retrieve my user

         Retrieve details of the account that you are using to access the API.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[BaseWhoAmIUser]
        """

        from . import current_user_whoami_retrieve as _current_user_whoami_retrieve

        return await _current_user_whoami_retrieve.asyncio_detailed(
            client=self._client,
        )

    async def create(
        self,
        *,
        body: UsersCreateBody | Unset = UNSET,
    ) -> BaseUser | None:
        """Create new user

         Create a user in Label Studio.

        Args:
            body (UsersCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            BaseUser
        """

        from . import users_create as _users_create

        return await _users_create.asyncio(
            body=body,
            client=self._client,
        )

    async def create_detailed(
        self,
        *,
        body: UsersCreateBody | Unset = UNSET,
    ) -> Response[BaseUser]:
        """Create new user

         Create a user in Label Studio.

        Args:
            body (UsersCreateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[BaseUser]
        """

        from . import users_create as _users_create

        return await _users_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Delete user

         Delete a specific Label Studio user.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import users_destroy as _users_destroy

        return await _users_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def list(
        self,
    ) -> builtins.list[BaseUser] | None:
        """List users

         List the users that exist on the Label Studio server.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[BaseUser]
        """

        from . import users_list as _users_list

        return await _users_list.asyncio(
            client=self._client,
        )

    async def list_detailed(
        self,
    ) -> Response[builtins.list[BaseUser]]:
        """List users

         List the users that exist on the Label Studio server.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[BaseUser]]
        """

        from . import users_list as _users_list

        return await _users_list.asyncio_detailed(
            client=self._client,
        )

    async def partial_update(
        self,
        id: int,
        *,
        body: UsersPartialUpdateBody | Unset = UNSET,
    ) -> BaseUser | None:
        """Update user details


                Update details for a specific user, such as their name or contact information, in Label
        Studio.


        Args:
            id (int):
            body (UsersPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            BaseUser
        """

        from . import users_partial_update as _users_partial_update

        return await _users_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def partial_update_detailed(
        self,
        id: int,
        *,
        body: UsersPartialUpdateBody | Unset = UNSET,
    ) -> Response[BaseUser]:
        """Update user details


                Update details for a specific user, such as their name or contact information, in Label
        Studio.


        Args:
            id (int):
            body (UsersPartialUpdateBody | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[BaseUser]
        """

        from . import users_partial_update as _users_partial_update

        return await _users_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def retrieve(
        self,
        id: int,
    ) -> BaseUser | None:
        """Get user info

         Get info about a specific Label Studio user, based on the user ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            BaseUser
        """

        from . import users_retrieve as _users_retrieve

        return await _users_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def retrieve_detailed(
        self,
        id: int,
    ) -> Response[BaseUser]:
        """Get user info

         Get info about a specific Label Studio user, based on the user ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[BaseUser]
        """

        from . import users_retrieve as _users_retrieve

        return await _users_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

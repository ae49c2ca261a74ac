"""Contains endpoint functions for accessing the API, and the per-tag facades ``JwtApi`` /
``AsyncJwtApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.jwt_settings import JWTSettings
    from ...models.jwt_settings_request import JWTSettingsRequest
    from ...models.lsapi_token_blacklist_request import LSAPITokenBlacklistRequest
    from ...models.lsapi_token_create import LSAPITokenCreate
    from ...models.lsapi_token_list import LSAPITokenList
    from ...models.lsapi_token_rotate_request import LSAPITokenRotateRequest
    from ...models.token_blacklist_create_response_404 import TokenBlacklistCreateResponse404
    from ...models.token_refresh_request import TokenRefreshRequest
    from ...models.token_refresh_response import TokenRefreshResponse
    from ...models.token_rotate_create_response_400 import TokenRotateCreateResponse400
    from ...models.token_rotate_response import TokenRotateResponse


class JwtApi:
    """Every operation tagged "jwt", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def settings_create(
        self,
        *,
        body: JWTSettingsRequest | Unset = UNSET,
    ) -> JWTSettings | None:
        """Update JWT Settings

         Update JWT settings for the currently active organization.

        Args:
            body (JWTSettingsRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            JWTSettings
        """

        from . import jwt_settings_create as _jwt_settings_create

        return _jwt_settings_create.sync(
            body=body,
            client=self._client,
        )

    def settings_create_detailed(
        self,
        *,
        body: JWTSettingsRequest | Unset = UNSET,
    ) -> Response[JWTSettings]:
        """Update JWT Settings

         Update JWT settings for the currently active organization.

        Args:
            body (JWTSettingsRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[JWTSettings]
        """

        from . import jwt_settings_create as _jwt_settings_create

        return _jwt_settings_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def settings_retrieve(
        self,
    ) -> JWTSettings | None:
        """Retrieve JWT Settings

         Retrieve JWT settings for the currently active organization.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            JWTSettings
        """

        from . import jwt_settings_retrieve as _jwt_settings_retrieve

        return _jwt_settings_retrieve.sync(
            client=self._client,
        )

    def settings_retrieve_detailed(
        self,
    ) -> Response[JWTSettings]:
        """Retrieve JWT Settings

         Retrieve JWT settings for the currently active organization.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[JWTSettings]
        """

        from . import jwt_settings_retrieve as _jwt_settings_retrieve

        return _jwt_settings_retrieve.sync_detailed(
            client=self._client,
        )

    def token_blacklist_create(
        self,
        *,
        body: LSAPITokenBlacklistRequest,
    ) -> Any | TokenBlacklistCreateResponse404 | None:
        """Blacklist a JWT refresh token

         Adds a JWT refresh token to the blacklist, preventing it from being used to obtain new access
        tokens.

        Args:
            body (LSAPITokenBlacklistRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Any | TokenBlacklistCreateResponse404
        """

        from . import token_blacklist_create as _token_blacklist_create

        return _token_blacklist_create.sync(
            body=body,
            client=self._client,
        )

    def token_blacklist_create_detailed(
        self,
        *,
        body: LSAPITokenBlacklistRequest,
    ) -> Response[Any | TokenBlacklistCreateResponse404]:
        """Blacklist a JWT refresh token

         Adds a JWT refresh token to the blacklist, preventing it from being used to obtain new access
        tokens.

        Args:
            body (LSAPITokenBlacklistRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any | TokenBlacklistCreateResponse404]
        """

        from . import token_blacklist_create as _token_blacklist_create

        return _token_blacklist_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def token_create(
        self,
    ) -> LSAPITokenCreate | None:
        """Create API token

         Create a new API token for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LSAPITokenCreate
        """

        from . import token_create as _token_create

        return _token_create.sync(
            client=self._client,
        )

    def token_create_detailed(
        self,
    ) -> Response[LSAPITokenCreate]:
        """Create API token

         Create a new API token for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LSAPITokenCreate]
        """

        from . import token_create as _token_create

        return _token_create.sync_detailed(
            client=self._client,
        )

    def token_list(
        self,
    ) -> builtins.list[LSAPITokenList] | None:
        """List API tokens

         List all API tokens for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[LSAPITokenList]
        """

        from . import token_list as _token_list

        return _token_list.sync(
            client=self._client,
        )

    def token_list_detailed(
        self,
    ) -> Response[builtins.list[LSAPITokenList]]:
        """List API tokens

         List all API tokens for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[LSAPITokenList]]
        """

        from . import token_list as _token_list

        return _token_list.sync_detailed(
            client=self._client,
        )

    def token_refresh_create(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> TokenRefreshResponse | None:
        """Refresh JWT token

         Get a new access token, using a refresh token.

        Args:
            body (TokenRefreshRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            TokenRefreshResponse
        """

        from . import token_refresh_create as _token_refresh_create

        return _token_refresh_create.sync(
            body=body,
            client=self._client,
        )

    def token_refresh_create_detailed(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> Response[TokenRefreshResponse]:
        """Refresh JWT token

         Get a new access token, using a refresh token.

        Args:
            body (TokenRefreshRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[TokenRefreshResponse]
        """

        from . import token_refresh_create as _token_refresh_create

        return _token_refresh_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def token_rotate_create(
        self,
        *,
        body: LSAPITokenRotateRequest,
    ) -> TokenRotateCreateResponse400 | TokenRotateResponse | None:
        """Rotate JWT refresh token

         Creates a new JWT refresh token and blacklists the current one.

        Args:
            body (LSAPITokenRotateRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            TokenRotateCreateResponse400 | TokenRotateResponse
        """

        from . import token_rotate_create as _token_rotate_create

        return _token_rotate_create.sync(
            body=body,
            client=self._client,
        )

    def token_rotate_create_detailed(
        self,
        *,
        body: LSAPITokenRotateRequest,
    ) -> Response[TokenRotateCreateResponse400 | TokenRotateResponse]:
        """Rotate JWT refresh token

         Creates a new JWT refresh token and blacklists the current one.

        Args:
            body (LSAPITokenRotateRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[TokenRotateCreateResponse400 | TokenRotateResponse]
        """

        from . import token_rotate_create as _token_rotate_create

        return _token_rotate_create.sync_detailed(
            body=body,
            client=self._client,
        )


class AsyncJwtApi:
    """Every operation tagged "jwt", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def settings_create(
        self,
        *,
        body: JWTSettingsRequest | Unset = UNSET,
    ) -> JWTSettings | None:
        """Update JWT Settings

         Update JWT settings for the currently active organization.

        Args:
            body (JWTSettingsRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            JWTSettings
        """

        from . import jwt_settings_create as _jwt_settings_create

        return await _jwt_settings_create.asyncio(
            body=body,
            client=self._client,
        )

    async def settings_create_detailed(
        self,
        *,
        body: JWTSettingsRequest | Unset = UNSET,
    ) -> Response[JWTSettings]:
        """Update JWT Settings

         Update JWT settings for the currently active organization.

        Args:
            body (JWTSettingsRequest | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[JWTSettings]
        """

        from . import jwt_settings_create as _jwt_settings_create

        return await _jwt_settings_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def settings_retrieve(
        self,
    ) -> JWTSettings | None:
        """Retrieve JWT Settings

         Retrieve JWT settings for the currently active organization.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            JWTSettings
        """

        from . import jwt_settings_retrieve as _jwt_settings_retrieve

        return await _jwt_settings_retrieve.asyncio(
            client=self._client,
        )

    async def settings_retrieve_detailed(
        self,
    ) -> Response[JWTSettings]:
        """Retrieve JWT Settings

         Retrieve JWT settings for the currently active organization.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[JWTSettings]
        """

        from . import jwt_settings_retrieve as _jwt_settings_retrieve

        return await _jwt_settings_retrieve.asyncio_detailed(
            client=self._client,
        )

    async def token_blacklist_create(
        self,
        *,
        body: LSAPITokenBlacklistRequest,
    ) -> Any | TokenBlacklistCreateResponse404 | None:
        """Blacklist a JWT refresh token

         Adds a JWT refresh token to the blacklist, preventing it from being used to obtain new access
        tokens.

        Args:
            body (LSAPITokenBlacklistRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Any | TokenBlacklistCreateResponse404
        """

        from . import token_blacklist_create as _token_blacklist_create

        return await _token_blacklist_create.asyncio(
            body=body,
            client=self._client,
        )

    async def token_blacklist_create_detailed(
        self,
        *,
        body: LSAPITokenBlacklistRequest,
    ) -> Response[Any | TokenBlacklistCreateResponse404]:
        """Blacklist a JWT refresh token

         Adds a JWT refresh token to the blacklist, preventing it from being used to obtain new access
        tokens.

        Args:
            body (LSAPITokenBlacklistRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any | TokenBlacklistCreateResponse404]
        """

        from . import token_blacklist_create as _token_blacklist_create

        return await _token_blacklist_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def token_create(
        self,
    ) -> LSAPITokenCreate | None:
        """Create API token

         Create a new API token for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LSAPITokenCreate
        """

        from . import token_create as _token_create

        return await _token_create.asyncio(
            client=self._client,
        )

    async def token_create_detailed(
        self,
    ) -> Response[LSAPITokenCreate]:
        """Create API token

         Create a new API token for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LSAPITokenCreate]
        """

        from . import token_create as _token_create

        return await _token_create.asyncio_detailed(
            client=self._client,
        )

    async def token_list(
        self,
    ) -> builtins.list[LSAPITokenList] | None:
        """List API tokens

         List all API tokens for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[LSAPITokenList]
        """

        from . import token_list as _token_list

        return await _token_list.asyncio(
            client=self._client,
        )

    async def token_list_detailed(
        self,
    ) -> Response[builtins.list[LSAPITokenList]]:
        """List API tokens

         List all API tokens for the current user.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[LSAPITokenList]]
        """

        from . import token_list as _token_list

        return await _token_list.asyncio_detailed(
            client=self._client,
        )

    async def token_refresh_create(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> TokenRefreshResponse | None:
        """Refresh JWT token

         Get a new access token, using a refresh token.

        Args:
            body (TokenRefreshRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            TokenRefreshResponse
        """

        from . import token_refresh_create as _token_refresh_create

        return await _token_refresh_create.asyncio(
            body=body,
            client=self._client,
        )

    async def token_refresh_create_detailed(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> Response[TokenRefreshResponse]:
        """Refresh JWT token

         Get a new access token, using a refresh token.

        Args:
            body (TokenRefreshRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[TokenRefreshResponse]
        """

        from . import token_refresh_create as _token_refresh_create

        return await _token_refresh_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def token_rotate_create(
        self,
        *,
        body: LSAPITokenRotateRequest,
    ) -> TokenRotateCreateResponse400 | TokenRotateResponse | None:
        """Rotate JWT refresh token

         Creates a new JWT refresh token and blacklists the current one.

        Args:
            body (LSAPITokenRotateRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            TokenRotateCreateResponse400 | TokenRotateResponse
        """

        from . import token_rotate_create as _token_rotate_create

        return await _token_rotate_create.asyncio(
            body=body,
            client=self._client,
        )

    async def token_rotate_create_detailed(
        self,
        *,
        body: LSAPITokenRotateRequest,
    ) -> Response[TokenRotateCreateResponse400 | TokenRotateResponse]:
        """Rotate JWT refresh token

         Creates a new JWT refresh token and blacklists the current one.

        Args:
            body (LSAPITokenRotateRequest):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[TokenRotateCreateResponse400 | TokenRotateResponse]
        """

        from . import token_rotate_create as _token_rotate_create

        return await _token_rotate_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

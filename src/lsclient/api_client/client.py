import ssl
from types import TracebackType
from typing import Any, Self

import httpx

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
"""Applied when no timeout is given: httpx's own default for ``timeout=None`` is to wait forever."""

#: constructor arguments a client's repr leaves out (credentials may be in them)
_NOT_SHOWN = frozenset({"cookies", "headers", "token"})


class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take (default ``DEFAULT_TIMEOUT``: 60 s, 10 s to
        connect). API functions will raise httpx.TimeoutException if this is exceeded.

        ``auth``: An ``httpx.Auth`` that authenticates every request; it can refresh credentials (for example
        a Label Studio personal access token exchanged for short-lived access tokens).

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``transport``: The ``httpx.BaseTransport`` of the sync ``httpx.Client`` (e.g. one that retries).

        ``async_transport``: The ``httpx.AsyncBaseTransport`` of the ``httpx.AsyncClient``. Sync and asyncio
        functions need different transports, so each has its own argument (one given in ``httpx_args`` would be
        handed to both clients and break one of them).

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.

    """

    # A plain class, not an attrs class: attrs costs a program about 15 ms at import (issue 9).
    __slots__ = (
        "__weakref__",
        "_async_client",
        "_async_transport",
        "_auth",
        "_base_url",
        "_client",
        "_cookies",
        "_follow_redirects",
        "_headers",
        "_httpx_args",
        "_timeout",
        "_transport",
        "_verify_ssl",
        "raise_on_unexpected_status",
    )

    raise_on_unexpected_status: bool
    """Whether or not to raise an errors.UnexpectedStatus if the API returns a status code that was not documented in the source OpenAPI document. Can also be provided as a keyword argument to the constructor."""
    _base_url: str
    _cookies: dict[str, str]
    _headers: dict[str, str]
    _timeout: httpx.Timeout | None
    _auth: httpx.Auth | None
    _verify_ssl: str | bool | ssl.SSLContext
    _follow_redirects: bool
    _transport: httpx.BaseTransport | None
    _async_transport: httpx.AsyncBaseTransport | None
    _httpx_args: dict[str, Any]
    _client: httpx.Client | None
    _async_client: httpx.AsyncClient | None

    def __init__(
        self,
        base_url: str,
        *,
        raise_on_unexpected_status: bool = False,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = DEFAULT_TIMEOUT,
        auth: httpx.Auth | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._base_url = base_url
        self._cookies = {} if cookies is None else cookies
        self._headers = {} if headers is None else headers
        self._timeout = timeout
        self._auth = auth
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._transport = transport
        self._async_transport = async_transport
        self._httpx_args = {} if httpx_args is None else httpx_args
        self._client = None
        self._async_client = None

    def _arguments(self) -> dict[str, Any]:
        """The constructor's arguments that made this client (``base_url`` included), by name."""
        return {
            "base_url": self._base_url,
            "raise_on_unexpected_status": self.raise_on_unexpected_status,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "auth": self._auth,
            "verify_ssl": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "transport": self._transport,
            "async_transport": self._async_transport,
            "httpx_args": self._httpx_args,
        }

    def __repr__(self) -> str:
        # Cookies, headers and any token are left out: they may hold credentials.
        shown = (f"{key}={value!r}" for key, value in self._arguments().items() if key not in _NOT_SHOWN)
        return f"{type(self).__name__}(" + ", ".join(shown) + ")"

    def _evolve(self, **changes: Any) -> Self:
        """A new client with this one's arguments, ``changes`` applied (no underlying httpx client yet)."""
        return type(self)(**{**self._arguments(), **changes})

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return self._evolve(headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return self._evolve(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return self._evolve(timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                auth=self._auth,
                **{"transport": self._transport, **self._httpx_args},
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(exc_type, exc_value, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                auth=self._auth,
                **{"transport": self._async_transport, **self._httpx_args},
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)


class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take (default ``DEFAULT_TIMEOUT``: 60 s, 10 s to
        connect). API functions will raise httpx.TimeoutException if this is exceeded.

        ``auth``: An ``httpx.Auth`` that authenticates every request; it can refresh credentials (for example
        a Label Studio personal access token exchanged for short-lived access tokens).

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``transport``: The ``httpx.BaseTransport`` of the sync ``httpx.Client`` (e.g. one that retries).

        ``async_transport``: The ``httpx.AsyncBaseTransport`` of the ``httpx.AsyncClient``. Sync and asyncio
        functions need different transports, so each has its own argument (one given in ``httpx_args`` would be
        handed to both clients and break one of them).

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.

    """

    # A plain class, not an attrs class: attrs costs a program about 15 ms at import (issue 9).
    __slots__ = (
        "__weakref__",
        "_async_client",
        "_async_transport",
        "_auth",
        "_base_url",
        "_client",
        "_cookies",
        "_follow_redirects",
        "_headers",
        "_httpx_args",
        "_timeout",
        "_transport",
        "_verify_ssl",
        "auth_header_name",
        "prefix",
        "raise_on_unexpected_status",
        "token",
    )

    raise_on_unexpected_status: bool
    """Whether or not to raise an errors.UnexpectedStatus if the API returns a status code that was not documented in the source OpenAPI document. Can also be provided as a keyword argument to the constructor."""
    token: str
    """The token to use for authentication; leave it empty when ``auth`` authenticates instead"""
    prefix: str
    """The prefix to use for the Authorization header"""
    auth_header_name: str
    """The name of the Authorization header"""
    _base_url: str
    _cookies: dict[str, str]
    _headers: dict[str, str]
    _timeout: httpx.Timeout | None
    _auth: httpx.Auth | None
    _verify_ssl: str | bool | ssl.SSLContext
    _follow_redirects: bool
    _transport: httpx.BaseTransport | None
    _async_transport: httpx.AsyncBaseTransport | None
    _httpx_args: dict[str, Any]
    _client: httpx.Client | None
    _async_client: httpx.AsyncClient | None

    def __init__(
        self,
        base_url: str,
        token: str = "",
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        *,
        raise_on_unexpected_status: bool = False,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = DEFAULT_TIMEOUT,
        auth: httpx.Auth | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self.token = token
        self.prefix = prefix
        self.auth_header_name = auth_header_name
        self._base_url = base_url
        self._cookies = {} if cookies is None else cookies
        self._headers = {} if headers is None else headers
        self._timeout = timeout
        self._auth = auth
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._transport = transport
        self._async_transport = async_transport
        self._httpx_args = {} if httpx_args is None else httpx_args
        self._client = None
        self._async_client = None

    def _arguments(self) -> dict[str, Any]:
        """The constructor's arguments that made this client (``base_url`` included), by name."""
        return {
            "base_url": self._base_url,
            "token": self.token,
            "prefix": self.prefix,
            "auth_header_name": self.auth_header_name,
            "raise_on_unexpected_status": self.raise_on_unexpected_status,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "auth": self._auth,
            "verify_ssl": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "transport": self._transport,
            "async_transport": self._async_transport,
            "httpx_args": self._httpx_args,
        }

    def __repr__(self) -> str:
        # Cookies, headers and any token are left out: they may hold credentials.
        shown = (f"{key}={value!r}" for key, value in self._arguments().items() if key not in _NOT_SHOWN)
        return f"{type(self).__name__}(" + ", ".join(shown) + ")"

    def _evolve(self, **changes: Any) -> Self:
        """A new client with this one's arguments, ``changes`` applied (no underlying httpx client yet)."""
        return type(self)(**{**self._arguments(), **changes})

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return self._evolve(headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return self._evolve(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return self._evolve(timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            if self.token:
                self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                auth=self._auth,
                **{"transport": self._transport, **self._httpx_args},
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(exc_type, exc_value, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            if self.token:
                self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                auth=self._auth,
                **{"transport": self._async_transport, **self._httpx_args},
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)

"""The entry point: :class:`AsyncClient` (a connection to one Label Studio server) and :func:`make_async_client`."""

from __future__ import annotations

import os
import ssl
import warnings
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from lsclient.api_client import AsyncLabelStudioApi, AuthenticatedClient

from ..arguments import check_timeout
from ..auth import keep_credentials_out_of_jar
from ..config import UnsupportedServerWarning, normalize_url, resolve, tls_verify, unsupported_version_message
from ..errors import ConfigurationError
from ..logs import protect_logs
from ..transport import DEFAULT_TIMEOUT, RetryPolicy
from .calls import call, open_http
from .transport import AsyncRetryTransport

if TYPE_CHECKING:
    from ..label_config import LabelConfig
    from .projects import AsyncProjectsRepo
    from .tasks import AsyncTasksRepo
    from .users import AsyncUsersRepo
    from .webhooks import AsyncWebhooksRepo

__all__ = ["AsyncClient", "make_async_client"]


class AsyncClient:
    """A connection to one Label Studio server; the root of every repository.

    Build it with :func:`make_async_client`. Use it as a context manager (or call :meth:`aclose`)::

        async with make_async_client("http://127.0.0.1:8080", api_key) as client:
            async for project in client.projects.list():
                print(project.id, project.title)

    :ivar url: the server's base URL.
    :ivar http: the generated layer's client, carrying this client's connection, authentication, timeout and
        retry policy: pass it to any generated ``asyncio_detailed`` function as ``client=``.
    :ivar api: every generated operation, grouped by tag (``await client.api.projects.create(...)``), bound
        to :attr:`http`.
    :ivar retry_policy: when requests are retried (:class:`~lsclient.core.transport.RetryPolicy`); downloads
        that break off midway are started again under the same policy.

    ``keep_alive`` (None, True or False) is :func:`make_async_client`'s option of that name.
    """

    def __init__(
        self,
        url: str,
        auth: httpx.Auth,
        *,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        verify: bool | str | os.PathLike[str] | ssl.SSLContext = True,
        httpx_client: httpx.AsyncClient | None = None,
        check_version: bool = False,
        keep_alive: bool | None = None,
    ) -> None:
        self.url = normalize_url(url)
        self._check_version = check_version
        self._auth = auth
        checked = check_timeout(timeout)
        timeout = checked if isinstance(checked, httpx.Timeout) else httpx.Timeout(checked)
        verify = tls_verify(verify)
        self.retry_policy = retry or RetryPolicy()
        self.http = AuthenticatedClient(
            base_url=self.url,
            token="",
            auth=auth,
            timeout=timeout,
            verify_ssl=verify,
            async_transport=AsyncRetryTransport(policy=self.retry_policy, verify=verify, keep_alive=keep_alive),
        )
        if httpx_client is not None and not isinstance(httpx_client, httpx.AsyncClient):
            raise ConfigurationError(
                f"httpx_client must be an httpx.AsyncClient for this client, not {type(httpx_client).__name__}"
            )
        if httpx_client is not None:
            # A caller's own httpx client (proxies, certificates...) gets our base URL and authentication.
            httpx_client.base_url = httpx.URL(self.url)
            httpx_client.auth = auth
            httpx_client.timeout = timeout
            self.http.set_async_httpx_client(httpx_client)
        # Label Studio's session cookies are credentials the client does not need: never kept, so never sent on.
        keep_credentials_out_of_jar(self.http.get_async_httpx_client())
        protect_logs()
        self.api = AsyncLabelStudioApi(self.http)

    @cached_property
    def projects(self) -> AsyncProjectsRepo:
        """The projects of the server: ``client.projects.create(...)``, ``.retrieve(id)``, ``.list()``."""
        from .projects import AsyncProjectsRepo

        return AsyncProjectsRepo(self)

    @cached_property
    def tasks(self) -> AsyncTasksRepo:
        """Tasks of any project, by id: ``client.tasks.retrieve(42)``, ``.list(project=3)``."""
        from .tasks import AsyncTasksRepo

        return AsyncTasksRepo(self)

    @cached_property
    def users(self) -> AsyncUsersRepo:
        """The users of the organization: ``client.users.list()``, ``.me()``, ``.retrieve(id)``, ``.members``."""
        from .users import AsyncUsersRepo

        return AsyncUsersRepo(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooksRepo:
        """Webhooks of the organization or of a project."""
        from .webhooks import AsyncWebhooksRepo

        return AsyncWebhooksRepo(self)

    async def server_version(self) -> str:
        """The Label Studio release the server runs, e.g. ``"1.23.2"`` (``GET /api/version``)."""
        from lsclient.api_client.api.server import version_retrieve

        return (await call(version_retrieve.asyncio_detailed, client=self.http)).release

    async def check_server_version(self) -> str:
        """Return the server's release; warn (:class:`UnsupportedServerWarning`) if it is outside the tested range."""
        release = await self.server_version()
        message = unsupported_version_message(release, self.url)
        if message is not None:
            warnings.warn(message, UnsupportedServerWarning, stacklevel=3)
        return release

    async def validate_label_config(self, config: str | LabelConfig, *, project_id: int | None = None) -> None:
        """Check a labeling config locally, then ask the server whether it is valid
        (``POST /api/projects/validate/``), or valid for a project's existing annotations too
        (``POST /api/projects/{id}/validate/``); nothing is saved.

        The local check (:func:`~lsclient.core.label_config.check_label_config`) refuses what the server accepts but
        Label Studio's editor would not render: unknown or misspelt tags, a control without ``toName``...

        :raises LabelConfigError: (an :class:`InvalidInputError`) the editor would refuse the config, e.g. a
            misspelt tag; ``problems`` lists why (before any request).
        :raises LabelConfigSyntaxError: (an :class:`InvalidInputError`) malformed XML (before any request).
        :raises InvalidInputError: the config is empty (before any request).
        :raises BadRequestError: the server refused it (tag schema, names, ``toName``, or labels that annotations
            use); the message carries its explanation.
        :raises NotFoundError: no project ``project_id``.

        >>> await client.validate_label_config(LabelConfig.ner("ner", ["PER"]))  # doctest: +SKIP
        """
        from .label_configs import validate_label_config

        await validate_label_config(self, config, project_id=project_id)

    async def aclose(self) -> None:
        """Close the connection pool. The client cannot be used afterwards."""
        await self.http.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        open_http(self.http)  # a closed client cannot be used again: ClientClosedError now, not at its first call
        if self._check_version:
            try:
                await self.check_server_version()
            except BaseException:
                await self.aclose()
                raise
            self._check_version = False
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<AsyncClient url={self.url!r} auth={type(self._auth).__name__}>"


def make_async_client(
    url: str | None = None,
    api_key: str | None = None,
    *,
    credentials: tuple[str, str] | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    max_retries: int = 3,
    verify: bool | str | os.PathLike[str] | ssl.SSLContext = True,
    httpx_client: httpx.AsyncClient | None = None,
    check_version: bool = True,
    keep_alive: bool | None = None,
) -> AsyncClient:
    """Connect to a Label Studio server.

    :param url: the server's base URL; default: the ``LABEL_STUDIO_URL`` environment variable (read now).
    :param api_key: a personal access token (JWT, refreshed automatically) or a legacy token (detected from its
        shape); default: ``LABEL_STUDIO_API_KEY``. Not used with ``credentials``. An empty string is an error,
        never a fallback to the environment.
    :param credentials: ``(email, password)`` to log in through the web form instead of a key.
    :param timeout: per-request timeout in seconds (a finite number above 0), or an ``httpx.Timeout``; ``None`` waits
        forever.
    :param max_retries: retries of idempotent requests on connection errors, bodies cut short, 429, 502, 503, 504
        (and of reads on 500: Label Studio's listing answers 500 when a task is removed while it builds a page);
        a POST is retried only when the connection could not be made or on 429 (the server refused it), so it is
        never duplicated; when it may have been applied, :class:`~lsclient.core.errors.OutcomeUnknownError` says so.
        Entity updates (a PATCH setting fields) and removals are retried like GETs, repeating them being harmless.
    :param verify: TLS certificate verification, on by default: ``True`` (the system's CA bundle), ``False`` (off),
        the path of a CA bundle (a PEM file or a directory of them) to trust instead, or an ``ssl.SSLContext``.
    :param httpx_client: your own ``httpx.AsyncClient`` (for proxies, client certificates...); lsclient sets its
        base URL, authentication and timeout. Its transport is yours: ``max_retries``, ``verify`` and ``keep_alive``
        do not apply to it (wrap your transport in ``lsclient.AsyncRetryTransport`` to keep retries and the
        connection policy).
    :param check_version: when the client's ``with`` block is entered, ask the server's version
        (``GET /api/version``), which also proves the server is reachable, and warn
        (:class:`~lsclient.core.config.UnsupportedServerWarning`) if it is outside the tested range. Without a
        ``with`` block, call :meth:`AsyncClient.check_server_version` yourself.
    :param keep_alive: whether requests reuse connections (HTTP keep-alive). ``None`` (default): yes, except with
        Django's development server (``label-studio start``, known from its ``Server`` header) over plain HTTP, which
        answers a reused connection about 40 ms late: there every request gets a new connection (``Connection:
        close``), as does the very first request to a plain-HTTP server; over HTTPS connections are always reused.
        ``True``: always reuse connections; ``False``: a new connection for every request. Does not apply to your
        own ``httpx_client`` (see :class:`~lsclient.core.transport.ConnectionReuse`).
    :raises ConfigurationError: no URL, no key or credentials, both, an empty or malformed key, a bad ``verify``,
        a ``keep_alive`` that is not None, True or False (nothing is sent before the ``with`` block).
    :raises InvalidInputError: a ``timeout`` that is not ``None`` or a finite number of seconds above 0.
    :raises LocalFileError: the CA bundle given as ``verify`` cannot be read.

    >>> async with make_async_client() as client:  # doctest: +SKIP
    ...     print(await client.server_version())
    """
    base_url, auth = resolve(url, api_key, credentials, max_retries)
    return AsyncClient(
        base_url,
        auth,
        timeout=timeout,
        retry=RetryPolicy(max_retries=max_retries),
        verify=verify,
        httpx_client=httpx_client,
        check_version=check_version,
        keep_alive=keep_alive,
    )

"""The entry point: :class:`Client` (a connection to one Label Studio server) and :func:`make_client`."""

from __future__ import annotations

import logging
import os
import warnings
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from lsclient.api_client import AuthenticatedClient, LabelStudioApi
from lsclient.api_client.api.server import version_retrieve

from .auth import LegacyTokenAuth, PersonalAccessTokenAuth, SessionAuth, auth_from_api_key
from .calls import call
from .errors import ConfigurationError
from .transport import DEFAULT_TIMEOUT, RetryPolicy, RetryTransport

if TYPE_CHECKING:
    from .proxies.projects import ProjectsRepo
    from .proxies.tasks import TasksRepo
    from .proxies.users import UsersRepo
    from .proxies.webhooks import WebhooksRepo

logger = logging.getLogger("lsclient")

#: Label Studio releases the core is tested against (major, minor); others work but get a warning.
TESTED_SERVER_VERSIONS = ((1, 22), (1, 23))

URL_ENV = "LABEL_STUDIO_URL"
API_KEY_ENV = "LABEL_STUDIO_API_KEY"


class UnsupportedServerWarning(UserWarning):
    """The server's version is outside the range lsclient is tested against."""


class Client:
    """A connection to one Label Studio server; the root of every repository.

    Build it with :func:`make_client`. Use it as a context manager (or call :meth:`close`)::

        with make_client("http://127.0.0.1:8080", api_key) as client:
            for project in client.projects.list():
                print(project.id, project.title)

    :ivar url: the server's base URL.
    :ivar api: every generated operation, grouped by tag (``client.api.projects.create(...)``), bound to
        this client's connection, authentication, timeout and retry policy.
    """

    def __init__(
        self,
        url: str,
        auth: httpx.Auth,
        *,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        verify: bool | str = True,
        httpx_client: httpx.Client | None = None,
    ) -> None:
        self.url = _normalize_url(url)
        self._auth = auth
        timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.http = AuthenticatedClient(
            base_url=self.url,
            token="",
            auth=auth,
            timeout=timeout,
            verify_ssl=verify,
            httpx_args={"transport": RetryTransport(policy=retry or RetryPolicy(), verify=verify)},
        )
        if httpx_client is not None:
            # A caller's own httpx client (proxies, certificates...) gets our base URL and authentication.
            httpx_client.base_url = httpx.URL(self.url)
            httpx_client.auth = auth
            httpx_client.timeout = timeout
            self.http.set_httpx_client(httpx_client)
        self.api = LabelStudioApi(self.http)

    @cached_property
    def projects(self) -> ProjectsRepo:
        """The projects of the server: ``client.projects.create(...)``, ``.retrieve(id)``, ``.list()``."""
        from .proxies.projects import ProjectsRepo

        return ProjectsRepo(self)

    @cached_property
    def tasks(self) -> TasksRepo:
        """Tasks of any project, by id: ``client.tasks.retrieve(42)``."""
        from .proxies.tasks import TasksRepo

        return TasksRepo(self)

    @cached_property
    def users(self) -> UsersRepo:
        """The users of the organization: ``client.users.list()``, ``.me()``, ``.retrieve(id)``."""
        from .proxies.users import UsersRepo

        return UsersRepo(self)

    @cached_property
    def webhooks(self) -> WebhooksRepo:
        """Webhooks of the organization or of a project."""
        from .proxies.webhooks import WebhooksRepo

        return WebhooksRepo(self)

    def server_version(self) -> str:
        """The Label Studio release the server runs, e.g. ``"1.23.2"``."""
        return call(version_retrieve.sync_detailed, client=self.http).release

    def check_server_version(self) -> str:
        """Return the server's release; warn (:class:`UnsupportedServerWarning`) if it is outside the tested range."""
        release = self.server_version()
        if _major_minor(release) not in TESTED_SERVER_VERSIONS:
            tested = ", ".join(f"{major}.{minor}.x" for major, minor in TESTED_SERVER_VERSIONS)
            warnings.warn(
                f"Label Studio {release} at {self.url} is outside the versions lsclient is tested against ({tested})",
                UnsupportedServerWarning,
                stacklevel=3,
            )
        return release

    def close(self) -> None:
        """Close the connection pool. The client cannot be used afterwards."""
        self.http.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Client url={self.url!r} auth={type(self._auth).__name__}>"


def make_client(
    url: str | None = None,
    api_key: str | None = None,
    *,
    credentials: tuple[str, str] | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    max_retries: int = 3,
    verify: bool | str = True,
    httpx_client: httpx.Client | None = None,
    check_version: bool = True,
) -> Client:
    """Connect to a Label Studio server.

    :param url: the server's base URL; default: the ``LABEL_STUDIO_URL`` environment variable (read now).
    :param api_key: a personal access token (JWT, refreshed automatically) or a legacy token (detected from its
        shape); default: ``LABEL_STUDIO_API_KEY``. Not used with ``credentials``.
    :param credentials: ``(email, password)`` to log in through the web form instead of a key.
    :param timeout: per-request timeout in seconds, or an ``httpx.Timeout``; ``None`` waits forever.
    :param max_retries: retries of idempotent requests on connection errors, 429, 502, 503, 504 (POST and PATCH
        are retried only when the connection could not be made, so they are never duplicated).
    :param verify: TLS certificate verification: ``True``, ``False`` or a CA bundle path.
    :param httpx_client: your own ``httpx.Client`` (for proxies, client certificates...); lsclient sets its base URL,
        authentication and timeout. Its transport is yours: ``max_retries`` and ``verify`` do not apply to it
        (wrap your transport in :class:`~lsclient.core.transport.RetryTransport` to keep retries).
    :param check_version: ask the server's version now and warn if it is outside the tested range.
    :raises ConfigurationError: no URL, no key or credentials, both, or a malformed key.

    >>> with make_client() as client:  # doctest: +SKIP
    ...     print(client.server_version())
    """
    url = url or os.environ.get(URL_ENV)
    if not url:
        raise ConfigurationError(f"no Label Studio URL: pass url=... or set {URL_ENV}")
    auth: LegacyTokenAuth | PersonalAccessTokenAuth | SessionAuth
    if credentials is not None:
        if api_key is not None:
            raise ConfigurationError("pass either api_key or credentials, not both")
        email, password = credentials
        auth = SessionAuth(email, password, base_url=_normalize_url(url))
    else:
        api_key = api_key or os.environ.get(API_KEY_ENV)
        if not api_key:
            raise ConfigurationError(
                f"no API key: pass api_key=..., credentials=(email, password) or set {API_KEY_ENV}"
            )
        auth = auth_from_api_key(api_key, base_url=_normalize_url(url))
    if max_retries < 0:
        raise ConfigurationError(f"max_retries must be >= 0, got {max_retries}")
    client = Client(
        url,
        auth,
        timeout=timeout,
        retry=RetryPolicy(max_retries=max_retries),
        verify=verify,
        httpx_client=httpx_client,
    )
    if check_version:
        try:
            client.check_server_version()
        except BaseException:
            client.close()
            raise
    return client


def _normalize_url(url: str) -> str:
    parsed = httpx.URL(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"the Label Studio URL must look like http(s)://host[:port][/path], got {url!r}")
    return str(parsed.copy_with(query=None, fragment=None)).rstrip("/")


def _major_minor(release: str) -> tuple[int, int] | None:
    parts = release.split(".")
    try:
        return int(parts[0]), int(parts[1])
    except (IndexError, ValueError):
        return None

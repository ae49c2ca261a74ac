"""Label Studio authentication as ``httpx.Auth`` classes: legacy tokens, personal access tokens, email + password.

Label Studio has two kinds of API key (see :func:`detect_key_kind`):

- a **personal access token** (PAT) is a long-lived JWT *refresh* token. It cannot authenticate a request
  itself: it is exchanged at ``POST /api/token/refresh/`` for an access token that lives 5 minutes, sent as
  ``Authorization: Bearer <access>``. :class:`PersonalAccessTokenAuth` does the exchange lazily, again shortly
  before the access token expires, and once more if the server answers 401 (an expired access token gets
  "Authentication credentials were not provided.", not "expired");
- a **legacy token** (40 hex characters) is sent as ``Authorization: Token <key>`` (:class:`LegacyTokenAuth`).

:class:`SessionAuth` logs in with email and password through the web login form and sends the session cookie.

Every class works with ``httpx.Client`` and ``httpx.AsyncClient`` alike (httpx's ``Auth`` interface has one
flow for each, so the two small flows below are httpx's shape, not a copy), and with the generated layer::

    auth = auth_from_api_key(api_key, base_url="https://ls.example.com")
    client = AuthenticatedClient(base_url="https://ls.example.com", token="", auth=auth)

No secret appears in a repr, a log line or an exception message. Nothing here reads environment variables.
"""

from __future__ import annotations

import base64
import binascii
import functools
import http.cookiejar
import json
import logging
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol

import httpx

from .errors import (
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    ResponseParseError,
    error_from_response,
    redact_url,
)
from .logs import protect_logs
from .transport import REPEATABLE_EXTENSION

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "CSRF_COOKIE",
    "CredentialCookiePolicy",
    "LOGIN_PATH",
    "SESSION_COOKIE",
    "LegacyTokenAuth",
    "PersonalAccessTokenAuth",
    "SessionAuth",
    "auth_from_api_key",
    "detect_key_kind",
    "endpoint_url",
    "keep_credentials_out_of_jar",
    "login_flow",
    "normalize_base_url",
]

logger = logging.getLogger("lsclient")

#: The Django login form. It is a web page, not an API operation, so the OpenAPI schema (and the generated
#: layer) does not have it: this one path is written by hand.
LOGIN_PATH = "/user/login/"
#: Django's cookie names for the session and the CSRF token, as Label Studio configures them.
SESSION_COOKIE = "sessionid"
CSRF_COOKIE = "csrftoken"

# Headers of the user's request that must not be copied onto the refresh / login requests made for it.
_NOT_FORWARDED = frozenset(
    {"authorization", "x-api-key", "cookie", "host", "content-type", "content-length", "transfer-encoding"}
)


def detect_key_kind(api_key: str) -> Literal["pat", "legacy"]:
    """Tell a personal access token (a JWT refresh token) from a legacy token.

    A key shaped like a JWT (three base64url parts, the first two JSON objects) is a ``"pat"``; anything else
    is ``"legacy"``. Raises :class:`ConfigurationError` for an empty key, a key with inner whitespace or a control
    or non-ASCII character, a JWT access token, or the shortened ``header.payload`` form that ``GET /api/token/``
    lists.

    >>> detect_key_kind("0123456789abcdef0123456789abcdef01234567")
    'legacy'
    """
    key = _checked_key(api_key)
    parts = key.split(".")
    if len(parts) == 2 and "alg" in (_decode_segment(parts[0]) or {}):
        raise ConfigurationError(
            "this API key is the shortened form (header.payload, no signature) that Label Studio lists; "
            "pass the full personal access token shown when it was created"
        )
    if len(parts) != 3:
        return "legacy"
    header, payload = _decode_segment(parts[0]), _decode_segment(parts[1])
    if header is None or payload is None:
        return "legacy"
    if payload.get("token_type") == "access":
        raise ConfigurationError(
            "this API key is a short-lived access token: pass the personal access token (refresh token) instead"
        )
    return "pat"


def _checked_key(api_key: str) -> str:
    """``api_key`` without outer whitespace, if it can go in a header: printable ASCII without inner whitespace.

    A control character (NUL, DEL...) would otherwise reach httpx, whose error (and httpcore's debug log) quotes
    the header, that is the key.
    """
    if not isinstance(api_key, str):
        raise ConfigurationError(f"the API key must be a str, not {type(api_key).__name__}")
    key = api_key.strip()
    if not key:
        raise ConfigurationError("the API key is empty")
    if not (key.isascii() and key.isprintable()) or any(char.isspace() for char in key):
        raise ConfigurationError("the API key contains whitespace, control or non-ASCII characters; copy it again")
    return key


def auth_from_api_key(
    api_key: str, *, base_url: str | httpx.URL | None = None, clock: Callable[[], float] = time.time
) -> LegacyTokenAuth | PersonalAccessTokenAuth:
    """Return the ``httpx.Auth`` for ``api_key``: a :class:`PersonalAccessTokenAuth` or a :class:`LegacyTokenAuth`.

    ``base_url`` is where Label Studio is mounted (it matters when that is a sub-path); ``clock`` is for tests.
    """
    if detect_key_kind(api_key) == "pat":
        return PersonalAccessTokenAuth(api_key, base_url=base_url, clock=clock)
    return LegacyTokenAuth(api_key)


class LegacyTokenAuth(httpx.Auth):
    """Send a legacy Label Studio token as ``Authorization: Token <key>``.

    >>> LegacyTokenAuth("0123456789abcdef0123456789abcdef01234567")
    LegacyTokenAuth(token=<hidden>)
    """

    def __init__(self, token: str) -> None:
        protect_logs()
        self._header = f"Token {_checked_key(token)}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Set the Authorization header and send the request."""
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "LegacyTokenAuth(token=<hidden>)"


class _RenewingAuth(httpx.Auth):
    """A credential that must be obtained with extra requests and renewed when stale or refused (401).

    Subclasses say when the credential is stale (``_needs_renewal``), how to get a new one (``_renewal``, a
    generator yielding the requests it needs and receiving their read responses) and how to put it on a
    request (``_apply``). This class runs that protocol for sync and async clients, so that concurrent
    callers renew once: double-checked locking, as in label-studio-sdk's token refresh.

    Locks: sync callers serialise renewals on a ``threading.Lock`` held across the renewal round trip (other
    threads wait, then find the fresh credential on the second check). Async callers use an ``asyncio.Lock``
    per event loop instead, so that waiting never blocks a loop. The credential itself is swapped under a
    second ``threading.Lock`` that is never held across I/O, so both kinds of caller see a consistent state.
    """

    def __init__(self) -> None:
        protect_logs()
        self._renew_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._generation = 0  # bumped by each renewal; tells whether someone renewed since a 401

    def _needs_renewal(self) -> bool:
        raise NotImplementedError

    def _renewal(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise NotImplementedError

    def _apply(self, request: httpx.Request) -> int:
        """Put the current credential on ``request``; return its generation."""
        raise NotImplementedError

    def _observe(self, request: httpx.Request, response: httpx.Response) -> None:
        """See the answer to the authenticated ``request`` (to follow a credential the server rotates)."""

    def _must_renew(self, refused: int | None) -> bool:
        # After a 401, renew unless another caller already replaced the refused credential.
        return self._needs_renewal() or (refused is not None and refused == self._generation)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Renew the credential if needed, send the request; on 401 renew once and resend once."""
        refused: int | None = None
        for _ in range(2):
            if self._must_renew(refused):
                with self._renew_lock:
                    if self._must_renew(refused):
                        yield from _drive_sync(self._renewal(request))
            generation = self._apply(request)
            response = yield request
            self._observe(request, response)
            if response.status_code != 401:
                return
            refused = generation

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """The asyncio twin of :meth:`sync_auth_flow`."""
        refused: int | None = None
        for _ in range(2):
            if self._must_renew(refused):
                async with self._async_lock():
                    if self._must_renew(refused):
                        renewal = self._renewal(request)
                        side_request = next(renewal)
                        while True:
                            side_response = yield side_request
                            await side_response.aread()
                            try:
                                side_request = renewal.send(side_response)
                            except StopIteration:
                                break
            generation = self._apply(request)
            response = yield request
            self._observe(request, response)
            if response.status_code != 401:
                return
            refused = generation

    def _async_lock(self) -> asyncio.Lock:
        import asyncio  # here, not at the top: a sync program never needs it (and it is slow to import)

        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock


class PersonalAccessTokenAuth(_RenewingAuth):
    """Authenticate with a personal access token (PAT), exchanged for short-lived access tokens as needed.

    The first request triggers ``POST /api/token/refresh/``; the access token is reused until it is
    ``refresh_margin`` seconds from expiry (read from its ``exp`` claim; the signature is not checked), and is
    refreshed once more if the server answers 401. A refused refresh raises :class:`AuthenticationError`.

    :param refresh_token: the personal access token.
    :param base_url: where Label Studio is mounted, e.g. ``https://host/labelstudio``; default: the scheme,
        host and port of each request.
    :param clock: returns the current epoch time in seconds (for tests).
    :ivar refresh_count: how many access tokens were obtained.
    """

    def __init__(
        self,
        refresh_token: str,
        *,
        base_url: str | httpx.URL | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = 30.0,
    ) -> None:
        token = refresh_token.strip()
        if detect_key_kind(token) != "pat":
            raise ConfigurationError(
                "this API key is not a personal access token (a JWT); use LegacyTokenAuth for a legacy token"
            )
        super().__init__()
        self._refresh_token = token
        self._base_url = normalize_base_url(base_url)
        self._clock = clock
        self._margin = refresh_margin
        self._access: tuple[str, float | None] | None = None  # (token, when to refresh it), swapped atomically
        self.refresh_count = 0

    def _needs_renewal(self) -> bool:
        access = self._access
        return access is None or (access[1] is not None and self._clock() >= access[1])

    def _renewal(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # The generated operation is imported at the first renewal, not with the client (see lsclient.core).
        from lsclient.api_client.api.jwt import token_refresh_create
        from lsclient.api_client.models.token_refresh_request import TokenRefreshRequest

        kwargs = token_refresh_create.request_kwargs(body=TokenRefreshRequest(refresh=self._refresh_token))
        url = endpoint_url(self._base_url, request.url, kwargs["url"])
        logger.debug("refreshing the access token: %s %s", kwargs["method"].upper(), url.path)
        response = yield _side_request(request, kwargs["method"], url, json=kwargs["json"], headers=kwargs["headers"])
        if response.status_code != 200:
            raise _login_failure(response, "personal access token refresh failed")
        access = _parse_access_token(response)
        now = self._clock()
        expires = _jwt_expiry(access)
        # Refresh `margin` seconds early, but never so early that a short-lived token is refreshed every time.
        refresh_at = None if expires is None else expires - min(self._margin, max(expires - now, 0.0) / 2)
        with self._state_lock:
            self._access = (access, refresh_at)
            self._generation += 1
            self.refresh_count += 1

    def _apply(self, request: httpx.Request) -> int:
        with self._state_lock:
            access, generation = self._access, self._generation
        if access is not None:
            request.headers["Authorization"] = f"Bearer {access[0]}"
        return generation

    def __repr__(self) -> str:
        return f"PersonalAccessTokenAuth(base_url={self._base_url!r}, refresh_count={self.refresh_count})"


class SessionAuth(_RenewingAuth):
    """Authenticate with email and password: log in through Label Studio's web form, then send the session cookie.

    The login happens on the first request and again, once, if the server answers 401 (the session expired).
    A wrong email or password raises :class:`AuthenticationError`. API calls made with a session cookie need no
    CSRF token in Label Studio.

    :param base_url: where Label Studio is mounted; default: the scheme, host and port of each request.
    :ivar login_count: how many logins were made.
    """

    def __init__(self, email: str, password: str, *, base_url: str | httpx.URL | None = None) -> None:
        if not isinstance(email, str) or not isinstance(password, str):
            raise ConfigurationError("a password login takes the email and the password as str")
        if not email or not password:
            raise ConfigurationError("a password login needs both an email and a password")
        if "\x00" in email or "\x00" in password:  # Label Studio's login form refuses it; the password is not shown
            raise ConfigurationError("the login " + ("email" if "\x00" in email else "password") + " holds a NUL")
        super().__init__()
        self.email = email
        self._password = password
        self._base_url = normalize_base_url(base_url)
        self._session: str | None = None
        self.login_count = 0

    def _needs_renewal(self) -> bool:
        return self._session is None

    def _renewal(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        login_url = endpoint_url(self._base_url, request.url, LOGIN_PATH)
        build = functools.partial(_side_request, request)
        session = yield from login_flow(build, login_url, self.email, self._password)
        with self._state_lock:
            self._session = session
            self._generation += 1
            self.login_count += 1

    def _apply(self, request: httpx.Request) -> int:
        with self._state_lock:
            session, generation = self._session, self._generation
        if session is not None:
            # Replace only our cookie: the client may send others (e.g. a load balancer's).
            others = [
                part.strip()
                for part in request.headers.get("cookie", "").split(";")
                if part.strip() and part.strip().split("=", 1)[0] != SESSION_COOKIE
            ]
            request.headers["Cookie"] = "; ".join([*others, f"{SESSION_COOKIE}={session}"])
        return generation

    def _observe(self, request: httpx.Request, response: httpx.Response) -> None:
        # Label Studio re-issues the (signed) session cookie on every answer to record the last activity; an
        # old cookie keeps working, but following the new one keeps the 5-day inactivity logout from firing.
        # Only an answer from the server asked is followed: a client that follows redirects may have landed on
        # another host, whose cookie must never become ours (nor ours be sent there).
        if response.status_code < 400 and _same_origin(response.request.url, request.url):
            session = _cookie(response, SESSION_COOKIE)
            if session:
                with self._state_lock:
                    self._session = session

    def __repr__(self) -> str:
        return f"SessionAuth(email={self.email!r}, base_url={self._base_url!r}, logged_in={self._session is not None})"


class BuildRequest(Protocol):
    """Builds one request (``httpx.Client.build_request`` or our side-request builder)."""

    def __call__(
        self,
        method: str,
        url: httpx.URL,
        *,
        data: Mapping[str, str] | None = ...,
        headers: Mapping[str, str] | None = ...,
    ) -> httpx.Request: ...


def login_flow(
    build: BuildRequest, login_url: httpx.URL, email: str, password: str
) -> Generator[httpx.Request, httpx.Response, str]:
    """Yield the login requests (GET the form for its CSRF cookie, POST it); receive read responses; return
    the session cookie's value. The caller decides how requests are sent, so sync, async and auth flows share it.
    """
    shown = email if email.isprintable() else repr(email)  # in messages: control characters escaped
    logger.debug("logging in to %s as %s", login_url.path, shown)
    page = yield build("GET", login_url)
    if page.status_code != 200:
        raise error_from_response(page, summary=f"login failed for {shown}: the login page is not available")
    csrf = _cookie(page, CSRF_COOKIE)
    if csrf is None:
        raise ResponseParseError(
            f"login failed for {shown}: the login page set no {CSRF_COOKIE} cookie; is the URL a Label Studio server?",
            status_code=page.status_code,
        )
    answer = yield build(
        "POST",
        login_url,
        data={"email": email, "password": password, "csrfmiddlewaretoken": csrf},
        headers={"Referer": str(login_url), "Cookie": f"{CSRF_COOKIE}={csrf}"},
    )
    # Success is a redirect away from the form. A client that follows redirects hands over the page it landed
    # on, with our redirect in its history. A wrong password answers 200 with the form again (and a session
    # cookie all the same), so the cookie alone proves nothing.
    redirects = [
        r
        for r in (*answer.history, answer)
        if r.is_redirect and r.request.method == "POST" and r.request.url == login_url
    ]
    if redirects:
        session = _cookie(redirects[-1], SESSION_COOKIE)
        if session is None:
            raise ResponseParseError(
                f"login for {shown} was accepted, but the server set no {SESSION_COOKIE} cookie",
                status_code=redirects[-1].status_code,
            )
        return session
    if answer.status_code == 200:
        raise AuthenticationError(
            status_code=200,
            method="POST",
            url=redact_url(login_url),
            message=f"login failed for {shown}: wrong email or password",
        )
    raise _login_failure(answer, f"login failed for {shown}")


def _drive_sync(
    flow: Generator[httpx.Request, httpx.Response, None],
) -> Generator[httpx.Request, httpx.Response, None]:
    """Pass ``flow``'s requests to httpx and their responses, read, back to it."""
    request = next(flow)
    while True:
        response = yield request
        response.read()
        try:
            request = flow.send(response)
        except StopIteration:
            return


def _login_failure(response: httpx.Response, summary: str) -> APIStatusError:
    # A refused credential is an authentication failure whatever status carries it; an outage (5xx), a wrong
    # base URL (404) or a rate limit (429) keeps its own class, so it is not mistaken for a bad key.
    error_class = AuthenticationError if response.status_code in (400, 401, 403) else None
    return error_from_response(response, summary=summary, error_class=error_class)


def _side_request(
    original: httpx.Request,
    method: str,
    url: httpx.URL,
    *,
    json: Any = None,
    data: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
) -> httpx.Request:
    """A request made on behalf of ``original``: same client headers (User-Agent, proxy headers), same timeout."""
    merged = {name: value for name, value in original.headers.items() if name.lower() not in _NOT_FORWARDED}
    merged.update(headers or {})
    extensions: dict[str, Any] = {"timeout": original.extensions["timeout"]} if "timeout" in original.extensions else {}
    # Getting a token or a session again changes nothing on the server: the transport may resend it (even a POST).
    extensions[REPEATABLE_EXTENSION] = True
    return httpx.Request(method, url, headers=merged, json=json, data=data, extensions=extensions)


def normalize_base_url(base_url: str | httpx.URL | None) -> str | None:
    """``base_url`` without query, fragment or trailing slash; None stays None.

    :raises ConfigurationError: not an http(s) URL.
    """
    if base_url is None:
        return None
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"the Label Studio URL must start with http:// or https://, got {str(url)!r}")
    return str(url.copy_with(query=None, fragment=None)).rstrip("/")


def endpoint_url(base_url: str | None, request_url: httpx.URL | None, path: str) -> httpx.URL:
    """``path`` under ``base_url``, or else at the origin (scheme, host, port) of ``request_url``."""
    if base_url is not None:
        return httpx.URL(base_url + path)
    if request_url is None:
        raise ConfigurationError("the Label Studio URL is missing")
    return request_url.copy_with(raw_path=path.encode("ascii"))


def _same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)


class CredentialCookiePolicy(http.cookiejar.DefaultCookiePolicy):
    """A cookie policy that never stores Label Studio's ``sessionid`` and ``csrftoken`` in a client's cookie jar.

    Label Studio sets a session cookie on every answer, also to requests authenticated by a token. A client needs
    none: :class:`SessionAuth` keeps its session itself and puts it on requests to its server only. Kept in the jar,
    the cookie would be sent along wherever the jar matches the host, e.g. to another port of the same host that a
    redirect points to. Other cookies (a load balancer's...) are stored as usual.
    """

    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        """Refuse Label Studio's credential cookies; judge the others as the default policy does."""
        if cookie.name in (SESSION_COOKIE, CSRF_COOKIE):
            return False
        return bool(super().set_ok(cookie, request))


def keep_credentials_out_of_jar(client: httpx.Client | httpx.AsyncClient) -> None:
    """Make ``client``'s cookie jar refuse Label Studio's credential cookies (see :class:`CredentialCookiePolicy`);
    those already in it are removed."""
    jar = client.cookies.jar
    jar.set_policy(CredentialCookiePolicy())
    for cookie in list(jar):
        if cookie.name in (SESSION_COOKIE, CSRF_COOKIE):
            jar.clear(cookie.domain, cookie.path, cookie.name)


def _cookie(response: httpx.Response, name: str) -> str | None:
    jar = httpx.Cookies()
    jar.extract_cookies(response)
    return next((cookie.value for cookie in jar.jar if cookie.name == name), None)


def _parse_access_token(response: httpx.Response) -> str:
    from lsclient.api_client.models.token_refresh_response import TokenRefreshResponse

    try:
        data = response.json()
    except ValueError:
        data = None
    access = TokenRefreshResponse.from_dict(data).access if isinstance(data, dict) else None
    if not isinstance(access, str) or not access:
        raise ResponseParseError(
            "personal access token refresh answered 200 without an access token",
            status_code=response.status_code,
            body=sorted(data) if isinstance(data, dict) else None,  # the keys only: values may be tokens
        )
    return access


def _decode_segment(segment: str) -> dict[str, Any] | None:
    """Decode one base64url JWT segment to a JSON object, or None if it is not one."""
    try:
        value = json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    except (binascii.Error, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT (epoch seconds), unverified; None if absent or unreadable."""
    parts = token.split(".")
    payload = _decode_segment(parts[1]) if len(parts) == 3 else None
    expiry = payload.get("exp") if payload else None
    return float(expiry) if isinstance(expiry, int | float) and not isinstance(expiry, bool) else None

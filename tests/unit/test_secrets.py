"""Secrets without Label Studio: reprs, log records, cookie jars, redirects to another server, TLS verification.

The redirect tests run two tiny HTTP servers on this machine: **A** plays Label Studio (token refresh, login form,
an API route answering 302 or 307 to **B**) and **B** records every header it receives. For each kind of
credential (legacy token, personal access token, email + password) and each flavour, nothing of the credential
may reach B: not the ``Authorization`` header, not a cookie. By default the client does not follow redirects at all;
with a caller's own httpx client that follows them, httpx drops ``Authorization`` across origins (proven here) and
the client's cookie jar never holds Label Studio's session cookies, so none goes along; a cookie B sets is never
adopted as the session either.

The whole-workflow scan against the real server is tests/integration/test_secrets_live.py.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import shutil
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

import lsclient
from lsclient import make_async_client, make_client
from lsclient.core.auth import (
    CredentialCookiePolicy,
    LegacyTokenAuth,
    PersonalAccessTokenAuth,
    SessionAuth,
    keep_credentials_out_of_jar,
)
from lsclient.core.logs import HTTPCORE_LOGGERS, CredentialFilter, protect_logs

LEGACY = "0123456789abcdef0123456789abcdef01234567"
PASSWORD = "pa55-w0rd-never-shown"
EMAIL = "ann@example.com"
CSRF = "csrf-value-never-shown"
SESSION = "session-value-never-shown"
FOREIGN_SESSION = "foreign-session-value"


def _jwt(token_type: str, lifetime: float, marker: str) -> str:
    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")

    payload = {"token_type": token_type, "exp": time.time() + lifetime, "jti": marker}
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(payload)}.{marker}-signature"


PAT = _jwt("refresh", 86400, "refresh-never-shown")
ACCESS = _jwt("access", 300, "access-never-shown")
SECRETS = {"legacy": LEGACY, "pat": PAT, "access": ACCESS, "password": PASSWORD, "csrf": CSRF, "session": SESSION}


# ------------------------------------------------------------------------------------------------ two servers


class Server:
    """A tiny HTTP server on 127.0.0.1 in a thread, recording ``(method, path, headers)`` of each request."""

    def __init__(self, answer: Any) -> None:
        self.seen: list[tuple[str, str, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.seen.append((self.command, self.path, {k.lower(): v for k, v in self.headers.items()}))
                status, headers, content = answer(self.command, self.path, body)
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_PATCH = do_DELETE = _handle

            def log_message(self, *args: Any) -> None:  # keep the test output clean
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


@pytest.fixture(scope="module")
def target() -> Iterator[Server]:
    """B: records everything it receives; answers the project and tries to plant a session cookie."""

    def answer(method: str, path: str, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
        cookie = ("Set-Cookie", f"sessionid={FOREIGN_SESSION}; Path=/")
        return 200, [("Content-Type", "application/json"), cookie], _json({"id": 7, "title": "from B"})

    server = Server(answer)
    yield server
    server.close()


@pytest.fixture(scope="module")
def origin(target: Server) -> Iterator[Server]:
    """A: Label Studio's login and token refresh; ``/api/projects/7/`` redirects to B (status from the query)."""
    state: dict[str, Any] = {"location": target.url()}

    def answer(method: str, path: str, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
        json_type = ("Content-Type", "application/json")
        if path == "/api/token/refresh/":
            return 200, [json_type], _json({"access": ACCESS})
        if path == "/user/login/" and method == "GET":
            return 200, [("Set-Cookie", f"csrftoken={CSRF}; Path=/")], b"<form></form>"
        if path == "/user/login/" and method == "POST":
            if PASSWORD.encode() not in body:
                return 200, [], b"<form>wrong</form>"
            return 302, [("Location", "/"), ("Set-Cookie", f"sessionid={SESSION}; Path=/; HttpOnly")], b""
        if path.startswith("/api/projects/7/"):
            status = 307 if method != "GET" else 302
            return status, [("Location", state["location"] + "/api/projects/7/"), json_type], b""
        if path == "/api/projects/8/":  # a plain answer, to see which session A receives afterwards
            return 200, [json_type, ("Set-Cookie", f"sessionid={SESSION}; Path=/")], _json({"id": 8, "title": "A"})
        return 404, [json_type], _json({"detail": "Not found."})

    server = Server(answer)
    server.state = state  # type: ignore[attr-defined]
    yield server
    server.close()


CREDENTIALS = {
    "legacy": {"api_key": LEGACY},
    "pat": {"api_key": PAT},
    "session": {"credentials": (EMAIL, PASSWORD)},
}


def _leaks(headers: dict[str, str]) -> list[str]:
    text = json.dumps(headers)
    return [name for name, value in SECRETS.items() if value in text]


def _retrieve(flavour: str, url: str, follow: bool, kind: str, method: str) -> tuple[Any, list[Any]]:
    """A plain request to A (logs in, refreshes), then project 7 read (``GET``, 302) or changed (``PATCH``, 307);
    return the outcome and the client's cookie jar."""
    from lsclient.api_client.models.project import Project as ProjectModel
    from lsclient.core._async.projects import AsyncProject
    from lsclient.core._sync.projects import Project

    jars: list[Any] = []
    model = ProjectModel.from_dict({"id": 7, "title": "seven"})
    if flavour == "sync":
        http = httpx.Client(follow_redirects=True) if follow else None
        with make_client(url, check_version=False, httpx_client=http, max_retries=0, **CREDENTIALS[kind]) as client:
            jars.append(client.http.get_httpx_client().cookies)
            try:
                client.projects.retrieve(8)
                if method == "GET":
                    return client.projects.retrieve(7), jars
                return Project(client, model).update(title="new"), jars
            except lsclient.LsClientError as exc:
                return exc, jars

    async def main() -> Any:
        http = httpx.AsyncClient(follow_redirects=True) if follow else None
        async with make_async_client(
            url, check_version=False, httpx_client=http, max_retries=0, **CREDENTIALS[kind]
        ) as client:
            jars.append(client.http.get_async_httpx_client().cookies)
            try:
                await client.projects.retrieve(8)
                if method == "GET":
                    return await client.projects.retrieve(7)
                return await AsyncProject(client, model).update(title="new")
            except lsclient.LsClientError as exc:
                return exc

    return asyncio.run(main()), jars


@pytest.mark.parametrize("method", ["GET", "PATCH"], ids=["302", "307"])
@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"], ids=["other port", "other host"])
@pytest.mark.parametrize("follow", [False, True], ids=["default client", "own client following redirects"])
@pytest.mark.parametrize("kind", list(CREDENTIALS))
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_no_credential_goes_to_the_server_a_redirect_points_to(
    origin: Server, target: Server, flavour: str, kind: str, follow: bool, host: str, method: str
) -> None:
    origin.state["location"] = target.url(host)  # type: ignore[attr-defined]
    origin.seen.clear()
    target.seen.clear()
    result, jars = _retrieve(flavour, origin.url(), follow, kind, method)
    if not follow:
        assert target.seen == [], "the default client followed a redirect"
        assert isinstance(result, lsclient.LsClientError), result  # a 3xx is not the project
    else:
        assert target.seen, "the redirect was not followed: the test proves nothing"
        for _, _, headers in target.seen:
            assert "authorization" not in headers, headers
            assert _leaks(headers) == [], f"{_leaks(headers)} reached the other server: {headers}"
    for jar in jars:
        assert all(cookie.name not in ("sessionid", "csrftoken") for cookie in jar.jar), list(jar.jar)
    # the session A sees afterwards is still ours, never the one B tried to plant
    for _, path, headers in origin.seen:
        assert FOREIGN_SESSION not in headers.get("cookie", ""), (path, headers)
    if kind == "session":
        api = [headers for _, path, headers in origin.seen if path.startswith("/api/")]
        assert api and all(f"sessionid={SESSION}" in headers.get("cookie", "") for headers in api), api


def test_httpx_itself_drops_authorization_across_origins_but_keeps_it_on_the_same_origin(
    origin: Server, target: Server
) -> None:
    """What the redirect test relies on, shown with a bare httpx client: a cross-origin redirect loses
    ``Authorization``; a same-origin one keeps it (so our auth classes must not, and do not, add it back)."""
    origin.state["location"] = target.url()  # type: ignore[attr-defined]
    target.seen.clear()
    with httpx.Client(follow_redirects=True) as http:
        http.get(origin.url() + "/api/projects/7/", headers={"Authorization": f"Token {LEGACY}"})
    assert target.seen and "authorization" not in target.seen[0][2]
    redirect = httpx.Request("GET", origin.url() + "/a", headers={"Authorization": "Token x"})
    same = httpx.Client()._redirect_headers(redirect, httpx.URL(origin.url() + "/b"), "GET")  # noqa: SLF001
    assert same["authorization"] == "Token x"


# ------------------------------------------------------------------------------------------------ reprs and texts


def test_no_repr_or_str_shows_a_credential() -> None:
    objects: list[Any] = [
        LegacyTokenAuth(LEGACY),
        PersonalAccessTokenAuth(PAT, base_url="http://ls.test"),
        SessionAuth(EMAIL, PASSWORD, base_url="http://ls.test"),
    ]
    for credentials in CREDENTIALS.values():
        client = make_client("http://ls.test", check_version=False, **credentials)  # type: ignore[arg-type]
        objects += [client, client.http, client.http.get_httpx_client(), client._auth, client.projects]  # noqa: SLF001
        objects += [client.http.get_httpx_client()._transport, client.api]  # noqa: SLF001
        client.close()
        async_client = make_async_client("http://ls.test", check_version=False, **credentials)  # type: ignore[arg-type]
        objects += [async_client, async_client.http, async_client._auth]  # noqa: SLF001
    text = "\n".join(f"{obj!r} {obj}" for obj in objects)
    assert [name for name, value in SECRETS.items() if value in text] == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {"api_key": LEGACY + " x"},
        {"api_key": PAT + " é"},
        {"api_key": ACCESS},
        {"api_key": ".".join(PAT.split(".")[:2])},
        {"url": LEGACY, "api_key": LEGACY},
        {"url": f"http://admin:{PASSWORD}@ls.test", "api_key": LEGACY},
        {"api_key": None, "credentials": (EMAIL, PASSWORD, "extra")},
        {"api_key": None, "credentials": (EMAIL, "")},
    ],
)
def test_a_refused_credential_is_never_quoted_in_the_error(kwargs: dict[str, Any]) -> None:
    arguments = {"url": "http://ls.test", **kwargs}
    if arguments.get("api_key") is None:
        arguments.pop("api_key")
    try:
        make_client(**arguments)
    except lsclient.LsClientError as exc:
        text = f"{exc!r} {exc}"
    else:
        pytest.fail("accepted")
    assert [name for name, value in SECRETS.items() if value in text] == [], text
    assert "refresh-never-shown" not in text and "access-never-shown" not in text


# ------------------------------------------------------------------------------------------------ logs


def _record(message: str, *args: Any, name: str = "httpcore.http11") -> logging.LogRecord:
    return logging.LogRecord(name, logging.DEBUG, __file__, 1, message, args or None, None)


@pytest.mark.parametrize(
    "header",
    [b"Set-Cookie", b"set-cookie", b"Cookie", b"Authorization", b"Proxy-Authorization", b"X-Api-Key"],
)
def test_the_filter_hides_credential_headers_in_httpcore_traces(header: bytes) -> None:
    value = f"sessionid={SESSION}; Path=/".encode()
    headers = [(b"Content-Type", b"application/json"), (header, value), (b"Vary", b"Cookie")]
    record = _record(f"receive_response_headers.complete return_value={(b'HTTP/1.1', 200, b'OK', headers)!r}")
    assert CredentialFilter().filter(record) is True
    message = record.getMessage()
    assert SESSION not in message and "<hidden>" in message
    assert "b'application/json'" in message and "(b'Vary', b'Cookie')" in message  # the rest is kept


def test_the_filter_handles_quotes_in_values_and_formatted_records() -> None:
    tricky = [(b"Set-Cookie", b'a="x\'y"; ' + SESSION.encode())]
    record = _record("headers %s", repr(tricky))
    CredentialFilter().filter(record)
    assert SESSION not in record.getMessage()


def test_protect_logs_adds_one_filter_per_httpcore_logger() -> None:
    protect_logs()
    protect_logs()
    for name in HTTPCORE_LOGGERS:
        filters = [f for f in logging.getLogger(name).filters if isinstance(f, CredentialFilter)]
        assert len(filters) == 1, name


# ------------------------------------------------------------------------------------------------ cookie jars


def test_the_cookie_jar_refuses_label_studio_credentials_and_keeps_other_cookies() -> None:
    jar = httpx.Cookies()
    jar.jar.set_policy(CredentialCookiePolicy())
    request = httpx.Request("GET", "http://ls.test/api/")
    response = httpx.Response(
        200,
        headers=[
            ("Set-Cookie", f"sessionid={SESSION}; Path=/"),
            ("Set-Cookie", f"csrftoken={CSRF}; Path=/"),
            ("Set-Cookie", "lb=node-2; Path=/"),
        ],
        request=request,
    )
    jar.extract_cookies(response)
    assert {cookie.name for cookie in jar.jar} == {"lb"}


def test_a_callers_httpx_client_loses_the_credentials_already_in_its_jar() -> None:
    http = httpx.Client(cookies={"sessionid": SESSION, "lb": "node-1"})
    with make_client("http://ls.test", LEGACY, httpx_client=http, check_version=False) as client:
        assert {cookie.name for cookie in client.http.get_httpx_client().cookies.jar} == {"lb"}
    other = httpx.Client()
    keep_credentials_out_of_jar(other)
    assert isinstance(other.cookies.jar._policy, CredentialCookiePolicy)  # noqa: SLF001


# ------------------------------------------------------------------------------------------------ TLS


def _context(client: Any) -> ssl.SSLContext:
    """The SSL context the client's connections use (its retry transport wraps httpx's)."""
    if isinstance(client, lsclient.AsyncClient):
        transport = client.http.get_async_httpx_client()._transport  # noqa: SLF001
    else:
        transport = client.http.get_httpx_client()._transport  # noqa: SLF001
    return transport.inner._pool._ssl_context  # type: ignore[no-any-return]  # noqa: SLF001


@pytest.mark.parametrize("maker", [make_client, make_async_client], ids=["sync", "async"])
def test_tls_verification_is_on_by_default(maker: Any) -> None:
    context = _context(maker("https://ls.test", LEGACY, check_version=False))
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


@pytest.mark.parametrize("maker", [make_client, make_async_client], ids=["sync", "async"])
def test_tls_verification_can_be_turned_off_or_given_a_ca_bundle(maker: Any, tmp_path: Path) -> None:
    off = _context(maker("https://ls.test", LEGACY, check_version=False, verify=False))
    assert off.verify_mode == ssl.CERT_NONE and not off.check_hostname
    import certifi

    bundle = _context(maker("https://ls.test", LEGACY, check_version=False, verify=certifi.where()))
    assert bundle.verify_mode == ssl.CERT_REQUIRED and bundle.cert_store_stats()["x509_ca"] > 0
    mine = ssl.create_default_context()
    assert _context(maker("https://ls.test", LEGACY, check_version=False, verify=mine)) is mine
    with pytest.raises(FileNotFoundError, match="CA bundle"):
        maker("https://ls.test", LEGACY, check_version=False, verify=str(tmp_path / "none.pem"))
    (tmp_path / "junk.pem").write_text("not a certificate")
    with pytest.raises(lsclient.ConfigurationError, match="no usable certificate"):
        maker("https://ls.test", LEGACY, check_version=False, verify=str(tmp_path / "junk.pem"))


@pytest.fixture(scope="module")
def https_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """An HTTPS server with a self-signed certificate for 127.0.0.1 (made with the openssl command)."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a self-signed certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    server = Server(lambda method, path, body: (200, [("Content-Type", "application/json")], _json({"release": "1"})))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.httpd.socket = context.wrap_socket(server.httpd.socket, server_side=True)
    yield f"https://127.0.0.1:{server.port}", cert
    server.close()


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_self_signed_server_is_refused_unless_its_certificate_is_trusted(
    https_server: tuple[str, Path], flavour: str
) -> None:
    url, cert = https_server

    def version(**kwargs: Any) -> Any:
        if flavour == "sync":
            with make_client(url, LEGACY, check_version=False, max_retries=0, **kwargs) as client:
                return client.server_version()

        async def main() -> Any:
            async with make_async_client(url, LEGACY, check_version=False, max_retries=0, **kwargs) as client:
                return await client.server_version()

        return asyncio.run(main())

    with pytest.raises(lsclient.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
        version()
    assert version(verify=str(cert)) == "1"

"""Unit tests for lsclient.core.auth against a fake Label Studio (httpx.MockTransport, no network)."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import time
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from lsclient.core._async.login import login_with_password as alogin_with_password
from lsclient.core._sync.login import login_with_password
from lsclient.core.auth import (
    LegacyTokenAuth,
    PersonalAccessTokenAuth,
    SessionAuth,
    auth_from_api_key,
    detect_key_kind,
)
from lsclient.core.errors import (
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    ResponseParseError,
    ServerError,
)

BASE = "http://ls.test"
LEGACY = "0123456789abcdef0123456789abcdef01234567"


def b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def fake_jwt(**claims: Any) -> str:
    """A JWT-shaped token (the signature is not checked by the SDK)."""
    return f"{b64({'alg': 'HS256', 'typ': 'JWT'})}.{b64(claims)}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk"


PAT = fake_jwt(token_type="refresh", exp=8_102_554_824, iat=1_795_354_824, jti="pat-1", user_id="1")


class Clock:
    """A settable epoch clock."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def ls_error(status: int, detail: str) -> httpx.Response:
    body = {"id": "req-1", "status_code": status, "version": "1.23.2", "detail": detail, "exc_info": None}
    return httpx.Response(status, json=body)


class FakeLabelStudio:
    """Just enough of Label Studio's auth: PAT refresh, Bearer/Token checks, the Django login form."""

    def __init__(self, clock: Clock, *, prefix: str = "") -> None:
        self.clock = clock
        self.prefix = prefix
        self.valid_access: set[str] = set()
        self.refreshes: list[httpx.Request] = []
        self.api_requests: list[httpx.Request] = []
        self.logins: list[dict[str, list[str]]] = []
        self.login_headers: list[httpx.Headers] = []
        self.refresh_answer: httpx.Response | None = None  # override the refresh answer
        self.refresh_delay = 0.0
        self.sessions: set[str] = set()
        self.rotate_session = False
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix(self.prefix)
        if path == "/api/token/refresh/":
            return self.refresh(request)
        if path == "/user/login/":
            return self.login(request)
        if path.startswith("/api/"):
            return self.api(request)
        return httpx.Response(404, html="<html><title>404 | Label Studio</title></html>")

    def refresh(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.refreshes.append(request)
        time.sleep(self.refresh_delay)
        if self.refresh_answer is not None:
            return self.refresh_answer
        if json.loads(request.content) != {"refresh": PAT}:
            return ls_error(401, "Token is invalid")
        with self.lock:
            access = fake_jwt(token_type="access", exp=self.clock() + 300, jti=f"acc-{len(self.refreshes)}")
            self.valid_access.add(access)
        return httpx.Response(200, json={"access": access})

    def api(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.api_requests.append(request)
        authorization = request.headers.get("authorization", "")
        cookies = httpx.Cookies()
        for part in request.headers.get("cookie", "").split(";"):
            if "=" in part:
                name, value = part.strip().split("=", 1)
                cookies.set(name, value)
        if authorization == f"Token {LEGACY}":
            return httpx.Response(200, json={"ok": "legacy"})
        if authorization.startswith("Bearer ") and authorization[7:] in self.valid_access:
            return httpx.Response(200, json={"ok": "bearer"})
        session = cookies.get("sessionid")
        if session in self.sessions:
            if self.rotate_session:
                new = f"{session}+"
                self.sessions.add(new)
                return httpx.Response(200, json={"ok": "session"}, headers={"Set-Cookie": f"sessionid={new}; Path=/"})
            return httpx.Response(200, json={"ok": "session"})
        return ls_error(401, "Authentication credentials were not provided.")

    def login(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return httpx.Response(200, html="<form>login</form>", headers={"Set-Cookie": "csrftoken=CSRF123; Path=/"})
        form = parse_qs(request.content.decode())
        self.logins.append(form)
        self.login_headers.append(request.headers)
        if "csrftoken=CSRF123" not in request.headers.get("cookie", "") or form.get("csrfmiddlewaretoken") != [
            "CSRF123"
        ]:
            return httpx.Response(403, html="<html><title>403 Forbidden</title>CSRF verification failed</html>")
        if form.get("email") == ["admin@example.com"] and form.get("password") == ["adminpass123"]:
            session = f"good-session-{len(self.logins)}"
            self.sessions.add(session)
            headers = {"Location": "/", "Set-Cookie": f"sessionid={session}; HttpOnly; Path=/"}
            return httpx.Response(302, headers=headers)
        # Label Studio: a wrong password shows the form again, with a (useless) session cookie.
        return httpx.Response(
            200, html="<p>The email and password you entered don't match.</p>", headers={"Set-Cookie": "sessionid=anon"}
        )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> FakeLabelStudio:
    return FakeLabelStudio(clock)


def client_for(server: FakeLabelStudio, auth: httpx.Auth, **kwargs: Any) -> httpx.Client:
    return httpx.Client(base_url=BASE, auth=auth, transport=httpx.MockTransport(server), **kwargs)


# --- key detection -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        (LEGACY, "legacy"),
        ("test-legacy-token-0123456789abcdef", "legacy"),
        (PAT, "pat"),
        (f"  {PAT}\n", "pat"),
        (fake_jwt(exp=1, user_id="1"), "pat"),  # no token_type claim: still a JWT
        ("a.b.c", "legacy"),  # dotted, but not JWT segments
        ("garbage!", "legacy"),
        (f"{b64({'x': 1})}.not-json.sig", "legacy"),
    ],
)
def test_detect_key_kind(key: str, kind: str) -> None:
    assert detect_key_kind(key) == kind


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("", "empty"),
        ("   \n", "empty"),
        ("abc def", "whitespace"),
        ("clé-1234", "non-ASCII"),
        ("0123456789abcdef\x000123456789abcdef012345", "control"),  # httpx's error would quote the key
        ("0123456789abcdef\x7f0123456789abcdef012345", "control"),
        ("0123456789abcdef\x1b0123456789abcdef012345", "control"),
        (fake_jwt(token_type="access", exp=1), "personal access token (refresh token)"),
        (PAT.rsplit(".", 1)[0], "full personal access token"),  # what GET /api/token/ lists
    ],
)
def test_detect_key_kind_rejects(key: str, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        detect_key_kind(key)


def test_auth_from_api_key_chooses_the_class() -> None:
    assert isinstance(auth_from_api_key(LEGACY), LegacyTokenAuth)
    assert isinstance(auth_from_api_key(PAT, base_url=BASE), PersonalAccessTokenAuth)
    with pytest.raises(ConfigurationError):
        PersonalAccessTokenAuth(LEGACY)
    with pytest.raises(ConfigurationError, match="http"):
        PersonalAccessTokenAuth(PAT, base_url="ls.test:8080")


# --- legacy token --------------------------------------------------------------------------------------------------


def test_legacy_token_header(server: FakeLabelStudio) -> None:
    with client_for(server, LegacyTokenAuth(f" {LEGACY} ")) as client:
        assert client.get("/api/projects/").json() == {"ok": "legacy"}
    assert server.api_requests[0].headers["authorization"] == f"Token {LEGACY}"
    assert server.refreshes == []


# --- personal access token -----------------------------------------------------------------------------------------


def test_first_request_refreshes_exactly_once_and_token_is_reused(server: FakeLabelStudio, clock: Clock) -> None:
    auth = PersonalAccessTokenAuth(PAT, clock=clock)
    with client_for(server, auth) as client:
        for _ in range(3):
            assert client.get("/api/projects/").json() == {"ok": "bearer"}
        assert len(server.refreshes) == 1 and auth.refresh_count == 1
        clock.now += 200  # 100 s of life left: reused
        assert client.get("/api/projects/").status_code == 200
        assert len(server.refreshes) == 1
        clock.now += 75  # 25 s left, inside the 30 s margin: refreshed before sending
        assert client.get("/api/projects/").status_code == 200
        assert len(server.refreshes) == 2 and auth.refresh_count == 2
    assert len(server.api_requests) == 5  # no request was refused and resent
    bearers = {r.headers["authorization"] for r in server.api_requests}
    assert len(bearers) == 2 and all(b.startswith("Bearer ") for b in bearers)
    refresh = server.refreshes[0]
    assert refresh.method == "POST" and str(refresh.url) == f"{BASE}/api/token/refresh/"
    assert "authorization" not in refresh.headers


def test_refresh_on_401_once_then_success(server: FakeLabelStudio, clock: Clock) -> None:
    auth = PersonalAccessTokenAuth(PAT, clock=clock)
    with client_for(server, auth) as client:
        assert client.get("/api/projects/").status_code == 200
        server.valid_access.clear()  # the server forgot the access token (e.g. it expired early)
        response = client.post("/api/projects/", json={"title": "p"})
    assert response.status_code == 200
    assert len(server.refreshes) == 2
    assert [r.method for r in server.api_requests] == ["GET", "POST", "POST"]
    assert server.api_requests[1].content == server.api_requests[2].content == b'{"title":"p"}'


def test_persistent_401_is_returned_after_one_retry(server: FakeLabelStudio, clock: Clock) -> None:
    auth = PersonalAccessTokenAuth(PAT, clock=clock)

    def always_401(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/token/refresh/":
            return server(request)
        server.api_requests.append(request)
        return ls_error(401, "Authentication credentials were not provided.")

    with httpx.Client(base_url=BASE, auth=auth, transport=httpx.MockTransport(always_401)) as client:
        response = client.get("/api/projects/")
    assert response.status_code == 401
    assert len(server.api_requests) == 2 and len(server.refreshes) == 2


@pytest.mark.parametrize("detail", ["Token is invalid", "Token is blacklisted"])
def test_failing_refresh_raises_authentication_error_without_the_token(server: FakeLabelStudio, detail: str) -> None:
    server.refresh_answer = ls_error(401, detail)
    auth = PersonalAccessTokenAuth(PAT)
    with client_for(server, auth) as client, pytest.raises(AuthenticationError) as info:
        client.get("/api/projects/")
    err = info.value
    assert str(err) == f"401 Unauthorized on POST /api/token/refresh/: personal access token refresh failed: {detail}"
    assert err.status_code == 401 and err.detail == detail
    signature = PAT.rsplit(".", 1)[1]
    for text in (str(err), repr(err), repr(err.args), repr(err.body), repr(auth)):
        assert PAT not in text and signature not in text
    assert server.api_requests == []  # the user's request was never sent unauthenticated


def test_refresh_outage_and_wrong_url_keep_their_own_class(server: FakeLabelStudio) -> None:
    server.refresh_answer = httpx.Response(503, text="upstream down")
    with client_for(server, PersonalAccessTokenAuth(PAT)) as client, pytest.raises(ServerError, match="refresh failed"):
        client.get("/api/projects/")
    server.refresh_answer = httpx.Response(404, html="<html><title>404 | Label Studio</title></html>")
    with client_for(server, PersonalAccessTokenAuth(PAT)) as client, pytest.raises(NotFoundError):
        client.get("/api/projects/")


@pytest.mark.parametrize("body", [{"detail": "ok"}, {"access": ""}, ["access"]])
def test_refresh_answer_without_access_token(server: FakeLabelStudio, body: Any) -> None:
    server.refresh_answer = httpx.Response(200, json=body)
    with client_for(server, PersonalAccessTokenAuth(PAT)) as client, pytest.raises(ResponseParseError):
        client.get("/api/projects/")


def test_concurrent_threads_refresh_once(server: FakeLabelStudio, clock: Clock) -> None:
    server.refresh_delay = 0.05  # keep the refresh in flight while the other threads arrive
    auth = PersonalAccessTokenAuth(PAT, clock=clock)
    statuses: list[int] = []
    start = threading.Barrier(8)
    with client_for(server, auth) as client:

        def work() -> None:
            start.wait()
            statuses.append(client.get("/api/projects/").status_code)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert statuses == [200] * 8
    assert len(server.refreshes) == 1 and auth.refresh_count == 1


def test_async_concurrent_requests_refresh_once(server: FakeLabelStudio, clock: Clock) -> None:
    auth = PersonalAccessTokenAuth(PAT, clock=clock)

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/token/refresh/":
            await asyncio.sleep(0.02)
        return server(request)

    async def main() -> list[int]:
        async with httpx.AsyncClient(base_url=BASE, auth=auth, transport=httpx.MockTransport(handler)) as client:
            responses = await asyncio.gather(*(client.get("/api/projects/") for _ in range(8)))
            server.valid_access.clear()
            responses.append(await client.get("/api/tasks/"))  # 401 -> one refresh -> resent
        return [r.status_code for r in responses]

    assert asyncio.run(main()) == [200] * 9
    assert len(server.refreshes) == 2
    # A second event loop (the access token has expired meanwhile) gets its own asyncio lock.
    clock.now += 400
    assert asyncio.run(main()) == [200] * 9
    assert auth.refresh_count == 4


def test_sub_path_base_url_and_forwarded_headers(clock: Clock) -> None:
    server = FakeLabelStudio(clock, prefix="/labelstudio")
    auth = PersonalAccessTokenAuth(PAT, base_url="http://ls.test/labelstudio/", clock=clock)
    headers = {"X-Proxy-Auth": "edge-ok", "User-Agent": "lsclient-test"}
    with httpx.Client(
        base_url=f"{BASE}/labelstudio", auth=auth, headers=headers, transport=httpx.MockTransport(server)
    ) as client:
        assert client.get("/api/projects/", timeout=7.0).status_code == 200
    refresh = server.refreshes[0]
    assert str(refresh.url) == "http://ls.test/labelstudio/api/token/refresh/"
    assert refresh.headers["x-proxy-auth"] == "edge-ok" and refresh.headers["user-agent"] == "lsclient-test"
    assert refresh.headers["content-type"] == "application/json"
    assert refresh.extensions["timeout"]["read"] == 7.0


def test_generated_layer_client_with_pat(server: FakeLabelStudio, clock: Clock) -> None:
    from lsclient.api_client.api.users import current_user_whoami_retrieve
    from lsclient.api_client.client import AuthenticatedClient

    def handler(request: httpx.Request) -> httpx.Response:
        answer = server(request)
        if request.url.path == "/api/current-user/whoami" and answer.status_code == 200:
            user = {"id": 1, "username": "admin", "avatar": "", "active_organization_meta": ""}
            return httpx.Response(200, json={**user, "permissions": [], "last_activity": "2026-01-01T00:00:00Z"})
        return answer

    auth = PersonalAccessTokenAuth(PAT, base_url=BASE, clock=clock)
    client = AuthenticatedClient(
        base_url=BASE, token="", auth=auth, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    response = current_user_whoami_retrieve.sync_detailed(client=client)
    assert response.status_code == 200 and response.parsed is not None and response.parsed.username == "admin"
    assert server.api_requests[0].headers["authorization"].startswith("Bearer ")


def test_reprs_contain_no_secret() -> None:
    signature = PAT.rsplit(".", 1)[1]
    for auth, secret in [
        (LegacyTokenAuth(LEGACY), LEGACY),
        (PersonalAccessTokenAuth(PAT, base_url=BASE), signature),
        (SessionAuth("admin@example.com", "adminpass123"), "adminpass123"),
    ]:
        assert secret not in repr(auth) and secret not in str(auth)
    assert repr(LegacyTokenAuth(LEGACY)) == "LegacyTokenAuth(token=<hidden>)"


# --- session login -------------------------------------------------------------------------------------------------


def test_login_with_password_keeps_the_session_cookie(server: FakeLabelStudio) -> None:
    with httpx.Client(transport=httpx.MockTransport(server)) as http:
        login_with_password(http, BASE, "admin@example.com", "adminpass123")
        assert http.cookies.get("sessionid") == "good-session-1"
        assert http.get(f"{BASE}/api/projects/").json() == {"ok": "session"}
    assert server.logins == [
        {"email": ["admin@example.com"], "password": ["adminpass123"], "csrfmiddlewaretoken": ["CSRF123"]}
    ]
    assert server.login_headers[0]["referer"] == f"{BASE}/user/login/"


def test_wrong_password_raises_and_leaves_no_session(server: FakeLabelStudio) -> None:
    with httpx.Client(transport=httpx.MockTransport(server)) as http:
        with pytest.raises(AuthenticationError) as info:
            login_with_password(http, BASE, "admin@example.com", "wrong-pass-99")
        assert "sessionid" not in http.cookies
    assert info.value.message == "login failed for admin@example.com: wrong email or password"
    assert "wrong-pass-99" not in str(info.value) and "wrong-pass-99" not in repr(info.value.body)


def test_login_without_csrf_cookie_is_reported(clock: Clock) -> None:
    def no_csrf(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, html="<html>not label studio</html>")

    with httpx.Client(transport=httpx.MockTransport(no_csrf)) as http, pytest.raises(ResponseParseError, match="csrf"):
        login_with_password(http, BASE, "admin@example.com", "adminpass123")


def test_csrf_rejection_is_an_authentication_error(server: FakeLabelStudio) -> None:
    def drop_cookie(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            del request.headers["cookie"]
        return server(request)

    with httpx.Client(transport=httpx.MockTransport(drop_cookie)) as http, pytest.raises(AuthenticationError) as info:
        login_with_password(http, BASE, "admin@example.com", "adminpass123")
    assert info.value.status_code == 403 and "login failed for admin@example.com" in str(info.value)


def test_async_login_with_password(server: FakeLabelStudio) -> None:
    async def main() -> dict[str, str]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(server)) as http:
            await alogin_with_password(http, f"{BASE}/", "admin@example.com", "adminpass123")
            return dict((await http.get(f"{BASE}/api/projects/")).json())

    assert asyncio.run(main()) == {"ok": "session"}


@pytest.mark.parametrize("follow_redirects", [False, True])
def test_session_auth_logs_in_once_and_again_after_401(server: FakeLabelStudio, follow_redirects: bool) -> None:
    auth = SessionAuth("admin@example.com", "adminpass123")
    with client_for(server, auth, follow_redirects=follow_redirects) as client:
        assert client.get("/api/projects/").json() == {"ok": "session"}
        assert client.get("/api/tasks/").json() == {"ok": "session"}
        assert auth.login_count == 1 and len(server.logins) == 1
        server.sessions.clear()  # the session expired on the server
        assert client.get("/api/tasks/").status_code == 200
    assert auth.login_count == 2
    assert server.logins[0]["csrfmiddlewaretoken"] == ["CSRF123"]


def test_session_auth_wrong_password(server: FakeLabelStudio) -> None:
    auth = SessionAuth("admin@example.com", "hunter2-wrong")
    with client_for(server, auth) as client, pytest.raises(AuthenticationError, match="wrong email or password"):
        client.get("/api/projects/")
    assert server.api_requests == []


def test_session_auth_follows_a_rotated_cookie_and_keeps_other_cookies(server: FakeLabelStudio) -> None:
    server.rotate_session = True
    auth = SessionAuth("admin@example.com", "adminpass123", base_url=BASE)
    with client_for(server, auth, cookies={"lb": "node-2"}) as client:
        client.get("/api/projects/")
        client.get("/api/projects/")
    sent = [r.headers["cookie"] for r in server.api_requests]
    assert "sessionid=good-session-1" in sent[0] and "sessionid=good-session-1+" in sent[1]
    assert all("lb=node-2" in cookie for cookie in sent)
    assert auth.login_count == 1


def test_session_auth_needs_both_fields() -> None:
    with pytest.raises(ConfigurationError):
        SessionAuth("admin@example.com", "")

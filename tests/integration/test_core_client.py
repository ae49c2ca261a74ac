"""lsclient.core against the real server: connecting, every kind of credential, and their failures."""

from __future__ import annotations

import time
import warnings

import httpx
import pytest

import lsclient.core.config as config_module
from lsclient import APIConnectionError, AuthenticationError, Client, ConfigurationError, NotFoundError, make_client
from lsclient.core.auth import LegacyTokenAuth, PersonalAccessTokenAuth, SessionAuth
from lsclient.core.config import UnsupportedServerWarning

pytestmark = pytest.mark.integration


def test_environment_is_read_when_the_client_is_made(label_studio, monkeypatch) -> None:
    monkeypatch.setenv("LABEL_STUDIO_URL", label_studio.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", label_studio.api_key)
    with make_client() as client:
        assert client.users.me().email == label_studio.username
    monkeypatch.delenv("LABEL_STUDIO_API_KEY")
    with pytest.raises(ConfigurationError, match="LABEL_STUDIO_API_KEY"):
        make_client()


@pytest.mark.parametrize("kind", ["pat", "legacy", "password"])
def test_every_credential_kind_works(label_studio, kind: str) -> None:
    if kind == "password":
        client = make_client(label_studio.url, credentials=(label_studio.username, label_studio.password))
    else:
        key = label_studio.api_key if kind == "pat" else label_studio.legacy_token
        client = make_client(label_studio.url, key)
    with client:
        assert client.users.me().email == label_studio.username
        expected = {"pat": PersonalAccessTokenAuth, "legacy": LegacyTokenAuth, "password": SessionAuth}[kind]
        assert f"auth={expected.__name__}" in repr(client)
        for secret in (label_studio.api_key, label_studio.legacy_token, label_studio.password):
            assert secret not in repr(client)


def test_wrong_legacy_key_is_an_authentication_error(label_studio) -> None:
    with make_client(label_studio.url, "0" * 40, check_version=False) as client:
        with pytest.raises(AuthenticationError) as info:
            client.users.me()
    assert info.value.status_code == 401 and "0" * 40 not in str(info.value)


def test_wrong_personal_access_token_is_an_authentication_error(label_studio) -> None:
    header, payload, _ = label_studio.api_key.split(".")
    forged = f"{header}.{payload}.c2lnbmF0dXJl"
    with make_client(label_studio.url, forged, check_version=False) as client:
        with pytest.raises(AuthenticationError) as info:
            client.users.me()
    assert "refresh" in str(info.value) and forged not in str(info.value)


def test_wrong_password_is_an_authentication_error(label_studio) -> None:
    with make_client(label_studio.url, credentials=(label_studio.username, "wrong-password"), check_version=False) as c:
        with pytest.raises(AuthenticationError) as info:
            c.users.me()
    assert "wrong email or password" in str(info.value) and "wrong-password" not in str(info.value)


def test_expired_access_token_is_refreshed_transparently(label_studio) -> None:
    skew = [0.0]
    auth = PersonalAccessTokenAuth(label_studio.api_key, clock=lambda: time.time() + skew[0])
    with Client(label_studio.url, auth) as client:
        assert client.users.me().email == label_studio.username
        assert auth.refresh_count == 1
        client.users.me()
        assert auth.refresh_count == 1  # reused while valid
        skew[0] = 290.0  # the 300 s access token is now within the refresh margin of expiry
        client.users.me()
        assert auth.refresh_count == 2


def test_access_token_rejected_by_the_server_is_refreshed_once(label_studio) -> None:
    auth = PersonalAccessTokenAuth(label_studio.api_key)
    with Client(label_studio.url, auth) as client:
        client.users.me()
        # The server stops accepting the access token (as after expiry): it answers 401 once, then we refresh.
        auth._access = ("eyJhbGciOiJIUzI1NiJ9.eyJ0b2tlbl90eXBlIjoiYWNjZXNzIn0.bm9wZQ", None)
        assert client.users.me().email == label_studio.username
        assert auth.refresh_count == 2


def test_unknown_id_is_not_found(label_studio) -> None:
    with make_client(label_studio.url, label_studio.api_key) as client:
        with pytest.raises(NotFoundError) as info:
            client.projects.retrieve(987654)
    assert info.value.status_code == 404 and "/api/projects/987654/" in str(info.value)


def test_server_version_is_checked_on_connect(label_studio, monkeypatch) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with make_client(label_studio.url, label_studio.api_key) as client:
            release = client.server_version()
            assert tuple(int(part) for part in release.split(".")[:2]) in config_module.TESTED_SERVER_VERSIONS
    monkeypatch.setattr(config_module, "TESTED_SERVER_VERSIONS", ((9, 9),))
    with pytest.warns(UnsupportedServerWarning, match="outside the versions"):
        with make_client(label_studio.url, label_studio.api_key):
            pass


def test_unreachable_server_is_a_connection_error() -> None:
    with make_client("http://127.0.0.1:9", "0" * 40, check_version=False, max_retries=1) as client:
        with pytest.raises(APIConnectionError) as info:
            client.users.me()
    assert "127.0.0.1:9" in str(info.value)


def test_custom_httpx_client_gets_base_url_and_auth(label_studio) -> None:
    seen: list[str] = []
    own = httpx.Client(event_hooks={"request": [lambda request: seen.append(request.url.path)]})
    with make_client(label_studio.url, label_studio.legacy_token, httpx_client=own) as client:
        assert client.users.me().email == label_studio.username
    assert "/api/current-user/whoami" in seen


def test_async_client_refreshes_the_pat_once_under_concurrent_calls(label_studio) -> None:
    """16 overlapping calls of a fresh async client need an access token at once: one refresh serves them all."""
    import asyncio

    from lsclient import make_async_client

    if label_studio.api_key_kind != "pat":
        pytest.skip("the server's key is not a personal access token")

    async def run() -> tuple[int, set[int]]:
        async with make_async_client(label_studio.url, label_studio.api_key, check_version=False) as client:
            users = await asyncio.gather(*(client.users.me() for _ in range(16)))
            return client._auth.refresh_count, {user.id for user in users}

    refreshes, ids = asyncio.run(run())
    assert refreshes == 1 and len(ids) == 1

"""What a client is made from: URLs, keys and the environment; errors that never echo a secret."""

from __future__ import annotations

import httpx
import pytest

from lsclient import AsyncClient, Client, ConfigurationError, make_async_client, make_client
from lsclient.core.auth import LegacyTokenAuth

KEY = "0123456789abcdef0123456789abcdef01234567"
PAT_LIKE = "eyJhbGciOiJIUzI1NiJ9.eyJ0b2tlbl90eXBlIjoicmVmcmVzaCIsImV4cCI6OTk5OTk5OTk5OX0.c2lnbmF0dXJlc2lnbmF0dXJl"


@pytest.mark.parametrize("make", [make_client, make_async_client])
@pytest.mark.parametrize(
    ("url", "secret"),
    [
        (KEY, KEY),  # the key passed where the URL goes
        (PAT_LIKE, PAT_LIKE),
        ("htps://bob:s3cr3tpw@host", "s3cr3tpw"),  # a mistyped scheme with a password in it
        ("https://bob:s3cr3tpw@host", "s3cr3tpw"),  # credentials belong in api_key= / credentials=
    ],
)
def test_a_refused_url_never_echoes_a_secret(make, url: str, secret: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        make(url, KEY, check_version=False)
    assert secret not in str(caught.value) and secret not in repr(caught.value)


@pytest.mark.parametrize("make", [make_client, make_async_client])
def test_an_explicit_empty_argument_is_an_error_not_the_environment(make, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABEL_STUDIO_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", KEY)
    with pytest.raises(ConfigurationError, match="api_key is empty"):
        make(api_key="", check_version=False)
    with pytest.raises(ConfigurationError, match="url is empty"):
        make(url=" ", check_version=False)


def test_the_httpx_client_must_be_of_the_clients_flavour() -> None:
    with pytest.raises(ConfigurationError, match="httpx.Client"):
        Client("http://127.0.0.1:9", LegacyTokenAuth(KEY), httpx_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="httpx.AsyncClient"):
        AsyncClient("http://127.0.0.1:9", LegacyTokenAuth(KEY), httpx_client=httpx.Client())  # type: ignore[arg-type]

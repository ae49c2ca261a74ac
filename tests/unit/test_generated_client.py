"""The generated layer's ``Client`` and ``AuthenticatedClient`` (``generator-templates/client.py.jinja``): plain
classes since issue 9 (attrs cost about 15 ms at import). What they keep from the attrs classes they replaced: the
constructor's arguments (``base_url``, and for the authenticated client ``token``, ``prefix``, ``auth_header_name``,
positional; the rest keyword-only), a repr without credentials, ``with_*`` making a new client, no unknown
attribute, weak references."""

from __future__ import annotations

import weakref

import httpx
import pytest

from lsclient.api_client.client import DEFAULT_TIMEOUT, AuthenticatedClient, Client

SECRET = "s3cr3t-token-value"


def test_authenticated_client_arguments_and_header() -> None:
    client = AuthenticatedClient("http://ls.test", SECRET, "Token", cookies={"csrftoken": "c"}, headers={"X-A": "1"})
    assert (client.token, client.prefix, client.auth_header_name) == (SECRET, "Token", "Authorization")
    http = client.get_httpx_client()
    try:
        assert http.headers["Authorization"] == f"Token {SECRET}"
        assert http.headers["X-A"] == "1"
        assert http.cookies["csrftoken"] == "c"
        assert http.timeout == DEFAULT_TIMEOUT
    finally:
        http.close()


@pytest.mark.parametrize("keyword", ["timeout", "headers", "raise_on_unexpected_status", "httpx_args"])
def test_keyword_only_arguments(keyword: str) -> None:
    with pytest.raises(TypeError):
        Client("http://ls.test", None)  # type: ignore[misc]
    client = Client("http://ls.test", **{keyword: {} if keyword in ("headers", "httpx_args") else None})
    assert client.get_httpx_client().base_url == httpx.URL("http://ls.test")


@pytest.mark.parametrize(
    "client",
    [
        AuthenticatedClient("http://ls.test", SECRET, headers={"Authorization": f"Token {SECRET}"}),
        Client("http://ls.test", headers={"Authorization": f"Token {SECRET}"}, cookies={"sessionid": SECRET}),
    ],
    ids=["authenticated", "plain"],
)
def test_repr_holds_no_credential(client: Client | AuthenticatedClient) -> None:
    text = repr(client)
    assert SECRET not in text
    assert text.startswith(type(client).__name__ + "(") and "base_url='http://ls.test'" in text
    client.get_httpx_client()  # the header is now in the httpx client too: still not shown
    assert SECRET not in repr(client)


def test_with_headers_cookies_timeout_make_new_clients() -> None:
    client = AuthenticatedClient("http://ls.test", SECRET, headers={"X-A": "1"}, raise_on_unexpected_status=True)
    http = client.get_httpx_client()
    newer = client.with_headers({"X-B": "2"})
    assert type(newer) is AuthenticatedClient and newer is not client
    assert (newer.token, newer.raise_on_unexpected_status) == (SECRET, True)
    assert newer.get_httpx_client() is not http
    assert newer.get_httpx_client().headers["X-A"] == "1" and newer.get_httpx_client().headers["X-B"] == "2"
    assert http.headers["X-B"] == "2"  # the existing httpx client is updated too, as before
    timeout = httpx.Timeout(5.0)
    assert client.with_timeout(timeout).get_httpx_client().timeout == timeout
    assert client.with_cookies({"a": "b"}).get_httpx_client().cookies["a"] == "b"
    for made in (http, newer.get_httpx_client()):
        made.close()


def test_slots_refuse_unknown_attributes_and_allow_weak_references() -> None:
    client = Client("http://ls.test")
    with pytest.raises(AttributeError):
        client.base_uri = "x"  # type: ignore[attr-defined]
    assert weakref.ref(client)() is client

"""A client's configuration, read once when it is made: URL, credentials, tested server versions.

Shared by :func:`lsclient.make_client` and :func:`lsclient.make_async_client`. Environment variables are read
when a client is made, never at import time.
"""

from __future__ import annotations

import os

import httpx

from .auth import LegacyTokenAuth, PersonalAccessTokenAuth, SessionAuth, auth_from_api_key
from .errors import ConfigurationError

__all__ = [
    "API_KEY_ENV",
    "TESTED_SERVER_VERSIONS",
    "URL_ENV",
    "UnsupportedServerWarning",
    "major_minor",
    "normalize_url",
    "resolve",
    "unsupported_version_message",
]

#: Label Studio releases the core is tested against (major, minor); others work but get a warning.
TESTED_SERVER_VERSIONS = ((1, 22), (1, 23))

URL_ENV = "LABEL_STUDIO_URL"
API_KEY_ENV = "LABEL_STUDIO_API_KEY"


class UnsupportedServerWarning(UserWarning):
    """The server's version is outside the range lsclient is tested against."""


def resolve(
    url: str | None, api_key: str | None, credentials: tuple[str, str] | None, max_retries: int
) -> tuple[str, LegacyTokenAuth | PersonalAccessTokenAuth | SessionAuth]:
    """The normalized URL and the ``httpx.Auth`` for a client's arguments, falling back to the environment.

    Only an argument left out (``None``) falls back to ``LABEL_STUDIO_URL`` / ``LABEL_STUDIO_API_KEY``; an
    explicit empty string is an error, so a caller passing ``os.environ.get("OTHER", "")`` is never logged in
    with someone else's key.

    :raises ConfigurationError: no URL, no key or credentials, both, an empty or malformed key, a negative
        ``max_retries``.
    """
    if url is None:
        url = os.environ.get(URL_ENV)
        if not url:
            raise ConfigurationError(f"no Label Studio URL: pass url=... or set {URL_ENV}")
    elif not url.strip():
        raise ConfigurationError("url is empty: pass the server's URL, or leave it out to read " + URL_ENV)
    base_url = normalize_url(url)
    auth: LegacyTokenAuth | PersonalAccessTokenAuth | SessionAuth
    if credentials is not None:
        if api_key is not None:
            raise ConfigurationError("pass either api_key or credentials, not both")
        email, password = credentials
        auth = SessionAuth(email, password, base_url=base_url)
    else:
        if api_key is None:
            api_key = os.environ.get(API_KEY_ENV)
            if not api_key:
                raise ConfigurationError(
                    f"no API key: pass api_key=..., credentials=(email, password) or set {API_KEY_ENV}"
                )
        elif not api_key.strip():
            raise ConfigurationError(f"api_key is empty: pass a key, or leave it out to read {API_KEY_ENV}")
        auth = auth_from_api_key(api_key, base_url=base_url)
    if max_retries < 0:
        raise ConfigurationError(f"max_retries must be >= 0, got {max_retries}")
    return base_url, auth


_URL_SHAPE = "the Label Studio URL must look like http(s)://host[:port][/path]"


def normalize_url(url: str) -> str:
    """``url`` without query, fragment or trailing slash. :raises ConfigurationError: not an http(s) URL."""
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError):
        raise ConfigurationError(f"{_URL_SHAPE}, got {_shown(url)}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"{_URL_SHAPE}, got {_shown(url)}")
    if parsed.userinfo:
        raise ConfigurationError(
            "the Label Studio URL must not carry a user or password: pass api_key= or credentials="
        )
    return str(parsed.copy_with(query=None, fragment=None)).rstrip("/")


def _shown(url: object) -> str:
    """How a URL that was refused is shown in the error: never a password, and never something key-shaped (an
    API key passed where the URL goes, say)."""
    if not isinstance(url, str):
        return f"a {type(url).__name__}"
    text = url.strip()
    scheme, separator, rest = text.partition("://")
    if separator and "@" in rest.split("/", 1)[0]:
        rest = "<hidden>@" + rest.split("@", 1)[1]
        text = f"{scheme}://{rest}"
    if not separator and ("." in text and len(text) > 60 or (len(text) >= 32 and text.isalnum())):
        return f"a {len(text)}-character string that looks like a key, not a URL"
    return repr(text)


def major_minor(release: str) -> tuple[int, int] | None:
    """``(major, minor)`` of a release string such as ``"1.23.2"``; None when unreadable."""
    parts = release.split(".")
    try:
        return int(parts[0]), int(parts[1])
    except (IndexError, ValueError):
        return None


def unsupported_version_message(release: str, url: str) -> str | None:
    """The warning text when ``release`` is outside :data:`TESTED_SERVER_VERSIONS`, else None."""
    if major_minor(release) in TESTED_SERVER_VERSIONS:
        return None
    tested = ", ".join(f"{major}.{minor}.x" for major, minor in TESTED_SERVER_VERSIONS)
    return f"Label Studio {release} at {url} is outside the versions lsclient is tested against ({tested})"

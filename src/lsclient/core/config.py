"""A client's configuration, read once when it is made: URL, credentials, tested server versions.

Shared by :func:`lsclient.make_client` and :func:`lsclient.make_async_client`. Environment variables are read
when a client is made, never at import time.
"""

from __future__ import annotations

import os
import ssl

import httpx

from .auth import LegacyTokenAuth, PersonalAccessTokenAuth, SessionAuth, auth_from_api_key
from .errors import ConfigurationError, local_file_error

__all__ = [
    "API_KEY_ENV",
    "TESTED_SERVER_VERSIONS",
    "URL_ENV",
    "UnsupportedServerWarning",
    "major_minor",
    "normalize_url",
    "resolve",
    "tls_verify",
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

    :raises ConfigurationError: no URL, no key or credentials, both, an empty or malformed key, a key, URL or
        credentials that are not text, a ``max_retries`` that is not an int >= 0.
    """
    if url is not None and not isinstance(url, str):
        raise ConfigurationError(f"url must be a str, not {type(url).__name__}")
    if api_key is not None and not isinstance(api_key, str):
        raise ConfigurationError(f"api_key must be a str, not {type(api_key).__name__}")
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an int >= 0, got {max_retries!r}")
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
        if (
            not isinstance(credentials, tuple | list)
            or len(credentials) != 2
            or not all(isinstance(part, str) for part in credentials)
        ):
            # Never show the value: it holds a password.
            raise ConfigurationError("credentials must be a pair of strings, (email, password)")
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
    return base_url, auth


def tls_verify(verify: object) -> ssl.SSLContext | bool:
    """What to give httpx for TLS verification: ``True`` (the default: certificates are checked against the
    system's CA bundle), ``False`` (not checked), an ``ssl.SSLContext`` as is, or a CA bundle given by its path
    (a file of PEM certificates, or a directory of them) turned into a context that trusts it.

    :raises ConfigurationError: another type.
    :raises LocalFileError: (also a ``FileNotFoundError``...) the CA bundle path cannot be read.
    """
    if isinstance(verify, bool | ssl.SSLContext):
        return verify
    if not isinstance(verify, str | os.PathLike):
        raise ConfigurationError(
            f"verify must be True, False, an ssl.SSLContext or the path of a CA bundle, not {type(verify).__name__}"
        )
    path = os.fspath(verify)
    try:
        if os.path.isdir(path):
            return ssl.create_default_context(capath=path)
        return ssl.create_default_context(cafile=path)
    except ssl.SSLError as exc:  # before OSError, which it derives from
        raise ConfigurationError(f"the CA bundle (verify=) {path!r} holds no usable certificate: {exc}") from None
    except OSError as exc:  # FileNotFoundError, PermissionError...
        raise local_file_error("the CA bundle (verify=)", exc, path) from None


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

"""How a worker builds each kind of client, the same way in every scenario (imports happen here, on demand).

Every client gets the same server and the same legacy token. label-studio-sdk's default timeout is 60 s per
request, which a large import or export outlasts, so it gets 3600 s like everyone else's long requests.
"""

from __future__ import annotations

from typing import Any

LONG_TIMEOUT = 3600.0


def lsclient(spec: dict[str, Any]) -> Any:
    """``lsclient.make_client(url, key)``: use it as a context manager."""
    from lsclient import make_client

    return make_client(spec["url"], spec["api_key"])


def lsclient_async(spec: dict[str, Any]) -> Any:
    """``lsclient.make_async_client(url, key)``: use it as an async context manager."""
    from lsclient import make_async_client

    return make_async_client(spec["url"], spec["api_key"])


def sdk(spec: dict[str, Any]) -> Any:
    """``label_studio_sdk.LabelStudio(base_url=url, api_key=key)``."""
    from label_studio_sdk import LabelStudio

    return LabelStudio(base_url=spec["url"], api_key=spec["api_key"], timeout=LONG_TIMEOUT)


def sdk_async(spec: dict[str, Any]) -> Any:
    """``label_studio_sdk.AsyncLabelStudio(base_url=url, api_key=key)``."""
    from label_studio_sdk import AsyncLabelStudio

    return AsyncLabelStudio(base_url=spec["url"], api_key=spec["api_key"], timeout=LONG_TIMEOUT)


def raw_headers(spec: dict[str, Any], *, close: bool = False) -> dict[str, str]:
    headers = {"Authorization": f"Token {spec['api_key']}"}
    if close:
        headers["Connection"] = "close"
    return headers


def raw(spec: dict[str, Any], *, close: bool = False) -> Any:
    """A plain ``httpx.Client`` (keep-alive unless ``close``): use it as a context manager."""
    import httpx

    return httpx.Client(base_url=spec["url"], headers=raw_headers(spec, close=close), timeout=LONG_TIMEOUT)


def raw_async(spec: dict[str, Any], *, close: bool = False) -> Any:
    """A plain ``httpx.AsyncClient``: use it as an async context manager."""
    import httpx

    return httpx.AsyncClient(base_url=spec["url"], headers=raw_headers(spec, close=close), timeout=LONG_TIMEOUT)

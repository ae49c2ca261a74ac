"""Webhooks without a server: the events a webhook can be sent for (:class:`WebhookAction`), and what the SDK
checks of, or shows of, a webhook's receiver (its headers, its URL).

The requests themselves are :mod:`lsclient.core._async.webhooks` (and its sync twin).

>>> check_headers({"Authorization": "Bearer x"}, "webhooks.create()")
>>> receiver_location("https://hooks.example.com/services/T0/secret?sig=abc")
'https://hooks.example.com'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs
import httpx

from lsclient.api_client.types import Unset

from .errors import InvalidInputError

__all__ = ["MAX_HEADERS", "WebhookAction", "check_headers", "receiver_location", "webhook_actions"]

# Label Studio's JSON schema for webhook headers (webhooks/models.py HEADERS_SCHEMA).
_HEADER_NAME = re.compile(r"^[a-zA-Z0-9\-_]+$")
#: the most headers Label Studio accepts on one webhook
MAX_HEADERS = 10


@attrs.frozen
class WebhookAction:
    """An event a webhook can be sent for, as described by the server (``webhooks.info()``).

    :ivar action: the value to pass in ``actions=``, e.g. ``"ANNOTATION_CREATED"``.
    :ivar name: a human name, e.g. ``"Annotation created"``.
    :ivar description: the server's description (often empty).
    :ivar key: the payload key carrying the object(s), e.g. ``"annotation"``.
    :ivar organization_only: only organization-wide webhooks can use it (project webhooks cannot).
    """

    action: str
    name: str
    description: str
    key: str
    organization_only: bool


def webhook_actions(info: Mapping[str, object]) -> dict[str, WebhookAction]:
    """Read the server's ``GET /api/webhooks/info/`` answer (``{action: {name, description, key,
    organization-only}}``) into :class:`WebhookAction` values, by action name; entries of another shape are skipped.

    >>> webhook_actions({"TASKS_CREATED": {"name": "Task created", "key": "tasks"}})["TASKS_CREATED"].key
    'tasks'
    """
    actions: dict[str, WebhookAction] = {}
    for action, meta in info.items():
        if not isinstance(meta, Mapping):
            continue
        actions[action] = WebhookAction(
            action=action,
            name=str(meta.get("name", "")),
            description=str(meta.get("description", "")),
            key=str(meta.get("key", "")),
            organization_only=bool(meta.get("organization-only", False)),
        )
    return actions


def check_headers(headers: object, what: str) -> None:
    """Check a webhook's ``headers`` before sending them: the server's own error message would echo every value
    (credentials included). ``None`` or unset passes.

    :param what: the call, for the message (``"webhooks.create()"``).
    :raises InvalidInputError: not a mapping, a header name with other characters than letters, digits, ``-`` and
        ``_``, a value that is not a string, or more than :data:`MAX_HEADERS` headers. The message never holds a
        value.
    """
    if isinstance(headers, Unset) or headers is None:
        return
    if not isinstance(headers, Mapping):
        raise InvalidInputError(f"{what}: headers must be a mapping of header names to strings")
    bad_names = [repr(name) for name in headers if not isinstance(name, str) or not _HEADER_NAME.match(name)]
    if bad_names:
        raise InvalidInputError(
            f"{what}: header names may only contain letters, digits, '-' and '_': {', '.join(bad_names)}"
        )
    not_text = [name for name, value in headers.items() if not isinstance(value, str)]
    if not_text:
        raise InvalidInputError(f"{what}: the values of these headers must be strings: {', '.join(not_text)}")
    if len(headers) > MAX_HEADERS:
        raise InvalidInputError(f"{what}: at most {MAX_HEADERS} headers are allowed, got {len(headers)}")


def receiver_location(url: str) -> str:
    """Scheme, host and port of a receiver URL, safe to show: receiver URLs often carry a secret in their path or
    query. ``"?"`` for what is not a URL."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        return "?"
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.scheme}://{parsed.host}{port}"

"""Webhooks: :class:`WebhooksRepo` (``client.webhooks``) and the :class:`Webhook` entity.

Label Studio 1.23 rules, checked against the server:

* A webhook belongs to a project: creating one without ``project`` answers 404 "Project not found.".
* The URL must resolve, at creation and on update, to a public address (SSRF protection, on by default):
  ``localhost``/``127.0.0.1``/private networks answer 403 "URL resolves to a reserved network address", and a host
  name the server cannot resolve answers 500 "Can't resolve hostname ...".
* Organization-only actions (``PROJECT_CREATED``, ``PROJECT_DELETED``) are refused for a project webhook (400).
* ``headers`` is a flat mapping of at most 10 string values, header names made of letters, digits, ``-`` and ``_``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from lsclient.api_client.api.webhooks import (
    webhooks_create,
    webhooks_destroy,
    webhooks_info_retrieve,
    webhooks_list,
    webhooks_partial_update,
    webhooks_retrieve,
)
from lsclient.api_client.models.actions_enum import ActionsEnum
from lsclient.api_client.models.patched_webhook_serializer_for_update_request import (
    PatchedWebhookSerializerForUpdateRequest,
)
from lsclient.api_client.models.webhook import Webhook as WebhookModel
from lsclient.api_client.models.webhook_request import WebhookRequest
from lsclient.api_client.types import UNSET, Unset

from ..calls import call, call_no_content
from ..errors import InvalidInputError
from .base import Fetchable, Removable, Updatable, build_request, convert

if TYPE_CHECKING:
    from ..client import Client

    _WebhookFields = WebhookModel
else:
    _WebhookFields = object

# Label Studio's JSON schema for webhook headers (webhooks/models.py HEADERS_SCHEMA).
_HEADER_NAME = re.compile(r"^[a-zA-Z0-9\-_]+$")
_MAX_HEADERS = 10


def _check_headers(headers: object, what: str) -> None:
    """Check headers before sending them: the server's own error message would echo every value (secrets included)."""
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
    if len(headers) > _MAX_HEADERS:
        raise InvalidInputError(f"{what}: at most {_MAX_HEADERS} headers are allowed, got {len(headers)}")


def _safe_location(url: str) -> str:
    """Scheme, host and port of a URL: receiver URLs often carry a secret in their path or query."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        return "?"
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.scheme}://{parsed.host}{port}"


@attrs.frozen
class WebhookAction:
    """An event a webhook can be sent for, as described by :meth:`WebhooksRepo.info`.

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


class Webhook(
    Fetchable[WebhookModel],
    Updatable[WebhookModel, PatchedWebhookSerializerForUpdateRequest],
    Removable[WebhookModel],
    _WebhookFields,
):
    """A webhook: Label Studio POSTs to ``webhook.url`` when one of ``webhook.actions`` happens in ``webhook.project``.

    >>> hook = client.webhooks.create("https://hooks.example.com/ls", project=3)  # doctest: +SKIP
    >>> hook.update(is_active=False)  # doctest: +SKIP
    <Webhook id=1 project=3 url='https://hooks.example.com'>

    The repr shows only the receiver's scheme, host and port, never its path, query or ``headers`` (they
    often carry credentials). The project cannot be changed.

    ``update()`` keeps the webhook's actions unless you pass ``actions=``: Label Studio 1.23 clears them on
    any update that omits them, so the proxy re-sends the actions it last saw.
    """

    _update_model = PatchedWebhookSerializerForUpdateRequest

    def _retrieve_model(self) -> WebhookModel:
        return call(webhooks_retrieve.sync_detailed, self.id, client=self._client.http)

    def _patch_model(self, body: PatchedWebhookSerializerForUpdateRequest) -> WebhookModel:
        _check_headers(body.headers, "Webhook.update()")
        known_actions = self._model.actions
        if isinstance(body.actions, Unset) and not isinstance(known_actions, Unset):
            body = attrs.evolve(body, actions=list(known_actions))
        answer = call(webhooks_partial_update.sync_detailed, self.id, client=self._client.http, body=body)
        return convert(WebhookModel, answer)

    def _destroy(self) -> None:
        call_no_content(webhooks_destroy.sync_detailed, self.id, client=self._client.http)

    def __repr__(self) -> str:
        project = self._model.project
        scope = f" project={project}" if isinstance(project, int) else ""
        return f"<Webhook id={self._model.id}{scope} url={_safe_location(self._model.url)!r}>"


class WebhooksRepo:
    """The webhooks of your active organization (``client.webhooks``): create, retrieve, list, remove, info."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def create(
        self,
        url: str,
        *,
        project: int,
        actions: Iterable[str | ActionsEnum] | None = None,
        send_payload: bool = True,
        headers: Mapping[str, str] | None = None,
        is_active: bool = True,
        **fields: Any,
    ) -> Webhook:
        """Create a webhook of a project that POSTs to ``url``.

        :param project: the project id (Label Studio 1.23 refuses webhooks without a project).
        :param actions: the events to send (see :meth:`info`), e.g. ``["ANNOTATION_CREATED"]``. Given, the
            webhook is sent for these only (``send_for_all_actions=False`` unless you pass it); omitted, for every
            event of the project.
        :param send_payload: send the changed objects, not just the action name.
        :param headers: extra HTTP headers for the receiver (e.g. its credentials), ``{name: value}``.
        :raises PermissionDeniedError: the URL resolves to a local or private address.
        :raises BadRequestError: an invalid URL, an unknown or organization-only action.
        """
        given: dict[str, Any] = {"url": url, "project": project, "send_payload": send_payload, "is_active": is_active}
        if actions is not None:
            if isinstance(actions, str):
                raise InvalidInputError("actions must be a list of action names, not a single string")
            given["actions"] = [str(action) for action in actions]
            given["send_for_all_actions"] = False
        if headers is not None:
            given["headers"] = headers
        body = build_request(WebhookRequest, None, {**given, **fields}, what="webhooks.create()")
        _check_headers(body.headers, "webhooks.create()")
        return Webhook(self._client, call(webhooks_create.sync_detailed, client=self._client.http, body=body))

    def retrieve(self, id: int) -> Webhook:
        """The webhook with this id. :raises NotFoundError: no such webhook in your active organization."""
        return Webhook(self._client, call(webhooks_retrieve.sync_detailed, id, client=self._client.http))

    def list(self, project: int | None = None) -> list[Webhook]:
        """The webhooks of your active organization, or only those of ``project`` (one unpaginated list).

        :raises BadRequestError: ``project`` does not exist.
        """
        models = call(
            webhooks_list.sync_detailed,
            client=self._client.http,
            project=str(project) if project is not None else UNSET,
        )
        return [Webhook(self._client, model) for model in models]

    def remove(self, id: int) -> None:
        """Delete the webhook with this id."""
        call_no_content(webhooks_destroy.sync_detailed, id, client=self._client.http)

    def info(self, *, organization_only: bool | None = None) -> dict[str, WebhookAction]:
        """The events webhooks can be sent for, by action name (``"ANNOTATION_CREATED"``...).

        :param organization_only: ``True`` for the organization-only actions, ``False`` for those a project
            webhook can use, ``None`` for all.
        """
        answer = call(
            webhooks_info_retrieve.sync_detailed,
            client=self._client.http,
            organization_only=organization_only if organization_only is not None else UNSET,
        )
        actions: dict[str, WebhookAction] = {}
        for action, meta in answer.to_dict().items():
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

    def __repr__(self) -> str:
        return f"<WebhooksRepo of {self._client.url}>"

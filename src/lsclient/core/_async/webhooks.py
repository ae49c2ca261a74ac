"""Webhooks: :class:`AsyncWebhooksRepo` (``client.webhooks``) and the :class:`AsyncWebhook` entity.

Label Studio 1.23 rules, checked against the server:

* A webhook belongs to a project: creating one without ``project`` answers 404 "Project not found.".
* The URL must resolve, at creation and on update, to a public address (SSRF protection, on by default):
  ``localhost``/``127.0.0.1``/private networks answer 403 "URL resolves to a reserved network address", and a host
  name the server cannot resolve answers 500 "Can't resolve hostname ...".
* Organization-only actions (``PROJECT_CREATED``, ``PROJECT_DELETED``) are refused for a project webhook (400).
* ``headers`` is a flat mapping of at most 10 string values, header names made of letters, digits, ``-`` and ``_``
  (checked before sending, see :func:`~lsclient.core.webhook_actions.check_headers`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

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

from ..errors import InvalidInputError, InvalidTypeError
from ..resources import Operations, build_request, convert, id_of, public_name
from ..webhook_actions import WebhookAction, check_headers, receiver_location, webhook_actions
from .calls import call
from .paging import AsyncPager
from .resources import AsyncFetchable, AsyncRemovable, AsyncRemoves, AsyncRetrieves, AsyncUpdatable, whole_list

if TYPE_CHECKING:
    _WebhookFields = WebhookModel
else:
    _WebhookFields = object

__all__ = ["AsyncWebhook", "AsyncWebhooksRepo"]


class AsyncWebhook(
    AsyncFetchable[WebhookModel],
    AsyncUpdatable[WebhookModel],
    AsyncRemovable[WebhookModel],
    _WebhookFields,
):
    """A webhook: Label Studio POSTs to ``webhook.url`` when one of ``webhook.actions`` happens in ``webhook.project``.

    >>> hook = await client.webhooks.create("https://hooks.example.com/ls", project=3)  # doctest: +SKIP
    >>> await hook.update(is_active=False)  # doctest: +SKIP
    <Webhook id=1 project=3 url='https://hooks.example.com'>

    The repr shows only the receiver's scheme, host and port, never its path, query or ``headers`` (they
    often carry credentials). The project cannot be changed.

    ``update()`` keeps the webhook's actions unless you pass ``actions=``: Label Studio 1.23 clears them on
    any update that omits them, so the proxy re-sends the actions it last saw. Its ``headers`` are checked
    before the request, as on create.
    """

    _operations = Operations(
        retrieve=webhooks_retrieve.asyncio_detailed,
        update=webhooks_partial_update.asyncio_detailed,
        remove=webhooks_destroy.asyncio_detailed,
        update_body=PatchedWebhookSerializerForUpdateRequest,
    )

    async def _patch_model(self, body: PatchedWebhookSerializerForUpdateRequest) -> WebhookModel:
        check_headers(body.headers, "Webhook.update()")
        known_actions = self._model.actions
        if isinstance(body.actions, Unset) and not isinstance(known_actions, Unset):
            body = attrs.evolve(body, actions=list(known_actions))
        # the PATCH answers a smaller model than the GET
        return convert(WebhookModel, await super()._patch_model(body))

    def __repr__(self) -> str:
        project = self._model.project
        scope = f" project={project}" if isinstance(project, int) else ""
        return f"<{public_name(type(self))} id={self._model.id}{scope} url={receiver_location(self._model.url)!r}>"


class AsyncWebhooksRepo(AsyncRetrieves[AsyncWebhook], AsyncRemoves[AsyncWebhook]):
    """The webhooks of your active organization (``client.webhooks``): create, retrieve, list, remove, info."""

    _entity = AsyncWebhook

    async def create(
        self,
        url: str,
        *,
        project: int,
        actions: Iterable[str | ActionsEnum] | None = None,
        send_payload: bool = True,
        headers: Mapping[str, str] | None = None,
        is_active: bool = True,
        **fields: Any,
    ) -> AsyncWebhook:
        """Create a webhook of a project that POSTs to ``url`` (``POST /api/webhooks/``).

        :param project: the project id (Label Studio 1.23 refuses webhooks without a project).
        :param actions: the events to send (see :meth:`info`), e.g. ``["ANNOTATION_CREATED"]``. Given, the
            webhook is sent for these only (``send_for_all_actions=False`` unless you pass it); omitted, for every
            event of the project.
        :param send_payload: send the changed objects, not just the action name.
        :param headers: extra HTTP headers for the receiver (e.g. its credentials), ``{name: value}``.
        :param is_active: send it (``False``: keep it, switched off).
        :param fields: other fields of ``WebhookRequest``.
        :raises InvalidInputError: ``project`` is not an id, ``actions`` is a single string, bad ``headers`` or an
            unknown field (before any request).
        :raises PermissionDeniedError: the URL resolves to a local or private address.
        :raises BadRequestError: an invalid URL, an unknown or organization-only action.
        """
        project = id_of(project, "webhooks.create(): project")
        given: dict[str, Any] = {"url": url, "project": project, "send_payload": send_payload, "is_active": is_active}
        if actions is not None:
            if isinstance(actions, str):
                raise InvalidInputError("actions must be a list of action names, not a single string")
            if isinstance(actions, bytes | bytearray | Mapping) or not isinstance(actions, Iterable):
                raise InvalidTypeError(f"actions must be a list of action names, not {type(actions).__name__}")
            given["actions"] = [str(action) for action in actions]
            given["send_for_all_actions"] = False
        if headers is not None:
            given["headers"] = headers
        body = build_request(WebhookRequest, None, {**given, **fields}, what="webhooks.create()")
        check_headers(body.headers, "webhooks.create()")
        return self._wrap(await call(webhooks_create.asyncio_detailed, client=self._client.http, body=body))

    def list(
        self, project: int | None = None, *, page_size: int = 100, limit: int | None = None
    ) -> AsyncPager[AsyncWebhook]:
        """The webhooks of your active organization, or only those of ``project``, lazily.

        One request, ``GET /api/webhooks/[?project=]``, made on first iteration: the server answers them in one
        list, so ``page_size`` has no effect; ``limit`` stops early.

        :raises BadRequestError: (on iteration) ``project`` does not exist.
        :raises InvalidInputError: ``project`` is not an id (before any request).
        """
        if project is not None:
            project = id_of(project, "webhooks.list(): project")

        async def fetch_all() -> list[AsyncWebhook]:
            models = await call(
                webhooks_list.asyncio_detailed,
                client=self._client.http,
                project=str(project) if project is not None else UNSET,
            )
            return [self._wrap(model) for model in models]

        return whole_list(fetch_all, page_size=page_size, limit=limit)

    async def info(self, *, organization_only: bool | None = None) -> dict[str, WebhookAction]:
        """The events webhooks can be sent for, by action name (``"ANNOTATION_CREATED"``...), from
        ``GET /api/webhooks/info/``.

        :param organization_only: ``True`` for the organization-only actions, ``False`` for those a project
            webhook can use, ``None`` for all.
        """
        answer = await call(
            webhooks_info_retrieve.asyncio_detailed,
            client=self._client.http,
            organization_only=organization_only if organization_only is not None else UNSET,
        )
        return webhook_actions(answer.to_dict())

"""The Data Manager views (tabs) an export snapshot is restricted through: the caller's own view, checked first, and
the temporary view made for ``task_ids=`` / ``filter=``, deleted once the snapshot is built.

Label Studio's snapshot API has no task-id filter, but it applies the filter of a Data Manager view given as
``task_filter_options.view``. It silently exports every task when it cannot: for a view id that does not exist,
and whenever reading the view's filters raises a ``ValueError`` (``data_export/mixins.py`` logs "Incorrect view
params" and carries on): a data key it cannot alias, a value it cannot cast (a Datetime in another format, a
number or user id as text, a bool as "maybe"), a ``null`` value. Listing tasks through the same view
(``GET /api/tasks/?view=``) runs the same code and answers a 500 in each of those cases, so every view is listed
once, one task long, before a snapshot is made through it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from lsclient.api_client.api.data_manager import dm_views_create, dm_views_destroy, dm_views_retrieve
from lsclient.api_client.api.tasks import tasks_list
from lsclient.api_client.models.dm_views_create_body import DmViewsCreateBody

from ..arguments import check_id
from ..errors import BadRequestError, InvalidInputError, InvalidTypeError, LsClientError, NotFoundError, ServerError
from ..filters import F, Filter
from .calls import call, call_remove

if TYPE_CHECKING:
    from .client import AsyncClient

__all__ = ["TEMPORARY_VIEW_TITLE", "check_view", "create_view", "drop_view", "view_filter"]

logger = logging.getLogger(__name__)

#: the title of the temporary view, as the project's Data Manager shows it while an export reads it
TEMPORARY_VIEW_TITLE = "lsclient export (temporary)"


def view_filter(task_ids: Iterable[int] | None, filter: Filter | None) -> Filter | None:
    """The Data Manager filter that keeps these tasks: ``filter`` AND ``id in task_ids``; None when both are None.

    :raises InvalidInputError: ``task_ids`` is not an iterable of ints, or ``filter`` is not a :class:`Filter`.
    """
    if filter is not None and not isinstance(filter, Filter):
        raise InvalidInputError(f"filter must be a Filter built with F, not {type(filter).__name__}")
    if task_ids is None:
        return filter
    if isinstance(task_ids, str | bytes) or not isinstance(task_ids, Iterable):
        raise InvalidInputError(f"task_ids must be an iterable of task ids, not {type(task_ids).__name__}")
    ids = list(task_ids)
    wrong = [task_id for task_id in ids if not isinstance(task_id, int) or isinstance(task_id, bool)]
    if wrong:
        raise InvalidTypeError(f"task_ids must be ints, got {wrong[:5]!r}")
    for task_id in ids:
        check_id(task_id, "task_ids[]")
    by_id = F.id.one_of(ids)
    return by_id if filter is None else filter & by_id


async def check_view(client: AsyncClient, project_id: int, view: object) -> None:
    """Check that ``view`` is the id of a Data Manager view of this project (``GET /api/dm/views/{id}/``) whose
    filters the server can apply (one task listed through it: ``GET /api/tasks/?view={id}&page_size=1``).

    Label Studio silently exports every task for a view that does not exist or whose filters it cannot read, so
    this runs before the snapshot.

    :raises InvalidInputError: ``view`` is not an int, no such view in this project, or Label Studio cannot
        apply its filters (e.g. one made in the web app on a data key with a space).
    """
    if not isinstance(view, int) or isinstance(view, bool):
        raise InvalidTypeError(f"view must be a Data Manager view id (int), got {view!r}")
    check_id(view, "view")
    try:
        found = await call(dm_views_retrieve.asyncio_detailed, view, client=client.http)
    except NotFoundError:
        found = None
    if found is None or found.project != project_id:
        raise InvalidInputError(
            f"project {project_id} has no Data Manager view {view} (Label Studio would silently export every task)"
        )
    await _check_applies(client, project_id, view, f"Data Manager view {view}")


async def create_view(client: AsyncClient, project_id: int, condition: Filter) -> int:
    """Create a temporary view of the project filtered on ``condition`` (``POST /api/dm/views/``); return its id.

    It appears as a tab titled :data:`TEMPORARY_VIEW_TITLE` until :func:`drop_view` deletes it. The view is checked
    before its id is returned: the server must have stored the filter as sent, and list tasks through it (see the
    module's note); otherwise it is deleted again.

    :raises InvalidInputError: the server stored another filter, or cannot apply this one (it would export every
        task).
    """
    sent = condition.to_dict()
    body = DmViewsCreateBody.from_dict(
        {"project": project_id, "data": {"title": TEMPORARY_VIEW_TITLE, "filters": sent}}
    )
    view = await call(dm_views_create.asyncio_detailed, client=client.http, body=body)
    try:
        stored = view.data.get("filters") if isinstance(view.data, dict) else None
        if stored != sent:
            raise InvalidInputError(
                f"filter: Label Studio stored the filter {_short(condition)} as {_short(stored)}, not as sent "
                f"{_short(sent)}; an export through it would not select what was asked"
            )
        await _check_applies(client, project_id, view.id, f"filter {_short(condition)}")
    except BaseException:
        await drop_view(client, project_id, view.id)
        raise
    return view.id


def _short(value: object) -> str:
    """``repr(value)``, cut to a readable length (a filter on many task ids is long)."""
    text = repr(value)
    return text if len(text) <= 300 else f"{text[:297]}..."


async def _check_applies(client: AsyncClient, project_id: int, view_id: int, what: str) -> None:
    """List one task through the view; the snapshot reads the view with the same code, but where listing fails it
    exports every task instead."""
    try:
        await call(tasks_list.asyncio_detailed, client=client.http, project=project_id, view=view_id, page_size=1)
    except (BadRequestError, ServerError) as exc:
        raise InvalidInputError(
            f"{what}: Label Studio cannot apply it (listing tasks through it fails: {exc}); an export through it "
            "would silently contain every task of the project"
        ) from exc


async def drop_view(client: AsyncClient, project_id: int, view_id: int, *, in_use: str | None = None) -> None:
    """Delete the temporary view (``DELETE /api/dm/views/{id}/``), unless a snapshot may still read it.

    Never raises: a view that could not be deleted, or is left in place, is named in a logged warning, because
    the export it served is what the caller asked for.

    :param in_use: why the view must stay, e.g. ``"export 12 is still in_progress"``: the server has not read
        the view yet, and deleting it now would export every task. The view is then left in place.
    """
    if in_use is not None:
        logger.warning(
            "left the temporary Data Manager view %s of project %s in place: %s; "
            "delete the view once the export is completed",
            view_id,
            project_id,
            in_use,
        )
        return
    try:
        await call_remove(dm_views_destroy.asyncio_detailed, view_id, client=client.http)
    except LsClientError as exc:
        # The export itself succeeded; a leftover tab is not worth losing it over.
        logger.warning("could not delete the temporary Data Manager view %s: %s", view_id, exc)

"""The Data Manager views (tabs) an export snapshot is restricted through: the caller's own view, checked first, and
the temporary view made for ``task_ids=`` / ``filter=``, deleted once the snapshot is built.

Label Studio's snapshot API has no task-id filter, but it applies the filter of a Data Manager view given as
``task_filter_options.view``; a view id that does not exist is silently ignored, and then every task is exported.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from lsclient.api_client.api.data_manager import dm_views_create, dm_views_destroy, dm_views_retrieve
from lsclient.api_client.models.dm_views_create_body import DmViewsCreateBody

from ..arguments import check_id
from ..errors import InvalidInputError, InvalidTypeError, LsClientError, NotFoundError
from ..filters import F, Filter
from .calls import call, call_no_content

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
    """Check that ``view`` is the id of a Data Manager view of this project (``GET /api/dm/views/{id}/``).

    Label Studio silently exports every task for a view that does not exist, so this runs before the snapshot.

    :raises InvalidInputError: ``view`` is not an int, or no such view in this project.
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


async def create_view(client: AsyncClient, project_id: int, condition: Filter) -> int:
    """Create a temporary view of the project filtered on ``condition`` (``POST /api/dm/views/``); return its id.

    It appears as a tab titled :data:`TEMPORARY_VIEW_TITLE` until :func:`drop_view` deletes it.
    """
    body = DmViewsCreateBody.from_dict(
        {"project": project_id, "data": {"title": TEMPORARY_VIEW_TITLE, "filters": condition.to_dict()}}
    )
    return (await call(dm_views_create.asyncio_detailed, client=client.http, body=body)).id


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
        await call_no_content(dm_views_destroy.asyncio_detailed, view_id, client=client.http)
    except LsClientError as exc:
        # The export itself succeeded; a leftover tab is not worth losing it over.
        logger.warning("could not delete the temporary Data Manager view %s: %s", view_id, exc)

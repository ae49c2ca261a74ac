"""Which fields a task listing asks Label Studio for: the ``fields=`` argument of ``tasks.list`` (:func:`task_fields`).

Label Studio's task list (``GET /api/tasks/``) serializes only the fields named in ``include=``, and the cost of a
field differs widely. Measured on Label Studio 1.23.2 (SQLite; its list view called in-process, CPU time, the least
of 10 to 30 runs, pages of 1,000 tasks of a 10,000-task project): a page of ``id`` and ``data`` takes 170-240 ms;
on top of that, per task, ``meta`` +3 µs, each integer counter (``total_annotations``, ``is_labeled``, ...) about
+1.5 µs, ``created_at`` and ``updated_at`` +15 µs each, ``storage_filename`` +8 µs, ``updated_by`` +4 µs,
``comment_authors`` +370 to +540 µs (a query per task); the listing without ``include=`` +630 to +1,450 µs (the more
annotations, the more), and with every field and the annotations (``fields=all``) +3,650 µs. Over a whole
10,000-task iteration (growing pages), ``id,data,meta`` cost 0.98x what ``id,data`` in pages of 1,000 cost, with the
counters 1.11x, with the dates too 1.15x. A default listing therefore asks for :data:`DEFAULT_TASK_FIELDS` only.

The fields in :data:`COMPUTED_TASK_FIELDS` are aggregates of a task's annotations, predictions and drafts: Label
Studio computes them only when asked for every field (``fields=all``); a listing without it answers placeholders
(``completed_at`` missing, ``annotators`` ``[]``, ``file_upload`` ``None``... for a task that has them). A listing that
names one therefore asks ``fields=all`` together with ``include=`` (all of them: +40 µs per task; ``drafts``, a query
per task: +940 µs).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from lsclient.api_client.models.data_manager_task import DataManagerTask
from lsclient.api_client.models.tasks_list_fields import TasksListFields
from lsclient.api_client.types import UNSET, Unset

from .errors import InvalidInputError, InvalidTypeError

__all__ = ["ALL", "COMPUTED_TASK_FIELDS", "DEFAULT_TASK_FIELDS", "TASK_FIELDS", "TaskFields", "task_fields"]

#: ``fields=ALL`` asks for every field of :data:`TASK_FIELDS`
ALL = "all"

#: The task fields a listing may name (``id`` first, then the task model's order): every field of the model but its
#: ``annotations`` and ``predictions`` lists, which come with ``include_annotations=True``.
TASK_FIELDS: tuple[str, ...] = ("id",) + tuple(
    field.name
    for field in attrs.fields(DataManagerTask)
    if field.name not in ("id", "annotations", "predictions", "additional_properties")
)

#: What a listing loads by default: the task's id, data and meta, which cost Label Studio almost nothing beyond the
#: work it does for every task (see the module's measurements). Every other field is loaded when named in ``fields=``.
DEFAULT_TASK_FIELDS: tuple[str, ...] = ("id", "data", "meta")

#: Fields Label Studio computes from a task's annotations, predictions and drafts only in a ``fields=all`` listing.
COMPUTED_TASK_FIELDS: frozenset[str] = frozenset(
    {
        "annotators",
        "annotations_ids",
        "annotations_results",
        "avg_lead_time",
        "completed_at",
        "draft_exists",
        "drafts",
        "file_upload",
        "predictions_model_versions",
        "predictions_results",
        "predictions_score",
    }
)


@attrs.frozen
class TaskFields:
    """What a listing asks the server for: the fields it loads, as ``GET /api/tasks/`` parameters.

    :ivar names: the task fields loaded, in the model's order; ``None`` for everything (annotations and predictions
        included).
    :ivar include: the ``include=`` parameter (comma-separated names), or UNSET to send none.
    :ivar fields: the ``fields=`` parameter: ``all`` when a computed field (or the annotations) is wanted.
    """

    names: tuple[str, ...] | None
    include: str | Unset
    fields: TasksListFields

    def __contains__(self, name: object) -> bool:
        return self.names is None or name in self.names


#: every field, annotations and predictions included (``include_annotations=True``): no include=, which Label Studio
#: would apply to the annotations' own fields too (measured: ``include=id,annotations`` answers each as ``{"id"}``)
EVERYTHING = TaskFields(names=None, include=UNSET, fields=TasksListFields.ALL)


def _names(fields: object, what: str) -> set[str]:
    if isinstance(fields, str):
        return {fields}
    if isinstance(fields, bytes | bytearray | Mapping) or not isinstance(fields, Iterable):
        raise InvalidTypeError(
            f"{what}: fields must be a field name, an iterable of names or {ALL!r}, not {type(fields).__name__}"
        )
    names = set()
    for name in fields:
        if not isinstance(name, str):
            raise InvalidTypeError(f"{what}: fields holds a {type(name).__name__} ({name!r}); names are str")
        names.add(name)
    return names


def task_fields(fields: object, *, include_annotations: bool = False, what: str = "tasks.list()") -> TaskFields:
    """The request parameters for the task fields a caller asked for.

    :param fields: ``None`` for :data:`DEFAULT_TASK_FIELDS`; a name or an iterable of names of :data:`TASK_FIELDS`
        (``id`` is always loaded); or ``"all"`` for every one of them.
    :param include_annotations: load everything, annotations and predictions included (``fields`` must then be
        ``None`` or ``"all"``).
    :param what: the call, for messages.
    :raises InvalidInputError: an unknown name (the message lists the valid ones), or names with
        ``include_annotations=True``.
    :raises InvalidTypeError: ``fields`` is neither a str nor an iterable of str.

    >>> task_fields(["data"]).include
    'id,data'
    >>> task_fields("completed_at").fields
    <TasksListFields.ALL: 'all'>
    """
    if include_annotations:
        if fields is not None and fields != ALL:
            raise InvalidInputError(
                f"{what}: include_annotations=True loads every field (Label Studio's include= would cut the "
                f"annotations' own fields), so fields= cannot narrow it: pass one or the other"
            )
        return EVERYTHING
    if fields is None:
        wanted = set(DEFAULT_TASK_FIELDS)
    else:
        wanted = _names(fields, what)
        if wanted == {ALL}:
            wanted = set(TASK_FIELDS)
        unknown = sorted(wanted - set(TASK_FIELDS))
        if unknown:
            hint = ""
            if {"annotations", "predictions"} & set(unknown):
                hint = " (annotations and predictions come with include_annotations=True)"
            raise InvalidInputError(
                f"{what}: fields names no task field {', '.join(map(repr, unknown))}{hint}; "
                f"the task fields are {', '.join(TASK_FIELDS)}, or {ALL!r} for all of them"
            )
    wanted.add("id")
    names = tuple(name for name in TASK_FIELDS if name in wanted)
    computed = not COMPUTED_TASK_FIELDS.isdisjoint(names)
    return TaskFields(
        names=names,
        include=",".join(names),
        fields=TasksListFields.ALL if computed else TasksListFields.TASK_ONLY,
    )

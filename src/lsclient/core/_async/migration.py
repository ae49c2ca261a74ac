"""Copying a project to another project or server in one call: :func:`copy_to` (``project.copy_to(...)``).

The copy is Label Studio's own round trip, made safe: a JSON snapshot with the predictions and the annotators
(by email) is streamed to a temporary file, the target project is created with the source's label config and
settings, the tasks are imported from the file (in batches, in constant memory, in the source's id order), and the
target is checked to hold as many tasks, annotations and predictions as the snapshot.
"""

from __future__ import annotations

import json
import tempfile
from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..arguments import check_seconds, check_text
from ..errors import CopyIncompleteError, InvalidInputError
from ..export_files import iter_export_tasks
from ..label_config import check_label_config
from ..progress import ProgressReporter

if TYPE_CHECKING:
    from .client import AsyncClient
    from .projects import AsyncProject

__all__ = ["COPIED_SETTINGS", "copy_to"]

#: The project settings a copy takes over (ids, owners, organization, publication state and the credentials the
#: server keeps for task data are not copied).
COPIED_SETTINGS = frozenset(
    {
        "title",
        "description",
        "label_config",
        "expert_instruction",
        "show_instruction",
        "show_skip_button",
        "enable_empty_annotation",
        "show_annotation_history",
        "color",
        "maximum_annotations",
        "overlap_cohort_percentage",
        "sampling",
        "show_ground_truth_first",
        "show_overlap_first",
        "show_collab_predictions",
        "model_version",
        "min_annotations_to_start_training",
        "evaluate_predictions_automatically",
        "reveal_preannotations_interactively",
        "skip_queue",
        "control_weights",
        "annotator_evaluation_enabled",
    }
)

Annotators = Literal["by_email", "importer"]


def _annotator_email(annotation: Mapping[str, Any]) -> str | None:
    author = annotation.get("completed_by")
    return author.get("email") if isinstance(author, Mapping) else None


def _count(path: Path) -> tuple[int, set[str], array[int]]:
    """The number of tasks, the annotator emails and the task ids (in file order) of an exported JSON file."""
    emails: set[str] = set()
    ids: array[int] = array("q")
    for task in iter_export_tasks(path):
        ids.append(int(task.get("id") or 0))
        emails.update(email for a in task.get("annotations") or [] if (email := _annotator_email(a)))
    return len(ids), emails, ids


def _in_id_order(path: Path, ids: array[int]) -> Iterator[dict[str, Any]]:
    """The tasks of the snapshot at ``path`` in the source's id order, one at a time.

    The server writes a snapshot in no promised order: id order on SQLite, shuffled on PostgreSQL (it collects the
    ids with ``SELECT DISTINCT`` and no ``ORDER BY``), and the copy's ids, hence its order, follow the import's.
    Out of order, each task becomes one line of a side file and the lines are read back sorted by id: memory stays
    at two integers per task plus the largest task.
    """
    if all(ids[i] <= ids[i + 1] for i in range(len(ids) - 1)):
        yield from iter_export_tasks(path)
        return
    offsets: array[int] = array("q")
    lines = path.with_suffix(".jsonl")
    with open(lines, "wb") as out:
        for task in iter_export_tasks(path):
            offsets.append(out.tell())
            out.write(json.dumps(task, ensure_ascii=False).encode("utf-8") + b"\n")
    with open(lines, "rb") as source:
        for index in sorted(range(len(ids)), key=ids.__getitem__):
            source.seek(offsets[index])
            yield json.loads(source.readline())


def _counters(project: AsyncProject) -> tuple[int, int, int, int]:
    """Tasks, annotations, skipped annotations and predictions, as the server counts them for a project."""
    record = project.record
    return (
        int(record.task_number or 0),
        int(record.total_annotations_number or 0),
        int(record.skipped_annotations_number or 0),
        int(record.total_predictions_number or 0),
    )


def _tasks(path: Path, ids: array[int], annotators: Annotators) -> Iterator[dict[str, Any]]:
    for task in _in_id_order(path, ids):
        if annotators == "importer":
            task["annotations"] = [
                {key: value for key, value in annotation.items() if key != "completed_by"}
                for annotation in task.get("annotations") or []
            ]
        yield task


async def copy_to(
    project: AsyncProject,
    target: AsyncClient | None = None,
    *,
    title: str | None = None,
    annotators: Annotators = "by_email",
    progress: bool | ProgressReporter | None = None,
    timeout: float = 600,
) -> AsyncProject:
    """Copy this project — label config, settings, tasks with their data and meta, annotations and predictions — to
    a new project on ``target`` (another server's client, or ``None`` for this server); return the new project.

    One JSON snapshot of the project (``POST /api/projects/{id}/exports/``, predictions and annotators included)
    is streamed to a temporary file and removed from the server; the target project is created with the source's
    label config and settings (:data:`COPIED_SETTINGS`) and the tasks are imported from the file in batches
    (``POST /api/projects/{id}/import``), in the source's task id order (whatever order the server wrote them in).
    Ids, timestamps, counters and drafts are the target's own.

    :param target: the client of the server to copy to; default: the client this project was read with.
    :param title: the new project's title; default: the source's.
    :param annotators: ``"by_email"`` keeps each annotation's author, matched by email on the target (every
        author must have an account there: the missing ones are named before anything is created);
        ``"importer"`` makes the importing user the author of every annotation.
    :param progress: bars for the download and the import (``None``/``True``: tqdm if installed).
    :param timeout: seconds for the snapshot, and for each import request.
    :raises InvalidInputError: ``annotators`` is unknown, ``title`` is not a sendable ``str`` (empty, a NUL...),
        or (``"by_email"``) authors have no account on the target; nothing was created.
    :raises LabelConfigError: (an :class:`InvalidInputError`) the source's stored label config has what Label
        Studio's editor would refuse (a misspelt tag...); fix it with ``set_label_config`` first. Nothing was
        created.
    :raises CopyIncompleteError: the target's counters of tasks, annotations (and skipped ones) and predictions
        differ from the source's; the target project is kept for inspection (its id is in the message).
    :raises TaskImportError: a batch failed; the partly filled target project is removed.

    >>> copy = await project.copy_to(other_client, title="Reviews (archive)")  # doctest: +SKIP
    >>> copy.task_number == project.task_number  # doctest: +SKIP
    True
    """
    check_seconds(timeout, "copy_to(): timeout")
    if title is not None:
        check_text(title, "copy_to(): title", empty=False)
    if annotators not in ("by_email", "importer"):
        raise InvalidInputError(f"copy_to(): annotators must be 'by_email' or 'importer', not {annotators!r}")
    destination = target if target is not None else project.client
    source = await project.fetch()
    settings = {name: value for name, value in source.to_dict().items() if name in COPIED_SETTINGS}
    if isinstance(settings.get("label_config"), str):
        # Creating the copy would refuse it: say so before the snapshot is made and downloaded.
        check_label_config(settings["label_config"])
    if title is not None:
        settings["title"] = title
    spec = {"serialization_options": {"annotations__completed_by": {"only_id": False}}}
    with tempfile.TemporaryDirectory(prefix="lsclient-copy-") as folder:
        export = await project.exports.create(spec, timeout=timeout)
        try:
            path = await export.download(Path(folder) / "tasks.json", progress=progress, timeout=timeout)
        finally:
            await export.remove()
        tasks, emails, ids = _count(path)
        if annotators == "by_email" and emails:
            known = {user.email async for user in destination.users.list()}
            missing = sorted(emails - known)
            if missing:
                raise InvalidInputError(
                    f"copy_to(): these annotators have no account on {destination.url}: {', '.join(missing)}; "
                    "create them there first, or pass annotators='importer'"
                )
        copy = await destination.projects.create(settings)
        try:
            # One request at a time: the copy's ids, hence the order it lists its tasks in, follow the import's.
            await copy.import_tasks(_tasks(path, ids, annotators), concurrency=1, progress=progress, timeout=timeout)
        except BaseException:
            await copy.remove()
            raise
    # The server counts what went in the same way on both sides (its counters, not the snapshot's lists: a
    # skipped annotation, say, is counted apart); the snapshot's task count is checked too.
    await copy.fetch()
    expected, found = _counters(source), _counters(copy)
    if found != expected or found[0] != tasks:
        raise CopyIncompleteError(project_id=copy.id, url=destination.url, expected=expected, found=found)
    return copy

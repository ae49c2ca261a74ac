"""Storages of a project: :class:`AsyncDataset` (a source storage, ``project.datasets``) and :class:`AsyncTarget`
(an export storage, ``project.targets``), for every storage kind Label Studio has.

The kinds are declared once in :data:`lsclient.core.storage_kinds.STORAGE_KINDS`; the entities and repositories
below are written once for all ten kinds × directions, and the repositories of both directions share one base.

>>> dataset = await project.datasets.create_local("/data/reviews", regex_filter=r".*\\.txt")  # doctest: +SKIP
>>> await dataset.validate()  # doctest: +SKIP
>>> await dataset.sync()  # doctest: +SKIP
<Dataset localfiles id=1>
>>> dataset.last_sync_count  # doctest: +SKIP
12
"""

from __future__ import annotations

import builtins
import functools
import logging
import os
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from lsclient.api_client.api.storage import storages_export_list, storages_list
from lsclient.api_client.types import UNSET

from ..arguments import check_id, check_seconds
from ..errors import InvalidInputError, InvalidTypeError, NotFoundError
from ..progress import ProgressReporter, default_progress
from ..resources import Operations, build_request, public_name
from ..storage_kinds import (
    STORAGE_KINDS,
    SYNC_DONE,
    SYNC_FAILED,
    Direction,
    StorageKind,
    StorageRecord,
    given_fields,
    patch_data,
    storage_kind,
    storage_kind_of,
    sync_count,
    sync_progress,
    sync_status,
    sync_traceback,
    validate_data,
)
from .calls import call, call_no_content, call_remove
from .paging import AsyncPager
from .resources import AsyncFetchable, AsyncRemovable, AsyncRepository, AsyncUpdatable, whole_list
from .waiting import wait_for

if TYPE_CHECKING:
    from .client import AsyncClient

    _StorageFields = StorageRecord
else:
    _StorageFields = object

__all__ = ["AsyncDataset", "AsyncDatasetsRepo", "AsyncStorage", "AsyncStoragesRepo", "AsyncTarget", "AsyncTargetsRepo"]

logger = logging.getLogger("lsclient")


# This flavour's generated functions for the fetch / update / remove of a kind (the table holds modules), looked up
# when a storage of that kind is first met: a program using one kind imports that kind's operations only.
@functools.cache
def _kind_operations(kind: StorageKind) -> Operations:
    return Operations(
        retrieve=kind.retrieve.asyncio_detailed,
        update=kind.partial_update.asyncio_detailed,
        remove=kind.destroy.asyncio_detailed,
        update_body=kind.patch_body,
        parent="project",
    )


# The lists of every storage of a project, all kinds in one answer (``GET /api/storages/[export]?project=``).
# Label Studio builds them from each kind's own list and leaves out a kind whose list fails.
_LIST_ALL = {"import": storages_list, "export": storages_export_list}


class AsyncStorage(
    AsyncFetchable[StorageRecord],
    AsyncUpdatable[StorageRecord],
    AsyncRemovable[StorageRecord],
    _StorageFields,
):
    """What datasets and targets share: one storage of one kind, read, changed, validated and synced.

    Its kind is the one of its record (every kind and direction has its own generated model).

    :raises InvalidInputError: the record is not a storage model of this class's direction.
    """

    #: the direction of the storages of this class
    _direction: ClassVar[Direction]
    #: what the user calls one of them, in messages
    _noun: ClassVar[str] = "storage"
    #: first pause between status polls while waiting for a sync, in seconds
    _poll_interval: ClassVar[float] = 0.5
    # a storage is reached through its project; the operations themselves depend on the kind (set per instance)
    _operations = Operations(parent="project")
    _kind: StorageKind

    def __init__(self, client: AsyncClient, model: StorageRecord) -> None:
        kind = storage_kind_of(model, self._direction)
        super().__init__(client, model)
        object.__setattr__(self, "_kind", kind)
        object.__setattr__(self, "_operations", _kind_operations(kind))

    @property
    def kind(self) -> str:
        """The storage kind: ``"localfiles"``, ``"s3"``, ``"gcs"``, ``"azure"`` or ``"redis"``."""
        return self._kind.name

    @property
    def storage_kind(self) -> StorageKind:
        """The table row of this storage's kind and direction (its generated operations and models)."""
        return self._kind

    def __repr__(self) -> str:
        # kind, id and title only: the record of a cloud storage may hold credentials
        text = f"<{public_name(type(self))} {self._kind.name} id={self._model.id}"
        title = getattr(self._model, "title", None)
        if isinstance(title, str):
            text += f" title={title!r}"
        return text + ">"

    async def _patch_model(self, body: Any) -> StorageRecord:
        data = patch_data(self._kind, body.to_dict(), self._model)
        return await super()._patch_model(self._kind.patch_body.from_dict(data))  # type: ignore[attr-defined]

    async def validate(self, **credentials: Any) -> None:
        """Ask Label Studio to check this storage's settings (path, bucket, credentials...) as they are now
        (``POST /api/storages/[export/]<kind>/validate``).

        Credentials are not sent (the server never returns them); Label Studio uses the ones it stored,
        except for Redis, whose check uses only what the request carries: pass ``password=...`` there.
        Only the kind's credential fields are accepted as keywords.

        :raises InvalidInputError: a keyword that is not a credential field of the kind (before any request).
        :raises BadRequestError: the configuration does not work; the message says why, e.g.
            ``Absolute local path "/data/x" does not exist``.
        """
        data = validate_data(self._kind, self._model, credentials)
        body = self._kind.validate_body.from_dict(data)  # type: ignore[attr-defined]
        await call_no_content(self._kind.validate_create.asyncio_detailed, client=self._client.http, body=body)

    async def sync(self, *, timeout: float = 600, progress: bool | ProgressReporter | None = None) -> Self:
        """Run a sync on the server (``POST /api/storages/[export/]<kind>/{id}/sync``) and wait until it has
        finished; return self with the final state.

        ``status`` is then ``"completed"`` or ``"completed_with_errors"`` (some items were skipped: logged as a
        warning on the ``lsclient`` logger, details in ``traceback``), ``last_sync_count`` the number of items
        this sync handled.

        :param timeout: seconds to wait before :class:`~lsclient.core.errors.JobTimeoutError`.
        :param progress: a progress bar (default, or ``True``), none (``False``) or your ``ProgressReporter``;
            it shows the status and ``last_sync_count``.
        :raises JobFailedError: the sync failed (e.g. a file that is not valid JSON); ``traceback`` holds the
            server's traceback.
        :raises APIStatusError: the storage's configuration no longer works. Label Studio 1.23 answers this with
            a 500 (:class:`~lsclient.core.errors.ServerError`) naming the problem; :meth:`validate` reports the
            same problem as a :class:`~lsclient.core.errors.BadRequestError`.
        """
        check_seconds(timeout, "sync(): timeout", allow_zero=True)
        started = await call(self._kind.sync_create.asyncio_detailed, self.id, client=self._client.http)
        return await self._await_sync(started, done=SYNC_DONE, timeout=timeout, progress=progress)

    async def wait(self, *, timeout: float = 600, progress: bool | ProgressReporter | None = None) -> Self:
        """Wait for a sync already running on the server (started elsewhere, or when a target was created),
        re-reading the storage (``GET``) until it is done.

        Returns self at once when no sync is queued or running; see :meth:`sync` for the rest.
        """
        check_seconds(timeout, "wait(): timeout", allow_zero=True)
        return await self._await_sync(None, done=(*SYNC_DONE, "initialized"), timeout=timeout, progress=progress)

    async def _await_sync(
        self,
        first: StorageRecord | None,
        *,
        done: tuple[str, ...],
        timeout: float,
        progress: bool | ProgressReporter | None,
    ) -> Self:
        # The sync answer is the first state: Label Studio Community syncs before answering, so usually no GET.
        pending = [first] if first is not None else []

        async def poll() -> StorageRecord:
            return pending.pop() if pending else await self._retrieve_model()

        job = f"sync of {self._kind.name} {self._noun} {self.id}"
        state = await wait_for(
            poll,
            status_of=sync_status,
            done=done,
            failed=SYNC_FAILED,
            job=job,
            timeout=timeout,
            poll_interval=self._poll_interval,
            progress=default_progress(progress),
            progress_of=sync_progress,
            traceback_of=sync_traceback,
        )
        self._adopt(state)
        if sync_status(state) == "completed_with_errors":
            # Label Studio puts one line per skipped item into ``traceback``; the first one tells the kind of problem.
            lines = (sync_traceback(state) or "").strip().splitlines()
            logger.warning(
                "%s completed with errors: %d item(s) synced, %d problem(s), first: %s",
                job,
                sync_count(state),
                len(lines),
                lines[0] if lines else "(no details)",
            )
        return self


class AsyncDataset(AsyncStorage):
    """A source of tasks connected to a project (Label Studio's import / source storage) of any kind.

    Syncing it turns each new item (a file, an object, a key) into a task; items already imported are skipped.
    Removing it keeps the tasks it created.

    >>> dataset = await project.datasets.create_s3("my-bucket", prefix="reviews/", aws_access_key_id=KEY_ID,
    ...                                            aws_secret_access_key=SECRET)  # doctest: +SKIP
    >>> await dataset.sync()  # doctest: +SKIP
    <Dataset s3 id=2>
    >>> dataset.last_sync_count  # doctest: +SKIP
    240
    """

    _direction = "import"
    _noun = "dataset"


class AsyncTarget(AsyncStorage):
    """Where a project's annotations are written (Label Studio's export / target storage) of any kind.

    Label Studio writes each new or changed annotation there as it is saved; :meth:`sync` (re)writes all of them.

    >>> target = await project.targets.create_local("/data/out")  # doctest: +SKIP
    >>> await target.sync()  # doctest: +SKIP
    <Target localfiles id=1>
    >>> target.last_sync_count  # doctest: +SKIP
    3
    """

    _direction = "export"
    _noun = "target"


StorageT = TypeVar("StorageT", bound=AsyncStorage)


class AsyncStoragesRepo(AsyncRepository[StorageT]):
    """What :class:`AsyncDatasetsRepo` and :class:`AsyncTargetsRepo` share: the storages of one project in one
    direction, of every kind.

    :param client: the client to send requests with.
    :param parent_id: the project's id.
    """

    @property
    def _direction(self) -> Direction:
        direction: Direction = self._entity._direction
        return direction

    @property
    def _attribute(self) -> str:
        return f"project.{self._entity._noun}s"

    def _kind(self, kind: str | StorageKind) -> StorageKind:
        return storage_kind(kind, self._direction)

    async def create(self, kind: str | StorageKind, spec: Any = None, /, **fields: Any) -> StorageT:
        """Connect a storage of any kind (``POST /api/storages/[export/]<kind>``), giving the fields of the kind's
        generated create body (``StoragesS3CreateBody``...), and nothing else: no default is added.

        ``spec`` is a mapping or the generated body; keyword fields are added to it. ``project`` is this
        repository's project.

        >>> await project.datasets.create("s3", bucket="b", prefix="p/", use_blob_urls=True)  # doctest: +SKIP

        :raises InvalidInputError: an unknown kind or field name, or another ``project`` (before any request).
        :raises BadRequestError: Label Studio rejected the configuration (it checks it when connecting).
        """
        storage = self._kind(kind)
        what = f"{self._attribute}.create({storage.name!r})"
        body: Any = build_request(storage.create_body, spec, fields, what=what)
        if body.project is UNSET:
            # a new body rather than an assignment: ``spec`` may be the caller's own model instance
            body = storage.create_body.from_dict({**body.to_dict(), "project": self._parent})  # type: ignore[attr-defined]
        elif body.project != self._parent:
            raise InvalidInputError(f"{what}: project must be {self._parent} (this repository's project) or omitted")
        return self._wrap(await call(storage.create.asyncio_detailed, client=self._client.http, body=body))

    async def _create_shortcut(self, kind: str, fields: dict[str, Any], **given: Any) -> StorageT:
        storage = self._kind(kind)
        return await self.create(storage, {**storage.shortcut_defaults, **given_fields(**given), **fields})

    async def retrieve(self, id: int, kind: str | StorageKind | None = None) -> StorageT:
        """The storage of this project with this id.

        With ``kind``, one ``GET /api/storages/[export/]<kind>/{id}``. Without it, one ``GET /api/storages/?project=``
        (targets: ``/api/storages/export?project=``) lists the project's storages of every kind and the one with this
        id is picked (storages of different kinds are numbered separately, so two can share an id: then ``kind``
        is needed).

        :raises NotFoundError: no storage with this id (and kind) in this project.
        :raises InvalidInputError: an unknown kind, or several kinds have a storage with this id here.
        """
        _check_id(id)
        if kind is None:
            return await self._find(id)
        storage = self._kind(kind)
        model = await call(storage.retrieve.asyncio_detailed, id, client=self._client.http)
        if model.project != self._parent:
            raise self._not_found(f"{storage.name} {self._entity._noun} {id}")
        return self._wrap(model)

    async def remove(self, id: int, kind: str | StorageKind | None = None) -> None:
        """Disconnect the storage with this id; the tasks it created and its files stay.

        Two requests: the storage is read first (as in :meth:`retrieve`), because the server's
        ``DELETE /api/storages/[export/]<kind>/{id}`` is not scoped to a project and ids are numbered per kind
        across the server: a storage of another project is never removed through this one.

        :raises NotFoundError: no such storage in this project.
        :raises InvalidInputError: an unknown kind, or several kinds have a storage with this id here.
        """
        found = await self.retrieve(id, kind)
        await call_remove(found.storage_kind.destroy.asyncio_detailed, id, client=self._client.http)

    def list(self, *, page_size: int = 100, limit: int | None = None) -> AsyncPager[StorageT]:
        """All storages of the project in this direction, of every kind the server offers, lazily, kind by kind
        (local files, S3, GCS, Azure, Redis).

        One request, ``GET /api/storages/?project=`` (targets: ``/api/storages/export?project=``), made on first
        iteration: the server answers them in one list, so ``page_size`` has no effect; ``limit`` stops early. Kinds
        this SDK does not know are left out. Label Studio answers an empty list for a project that does not exist.
        """
        return whole_list(self._list_all, page_size=page_size, limit=limit)

    async def _list_all(self) -> builtins.list[StorageT]:
        answer = await call(_LIST_ALL[self._direction].asyncio_detailed, client=self._client.http, project=self._parent)
        order = {kind.name: index for index, kind in enumerate(STORAGE_KINDS)}
        found: builtins.list[tuple[int, StorageT]] = []
        for item in answer:
            data = item.to_dict()
            type_name = data.get("type")
            if type_name not in order:
                continue  # a kind of a newer server
            storage = self._kind(str(type_name))
            found.append((order[storage.name], self._wrap(storage.model.from_dict(data))))  # type: ignore[attr-defined]
        found.sort(key=lambda pair: pair[0])
        return [storage for _, storage in found]

    async def _find(self, id: int) -> StorageT:
        matches = [storage for storage in await self._list_all() if storage.id == id]
        if not matches:
            raise self._not_found(f"{self._entity._noun} {id}")
        if len(matches) > 1:
            kinds = ", ".join(repr(storage.kind) for storage in matches)
            raise InvalidInputError(
                f"project {self._parent} has several {self._entity._noun}s with id {id} ({kinds}): "
                f"pass kind= to say which"
            )
        return matches[0]

    def _not_found(self, what: str) -> NotFoundError:
        return NotFoundError(
            status_code=404,
            method="GET",
            url=f"project {self._parent}",
            detail=f"{what} is not in project {self._parent}",
        )

    # The typed shortcuts: the connection settings of each kind, the same for datasets and targets. Settings of
    # one direction (``regex_filter``, ``use_blob_urls``, ``presign``... for datasets; ``can_delete_objects`` for
    # targets) are keyword fields, checked against the kind's create body.

    async def create_local(self, path: str | os.PathLike[str], *, title: str | None = None, **fields: Any) -> StorageT:
        """Connect a directory on the Label Studio server (under its ``LOCAL_FILES_DOCUMENT_ROOT``).

        :param path: absolute path of the directory, as the server sees it.
        :param fields: other fields of the kind's create body. A dataset takes ``regex_filter`` (only file names
            matching it, e.g. ``r".*\\.txt"``) and ``use_blob_urls`` (default ``True``: each file becomes one task
            pointing at it; ``False``: each ``.json`` file holds task(s) to import). A target writes annotations
            there as JSON files.
        :raises BadRequestError: the path does not exist or is outside ``LOCAL_FILES_DOCUMENT_ROOT``, or local
            files serving is disabled on the server.
        """
        return await self._create_shortcut("localfiles", fields, path=path, title=title)

    async def create_s3(
        self,
        bucket: str,
        *,
        prefix: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        region_name: str | None = None,
        s3_endpoint: str | None = None,
        title: str | None = None,
        **fields: Any,
    ) -> StorageT:
        """Connect an S3 (or S3-compatible, with ``s3_endpoint``) bucket; Label Studio checks access at once.

        :param fields: other fields of the kind's create body (``aws_sse_kms_key_id``...). A dataset takes
            ``regex_filter``, ``use_blob_urls`` (default ``True``: one task per object), ``presign`` (default
            ``True``), ``presign_ttl``, ``recursive_scan``; a target ``can_delete_objects`` (delete objects there
            when their annotations are deleted in Label Studio).
        """
        return await self._create_shortcut(
            "s3",
            fields,
            bucket=bucket,
            prefix=prefix,
            aws_access_key_id=aws_access_key_id,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_token=aws_session_token,
            region_name=region_name,
            s3_endpoint=s3_endpoint,
            title=title,
        )

    async def create_gcs(
        self,
        bucket: str,
        *,
        prefix: str | None = None,
        google_application_credentials: str | None = None,
        google_project_id: str | None = None,
        title: str | None = None,
        **fields: Any,
    ) -> StorageT:
        """Connect a Google Cloud Storage bucket (``google_application_credentials``: the JSON key's content).

        :param fields: other fields of the kind's create body: for a dataset ``regex_filter``, ``use_blob_urls``
            (default ``True``), ``presign`` (default ``True``), ``presign_ttl``; for a target ``can_delete_objects``.
        """
        return await self._create_shortcut(
            "gcs",
            fields,
            bucket=bucket,
            prefix=prefix,
            google_application_credentials=google_application_credentials,
            google_project_id=google_project_id,
            title=title,
        )

    async def create_azure(
        self,
        container: str,
        *,
        prefix: str | None = None,
        account_name: str | None = None,
        account_key: str | None = None,
        title: str | None = None,
        **fields: Any,
    ) -> StorageT:
        """Connect an Azure Blob Storage container.

        :param fields: other fields of the kind's create body: for a dataset ``regex_filter``, ``use_blob_urls``
            (default ``True``), ``presign`` (default ``True``), ``presign_ttl``; for a target ``can_delete_objects``.
        """
        return await self._create_shortcut(
            "azure",
            fields,
            container=container,
            prefix=prefix,
            account_name=account_name,
            account_key=account_key,
            title=title,
        )

    async def create_redis(
        self,
        *,
        path: str | None = None,
        host: str | None = None,
        port: int | str | None = None,
        password: str | None = None,
        db: int | None = None,
        title: str | None = None,
        **fields: Any,
    ) -> StorageT:
        """Connect a Redis database (``path``: the key prefix; ``db``: the database number, by default Label
        Studio's: 1 for a dataset, 2 for a target).

        :param fields: other fields of the kind's create body: for a dataset ``regex_filter``, ``use_blob_urls``
            (default ``True``); for a target ``can_delete_objects``.
        """
        return await self._create_shortcut(
            "redis",
            fields,
            path=path,
            host=host,
            port=str(port) if port is not None else None,
            password=password,
            db=db,
            title=title,
        )

    def __repr__(self) -> str:
        return f"<{public_name(type(self))} project={self._parent}>"


def _check_id(id: object) -> None:
    # ``retrieve("s3", 5)`` was the order of earlier versions: say so instead of failing obscurely.
    if not isinstance(id, int) or isinstance(id, bool):
        raise InvalidTypeError(f"a storage id must be an int, not {id!r}: the kind comes second, as kind='s3'")
    check_id(id, "a storage id")


class AsyncDatasetsRepo(AsyncStoragesRepo[AsyncDataset]):
    """The datasets (source storages) of one project (``project.datasets``): create, retrieve, list, remove.

    >>> dataset = await project.datasets.create_local("/srv/files/reviews", regex_filter=r".*\\.txt")  # doctest: +SKIP
    >>> await dataset.sync()  # doctest: +SKIP
    <Dataset localfiles id=1>
    >>> await project.datasets.retrieve(1)  # doctest: +SKIP
    <Dataset localfiles id=1>
    """

    _entity = AsyncDataset


class AsyncTargetsRepo(AsyncStoragesRepo[AsyncTarget]):
    """The targets (export storages) of one project (``project.targets``), where annotations are written.

    Label Studio syncs a new target right away (``SYNC_ON_TARGET_STORAGE_CREATION``, on by default); with a
    background worker the answer can still say ``queued``: call ``await target.wait()`` to see the outcome.

    >>> target = await project.targets.create_local("/srv/files/out")  # doctest: +SKIP
    """

    _entity = AsyncTarget

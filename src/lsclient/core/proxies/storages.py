"""Storages of a project: :class:`Dataset` (a source storage, ``project.datasets``) and :class:`Target` (an
export storage, ``project.targets``), for every storage kind Label Studio has.

Label Studio has one set of endpoints per storage kind (local files, S3, GCS, Azure, Redis) and direction
(import = where tasks come from, export = where annotations are written). They behave alike, so one table,
:data:`STORAGE_KINDS`, maps each kind and direction to its generated operation modules and models, and the
entities and repositories below are written once for all ten.

>>> dataset = project.datasets.create_local("/data/reviews", regex_filter=r".*\\.txt")  # doctest: +SKIP
>>> dataset.validate()  # doctest: +SKIP
>>> dataset.sync().last_sync_count  # doctest: +SKIP
12
"""

from __future__ import annotations

import datetime
import importlib
import logging
import os
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, Self, TypeVar, cast

import attrs

from lsclient.api_client import models
from lsclient.api_client.api.storage import storages_export_types_retrieve, storages_types_retrieve
from lsclient.api_client.models.storage_status import StorageStatus
from lsclient.api_client.types import UNSET, Unset

from ..calls import call, call_no_content
from ..errors import InvalidInputError
from ..progress import ProgressReporter, default_progress
from ..waiting import wait_for
from .base import Fetchable, Removable, Updatable, build_request

if TYPE_CHECKING:
    from ..client import Client

__all__ = [
    "STORAGE_KINDS",
    "Dataset",
    "DatasetsRepo",
    "Direction",
    "StorageKind",
    "StorageRecord",
    "Target",
    "TargetsRepo",
    "storage_kind",
]

logger = logging.getLogger("lsclient")

Direction = Literal["import", "export"]

#: sync statuses after which there is nothing left to wait for
_SYNC_DONE = ("completed", "completed_with_errors")
_SYNC_FAILED = ("failed",)


@attrs.frozen
class StorageKind:
    """One storage kind in one direction: its generated operation modules and models.

    :ivar name: Label Studio's name of the kind, as in its URLs and in the ``type`` field: ``"localfiles"``,
        ``"s3"``, ``"gcs"``, ``"azure"``, ``"redis"``.
    :ivar direction: ``"import"`` (a source storage, a :class:`Dataset`) or ``"export"`` (a :class:`Target`).
    :ivar secret_fields: fields holding credentials: never copied from a record into a request, never shown.
    :ivar restated_fields: fields Label Studio re-validates on every PATCH as if the storage were new (local
        files: a PATCH without ``path`` is rejected with "Path must be set"), so :meth:`Dataset.update` sends
        their current values along unless they are being changed.
    """

    name: str
    direction: Direction
    create: ModuleType
    retrieve: ModuleType
    list_: ModuleType
    partial_update: ModuleType
    destroy: ModuleType
    sync_create: ModuleType
    validate_create: ModuleType
    create_body: type
    patch_body: type
    validate_body: type
    model: type
    secret_fields: tuple[str, ...] = ()
    restated_fields: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"StorageKind({self.name!r}, {self.direction!r})"


def _kind(
    name: str,
    direction: Direction,
    package: str,
    model: type,
    *,
    secrets: tuple[str, ...] = (),
    restated: tuple[str, ...] = (),
) -> StorageKind:
    """One table row. The operation modules and body models follow the generator's naming
    (``storages_[export_]<name>_<op>``, ``Storages[Export]<Name><Op>Body``); a name that does not exist fails at
    import time, and a unit test checks each body against its operation's signature."""
    export = direction == "export"
    prefix = f"lsclient.api_client.api.{package}.storages_{'export_' if export else ''}{name}_"
    body_prefix = f"Storages{'Export' if export else ''}{name.capitalize()}"

    def op(suffix: str) -> ModuleType:
        return importlib.import_module(prefix + suffix)

    def body(suffix: str) -> type:
        return cast(type, getattr(models, f"{body_prefix}{suffix}Body"))

    return StorageKind(
        name=name,
        direction=direction,
        create=op("create"),
        retrieve=op("retrieve"),
        list_=op("list"),
        partial_update=op("partial_update"),
        destroy=op("destroy"),
        sync_create=op("sync_create"),
        validate_create=op("validate_create"),
        create_body=body("Create"),
        patch_body=body("PartialUpdate"),
        validate_body=body("ValidateCreate"),
        model=model,
        secret_fields=secrets,
        restated_fields=restated,
    )


_S3_SECRETS = ("aws_access_key_id", "aws_secret_access_key", "aws_session_token", "aws_sse_kms_key_id")
_GCS_SECRETS = ("google_application_credentials",)
_AZURE_SECRETS = ("account_name", "account_key")
_REDIS_SECRETS = ("password",)

#: every storage kind × direction Label Studio has (the order is the order of ``project.datasets.list()``)
STORAGE_KINDS: tuple[StorageKind, ...] = (
    _kind("localfiles", "import", "storage_local", models.LocalFilesImportStorage, restated=("path",)),
    _kind("s3", "import", "storage_s3", models.S3ImportStorage, secrets=_S3_SECRETS),
    _kind("gcs", "import", "storage_gcs", models.GCSImportStorage, secrets=_GCS_SECRETS),
    _kind("azure", "import", "storage_azure", models.AzureBlobImportStorage, secrets=_AZURE_SECRETS),
    # RedisImportStorageSerializer.validate re-checks the connection from the PATCH data alone
    _kind(
        "redis",
        "import",
        "storage_redis",
        models.RedisImportStorage,
        secrets=_REDIS_SECRETS,
        restated=("host", "port", "path"),
    ),
    _kind("localfiles", "export", "storage_local", models.LocalFilesExportStorage, restated=("path",)),
    _kind("s3", "export", "storage_s3", models.S3ExportStorage, secrets=_S3_SECRETS),
    _kind("gcs", "export", "storage_gcs", models.GCSExportStorage, secrets=_GCS_SECRETS),
    _kind("azure", "export", "storage_azure", models.AzureBlobExportStorage, secrets=_AZURE_SECRETS),
    _kind("redis", "export", "storage_redis", models.RedisExportStorage, secrets=_REDIS_SECRETS),
)

_BY_NAME: dict[tuple[str, Direction], StorageKind] = {(kind.name, kind.direction): kind for kind in STORAGE_KINDS}
# other spellings users meet: the UI's "Local files", the Django app name "azure_blob"
_ALIASES = {"local": "localfiles", "local_files": "localfiles", "azure_blob": "azure"}
# the server's list of kinds it offers (local files can be switched off with ENABLE_LOCAL_FILES_STORAGE=false)
_TYPES_OPERATION: dict[Direction, ModuleType] = {
    "import": storages_types_retrieve,
    "export": storages_export_types_retrieve,
}


def storage_kind(kind: str | StorageKind, direction: Direction) -> StorageKind:
    """The table row of a kind name (``"localfiles"``, ``"s3"``, ``"gcs"``, ``"azure"``, ``"redis"``) and direction.

    :raises InvalidInputError: an unknown name, or a :class:`StorageKind` of the other direction.
    """
    if isinstance(kind, StorageKind):
        if kind.direction != direction:
            raise InvalidInputError(f"{kind!r} is an {kind.direction} storage kind, expected {direction}")
        return kind
    if not isinstance(kind, str):
        raise InvalidInputError(f"a storage kind is a name such as 's3', not {type(kind).__name__}")
    name = kind.strip().lower()
    found = _BY_NAME.get((_ALIASES.get(name, name), direction))
    if found is None:
        known = ", ".join(sorted({k.name for k in STORAGE_KINDS}))
        raise InvalidInputError(f"unknown storage kind {kind!r}; known kinds: {known}")
    return found


class StorageRecord:
    """The fields every storage model has, whatever its kind and direction: the static type of ``record``.

    Never instantiated: the records are the kind's generated models (``S3ImportStorage``...), which all have
    these fields; kind-specific ones (``path``, ``bucket``...) are read through the entity as ``Any``.
    """

    id: int
    project: int
    created_at: datetime.datetime
    title: None | str | Unset
    description: None | str | Unset
    status: StorageStatus | Unset
    last_sync: datetime.datetime | None | Unset
    last_sync_count: int | None | Unset
    last_sync_job: None | str | Unset
    traceback: None | str | Unset
    synchronizable: bool | Unset
    meta: Any | Unset

    def to_dict(self) -> dict[str, Any]:
        """The storage as JSON-compatible data."""
        raise NotImplementedError


if TYPE_CHECKING:
    _StorageFields = StorageRecord
else:
    _StorageFields = object


def _present(value: object) -> bool:
    return value is not None and not isinstance(value, Unset)


def _body_fields(model_type: type) -> frozenset[str]:
    return frozenset(field.name for field in attrs.fields(model_type) if field.name != "additional_properties")


def _given(**fields: Any) -> dict[str, Any]:
    """The keyword arguments that were given (not None), path-like values as strings."""
    return {
        name: os.fspath(value) if isinstance(value, os.PathLike) else value
        for name, value in fields.items()
        if value is not None
    }


class _Storage(
    Fetchable[StorageRecord],
    Updatable[StorageRecord, Any],
    Removable[StorageRecord],
    _StorageFields,
):
    """What datasets and targets share: one storage of one kind, read, changed, validated and synced."""

    _noun: ClassVar[str] = "storage"
    #: first pause between status polls while waiting for a sync, in seconds
    _poll_interval: ClassVar[float] = 0.5
    _kind: StorageKind

    def __init__(self, client: Client, kind: StorageKind, model: StorageRecord) -> None:
        super().__init__(client, model)
        object.__setattr__(self, "_kind", kind)
        # the PATCH body model depends on the kind, so it is set per instance
        object.__setattr__(self, "_update_model", kind.patch_body)

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
        text = f"<{type(self).__name__} {self._kind.name} id={self._model.id}"
        title = getattr(self._model, "title", None)
        if _present(title):
            text += f" title={title!r}"
        return text + ">"

    def _retrieve_model(self) -> StorageRecord:
        model = call(self._kind.retrieve.sync_detailed, self.id, client=self._client.http)
        return cast(StorageRecord, model)

    def _patch_model(self, body: Any) -> StorageRecord:
        data: dict[str, Any] = body.to_dict()
        for name in self._kind.restated_fields:
            value = getattr(self._model, name, None)
            if name not in data and _present(value):
                data[name] = value
        patch = self._kind.patch_body.from_dict(data)  # type: ignore[attr-defined]
        model = call(self._kind.partial_update.sync_detailed, self.id, client=self._client.http, body=patch)
        return cast(StorageRecord, model)

    def _destroy(self) -> None:
        call_no_content(self._kind.destroy.sync_detailed, self.id, client=self._client.http)

    def validate(self, **credentials: Any) -> None:
        """Ask Label Studio to check this storage's settings (path, bucket, credentials...) as they are now.

        Credentials are not sent (the server never returns them); Label Studio uses the ones it stored,
        except for Redis, whose check uses only what the request carries: pass ``password=...`` there.
        Only the kind's credential fields are accepted as keywords.

        :raises BadRequestError: the configuration does not work; the message says why, e.g.
            ``Absolute local path "/data/x" does not exist``.
        """
        names = _body_fields(self._kind.validate_body)
        record = self._model.to_dict()
        data = {
            name: value
            for name, value in record.items()
            if name in names and name not in self._kind.secret_fields and value is not None
        }
        # With ``id`` Label Studio validates against the stored storage, credentials included (and saves the
        # settings sent, which are the ones it has).
        unknown = sorted(set(credentials) - set(self._kind.secret_fields))
        if unknown:
            raise InvalidInputError(
                f"validate() takes only credentials of a {self.kind} storage "
                f"({', '.join(sorted(self._kind.secret_fields)) or 'none'}), not {', '.join(unknown)}"
            )
        data.update({name: value for name, value in credentials.items() if value is not None})
        data.update(id=self.id, project=self.project)
        body = self._kind.validate_body.from_dict(data)  # type: ignore[attr-defined]
        call_no_content(self._kind.validate_create.sync_detailed, client=self._client.http, body=body)

    def sync(self, *, timeout: float = 600, progress: bool | ProgressReporter | None = None) -> Self:
        """Run a sync on the server and wait until it has finished; return self with the final state.

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
        started = cast(StorageRecord, call(self._kind.sync_create.sync_detailed, self.id, client=self._client.http))
        return self._await_sync(started, done=_SYNC_DONE, timeout=timeout, progress=progress)

    def wait(self, *, timeout: float = 600, progress: bool | ProgressReporter | None = None) -> Self:
        """Wait for a sync already running on the server (started elsewhere, or when a target was created).

        Returns self at once when no sync is queued or running; see :meth:`sync` for the rest.
        """
        return self._await_sync(None, done=(*_SYNC_DONE, "initialized"), timeout=timeout, progress=progress)

    def _await_sync(
        self,
        first: StorageRecord | None,
        *,
        done: tuple[str, ...],
        timeout: float,
        progress: bool | ProgressReporter | None,
    ) -> Self:
        # The sync answer is the first state: Label Studio Community syncs before answering, so usually no GET.
        pending = [first] if first is not None else []

        def poll() -> StorageRecord:
            return pending.pop() if pending else self._retrieve_model()

        job = f"sync of {self._kind.name} {self._noun} {self.id}"
        state = wait_for(
            poll,
            status_of=_status,
            done=done,
            failed=_SYNC_FAILED,
            job=job,
            timeout=timeout,
            poll_interval=self._poll_interval,
            progress=default_progress(progress),
            progress_of=_sync_progress,
            traceback_of=_traceback,
        )
        self._adopt(state)
        if _status(state) == "completed_with_errors":
            # Label Studio puts one line per skipped item into ``traceback``; the first one tells the kind of problem.
            lines = (_traceback(state) or "").strip().splitlines()
            logger.warning(
                "%s completed with errors: %d item(s) synced, %d problem(s), first: %s",
                job,
                _count(state),
                len(lines),
                lines[0] if lines else "(no details)",
            )
        return self


def _status(state: StorageRecord) -> str:
    status = state.status
    return "" if isinstance(status, Unset) else str(status)


def _count(state: StorageRecord) -> int:
    count = state.last_sync_count
    return count if isinstance(count, int) else 0


def _sync_progress(state: StorageRecord) -> tuple[int, int | None]:
    # Target syncs report how many annotations they will write; dataset syncs do not know their size ahead.
    total = state.meta.get("total_annotations") if isinstance(state.meta, Mapping) else None
    return _count(state), total if isinstance(total, int) else None


def _traceback(state: StorageRecord) -> str | None:
    return state.traceback if isinstance(state.traceback, str) else None


class Dataset(_Storage):
    """A source of tasks connected to a project (Label Studio's import / source storage) of any kind.

    Syncing it turns each new item (a file, an object, a key) into a task; items already imported are skipped.
    Removing it keeps the tasks it created.

    >>> dataset = project.datasets.create_s3("my-bucket", prefix="reviews/", aws_access_key_id=KEY_ID,
    ...                                      aws_secret_access_key=SECRET)  # doctest: +SKIP
    >>> dataset.sync().last_sync_count  # doctest: +SKIP
    240
    """

    _noun = "dataset"


class Target(_Storage):
    """Where a project's annotations are written (Label Studio's export / target storage) of any kind.

    Label Studio writes each new or changed annotation there as it is saved; :meth:`sync` (re)writes all of them.

    >>> target = project.targets.create_local("/data/out")  # doctest: +SKIP
    >>> target.sync().last_sync_count  # doctest: +SKIP
    3
    """

    _noun = "target"


StorageT = TypeVar("StorageT", bound=_Storage)


class _StoragesRepo(Generic[StorageT]):
    """What :class:`DatasetsRepo` and :class:`TargetsRepo` share: the storages of one project in one direction."""

    _direction: ClassVar[Direction]
    _attribute: ClassVar[str]

    def __init__(self, client: Client, project_id: int) -> None:
        self._client = client
        self._project_id = project_id

    def _wrap(self, kind: StorageKind, model: StorageRecord) -> StorageT:
        raise NotImplementedError

    def create(self, kind: str | StorageKind, spec: Any = None, /, **fields: Any) -> StorageT:
        """Connect a storage of any kind, giving the fields of the kind's generated create body.

        ``spec`` is a mapping or the generated body; keyword fields are added to it. ``project`` is this
        repository's project. Unknown field names raise :class:`InvalidInputError` before any request.

        >>> project.datasets.create("s3", bucket="b", prefix="p/", use_blob_urls=True)  # doctest: +SKIP

        :raises BadRequestError: Label Studio rejected the configuration (it checks it when connecting).
        """
        storage = storage_kind(kind, self._direction)
        what = f"project.{self._attribute}.create({storage.name!r})"
        body: Any = build_request(storage.create_body, spec, fields, what=what)
        if body.project is UNSET:
            # a new body rather than an assignment: ``spec`` may be the caller's own model instance
            body = storage.create_body.from_dict({**body.to_dict(), "project": self._project_id})  # type: ignore[attr-defined]
        elif body.project != self._project_id:
            raise InvalidInputError(
                f"{what}: project must be {self._project_id} (this repository's project) or omitted"
            )
        model = call(storage.create.sync_detailed, client=self._client.http, body=body)
        return self._wrap(storage, cast(StorageRecord, model))

    def retrieve(self, kind: str | StorageKind, id: int) -> StorageT:
        """The storage of this kind with this id. :raises NotFoundError: no such storage."""
        storage = storage_kind(kind, self._direction)
        model = cast(StorageRecord, call(storage.retrieve.sync_detailed, id, client=self._client.http))
        if model.project != self._project_id:
            raise InvalidInputError(f"{storage.name} {id} belongs to project {model.project}, not {self._project_id}")
        return self._wrap(storage, model)

    def list(self) -> list[StorageT]:
        """All storages of the project in this direction, of every kind the server offers, kind by kind."""
        answer = call(_TYPES_OPERATION[self._direction].sync_detailed, client=self._client.http)
        offered = {item.to_dict().get("name") for item in answer}
        found: list[StorageT] = []
        for storage in STORAGE_KINDS:
            if storage.direction != self._direction or storage.name not in offered:
                continue
            records = call(storage.list_.sync_detailed, client=self._client.http, project=self._project_id)
            found.extend(self._wrap(storage, cast(StorageRecord, record)) for record in records)
        return found

    def remove(self, kind: str | StorageKind, id: int) -> None:
        """Disconnect the storage of this kind with this id (it must belong to this project); tasks and files stay."""
        self.retrieve(kind, id).remove()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} project={self._project_id}>"


class DatasetsRepo(_StoragesRepo[Dataset]):
    """The datasets (source storages) of one project (``project.datasets``).

    >>> dataset = project.datasets.create_local("/srv/files/reviews", regex_filter=r".*\\.txt")  # doctest: +SKIP
    >>> dataset.sync()  # doctest: +SKIP
    <Dataset localfiles id=1>
    """

    _direction = "import"
    _attribute = "datasets"

    def _wrap(self, kind: StorageKind, model: StorageRecord) -> Dataset:
        return Dataset(self._client, kind, model)

    def create_local(
        self,
        path: str | os.PathLike[str],
        *,
        regex_filter: str | None = None,
        use_blob_urls: bool = True,
        title: str | None = None,
        **fields: Any,
    ) -> Dataset:
        """Connect a directory on the Label Studio server (under its ``LOCAL_FILES_DOCUMENT_ROOT``).

        :param path: absolute path of the directory, as the server sees it.
        :param regex_filter: only file names matching this regex, e.g. ``r".*\\.txt"``.
        :param use_blob_urls: ``True``: each file becomes one task pointing at it; ``False``: each ``.json``
            file holds task(s) to import.
        :raises BadRequestError: the path does not exist or is outside ``LOCAL_FILES_DOCUMENT_ROOT``, or local
            files serving is disabled on the server.
        """
        given = _given(path=path, regex_filter=regex_filter, use_blob_urls=use_blob_urls, title=title)
        return self.create("localfiles", {**given, **fields})

    def create_s3(
        self,
        bucket: str,
        *,
        prefix: str | None = None,
        regex_filter: str | None = None,
        use_blob_urls: bool = True,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        region_name: str | None = None,
        s3_endpoint: str | None = None,
        presign: bool = True,
        title: str | None = None,
        **fields: Any,
    ) -> Dataset:
        """Connect an S3 (or S3-compatible, with ``s3_endpoint``) bucket; Label Studio checks access at once.

        Other fields of ``StoragesS3CreateBody`` (``presign_ttl``, ``recursive_scan``, ``aws_sse_kms_key_id``...)
        can be given as keywords.
        """
        given = _given(
            bucket=bucket,
            prefix=prefix,
            regex_filter=regex_filter,
            use_blob_urls=use_blob_urls,
            aws_access_key_id=aws_access_key_id,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_token=aws_session_token,
            region_name=region_name,
            s3_endpoint=s3_endpoint,
            presign=presign,
            title=title,
        )
        return self.create("s3", {**given, **fields})

    def create_gcs(
        self,
        bucket: str,
        *,
        prefix: str | None = None,
        regex_filter: str | None = None,
        use_blob_urls: bool = True,
        google_application_credentials: str | None = None,
        google_project_id: str | None = None,
        presign: bool = True,
        title: str | None = None,
        **fields: Any,
    ) -> Dataset:
        """Connect a Google Cloud Storage bucket (``google_application_credentials``: the JSON key's content)."""
        given = _given(
            bucket=bucket,
            prefix=prefix,
            regex_filter=regex_filter,
            use_blob_urls=use_blob_urls,
            google_application_credentials=google_application_credentials,
            google_project_id=google_project_id,
            presign=presign,
            title=title,
        )
        return self.create("gcs", {**given, **fields})

    def create_azure(
        self,
        container: str,
        *,
        prefix: str | None = None,
        regex_filter: str | None = None,
        use_blob_urls: bool = True,
        account_name: str | None = None,
        account_key: str | None = None,
        presign: bool = True,
        title: str | None = None,
        **fields: Any,
    ) -> Dataset:
        """Connect an Azure Blob Storage container."""
        given = _given(
            container=container,
            prefix=prefix,
            regex_filter=regex_filter,
            use_blob_urls=use_blob_urls,
            account_name=account_name,
            account_key=account_key,
            presign=presign,
            title=title,
        )
        return self.create("azure", {**given, **fields})

    def create_redis(
        self,
        *,
        path: str | None = None,
        host: str | None = None,
        port: int | str | None = None,
        password: str | None = None,
        db: int | None = None,
        regex_filter: str | None = None,
        use_blob_urls: bool = True,
        title: str | None = None,
        **fields: Any,
    ) -> Dataset:
        """Connect a Redis database (``path``: the key prefix; ``db``: the database number, by default 1)."""
        given = _given(
            path=path,
            host=host,
            port=str(port) if port is not None else None,
            password=password,
            db=db,
            regex_filter=regex_filter,
            use_blob_urls=use_blob_urls,
            title=title,
        )
        return self.create("redis", {**given, **fields})


class TargetsRepo(_StoragesRepo[Target]):
    """The targets (export storages) of one project (``project.targets``), where annotations are written.

    Label Studio syncs a new target right away (``SYNC_ON_TARGET_STORAGE_CREATION``, on by default); with a
    background worker the answer can still say ``queued``: call ``target.wait()`` to see the outcome.

    >>> target = project.targets.create_local("/srv/files/out")  # doctest: +SKIP
    """

    _direction = "export"
    _attribute = "targets"

    def _wrap(self, kind: StorageKind, model: StorageRecord) -> Target:
        return Target(self._client, kind, model)

    def create_local(self, path: str | os.PathLike[str], *, title: str | None = None, **fields: Any) -> Target:
        """Write annotations as JSON files into a directory on the server (under ``LOCAL_FILES_DOCUMENT_ROOT``).

        :raises BadRequestError: the path does not exist or is outside ``LOCAL_FILES_DOCUMENT_ROOT``.
        """
        return self.create("localfiles", {**_given(path=path, title=title), **fields})

    def create_s3(
        self,
        bucket: str,
        *,
        prefix: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        region_name: str | None = None,
        s3_endpoint: str | None = None,
        can_delete_objects: bool | None = None,
        title: str | None = None,
        **fields: Any,
    ) -> Target:
        """Write annotations into an S3 bucket (``can_delete_objects``: delete them there when deleted in LS)."""
        given = _given(
            bucket=bucket,
            prefix=prefix,
            aws_access_key_id=aws_access_key_id,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_token=aws_session_token,
            region_name=region_name,
            s3_endpoint=s3_endpoint,
            can_delete_objects=can_delete_objects,
            title=title,
        )
        return self.create("s3", {**given, **fields})

    def create_gcs(
        self,
        bucket: str,
        *,
        prefix: str | None = None,
        google_application_credentials: str | None = None,
        google_project_id: str | None = None,
        can_delete_objects: bool | None = None,
        title: str | None = None,
        **fields: Any,
    ) -> Target:
        """Write annotations into a Google Cloud Storage bucket."""
        given = _given(
            bucket=bucket,
            prefix=prefix,
            google_application_credentials=google_application_credentials,
            google_project_id=google_project_id,
            can_delete_objects=can_delete_objects,
            title=title,
        )
        return self.create("gcs", {**given, **fields})

    def create_azure(
        self,
        container: str,
        *,
        prefix: str | None = None,
        account_name: str | None = None,
        account_key: str | None = None,
        can_delete_objects: bool | None = None,
        title: str | None = None,
        **fields: Any,
    ) -> Target:
        """Write annotations into an Azure Blob Storage container."""
        given = _given(
            container=container,
            prefix=prefix,
            account_name=account_name,
            account_key=account_key,
            can_delete_objects=can_delete_objects,
            title=title,
        )
        return self.create("azure", {**given, **fields})

    def create_redis(
        self,
        *,
        path: str | None = None,
        host: str | None = None,
        port: int | str | None = None,
        password: str | None = None,
        db: int | None = None,
        can_delete_objects: bool | None = None,
        title: str | None = None,
        **fields: Any,
    ) -> Target:
        """Write annotations into a Redis database (``path``: the key prefix)."""
        given = _given(
            path=path,
            host=host,
            port=str(port) if port is not None else None,
            password=password,
            db=db,
            can_delete_objects=can_delete_objects,
            title=title,
        )
        return self.create("redis", {**given, **fields})

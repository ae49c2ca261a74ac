"""Label Studio's storage kinds, declared once: the table :data:`STORAGE_KINDS` and how to read a storage record.

Label Studio has one set of endpoints per storage kind (local files, S3, GCS, Azure, Redis) and direction
(``"import"``: where tasks come from, a *dataset*; ``"export"``: where annotations are written, a *target*). They
behave alike, so each kind × direction is one :class:`StorageKind` row naming its generated operation modules and
models, and the datasets and targets of :mod:`lsclient.core._async.storages` (and its sync twin) are written once
for all ten. Nothing here sends a request.

>>> storage_kind("S3", "import")
StorageKind('s3', 'import')
>>> storage_kind("local", "export").name
'localfiles'
"""

from __future__ import annotations

import datetime
import importlib
import os
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, cast

import attrs

from lsclient.api_client import models
from lsclient.api_client.types import Unset

from .arguments import json_fields
from .errors import InvalidInputError

if TYPE_CHECKING:
    from lsclient.api_client.models.storage_status import StorageStatus

__all__ = [
    "ALIASES",
    "AZURE_SECRETS",
    "GCS_SECRETS",
    "REDIS_SECRETS",
    "S3_SECRETS",
    "STORAGE_KINDS",
    "SYNC_DONE",
    "SYNC_FAILED",
    "Direction",
    "StorageKind",
    "StorageRecord",
    "given_fields",
    "patch_data",
    "storage_kind",
    "storage_kind_of",
    "sync_count",
    "sync_progress",
    "sync_status",
    "sync_traceback",
    "validate_data",
]

Direction = Literal["import", "export"]

#: sync statuses after which there is nothing left to wait for
SYNC_DONE: tuple[str, ...] = ("completed", "completed_with_errors")
#: sync statuses that mean the sync failed
SYNC_FAILED: tuple[str, ...] = ("failed",)


@attrs.frozen
class StorageKind:
    """One storage kind in one direction: its generated operation modules and models.

    The operations are the generated *modules* (``storages_s3_retrieve``...); each flavour picks its own function
    from them (``asyncio_detailed`` or ``sync_detailed``). They and the models are imported when first read, not
    with this table: a program touching one kind of storage loads that kind's code only. Their names follow the
    generator's naming (``storages_[export_]<name>_<op>``, ``Storages[Export]<Name><Op>Body``); a unit test checks
    every row against the generated code.

    :ivar name: Label Studio's name of the kind, as in its URLs and in the ``type`` field: ``"localfiles"``,
        ``"s3"``, ``"gcs"``, ``"azure"``, ``"redis"``.
    :ivar direction: ``"import"`` (a source storage, a dataset) or ``"export"`` (a target).
    :ivar package: the generated package holding the kind's operations, e.g. ``"storage_s3"``.
    :ivar model_name: the name of the generated model of a storage of this kind (distinct for every row), e.g.
        ``"S3ImportStorage"``; :attr:`model` is the class.
    :ivar secret_fields: fields holding credentials: never copied from a record into a request, never shown.
    :ivar restated_fields: fields Label Studio re-validates on every PATCH as if the storage were new (local
        files: a PATCH without ``path`` is rejected with "Path must be set"), so an update sends their current
        values along unless they are being changed.
    """

    name: str
    direction: Direction
    package: str
    model_name: str
    secret_fields: tuple[str, ...] = ()
    restated_fields: tuple[str, ...] = ()

    def _operation(self, suffix: str) -> ModuleType:
        export = "export_" if self.direction == "export" else ""
        return importlib.import_module(f"lsclient.api_client.api.{self.package}.storages_{export}{self.name}_{suffix}")

    def _body(self, suffix: str) -> type:
        export = "Export" if self.direction == "export" else ""
        return cast(type, getattr(models, f"Storages{export}{self.name.capitalize()}{suffix}Body"))

    @property
    def create(self) -> ModuleType:
        """The generated module creating a storage of this kind."""
        return self._operation("create")

    @property
    def retrieve(self) -> ModuleType:
        """The generated module reading one storage of this kind."""
        return self._operation("retrieve")

    @property
    def list_(self) -> ModuleType:
        """The generated module listing the storages of this kind of a project."""
        return self._operation("list")

    @property
    def partial_update(self) -> ModuleType:
        """The generated module changing fields of a storage of this kind (PATCH)."""
        return self._operation("partial_update")

    @property
    def destroy(self) -> ModuleType:
        """The generated module removing a storage of this kind."""
        return self._operation("destroy")

    @property
    def sync_create(self) -> ModuleType:
        """The generated module starting a sync of a storage of this kind."""
        return self._operation("sync_create")

    @property
    def validate_create(self) -> ModuleType:
        """The generated module asking the server to check a storage's settings."""
        return self._operation("validate_create")

    @property
    def create_body(self) -> type:
        """The generated model of a create request's body."""
        return self._body("Create")

    @property
    def patch_body(self) -> type:
        """The generated model of a PATCH request's body."""
        return self._body("PartialUpdate")

    @property
    def validate_body(self) -> type:
        """The generated model of a validate request's body."""
        return self._body("ValidateCreate")

    @property
    def model(self) -> type:
        """The generated model of a storage of this kind."""
        return cast(type, getattr(models, self.model_name))

    @property
    def shortcut_defaults(self) -> Mapping[str, Any]:
        """What the typed ``create_<kind>()`` shortcuts send unless told otherwise (the generic
        ``create(kind, ...)`` sends only what it is given)."""
        if self.direction == "export":
            return {}
        accepted = _field_names(self.create_body)
        return {k: v for k, v in _DATASET_SHORTCUT_DEFAULTS.items() if k in accepted}

    def __repr__(self) -> str:
        return f"StorageKind({self.name!r}, {self.direction!r})"


def _field_names(model_type: type) -> frozenset[str]:
    return frozenset(field.name for field in attrs.fields(model_type) if field.name != "additional_properties")


# A dataset made with a shortcut turns each file into one task (Label Studio's own default reads each file as a
# list of tasks), with presigned URLs where the kind has them.
_DATASET_SHORTCUT_DEFAULTS: Mapping[str, Any] = {"use_blob_urls": True, "presign": True}


#: the credential fields of each cloud kind
S3_SECRETS = ("aws_access_key_id", "aws_secret_access_key", "aws_session_token", "aws_sse_kms_key_id")
GCS_SECRETS = ("google_application_credentials",)
AZURE_SECRETS = ("account_name", "account_key")
REDIS_SECRETS = ("password",)

#: every storage kind × direction Label Studio has (the order is the order of ``project.datasets.list()``)
STORAGE_KINDS: tuple[StorageKind, ...] = (
    StorageKind("localfiles", "import", "storage_local", "LocalFilesImportStorage", restated_fields=("path",)),
    StorageKind("s3", "import", "storage_s3", "S3ImportStorage", secret_fields=S3_SECRETS),
    StorageKind("gcs", "import", "storage_gcs", "GCSImportStorage", secret_fields=GCS_SECRETS),
    StorageKind("azure", "import", "storage_azure", "AzureBlobImportStorage", secret_fields=AZURE_SECRETS),
    # RedisImportStorageSerializer.validate re-checks the connection from the PATCH data alone
    StorageKind(
        "redis",
        "import",
        "storage_redis",
        "RedisImportStorage",
        secret_fields=REDIS_SECRETS,
        restated_fields=("host", "port", "path"),
    ),
    StorageKind("localfiles", "export", "storage_local", "LocalFilesExportStorage", restated_fields=("path",)),
    StorageKind("s3", "export", "storage_s3", "S3ExportStorage", secret_fields=S3_SECRETS),
    StorageKind("gcs", "export", "storage_gcs", "GCSExportStorage", secret_fields=GCS_SECRETS),
    StorageKind("azure", "export", "storage_azure", "AzureBlobExportStorage", secret_fields=AZURE_SECRETS),
    StorageKind("redis", "export", "storage_redis", "RedisExportStorage", secret_fields=REDIS_SECRETS),
)

_BY_NAME: dict[tuple[str, Direction], StorageKind] = {(kind.name, kind.direction): kind for kind in STORAGE_KINDS}
_BY_MODEL_NAME: dict[str, StorageKind] = {kind.model_name: kind for kind in STORAGE_KINDS}
#: other spellings users meet: the UI's "Local files", the Django app name "azure_blob"
ALIASES: Mapping[str, str] = {"local": "localfiles", "local_files": "localfiles", "azure_blob": "azure"}


def storage_kind(kind: str | StorageKind, direction: Direction) -> StorageKind:
    """The table row of a kind name (``"localfiles"``, ``"s3"``, ``"gcs"``, ``"azure"``, ``"redis"``, or an alias
    such as ``"local"``; any case) and direction.

    :raises InvalidInputError: an unknown name, or a :class:`StorageKind` of the other direction.
    """
    if isinstance(kind, StorageKind):
        if kind.direction != direction:
            raise InvalidInputError(f"{kind!r} is an {kind.direction} storage kind, expected {direction}")
        return kind
    if not isinstance(kind, str):
        raise InvalidInputError(f"a storage kind is a name such as 's3', not {type(kind).__name__}")
    name = kind.strip().lower()
    found = _BY_NAME.get((ALIASES.get(name, name), direction))
    if found is None:
        known = ", ".join(sorted({k.name for k in STORAGE_KINDS}))
        raise InvalidInputError(f"unknown storage kind {kind!r}; known kinds: {known}")
    return found


def storage_kind_of(record: object, direction: Direction) -> StorageKind:
    """The table row of a storage record, from its generated model type (every row has its own).

    :raises InvalidInputError: ``record`` is not a storage model of this direction.
    """
    found = _BY_MODEL_NAME.get(type(record).__name__)
    if found is None or type(record) is not found.model:
        raise InvalidInputError(f"{type(record).__name__} is not a generated storage model")
    return storage_kind(found, direction)


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


# -- request data built from what is known -----------------------------------------------------------------------


def _present(value: object) -> bool:
    return value is not None and not isinstance(value, Unset)


def given_fields(**fields: Any) -> dict[str, Any]:
    """The keyword arguments that were given (not None), path-like values as strings."""
    return {
        name: os.fspath(value) if isinstance(value, os.PathLike) else value
        for name, value in fields.items()
        if value is not None
    }


def patch_data(kind: StorageKind, changes: Mapping[str, Any], record: StorageRecord) -> dict[str, Any]:
    """The JSON of a PATCH: ``changes`` plus the record's current values of the kind's restated fields."""
    data = dict(changes)
    for name in kind.restated_fields:
        value = getattr(record, name, None)
        if name not in data and _present(value):
            data[name] = value
    return data


def validate_data(kind: StorageKind, record: StorageRecord, credentials: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON of a validate request for a stored storage: its settings, never its stored credentials.

    With ``id`` Label Studio validates against the stored storage, credentials included (and saves the settings
    sent, which are the ones it has). Only the kind's credential fields may be given, e.g. Redis's ``password``,
    whose check uses only what the request carries.

    :raises InvalidInputError: a name in ``credentials`` is not a credential field of the kind, or its value cannot
        be sent (not a JSON value, a NUL character...).
    """
    unknown = sorted(set(credentials) - set(kind.secret_fields))
    if unknown:
        raise InvalidInputError(
            f"validate() takes only credentials of a {kind.name} storage "
            f"({', '.join(sorted(kind.secret_fields)) or 'none'}), not {', '.join(unknown)}"
        )
    names = _field_names(kind.validate_body)
    data = {
        name: value
        for name, value in record.to_dict().items()
        if name in names and name not in kind.secret_fields and value is not None
    }
    given = {name: value for name, value in credentials.items() if value is not None}
    json_fields(given, "validate()")  # a NaN, bytes, NUL... named (a value of a credential is never shown)
    data.update(given)
    data.update(id=record.id, project=record.project)
    return data


# -- reading the state of a sync ---------------------------------------------------------------------------------


def sync_status(state: StorageRecord) -> str:
    """The storage's sync status (``"queued"``, ``"in_progress"``, ``"completed"``...), ``""`` when absent."""
    status = state.status
    return "" if isinstance(status, Unset) else str(status)


def sync_count(state: StorageRecord) -> int:
    """How many items the last sync handled (0 when not reported)."""
    count = state.last_sync_count
    return count if isinstance(count, int) else 0


def sync_progress(state: StorageRecord) -> tuple[int, int | None]:
    """``(items done, total or None)`` of a running sync."""
    # Target syncs report how many annotations they will write; dataset syncs do not know their size ahead.
    total = state.meta.get("total_annotations") if isinstance(state.meta, Mapping) else None
    return sync_count(state), total if isinstance(total, int) else None


def sync_traceback(state: StorageRecord) -> str | None:
    """The server's error text of a failed (or partly failed) sync."""
    return state.traceback if isinstance(state.traceback, str) else None

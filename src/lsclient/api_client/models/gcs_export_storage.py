from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_status import StorageStatus
from ..types import UNSET, Unset, secret_repr

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "created_at",
        "id",
        "project",
        "bucket",
        "can_delete_objects",
        "description",
        "google_application_credentials",
        "google_project_id",
        "last_sync",
        "last_sync_count",
        "last_sync_job",
        "meta",
        "prefix",
        "regex_filter",
        "status",
        "synchronizable",
        "title",
        "traceback",
        "type",
        "use_blob_urls",
    }
)


T = TypeVar("T", bound="GCSExportStorage")


@_attrs_define
class GCSExportStorage:
    created_at: datetime.datetime
    """ Creation time """
    id: int
    project: int
    """ A unique integer value identifying this project. """
    bucket: None | str | Unset = UNSET
    """ GCS bucket name """
    can_delete_objects: bool | None | Unset = UNSET
    """ Deletion from storage enabled """
    description: None | str | Unset = UNSET
    """ Cloud storage description """
    google_application_credentials: None | str | Unset = UNSET
    """ The content of GOOGLE_APPLICATION_CREDENTIALS json file """
    google_project_id: None | str | Unset = UNSET
    """ Google project ID """
    last_sync: datetime.datetime | None | Unset = UNSET
    """ Last sync finished time """
    last_sync_count: int | None | Unset = UNSET
    """ Count of tasks synced last time """
    last_sync_job: None | str | Unset = UNSET
    """ Last sync job ID """
    meta: Any | Unset = UNSET
    """ Meta and debug information about storage processes """
    prefix: None | str | Unset = UNSET
    """ GCS bucket prefix """
    regex_filter: None | str | Unset = UNSET
    """ Cloud storage regex for filtering objects """
    status: StorageStatus | Unset = UNSET
    """ * `initialized` - Initialized
    * `queued` - Queued
    * `in_progress` - In progress
    * `failed` - Failed
    * `completed` - Completed
    * `completed_with_errors` - Completed with errors """
    synchronizable: bool | Unset = True
    title: None | str | Unset = UNSET
    """ Cloud storage title """
    traceback: None | str | Unset = UNSET
    """ Traceback report for the last failed sync """
    type_: str | Unset = "gcs"
    use_blob_urls: bool | Unset = UNSET
    """ Interpret objects as BLOBs and generate URLs """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    #: attributes holding credentials (tokens, passwords, keys): ``repr`` shows them as ``<hidden>``
    secret_fields: ClassVar[frozenset[str]] = frozenset({"google_application_credentials"})

    def __repr__(self) -> str:
        return secret_repr(self, self.secret_fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = None if created_at is None else created_at.isoformat()

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        bucket: Any = self.bucket
        if bucket is not UNSET:
            field_dict["bucket"] = bucket

        can_delete_objects: Any = self.can_delete_objects
        if can_delete_objects is not UNSET:
            field_dict["can_delete_objects"] = can_delete_objects

        description: Any = self.description
        if description is not UNSET:
            field_dict["description"] = description

        google_application_credentials: Any = self.google_application_credentials
        if google_application_credentials is not UNSET:
            field_dict["google_application_credentials"] = google_application_credentials

        google_project_id: Any = self.google_project_id
        if google_project_id is not UNSET:
            field_dict["google_project_id"] = google_project_id

        last_sync = self.last_sync
        if not isinstance(last_sync, Unset):
            if last_sync is None:
                field_dict["last_sync"] = None
            else:
                if isinstance(last_sync, datetime.datetime):
                    field_dict["last_sync"] = last_sync.isoformat()
                else:
                    field_dict["last_sync"] = last_sync

        last_sync_count: Any = self.last_sync_count
        if last_sync_count is not UNSET:
            field_dict["last_sync_count"] = last_sync_count

        last_sync_job: Any = self.last_sync_job
        if last_sync_job is not UNSET:
            field_dict["last_sync_job"] = last_sync_job

        meta: Any = self.meta
        if meta is not UNSET:
            field_dict["meta"] = meta

        prefix: Any = self.prefix
        if prefix is not UNSET:
            field_dict["prefix"] = prefix

        regex_filter: Any = self.regex_filter
        if regex_filter is not UNSET:
            field_dict["regex_filter"] = regex_filter

        status = self.status
        if not isinstance(status, Unset):
            field_dict["status"] = None if status is None else status.value

        synchronizable: Any = self.synchronizable
        if synchronizable is not UNSET:
            field_dict["synchronizable"] = synchronizable

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

        traceback: Any = self.traceback
        if traceback is not UNSET:
            field_dict["traceback"] = traceback

        type_: Any = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_

        use_blob_urls: Any = self.use_blob_urls
        if use_blob_urls is not UNSET:
            field_dict["use_blob_urls"] = use_blob_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("created_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.created_at = value
        obj.id = get("id", UNSET)
        obj.project = get("project", UNSET)
        obj.bucket = get("bucket", UNSET)
        obj.can_delete_objects = get("can_delete_objects", UNSET)
        obj.description = get("description", UNSET)
        obj.google_application_credentials = get("google_application_credentials", UNSET)
        obj.google_project_id = get("google_project_id", UNSET)
        value = get("last_sync", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_last_sync(value)
        obj.last_sync = value
        obj.last_sync_count = get("last_sync_count", UNSET)
        obj.last_sync_job = get("last_sync_job", UNSET)
        obj.meta = get("meta", UNSET)
        obj.prefix = get("prefix", UNSET)
        obj.regex_filter = get("regex_filter", UNSET)
        value = get("status", UNSET)
        if value is not None and value is not UNSET:
            value = StorageStatus(value)
        obj.status = value
        obj.synchronizable = get("synchronizable", UNSET)
        obj.title = get("title", UNSET)
        obj.traceback = get("traceback", UNSET)
        obj.type_ = get("type", UNSET)
        obj.use_blob_urls = get("use_blob_urls", UNSET)
        obj.additional_properties = (
            {} if _KNOWN_KEYS.issuperset(d) else {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        )
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_last_sync(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return datetime.datetime.fromisoformat(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]

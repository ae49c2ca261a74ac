from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_status import StorageStatus
from ..types import UNSET, Unset, secret_repr

T = TypeVar("T", bound="S3ExportStorage")


@_attrs_define
class S3ExportStorage:
    created_at: datetime.datetime
    """ Creation time """
    id: int
    project: int
    """ A unique integer value identifying this project. """
    aws_access_key_id: None | str | Unset = UNSET
    """ AWS_ACCESS_KEY_ID """
    aws_secret_access_key: None | str | Unset = UNSET
    """ AWS_SECRET_ACCESS_KEY """
    aws_session_token: None | str | Unset = UNSET
    """ AWS_SESSION_TOKEN """
    aws_sse_kms_key_id: None | str | Unset = UNSET
    """ AWS SSE KMS Key ID """
    bucket: None | str | Unset = UNSET
    """ S3 bucket name """
    can_delete_objects: bool | None | Unset = UNSET
    """ Deletion from storage enabled """
    description: None | str | Unset = UNSET
    """ Cloud storage description """
    last_sync: datetime.datetime | None | Unset = UNSET
    """ Last sync finished time """
    last_sync_count: int | None | Unset = UNSET
    """ Count of tasks synced last time """
    last_sync_job: None | str | Unset = UNSET
    """ Last sync job ID """
    meta: Any | Unset = UNSET
    """ Meta and debug information about storage processes """
    prefix: None | str | Unset = UNSET
    """ S3 bucket prefix """
    regex_filter: None | str | Unset = UNSET
    """ Cloud storage regex for filtering objects """
    region_name: None | str | Unset = UNSET
    """ AWS Region """
    s3_endpoint: None | str | Unset = UNSET
    """ S3 Endpoint """
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
    type_: str | Unset = "s3"
    use_blob_urls: bool | Unset = UNSET
    """ Interpret objects as BLOBs and generate URLs """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    #: attributes holding credentials (tokens, passwords, keys): ``repr`` shows them as ``<hidden>``
    secret_fields: ClassVar[frozenset[str]] = frozenset({"aws_secret_access_key", "aws_session_token"})

    def __repr__(self) -> str:
        return secret_repr(self, self.secret_fields)

    def to_dict(self) -> dict[str, Any]:
        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        aws_access_key_id: Any = UNSET
        if not isinstance(self.aws_access_key_id, Unset):
            if isinstance(self.aws_access_key_id, Unset):
                aws_access_key_id = UNSET
            else:
                aws_access_key_id = self.aws_access_key_id

        aws_secret_access_key: Any = UNSET
        if not isinstance(self.aws_secret_access_key, Unset):
            if isinstance(self.aws_secret_access_key, Unset):
                aws_secret_access_key = UNSET
            else:
                aws_secret_access_key = self.aws_secret_access_key

        aws_session_token: Any = UNSET
        if not isinstance(self.aws_session_token, Unset):
            if isinstance(self.aws_session_token, Unset):
                aws_session_token = UNSET
            else:
                aws_session_token = self.aws_session_token

        aws_sse_kms_key_id: Any = UNSET
        if not isinstance(self.aws_sse_kms_key_id, Unset):
            if isinstance(self.aws_sse_kms_key_id, Unset):
                aws_sse_kms_key_id = UNSET
            else:
                aws_sse_kms_key_id = self.aws_sse_kms_key_id

        bucket: Any = UNSET
        if not isinstance(self.bucket, Unset):
            if isinstance(self.bucket, Unset):
                bucket = UNSET
            else:
                bucket = self.bucket

        can_delete_objects: Any = UNSET
        if not isinstance(self.can_delete_objects, Unset):
            if isinstance(self.can_delete_objects, Unset):
                can_delete_objects = UNSET
            else:
                can_delete_objects = self.can_delete_objects

        description: Any = UNSET
        if not isinstance(self.description, Unset):
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

        last_sync: Any = UNSET
        if not isinstance(self.last_sync, Unset):
            if isinstance(self.last_sync, Unset):
                last_sync = UNSET
            elif isinstance(self.last_sync, datetime.datetime):
                last_sync = self.last_sync.isoformat()
            else:
                last_sync = self.last_sync

        last_sync_count: Any = UNSET
        if not isinstance(self.last_sync_count, Unset):
            if isinstance(self.last_sync_count, Unset):
                last_sync_count = UNSET
            else:
                last_sync_count = self.last_sync_count

        last_sync_job: Any = UNSET
        if not isinstance(self.last_sync_job, Unset):
            if isinstance(self.last_sync_job, Unset):
                last_sync_job = UNSET
            else:
                last_sync_job = self.last_sync_job

        meta: Any = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta

        prefix: Any = UNSET
        if not isinstance(self.prefix, Unset):
            if isinstance(self.prefix, Unset):
                prefix = UNSET
            else:
                prefix = self.prefix

        regex_filter: Any = UNSET
        if not isinstance(self.regex_filter, Unset):
            if isinstance(self.regex_filter, Unset):
                regex_filter = UNSET
            else:
                regex_filter = self.regex_filter

        region_name: Any = UNSET
        if not isinstance(self.region_name, Unset):
            if isinstance(self.region_name, Unset):
                region_name = UNSET
            else:
                region_name = self.region_name

        s3_endpoint: Any = UNSET
        if not isinstance(self.s3_endpoint, Unset):
            if isinstance(self.s3_endpoint, Unset):
                s3_endpoint = UNSET
            else:
                s3_endpoint = self.s3_endpoint

        status: Any = UNSET
        if self.status is None:
            status = None
        elif not isinstance(self.status, Unset):
            status = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        synchronizable: Any = UNSET
        if not isinstance(self.synchronizable, Unset):
            synchronizable = self.synchronizable

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            if isinstance(self.title, Unset):
                title = UNSET
            else:
                title = self.title

        traceback: Any = UNSET
        if not isinstance(self.traceback, Unset):
            if isinstance(self.traceback, Unset):
                traceback = UNSET
            else:
                traceback = self.traceback

        type_: Any = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        use_blob_urls: Any = UNSET
        if not isinstance(self.use_blob_urls, Unset):
            use_blob_urls = self.use_blob_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if project is not UNSET:
            field_dict["project"] = project
        if aws_access_key_id is not UNSET:
            field_dict["aws_access_key_id"] = aws_access_key_id
        if aws_secret_access_key is not UNSET:
            field_dict["aws_secret_access_key"] = aws_secret_access_key
        if aws_session_token is not UNSET:
            field_dict["aws_session_token"] = aws_session_token
        if aws_sse_kms_key_id is not UNSET:
            field_dict["aws_sse_kms_key_id"] = aws_sse_kms_key_id
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if can_delete_objects is not UNSET:
            field_dict["can_delete_objects"] = can_delete_objects
        if description is not UNSET:
            field_dict["description"] = description
        if last_sync is not UNSET:
            field_dict["last_sync"] = last_sync
        if last_sync_count is not UNSET:
            field_dict["last_sync_count"] = last_sync_count
        if last_sync_job is not UNSET:
            field_dict["last_sync_job"] = last_sync_job
        if meta is not UNSET:
            field_dict["meta"] = meta
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if regex_filter is not UNSET:
            field_dict["regex_filter"] = regex_filter
        if region_name is not UNSET:
            field_dict["region_name"] = region_name
        if s3_endpoint is not UNSET:
            field_dict["s3_endpoint"] = s3_endpoint
        if status is not UNSET:
            field_dict["status"] = status
        if synchronizable is not UNSET:
            field_dict["synchronizable"] = synchronizable
        if title is not UNSET:
            field_dict["title"] = title
        if traceback is not UNSET:
            field_dict["traceback"] = traceback
        if type_ is not UNSET:
            field_dict["type"] = type_
        if use_blob_urls is not UNSET:
            field_dict["use_blob_urls"] = use_blob_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "created_at" not in d:
            created_at = cast(datetime.datetime, UNSET)
        elif d["created_at"] is None:
            created_at = cast(datetime.datetime, d.pop("created_at"))
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "project" not in d:
            project = cast(int, UNSET)
        else:
            project = d.pop("project")

        def _parse_aws_access_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_access_key_id = _parse_aws_access_key_id(d.pop("aws_access_key_id", UNSET))

        def _parse_aws_secret_access_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_secret_access_key = _parse_aws_secret_access_key(d.pop("aws_secret_access_key", UNSET))

        def _parse_aws_session_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_session_token = _parse_aws_session_token(d.pop("aws_session_token", UNSET))

        def _parse_aws_sse_kms_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_sse_kms_key_id = _parse_aws_sse_kms_key_id(d.pop("aws_sse_kms_key_id", UNSET))

        def _parse_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket = _parse_bucket(d.pop("bucket", UNSET))

        def _parse_can_delete_objects(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_delete_objects = _parse_can_delete_objects(d.pop("can_delete_objects", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_last_sync(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_sync_type_0 = datetime.datetime.fromisoformat(data)

                return last_sync_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_sync = _parse_last_sync(d.pop("last_sync", UNSET))

        def _parse_last_sync_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_sync_count = _parse_last_sync_count(d.pop("last_sync_count", UNSET))

        def _parse_last_sync_job(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_sync_job = _parse_last_sync_job(d.pop("last_sync_job", UNSET))

        meta = d.pop("meta", UNSET)

        def _parse_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prefix = _parse_prefix(d.pop("prefix", UNSET))

        def _parse_regex_filter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regex_filter = _parse_regex_filter(d.pop("regex_filter", UNSET))

        def _parse_region_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_name = _parse_region_name(d.pop("region_name", UNSET))

        def _parse_s3_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_endpoint = _parse_s3_endpoint(d.pop("s3_endpoint", UNSET))

        if d.get("status", UNSET) is not None:
            _status = d.pop("status", UNSET)
            status: StorageStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = StorageStatus(_status)

        else:
            status = cast(Any, d.pop("status"))

        synchronizable = d.pop("synchronizable", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_traceback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        traceback = _parse_traceback(d.pop("traceback", UNSET))

        type_ = d.pop("type", UNSET)

        use_blob_urls = d.pop("use_blob_urls", UNSET)

        s3_export_storage = cls(
            created_at=created_at,
            id=id,
            project=project,
            aws_access_key_id=aws_access_key_id,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_token=aws_session_token,
            aws_sse_kms_key_id=aws_sse_kms_key_id,
            bucket=bucket,
            can_delete_objects=can_delete_objects,
            description=description,
            last_sync=last_sync,
            last_sync_count=last_sync_count,
            last_sync_job=last_sync_job,
            meta=meta,
            prefix=prefix,
            regex_filter=regex_filter,
            region_name=region_name,
            s3_endpoint=s3_endpoint,
            status=status,
            synchronizable=synchronizable,
            title=title,
            traceback=traceback,
            type_=type_,
            use_blob_urls=use_blob_urls,
        )

        s3_export_storage.additional_properties = d
        return s3_export_storage

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

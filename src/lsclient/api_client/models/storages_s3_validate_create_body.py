from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, secret_repr

T = TypeVar("T", bound="StoragesS3ValidateCreateBody")


@_attrs_define
class StoragesS3ValidateCreateBody:
    aws_access_key_id: str | Unset = UNSET
    """ AWS_ACCESS_KEY_ID """
    aws_secret_access_key: str | Unset = UNSET
    """ AWS_SECRET_ACCESS_KEY """
    aws_session_token: str | Unset = UNSET
    """ AWS_SESSION_TOKEN """
    aws_sse_kms_key_id: str | Unset = UNSET
    """ AWS SSE KMS Key ID """
    bucket: str | Unset = UNSET
    """ S3 bucket name """
    description: str | Unset = UNSET
    """ Storage description """
    id: int | Unset = UNSET
    """ Storage ID. If set, storage with specified ID will be updated """
    prefix: str | Unset = UNSET
    """ S3 bucket prefix """
    presign: bool | Unset = True
    """ Presign URLs for download """
    presign_ttl: int | Unset = 1
    """ Presign TTL in minutes """
    project: int | Unset = UNSET
    """ Project ID """
    recursive_scan: bool | Unset = UNSET
    """ Scan recursively """
    regex_filter: str | Unset = UNSET
    """ Cloud storage regex for filtering objects. You must specify it otherwise no objects will be imported. """
    region_name: str | Unset = UNSET
    """ AWS Region """
    s3_endpoint: str | Unset = UNSET
    """ S3 Endpoint """
    title: str | Unset = UNSET
    """ Storage title """
    use_blob_urls: bool | Unset = False
    """ Interpret objects as BLOBs and generate URLs. For example, if your bucket contains images, you can use this
    option to generate URLs for these images. If set to False, it will read the content of the file and load it into
    Label Studio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: attributes holding credentials (tokens, passwords, keys): ``repr`` shows them as ``<hidden>``
    secret_fields: ClassVar[frozenset[str]] = frozenset({"aws_secret_access_key", "aws_session_token"})

    def __repr__(self) -> str:
        return secret_repr(self, self.secret_fields)

    def to_dict(self) -> dict[str, Any]:
        aws_access_key_id: Any = UNSET
        if not isinstance(self.aws_access_key_id, Unset):
            aws_access_key_id = self.aws_access_key_id

        aws_secret_access_key: Any = UNSET
        if not isinstance(self.aws_secret_access_key, Unset):
            aws_secret_access_key = self.aws_secret_access_key

        aws_session_token: Any = UNSET
        if not isinstance(self.aws_session_token, Unset):
            aws_session_token = self.aws_session_token

        aws_sse_kms_key_id: Any = UNSET
        if not isinstance(self.aws_sse_kms_key_id, Unset):
            aws_sse_kms_key_id = self.aws_sse_kms_key_id

        bucket: Any = UNSET
        if not isinstance(self.bucket, Unset):
            bucket = self.bucket

        description: Any = UNSET
        if not isinstance(self.description, Unset):
            description = self.description

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        prefix: Any = UNSET
        if not isinstance(self.prefix, Unset):
            prefix = self.prefix

        presign: Any = UNSET
        if not isinstance(self.presign, Unset):
            presign = self.presign

        presign_ttl: Any = UNSET
        if not isinstance(self.presign_ttl, Unset):
            presign_ttl = self.presign_ttl

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        recursive_scan: Any = UNSET
        if not isinstance(self.recursive_scan, Unset):
            recursive_scan = self.recursive_scan

        regex_filter: Any = UNSET
        if not isinstance(self.regex_filter, Unset):
            regex_filter = self.regex_filter

        region_name: Any = UNSET
        if not isinstance(self.region_name, Unset):
            region_name = self.region_name

        s3_endpoint: Any = UNSET
        if not isinstance(self.s3_endpoint, Unset):
            s3_endpoint = self.s3_endpoint

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        use_blob_urls: Any = UNSET
        if not isinstance(self.use_blob_urls, Unset):
            use_blob_urls = self.use_blob_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if presign is not UNSET:
            field_dict["presign"] = presign
        if presign_ttl is not UNSET:
            field_dict["presign_ttl"] = presign_ttl
        if project is not UNSET:
            field_dict["project"] = project
        if recursive_scan is not UNSET:
            field_dict["recursive_scan"] = recursive_scan
        if regex_filter is not UNSET:
            field_dict["regex_filter"] = regex_filter
        if region_name is not UNSET:
            field_dict["region_name"] = region_name
        if s3_endpoint is not UNSET:
            field_dict["s3_endpoint"] = s3_endpoint
        if title is not UNSET:
            field_dict["title"] = title
        if use_blob_urls is not UNSET:
            field_dict["use_blob_urls"] = use_blob_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aws_access_key_id = d.pop("aws_access_key_id", UNSET)

        aws_secret_access_key = d.pop("aws_secret_access_key", UNSET)

        aws_session_token = d.pop("aws_session_token", UNSET)

        aws_sse_kms_key_id = d.pop("aws_sse_kms_key_id", UNSET)

        bucket = d.pop("bucket", UNSET)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        prefix = d.pop("prefix", UNSET)

        presign = d.pop("presign", UNSET)

        presign_ttl = d.pop("presign_ttl", UNSET)

        project = d.pop("project", UNSET)

        recursive_scan = d.pop("recursive_scan", UNSET)

        regex_filter = d.pop("regex_filter", UNSET)

        region_name = d.pop("region_name", UNSET)

        s3_endpoint = d.pop("s3_endpoint", UNSET)

        title = d.pop("title", UNSET)

        use_blob_urls = d.pop("use_blob_urls", UNSET)

        storages_s3_validate_create_body = cls(
            aws_access_key_id=aws_access_key_id,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_token=aws_session_token,
            aws_sse_kms_key_id=aws_sse_kms_key_id,
            bucket=bucket,
            description=description,
            id=id,
            prefix=prefix,
            presign=presign,
            presign_ttl=presign_ttl,
            project=project,
            recursive_scan=recursive_scan,
            regex_filter=regex_filter,
            region_name=region_name,
            s3_endpoint=s3_endpoint,
            title=title,
            use_blob_urls=use_blob_urls,
        )

        storages_s3_validate_create_body.additional_properties = d
        return storages_s3_validate_create_body

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

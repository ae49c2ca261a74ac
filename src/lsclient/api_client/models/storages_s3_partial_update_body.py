from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, secret_repr

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "aws_access_key_id",
        "aws_secret_access_key",
        "aws_session_token",
        "aws_sse_kms_key_id",
        "bucket",
        "description",
        "prefix",
        "presign",
        "presign_ttl",
        "project",
        "recursive_scan",
        "regex_filter",
        "region_name",
        "s3_endpoint",
        "title",
        "use_blob_urls",
    }
)


T = TypeVar("T", bound="StoragesS3PartialUpdateBody")


@_attrs_define
class StoragesS3PartialUpdateBody:
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
    prefix: str | Unset = UNSET
    """ S3 bucket prefix """
    presign: bool | Unset = UNSET
    """ Presign URLs for download """
    presign_ttl: int | Unset = UNSET
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
    use_blob_urls: bool | Unset = UNSET
    """ Interpret objects as BLOBs and generate URLs. For example, if your bucket contains images, you can use this
    option to generate URLs for these images. If set to False, it will read the content of the file and load it into
    Label Studio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: attributes holding credentials (tokens, passwords, keys): ``repr`` shows them as ``<hidden>``
    secret_fields: ClassVar[frozenset[str]] = frozenset({"aws_secret_access_key", "aws_session_token"})

    def __repr__(self) -> str:
        return secret_repr(self, self.secret_fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        aws_access_key_id: Any = self.aws_access_key_id
        if aws_access_key_id is not UNSET:
            field_dict["aws_access_key_id"] = aws_access_key_id

        aws_secret_access_key: Any = self.aws_secret_access_key
        if aws_secret_access_key is not UNSET:
            field_dict["aws_secret_access_key"] = aws_secret_access_key

        aws_session_token: Any = self.aws_session_token
        if aws_session_token is not UNSET:
            field_dict["aws_session_token"] = aws_session_token

        aws_sse_kms_key_id: Any = self.aws_sse_kms_key_id
        if aws_sse_kms_key_id is not UNSET:
            field_dict["aws_sse_kms_key_id"] = aws_sse_kms_key_id

        bucket: Any = self.bucket
        if bucket is not UNSET:
            field_dict["bucket"] = bucket

        description: Any = self.description
        if description is not UNSET:
            field_dict["description"] = description

        prefix: Any = self.prefix
        if prefix is not UNSET:
            field_dict["prefix"] = prefix

        presign: Any = self.presign
        if presign is not UNSET:
            field_dict["presign"] = presign

        presign_ttl: Any = self.presign_ttl
        if presign_ttl is not UNSET:
            field_dict["presign_ttl"] = presign_ttl

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        recursive_scan: Any = self.recursive_scan
        if recursive_scan is not UNSET:
            field_dict["recursive_scan"] = recursive_scan

        regex_filter: Any = self.regex_filter
        if regex_filter is not UNSET:
            field_dict["regex_filter"] = regex_filter

        region_name: Any = self.region_name
        if region_name is not UNSET:
            field_dict["region_name"] = region_name

        s3_endpoint: Any = self.s3_endpoint
        if s3_endpoint is not UNSET:
            field_dict["s3_endpoint"] = s3_endpoint

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

        use_blob_urls: Any = self.use_blob_urls
        if use_blob_urls is not UNSET:
            field_dict["use_blob_urls"] = use_blob_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.aws_access_key_id = get("aws_access_key_id", UNSET)
        obj.aws_secret_access_key = get("aws_secret_access_key", UNSET)
        obj.aws_session_token = get("aws_session_token", UNSET)
        obj.aws_sse_kms_key_id = get("aws_sse_kms_key_id", UNSET)
        obj.bucket = get("bucket", UNSET)
        obj.description = get("description", UNSET)
        obj.prefix = get("prefix", UNSET)
        obj.presign = get("presign", UNSET)
        obj.presign_ttl = get("presign_ttl", UNSET)
        obj.project = get("project", UNSET)
        obj.recursive_scan = get("recursive_scan", UNSET)
        obj.regex_filter = get("regex_filter", UNSET)
        obj.region_name = get("region_name", UNSET)
        obj.s3_endpoint = get("s3_endpoint", UNSET)
        obj.title = get("title", UNSET)
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

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
        "can_delete_objects",
        "description",
        "prefix",
        "project",
        "region_name",
        "s3_endpoint",
        "title",
    }
)


T = TypeVar("T", bound="StoragesExportS3PartialUpdateBody")


@_attrs_define
class StoragesExportS3PartialUpdateBody:
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
    can_delete_objects: bool | Unset = UNSET
    """ Deletion from storage enabled. """
    description: str | Unset = UNSET
    """ Storage description """
    prefix: str | Unset = UNSET
    """ S3 bucket prefix """
    project: int | Unset = UNSET
    """ Project ID """
    region_name: str | Unset = UNSET
    """ AWS Region """
    s3_endpoint: str | Unset = UNSET
    """ S3 Endpoint """
    title: str | Unset = UNSET
    """ Storage title """
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

        can_delete_objects: Any = self.can_delete_objects
        if can_delete_objects is not UNSET:
            field_dict["can_delete_objects"] = can_delete_objects

        description: Any = self.description
        if description is not UNSET:
            field_dict["description"] = description

        prefix: Any = self.prefix
        if prefix is not UNSET:
            field_dict["prefix"] = prefix

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        region_name: Any = self.region_name
        if region_name is not UNSET:
            field_dict["region_name"] = region_name

        s3_endpoint: Any = self.s3_endpoint
        if s3_endpoint is not UNSET:
            field_dict["s3_endpoint"] = s3_endpoint

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

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
        obj.can_delete_objects = get("can_delete_objects", UNSET)
        obj.description = get("description", UNSET)
        obj.prefix = get("prefix", UNSET)
        obj.project = get("project", UNSET)
        obj.region_name = get("region_name", UNSET)
        obj.s3_endpoint = get("s3_endpoint", UNSET)
        obj.title = get("title", UNSET)
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

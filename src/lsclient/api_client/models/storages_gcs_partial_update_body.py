from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, secret_repr

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "bucket",
        "description",
        "google_application_credentials",
        "google_project_id",
        "prefix",
        "presign",
        "presign_ttl",
        "project",
        "regex_filter",
        "title",
        "use_blob_urls",
    }
)


T = TypeVar("T", bound="StoragesGcsPartialUpdateBody")


@_attrs_define
class StoragesGcsPartialUpdateBody:
    bucket: str | Unset = UNSET
    """ GCS bucket name """
    description: str | Unset = UNSET
    """ Storage description """
    google_application_credentials: str | Unset = UNSET
    """ The content of GOOGLE_APPLICATION_CREDENTIALS json file. Check official Google Cloud Authentication
    documentation for more details. """
    google_project_id: str | Unset = UNSET
    """ Google project ID """
    prefix: str | Unset = UNSET
    """ GCS bucket prefix """
    presign: bool | Unset = UNSET
    """ Presign URLs for direct download """
    presign_ttl: int | Unset = UNSET
    """ Presign TTL in minutes """
    project: int | Unset = UNSET
    """ Project ID """
    regex_filter: str | Unset = UNSET
    """ Cloud storage regex for filtering objects. You must specify it otherwise no objects will be imported. """
    title: str | Unset = UNSET
    """ Storage title """
    use_blob_urls: bool | Unset = UNSET
    """ Interpret objects as BLOBs and generate URLs. For example, if your bucket contains images, you can use this
    option to generate URLs for these images. If set to False, it will read the content of the file and load it into
    Label Studio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: attributes holding credentials (tokens, passwords, keys): ``repr`` shows them as ``<hidden>``
    secret_fields: ClassVar[frozenset[str]] = frozenset({"google_application_credentials"})

    def __repr__(self) -> str:
        return secret_repr(self, self.secret_fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        bucket: Any = self.bucket
        if bucket is not UNSET:
            field_dict["bucket"] = bucket

        description: Any = self.description
        if description is not UNSET:
            field_dict["description"] = description

        google_application_credentials: Any = self.google_application_credentials
        if google_application_credentials is not UNSET:
            field_dict["google_application_credentials"] = google_application_credentials

        google_project_id: Any = self.google_project_id
        if google_project_id is not UNSET:
            field_dict["google_project_id"] = google_project_id

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

        regex_filter: Any = self.regex_filter
        if regex_filter is not UNSET:
            field_dict["regex_filter"] = regex_filter

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
        obj.bucket = get("bucket", UNSET)
        obj.description = get("description", UNSET)
        obj.google_application_credentials = get("google_application_credentials", UNSET)
        obj.google_project_id = get("google_project_id", UNSET)
        obj.prefix = get("prefix", UNSET)
        obj.presign = get("presign", UNSET)
        obj.presign_ttl = get("presign_ttl", UNSET)
        obj.project = get("project", UNSET)
        obj.regex_filter = get("regex_filter", UNSET)
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

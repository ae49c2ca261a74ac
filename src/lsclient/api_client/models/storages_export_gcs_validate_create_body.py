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
        "can_delete_objects",
        "description",
        "google_application_credentials",
        "google_project_id",
        "id",
        "prefix",
        "project",
        "title",
    }
)


T = TypeVar("T", bound="StoragesExportGcsValidateCreateBody")


@_attrs_define
class StoragesExportGcsValidateCreateBody:
    bucket: str | Unset = UNSET
    """ GCS bucket name """
    can_delete_objects: bool | Unset = False
    """ Deletion from storage enabled. """
    description: str | Unset = UNSET
    """ Storage description """
    google_application_credentials: str | Unset = UNSET
    """ The content of GOOGLE_APPLICATION_CREDENTIALS json file. Check official Google Cloud Authentication
    documentation for more details. """
    google_project_id: str | Unset = UNSET
    """ Google project ID """
    id: int | Unset = UNSET
    """ Storage ID. If set, storage with specified ID will be updated """
    prefix: str | Unset = UNSET
    """ GCS bucket prefix """
    project: int | Unset = UNSET
    """ Project ID """
    title: str | Unset = UNSET
    """ Storage title """
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

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        prefix: Any = self.prefix
        if prefix is not UNSET:
            field_dict["prefix"] = prefix

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.bucket = get("bucket", UNSET)
        obj.can_delete_objects = get("can_delete_objects", UNSET)
        obj.description = get("description", UNSET)
        obj.google_application_credentials = get("google_application_credentials", UNSET)
        obj.google_project_id = get("google_project_id", UNSET)
        obj.id = get("id", UNSET)
        obj.prefix = get("prefix", UNSET)
        obj.project = get("project", UNSET)
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

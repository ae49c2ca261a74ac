from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, secret_repr

T = TypeVar("T", bound="StoragesExportGcsCreateBody")


@_attrs_define
class StoragesExportGcsCreateBody:
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
        bucket: Any = UNSET
        if not isinstance(self.bucket, Unset):
            bucket = self.bucket

        can_delete_objects: Any = UNSET
        if not isinstance(self.can_delete_objects, Unset):
            can_delete_objects = self.can_delete_objects

        description: Any = UNSET
        if not isinstance(self.description, Unset):
            description = self.description

        google_application_credentials: Any = UNSET
        if not isinstance(self.google_application_credentials, Unset):
            google_application_credentials = self.google_application_credentials

        google_project_id: Any = UNSET
        if not isinstance(self.google_project_id, Unset):
            google_project_id = self.google_project_id

        prefix: Any = UNSET
        if not isinstance(self.prefix, Unset):
            prefix = self.prefix

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if can_delete_objects is not UNSET:
            field_dict["can_delete_objects"] = can_delete_objects
        if description is not UNSET:
            field_dict["description"] = description
        if google_application_credentials is not UNSET:
            field_dict["google_application_credentials"] = google_application_credentials
        if google_project_id is not UNSET:
            field_dict["google_project_id"] = google_project_id
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if project is not UNSET:
            field_dict["project"] = project
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket = d.pop("bucket", UNSET)

        can_delete_objects = d.pop("can_delete_objects", UNSET)

        description = d.pop("description", UNSET)

        google_application_credentials = d.pop("google_application_credentials", UNSET)

        google_project_id = d.pop("google_project_id", UNSET)

        prefix = d.pop("prefix", UNSET)

        project = d.pop("project", UNSET)

        title = d.pop("title", UNSET)

        storages_export_gcs_create_body = cls(
            bucket=bucket,
            can_delete_objects=can_delete_objects,
            description=description,
            google_application_credentials=google_application_credentials,
            google_project_id=google_project_id,
            prefix=prefix,
            project=project,
            title=title,
        )

        storages_export_gcs_create_body.additional_properties = d
        return storages_export_gcs_create_body

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

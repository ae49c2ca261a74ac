from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectsFileUploadsDestroyBody")


@_attrs_define
class ProjectsFileUploadsDestroyBody:
    file_upload_ids: list[int] | Unset = UNSET
    """ Remove only these file uploads (default: all of the project's) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_upload_ids: Any = UNSET
        if self.file_upload_ids is None:
            file_upload_ids = None
        elif not isinstance(self.file_upload_ids, Unset):
            file_upload_ids = UNSET
            if not isinstance(self.file_upload_ids, Unset):
                file_upload_ids = self.file_upload_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_upload_ids is not UNSET:
            field_dict["file_upload_ids"] = file_upload_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if d.get("file_upload_ids", UNSET) is not None:
            file_upload_ids = cast(list[int], d.pop("file_upload_ids", UNSET))

        else:
            file_upload_ids = cast(Any, d.pop("file_upload_ids"))

        projects_file_uploads_destroy_body = cls(
            file_upload_ids=file_upload_ids,
        )

        projects_file_uploads_destroy_body.additional_properties = d
        return projects_file_uploads_destroy_body

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectsExportsConvertCreateResponse200")


@_attrs_define
class ProjectsExportsConvertCreateResponse200:
    converted_format: int | Unset = UNSET
    export_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        converted_format: Any = UNSET
        if not isinstance(self.converted_format, Unset):
            converted_format = self.converted_format

        export_type: Any = UNSET
        if not isinstance(self.export_type, Unset):
            export_type = self.export_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if converted_format is not UNSET:
            field_dict["converted_format"] = converted_format
        if export_type is not UNSET:
            field_dict["export_type"] = export_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        converted_format = d.pop("converted_format", UNSET)

        export_type = d.pop("export_type", UNSET)

        projects_exports_convert_create_response_200 = cls(
            converted_format=converted_format,
            export_type=export_type,
        )

        projects_exports_convert_create_response_200.additional_properties = d
        return projects_exports_convert_create_response_200

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportConvertRequest")


@_attrs_define
class ExportConvertRequest:
    export_type: str
    """ Export file format. """
    download_resources: bool | Unset = UNSET
    """ Download resources in converter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_type: Any = UNSET
        if not isinstance(self.export_type, Unset):
            export_type = self.export_type

        download_resources: Any = UNSET
        if not isinstance(self.download_resources, Unset):
            download_resources = self.download_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if export_type is not UNSET:
            field_dict["export_type"] = export_type
        if download_resources is not UNSET:
            field_dict["download_resources"] = download_resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "export_type" not in d:
            export_type = cast(str, UNSET)
        else:
            export_type = d.pop("export_type")

        download_resources = d.pop("download_resources", UNSET)

        export_convert_request = cls(
            export_type=export_type,
            download_resources=download_resources,
        )

        export_convert_request.additional_properties = d
        return export_convert_request

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

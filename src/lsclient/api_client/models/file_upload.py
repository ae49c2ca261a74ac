from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUpload")


@_attrs_define
class FileUpload:
    file: str
    id: int
    size: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: Any = UNSET
        if not isinstance(self.file, Unset):
            file = self.file

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        size: Any = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file is not UNSET:
            field_dict["file"] = file
        if id is not UNSET:
            field_dict["id"] = id
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "file" not in d:
            file = cast(str, UNSET)
        else:
            file = d.pop("file")

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "size" not in d:
            size = cast(int | None, UNSET)
        else:

            def _parse_size(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            size = _parse_size(d.pop("size"))

        file_upload = cls(
            file=file,
            id=id,
            size=size,
        )

        file_upload.additional_properties = d
        return file_upload

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_status import ExportStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertedFormat")


@_attrs_define
class ConvertedFormat:
    export_type: str
    id: int
    status: ExportStatus | Unset = UNSET
    """ * `created` - Created
    * `in_progress` - In progress
    * `failed` - Failed
    * `completed` - Completed """
    traceback: None | str | Unset = UNSET
    """ Traceback report in case of errors """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_type: Any = UNSET
        if not isinstance(self.export_type, Unset):
            export_type = self.export_type

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        status: Any = UNSET
        if self.status is None:
            status = None
        elif not isinstance(self.status, Unset):
            status = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        traceback: Any = UNSET
        if not isinstance(self.traceback, Unset):
            if isinstance(self.traceback, Unset):
                traceback = UNSET
            else:
                traceback = self.traceback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if export_type is not UNSET:
            field_dict["export_type"] = export_type
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if traceback is not UNSET:
            field_dict["traceback"] = traceback

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "export_type" not in d:
            export_type = cast(str, UNSET)
        else:
            export_type = d.pop("export_type")

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if d.get("status", UNSET) is not None:
            _status = d.pop("status", UNSET)
            status: ExportStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ExportStatus(_status)

        else:
            status = cast(Any, d.pop("status"))

        def _parse_traceback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        traceback = _parse_traceback(d.pop("traceback", UNSET))

        converted_format = cls(
            export_type=export_type,
            id=id,
            status=status,
            traceback=traceback,
        )

        converted_format.additional_properties = d
        return converted_format

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

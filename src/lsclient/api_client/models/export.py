from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_status import ExportStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.converted_format import ConvertedFormat
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="Export")


@_attrs_define
class Export:
    created_at: datetime.datetime
    """ Creation time """
    id: int
    converted_formats: list[ConvertedFormat] | Unset = UNSET
    counters: Any | Unset = UNSET
    created_by: UserSimple | Unset = UNSET
    """ A ModelSerializer that takes additional arguments for
    "fields", "omit" and "expand" in order to
    control which fields are displayed, and whether to replace simple
    values with complex, nested serializations """
    finished_at: datetime.datetime | None | Unset = UNSET
    """ Complete or fail time """
    md5: str | Unset = UNSET
    status: ExportStatus | Unset = UNSET
    """ * `created` - Created
    * `in_progress` - In progress
    * `failed` - Failed
    * `completed` - Completed """
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        converted_formats: Any = UNSET
        if self.converted_formats is None:
            converted_formats = None
        elif not isinstance(self.converted_formats, Unset):
            converted_formats = UNSET
            if not isinstance(self.converted_formats, Unset):
                converted_formats = []
                for converted_formats_item_data in self.converted_formats:
                    converted_formats_item = converted_formats_item_data.to_dict()
                    converted_formats.append(converted_formats_item)

        counters: Any = UNSET
        if not isinstance(self.counters, Unset):
            counters = self.counters

        created_by: Any = UNSET
        if self.created_by is None:
            created_by = None
        elif not isinstance(self.created_by, Unset):
            created_by = UNSET
            if not isinstance(self.created_by, Unset):
                created_by = self.created_by.to_dict()

        finished_at: Any = UNSET
        if not isinstance(self.finished_at, Unset):
            if isinstance(self.finished_at, Unset):
                finished_at = UNSET
            elif isinstance(self.finished_at, datetime.datetime):
                finished_at = self.finished_at.isoformat()
            else:
                finished_at = self.finished_at

        md5: Any = UNSET
        if not isinstance(self.md5, Unset):
            md5 = self.md5

        status: Any = UNSET
        if self.status is None:
            status = None
        elif not isinstance(self.status, Unset):
            status = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if converted_formats is not UNSET:
            field_dict["converted_formats"] = converted_formats
        if counters is not UNSET:
            field_dict["counters"] = counters
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if md5 is not UNSET:
            field_dict["md5"] = md5
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.converted_format import ConvertedFormat
        from ..models.user_simple import UserSimple

        d = dict(src_dict)
        if "created_at" not in d:
            created_at = cast(datetime.datetime, UNSET)
        elif d["created_at"] is None:
            created_at = cast(datetime.datetime, d.pop("created_at"))
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if d.get("converted_formats", UNSET) is not None:
            _converted_formats = d.pop("converted_formats", UNSET)
            converted_formats: list[ConvertedFormat] | Unset = UNSET
            if _converted_formats is not UNSET:
                converted_formats = []
                for converted_formats_item_data in _converted_formats:
                    converted_formats_item = ConvertedFormat.from_dict(converted_formats_item_data)

                    converted_formats.append(converted_formats_item)

        else:
            converted_formats = cast(Any, d.pop("converted_formats"))

        counters = d.pop("counters", UNSET)

        if d.get("created_by", UNSET) is not None:
            _created_by = d.pop("created_by", UNSET)
            created_by: UserSimple | Unset
            if isinstance(_created_by, Unset):
                created_by = UNSET
            else:
                created_by = UserSimple.from_dict(_created_by)

        else:
            created_by = cast(Any, d.pop("created_by"))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        md5 = d.pop("md5", UNSET)

        if d.get("status", UNSET) is not None:
            _status = d.pop("status", UNSET)
            status: ExportStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ExportStatus(_status)

        else:
            status = cast(Any, d.pop("status"))

        title = d.pop("title", UNSET)

        export = cls(
            created_at=created_at,
            id=id,
            converted_formats=converted_formats,
            counters=counters,
            created_by=created_by,
            finished_at=finished_at,
            md5=md5,
            status=status,
            title=title,
        )

        export.additional_properties = d
        return export

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

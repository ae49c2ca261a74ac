from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_status import ExportStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.converted_format import ConvertedFormat
    from ..models.user_simple import UserSimple


@functools.cache
def _import_ConvertedFormat() -> type[ConvertedFormat]:
    from ..models.converted_format import ConvertedFormat

    return ConvertedFormat


@functools.cache
def _import_UserSimple() -> type[UserSimple]:
    from ..models.user_simple import UserSimple

    return UserSimple


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {"created_at", "id", "converted_formats", "counters", "created_by", "finished_at", "md5", "status", "title"}
)


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = None if created_at is None else created_at.isoformat()

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        converted_formats = self.converted_formats
        if not isinstance(converted_formats, Unset):
            field_dict["converted_formats"] = (
                None
                if converted_formats is None
                else []
                if converted_formats == []
                else [converted_formats_item_data.to_dict() for converted_formats_item_data in converted_formats]
            )

        counters: Any = self.counters
        if counters is not UNSET:
            field_dict["counters"] = counters

        created_by = self.created_by
        if not isinstance(created_by, Unset):
            field_dict["created_by"] = None if created_by is None else created_by.to_dict()

        finished_at = self.finished_at
        if not isinstance(finished_at, Unset):
            if finished_at is None:
                field_dict["finished_at"] = None
            else:
                if isinstance(finished_at, datetime.datetime):
                    field_dict["finished_at"] = finished_at.isoformat()
                else:
                    field_dict["finished_at"] = finished_at

        md5: Any = self.md5
        if md5 is not UNSET:
            field_dict["md5"] = md5

        status = self.status
        if not isinstance(status, Unset):
            field_dict["status"] = None if status is None else status.value

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("created_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.created_at = value
        obj.id = get("id", UNSET)
        value = get("converted_formats", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(_import_ConvertedFormat().from_dict, value))
        obj.converted_formats = value
        obj.counters = get("counters", UNSET)
        value = get("created_by", UNSET)
        if value is not None and value is not UNSET:
            value = _import_UserSimple().from_dict(value)
        obj.created_by = value
        value = get("finished_at", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_finished_at(value)
        obj.finished_at = value
        obj.md5 = get("md5", UNSET)
        value = get("status", UNSET)
        if value is not None and value is not UNSET:
            value = ExportStatus(value)
        obj.status = value
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


def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return datetime.datetime.fromisoformat(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]

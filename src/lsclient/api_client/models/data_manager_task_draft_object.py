from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_manager_task_draft_object_draft_result_item import DataManagerTaskDraftObjectDraftResultItem


@functools.cache
def _import_DataManagerTaskDraftObjectDraftResultItem() -> type[DataManagerTaskDraftObjectDraftResultItem]:
    from ..models.data_manager_task_draft_object_draft_result_item import DataManagerTaskDraftObjectDraftResultItem

    return DataManagerTaskDraftObjectDraftResultItem


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"created_at", "result", "updated_at"})


T = TypeVar("T", bound="DataManagerTaskDraftObject")


@_attrs_define
class DataManagerTaskDraftObject:
    created_at: datetime.datetime | Unset = UNSET
    result: list[DataManagerTaskDraftObjectDraftResultItem] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = None if created_at is None else created_at.isoformat()

        result = self.result
        if not isinstance(result, Unset):
            field_dict["result"] = (
                None
                if result is None
                else []
                if result == []
                else [result_item_data.to_dict() for result_item_data in result]
            )

        updated_at = self.updated_at
        if not isinstance(updated_at, Unset):
            field_dict["updated_at"] = None if updated_at is None else updated_at.isoformat()

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
        value = get("result", UNSET)
        if value is not None and value is not UNSET:
            value = (
                [] if value == [] else list(map(_import_DataManagerTaskDraftObjectDraftResultItem().from_dict, value))
            )
        obj.result = value
        value = get("updated_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.updated_at = value
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

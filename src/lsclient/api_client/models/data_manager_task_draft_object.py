from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_manager_task_draft_object_draft_result_item import DataManagerTaskDraftObjectDraftResultItem


T = TypeVar("T", bound="DataManagerTaskDraftObject")


@_attrs_define
class DataManagerTaskDraftObject:
    created_at: datetime.datetime | Unset = UNSET
    result: list[DataManagerTaskDraftObjectDraftResultItem] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()

        result: Any = UNSET
        if self.result is None:
            result = None
        elif not isinstance(self.result, Unset):
            result = UNSET
            if not isinstance(self.result, Unset):
                result = []
                for result_item_data in self.result:
                    result_item = result_item_data.to_dict()
                    result.append(result_item)

        updated_at: Any = UNSET
        if self.updated_at is None:
            updated_at = None
        elif not isinstance(self.updated_at, Unset):
            updated_at = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if result is not UNSET:
            field_dict["result"] = result
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_manager_task_draft_object_draft_result_item import DataManagerTaskDraftObjectDraftResultItem

        d = dict(src_dict)
        if d.get("created_at", UNSET) is not None:
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        else:
            created_at = cast(Any, d.pop("created_at"))

        if d.get("result", UNSET) is not None:
            _result = d.pop("result", UNSET)
            result: list[DataManagerTaskDraftObjectDraftResultItem] | Unset = UNSET
            if _result is not UNSET:
                result = []
                for result_item_data in _result:
                    result_item = DataManagerTaskDraftObjectDraftResultItem.from_dict(result_item_data)

                    result.append(result_item)

        else:
            result = cast(Any, d.pop("result"))

        if d.get("updated_at", UNSET) is not None:
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        else:
            updated_at = cast(Any, d.pop("updated_at"))

        data_manager_task_draft_object = cls(
            created_at=created_at,
            result=result,
            updated_at=updated_at,
        )

        data_manager_task_draft_object.additional_properties = d
        return data_manager_task_draft_object

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

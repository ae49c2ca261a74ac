from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_manager_task import DataManagerTask


@functools.cache
def _import_DataManagerTask() -> type[DataManagerTask]:
    from ..models.data_manager_task import DataManagerTask

    return DataManagerTask


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"tasks", "total", "total_annotations", "total_predictions"})


T = TypeVar("T", bound="TasksListResponse200")


@_attrs_define
class TasksListResponse200:
    tasks: list[DataManagerTask]
    total: int
    """ Total number of tasks """
    total_annotations: int
    """ Total number of annotations """
    total_predictions: int
    """ Total number of predictions """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        tasks = self.tasks
        if not isinstance(tasks, Unset):
            field_dict["tasks"] = (
                None
                if tasks is None
                else []
                if tasks == []
                else [tasks_item_data.to_dict() for tasks_item_data in tasks]
            )

        total: Any = self.total
        if total is not UNSET:
            field_dict["total"] = total

        total_annotations: Any = self.total_annotations
        if total_annotations is not UNSET:
            field_dict["total_annotations"] = total_annotations

        total_predictions: Any = self.total_predictions
        if total_predictions is not UNSET:
            field_dict["total_predictions"] = total_predictions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("tasks", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(_import_DataManagerTask().from_dict, value))
        obj.tasks = value
        obj.total = get("total", UNSET)
        obj.total_annotations = get("total_annotations", UNSET)
        obj.total_predictions = get("total_predictions", UNSET)
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

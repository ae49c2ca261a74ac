from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_manager_task import DataManagerTask


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
        tasks: Any = UNSET
        if self.tasks is None:
            tasks = None
        elif not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        total: Any = UNSET
        if not isinstance(self.total, Unset):
            total = self.total

        total_annotations: Any = UNSET
        if not isinstance(self.total_annotations, Unset):
            total_annotations = self.total_annotations

        total_predictions: Any = UNSET
        if not isinstance(self.total_predictions, Unset):
            total_predictions = self.total_predictions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if total is not UNSET:
            field_dict["total"] = total
        if total_annotations is not UNSET:
            field_dict["total_annotations"] = total_annotations
        if total_predictions is not UNSET:
            field_dict["total_predictions"] = total_predictions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_manager_task import DataManagerTask

        d = dict(src_dict)
        if "tasks" not in d:
            tasks = cast(list[DataManagerTask], UNSET)
        elif d["tasks"] is None:
            tasks = cast(list[DataManagerTask], d.pop("tasks"))
        else:
            tasks = []
            _tasks = d.pop("tasks")
            for tasks_item_data in _tasks:
                tasks_item = DataManagerTask.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        if "total" not in d:
            total = cast(int, UNSET)
        else:
            total = d.pop("total")

        if "total_annotations" not in d:
            total_annotations = cast(int, UNSET)
        else:
            total_annotations = d.pop("total_annotations")

        if "total_predictions" not in d:
            total_predictions = cast(int, UNSET)
        else:
            total_predictions = d.pop("total_predictions")

        tasks_list_response_200 = cls(
            tasks=tasks,
            total=total,
            total_annotations=total_annotations,
            total_predictions=total_predictions,
        )

        tasks_list_response_200.additional_properties = d
        return tasks_list_response_200

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tasks_annotations_create_body_result_item import TasksAnnotationsCreateBodyResultItem


T = TypeVar("T", bound="TasksAnnotationsCreateBody")


@_attrs_define
class TasksAnnotationsCreateBody:
    """
    Example:
        {'ground_truth': True, 'result': [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080,
            'original_width': 1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height': 60, 'rotation': 0,
            'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y': 30}}], 'was_cancelled': False}

    """

    completed_by: int | Unset = UNSET
    """ User ID of the person who created this annotation """
    ground_truth: bool | Unset = UNSET
    """ This annotation is a Ground Truth """
    lead_time: float | Unset = UNSET
    """ How much time it took to annotate the task (in seconds) """
    project: int | Unset = UNSET
    """ Project ID for this annotation """
    result: list[TasksAnnotationsCreateBodyResultItem] | Unset = UNSET
    """ Labeling result in JSON format. Read more about the format in [the Label Studio
    documentation.](https://labelstud.io/guide/task_format) """
    task: int | Unset = UNSET
    """ Corresponding task for this annotation """
    updated_by: int | Unset = UNSET
    """ Last user who updated this annotation """
    was_cancelled: bool | Unset = UNSET
    """ User skipped the task """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_by: Any = UNSET
        if not isinstance(self.completed_by, Unset):
            completed_by = self.completed_by

        ground_truth: Any = UNSET
        if not isinstance(self.ground_truth, Unset):
            ground_truth = self.ground_truth

        lead_time: Any = UNSET
        if not isinstance(self.lead_time, Unset):
            lead_time = self.lead_time

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

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

        task: Any = UNSET
        if not isinstance(self.task, Unset):
            task = self.task

        updated_by: Any = UNSET
        if not isinstance(self.updated_by, Unset):
            updated_by = self.updated_by

        was_cancelled: Any = UNSET
        if not isinstance(self.was_cancelled, Unset):
            was_cancelled = self.was_cancelled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if completed_by is not UNSET:
            field_dict["completed_by"] = completed_by
        if ground_truth is not UNSET:
            field_dict["ground_truth"] = ground_truth
        if lead_time is not UNSET:
            field_dict["lead_time"] = lead_time
        if project is not UNSET:
            field_dict["project"] = project
        if result is not UNSET:
            field_dict["result"] = result
        if task is not UNSET:
            field_dict["task"] = task
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if was_cancelled is not UNSET:
            field_dict["was_cancelled"] = was_cancelled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tasks_annotations_create_body_result_item import TasksAnnotationsCreateBodyResultItem

        d = dict(src_dict)
        completed_by = d.pop("completed_by", UNSET)

        ground_truth = d.pop("ground_truth", UNSET)

        lead_time = d.pop("lead_time", UNSET)

        project = d.pop("project", UNSET)

        if d.get("result", UNSET) is not None:
            _result = d.pop("result", UNSET)
            result: list[TasksAnnotationsCreateBodyResultItem] | Unset = UNSET
            if _result is not UNSET:
                result = []
                for result_item_data in _result:
                    result_item = TasksAnnotationsCreateBodyResultItem.from_dict(result_item_data)

                    result.append(result_item)

        else:
            result = cast(Any, d.pop("result"))

        task = d.pop("task", UNSET)

        updated_by = d.pop("updated_by", UNSET)

        was_cancelled = d.pop("was_cancelled", UNSET)

        tasks_annotations_create_body = cls(
            completed_by=completed_by,
            ground_truth=ground_truth,
            lead_time=lead_time,
            project=project,
            result=result,
            task=task,
            updated_by=updated_by,
            was_cancelled=was_cancelled,
        )

        tasks_annotations_create_body.additional_properties = d
        return tasks_annotations_create_body

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

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotations_partial_update_body_result_item import AnnotationsPartialUpdateBodyResultItem


@functools.cache
def _import_AnnotationsPartialUpdateBodyResultItem() -> type[AnnotationsPartialUpdateBodyResultItem]:
    from ..models.annotations_partial_update_body_result_item import AnnotationsPartialUpdateBodyResultItem

    return AnnotationsPartialUpdateBodyResultItem


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {"completed_by", "ground_truth", "lead_time", "project", "result", "task", "updated_by", "was_cancelled"}
)


T = TypeVar("T", bound="AnnotationsPartialUpdateBody")


@_attrs_define
class AnnotationsPartialUpdateBody:
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
    result: list[AnnotationsPartialUpdateBodyResultItem] | Unset = UNSET
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        completed_by: Any = self.completed_by
        if completed_by is not UNSET:
            field_dict["completed_by"] = completed_by

        ground_truth: Any = self.ground_truth
        if ground_truth is not UNSET:
            field_dict["ground_truth"] = ground_truth

        lead_time: Any = self.lead_time
        if lead_time is not UNSET:
            field_dict["lead_time"] = lead_time

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        result = self.result
        if not isinstance(result, Unset):
            field_dict["result"] = (
                None
                if result is None
                else []
                if result == []
                else [result_item_data.to_dict() for result_item_data in result]
            )

        task: Any = self.task
        if task is not UNSET:
            field_dict["task"] = task

        updated_by: Any = self.updated_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        was_cancelled: Any = self.was_cancelled
        if was_cancelled is not UNSET:
            field_dict["was_cancelled"] = was_cancelled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.completed_by = get("completed_by", UNSET)
        obj.ground_truth = get("ground_truth", UNSET)
        obj.lead_time = get("lead_time", UNSET)
        obj.project = get("project", UNSET)
        value = get("result", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(_import_AnnotationsPartialUpdateBodyResultItem().from_dict, value))
        obj.result = value
        obj.task = get("task", UNSET)
        obj.updated_by = get("updated_by", UNSET)
        obj.was_cancelled = get("was_cancelled", UNSET)
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "id",
        "task_number",
        "finished_task_number",
        "ground_truth_number",
        "num_tasks_with_annotations",
        "skipped_annotations_number",
        "total_annotations_number",
        "total_predictions_number",
        "useful_annotation_number",
    }
)


T = TypeVar("T", bound="ProjectCounts")


@_attrs_define
class ProjectCounts:
    """Serializer get numbers from project queryset annotation,
    make sure, that you use correct one(Project.objects.with_counts())

    """

    id: int
    task_number: int
    """ Total task number in project """
    finished_task_number: int | Unset = UNSET
    """ Finished tasks """
    ground_truth_number: int | Unset = UNSET
    """ Honeypot annotation number in project """
    num_tasks_with_annotations: int | Unset = UNSET
    """ Tasks with annotations count """
    skipped_annotations_number: int | Unset = UNSET
    """ Skipped by collaborators annotation number in project """
    total_annotations_number: int | Unset = UNSET
    """ Total annotations number in project including skipped_annotations_number and ground_truth_number. """
    total_predictions_number: int | Unset = UNSET
    """ Total predictions number in project including skipped_annotations_number, ground_truth_number, and
    useful_annotation_number. """
    useful_annotation_number: int | Unset = UNSET
    """ Useful annotation number in project not including skipped_annotations_number and ground_truth_number. Total
    annotations = annotation_number + skipped_annotations_number + ground_truth_number """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        task_number: Any = self.task_number
        if task_number is not UNSET:
            field_dict["task_number"] = task_number

        finished_task_number: Any = self.finished_task_number
        if finished_task_number is not UNSET:
            field_dict["finished_task_number"] = finished_task_number

        ground_truth_number: Any = self.ground_truth_number
        if ground_truth_number is not UNSET:
            field_dict["ground_truth_number"] = ground_truth_number

        num_tasks_with_annotations: Any = self.num_tasks_with_annotations
        if num_tasks_with_annotations is not UNSET:
            field_dict["num_tasks_with_annotations"] = num_tasks_with_annotations

        skipped_annotations_number: Any = self.skipped_annotations_number
        if skipped_annotations_number is not UNSET:
            field_dict["skipped_annotations_number"] = skipped_annotations_number

        total_annotations_number: Any = self.total_annotations_number
        if total_annotations_number is not UNSET:
            field_dict["total_annotations_number"] = total_annotations_number

        total_predictions_number: Any = self.total_predictions_number
        if total_predictions_number is not UNSET:
            field_dict["total_predictions_number"] = total_predictions_number

        useful_annotation_number: Any = self.useful_annotation_number
        if useful_annotation_number is not UNSET:
            field_dict["useful_annotation_number"] = useful_annotation_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.id = get("id", UNSET)
        obj.task_number = get("task_number", UNSET)
        obj.finished_task_number = get("finished_task_number", UNSET)
        obj.ground_truth_number = get("ground_truth_number", UNSET)
        obj.num_tasks_with_annotations = get("num_tasks_with_annotations", UNSET)
        obj.skipped_annotations_number = get("skipped_annotations_number", UNSET)
        obj.total_annotations_number = get("total_annotations_number", UNSET)
        obj.total_predictions_number = get("total_predictions_number", UNSET)
        obj.useful_annotation_number = get("useful_annotation_number", UNSET)
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

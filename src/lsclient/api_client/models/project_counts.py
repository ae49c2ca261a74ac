from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        task_number: Any = UNSET
        if not isinstance(self.task_number, Unset):
            task_number = self.task_number

        finished_task_number: Any = UNSET
        if not isinstance(self.finished_task_number, Unset):
            finished_task_number = self.finished_task_number

        ground_truth_number: Any = UNSET
        if not isinstance(self.ground_truth_number, Unset):
            ground_truth_number = self.ground_truth_number

        num_tasks_with_annotations: Any = UNSET
        if not isinstance(self.num_tasks_with_annotations, Unset):
            num_tasks_with_annotations = self.num_tasks_with_annotations

        skipped_annotations_number: Any = UNSET
        if not isinstance(self.skipped_annotations_number, Unset):
            skipped_annotations_number = self.skipped_annotations_number

        total_annotations_number: Any = UNSET
        if not isinstance(self.total_annotations_number, Unset):
            total_annotations_number = self.total_annotations_number

        total_predictions_number: Any = UNSET
        if not isinstance(self.total_predictions_number, Unset):
            total_predictions_number = self.total_predictions_number

        useful_annotation_number: Any = UNSET
        if not isinstance(self.useful_annotation_number, Unset):
            useful_annotation_number = self.useful_annotation_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if task_number is not UNSET:
            field_dict["task_number"] = task_number
        if finished_task_number is not UNSET:
            field_dict["finished_task_number"] = finished_task_number
        if ground_truth_number is not UNSET:
            field_dict["ground_truth_number"] = ground_truth_number
        if num_tasks_with_annotations is not UNSET:
            field_dict["num_tasks_with_annotations"] = num_tasks_with_annotations
        if skipped_annotations_number is not UNSET:
            field_dict["skipped_annotations_number"] = skipped_annotations_number
        if total_annotations_number is not UNSET:
            field_dict["total_annotations_number"] = total_annotations_number
        if total_predictions_number is not UNSET:
            field_dict["total_predictions_number"] = total_predictions_number
        if useful_annotation_number is not UNSET:
            field_dict["useful_annotation_number"] = useful_annotation_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "task_number" not in d:
            task_number = cast(int, UNSET)
        else:
            task_number = d.pop("task_number")

        finished_task_number = d.pop("finished_task_number", UNSET)

        ground_truth_number = d.pop("ground_truth_number", UNSET)

        num_tasks_with_annotations = d.pop("num_tasks_with_annotations", UNSET)

        skipped_annotations_number = d.pop("skipped_annotations_number", UNSET)

        total_annotations_number = d.pop("total_annotations_number", UNSET)

        total_predictions_number = d.pop("total_predictions_number", UNSET)

        useful_annotation_number = d.pop("useful_annotation_number", UNSET)

        project_counts = cls(
            id=id,
            task_number=task_number,
            finished_task_number=finished_task_number,
            ground_truth_number=ground_truth_number,
            num_tasks_with_annotations=num_tasks_with_annotations,
            skipped_annotations_number=skipped_annotations_number,
            total_annotations_number=total_annotations_number,
            total_predictions_number=total_predictions_number,
            useful_annotation_number=useful_annotation_number,
        )

        project_counts.additional_properties = d
        return project_counts

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

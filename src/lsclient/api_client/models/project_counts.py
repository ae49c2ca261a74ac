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

    finished_task_number: int
    """ Finished tasks """
    ground_truth_number: int
    """ Honeypot annotation number in project """
    id: int
    num_tasks_with_annotations: int
    """ Tasks with annotations count """
    skipped_annotations_number: int
    """ Skipped by collaborators annotation number in project """
    task_number: int
    """ Total task number in project """
    total_annotations_number: int
    """ Total annotations number in project including skipped_annotations_number and ground_truth_number. """
    total_predictions_number: int
    """ Total predictions number in project including skipped_annotations_number, ground_truth_number, and
    useful_annotation_number. """
    useful_annotation_number: int
    """ Useful annotation number in project not including skipped_annotations_number and ground_truth_number. Total
    annotations = annotation_number + skipped_annotations_number + ground_truth_number """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finished_task_number: Any = UNSET
        if not isinstance(self.finished_task_number, Unset):
            finished_task_number = self.finished_task_number

        ground_truth_number: Any = UNSET
        if not isinstance(self.ground_truth_number, Unset):
            ground_truth_number = self.ground_truth_number

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        num_tasks_with_annotations: Any = UNSET
        if not isinstance(self.num_tasks_with_annotations, Unset):
            num_tasks_with_annotations = self.num_tasks_with_annotations

        skipped_annotations_number: Any = UNSET
        if not isinstance(self.skipped_annotations_number, Unset):
            skipped_annotations_number = self.skipped_annotations_number

        task_number: Any = UNSET
        if not isinstance(self.task_number, Unset):
            task_number = self.task_number

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
        if finished_task_number is not UNSET:
            field_dict["finished_task_number"] = finished_task_number
        if ground_truth_number is not UNSET:
            field_dict["ground_truth_number"] = ground_truth_number
        if id is not UNSET:
            field_dict["id"] = id
        if num_tasks_with_annotations is not UNSET:
            field_dict["num_tasks_with_annotations"] = num_tasks_with_annotations
        if skipped_annotations_number is not UNSET:
            field_dict["skipped_annotations_number"] = skipped_annotations_number
        if task_number is not UNSET:
            field_dict["task_number"] = task_number
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
        if "finished_task_number" not in d:
            finished_task_number = cast(int, UNSET)
        else:
            finished_task_number = d.pop("finished_task_number")

        if "ground_truth_number" not in d:
            ground_truth_number = cast(int, UNSET)
        else:
            ground_truth_number = d.pop("ground_truth_number")

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "num_tasks_with_annotations" not in d:
            num_tasks_with_annotations = cast(int, UNSET)
        else:
            num_tasks_with_annotations = d.pop("num_tasks_with_annotations")

        if "skipped_annotations_number" not in d:
            skipped_annotations_number = cast(int, UNSET)
        else:
            skipped_annotations_number = d.pop("skipped_annotations_number")

        if "task_number" not in d:
            task_number = cast(int, UNSET)
        else:
            task_number = d.pop("task_number")

        if "total_annotations_number" not in d:
            total_annotations_number = cast(int, UNSET)
        else:
            total_annotations_number = d.pop("total_annotations_number")

        if "total_predictions_number" not in d:
            total_predictions_number = cast(int, UNSET)
        else:
            total_predictions_number = d.pop("total_predictions_number")

        if "useful_annotation_number" not in d:
            useful_annotation_number = cast(int, UNSET)
        else:
            useful_annotation_number = d.pop("useful_annotation_number")

        project_counts = cls(
            finished_task_number=finished_task_number,
            ground_truth_number=ground_truth_number,
            id=id,
            num_tasks_with_annotations=num_tasks_with_annotations,
            skipped_annotations_number=skipped_annotations_number,
            task_number=task_number,
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

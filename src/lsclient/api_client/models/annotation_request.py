from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.last_action_enum import LastActionEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_request_annotation_result_items_regions import (
        AnnotationRequestAnnotationResultItemsRegions,
    )


T = TypeVar("T", bound="AnnotationRequest")


@_attrs_define
class AnnotationRequest:
    """Annotation Serializer with FSM state support.

    Note: The 'state' field will be populated from the queryset annotation
    if present, preventing N+1 queries. Use .with_state() on your queryset.

    """

    bulk_created: bool | None | Unset = UNSET
    """ Annotation was created in bulk mode """
    completed_by: int | Unset = UNSET
    draft_created_at: datetime.datetime | None | Unset = UNSET
    """ Draft creation time """
    ground_truth: bool | Unset = UNSET
    """ This annotation is a Ground Truth (ground_truth) """
    import_id: int | None | Unset = UNSET
    """ Original annotation ID that was at the import step or NULL if this annotation wasn't imported """
    last_action: LastActionEnum | None | Unset = UNSET
    """ Action which was performed in the last annotation history item

    * `prediction` - Created from prediction
    * `propagated_annotation` - Created from another annotation
    * `imported` - Imported
    * `submitted` - Submitted
    * `updated` - Updated
    * `skipped` - Skipped
    * `accepted` - Accepted
    * `rejected` - Rejected
    * `fixed_and_accepted` - Fixed and accepted
    * `deleted_review` - Deleted review """
    last_created_by: int | None | Unset = UNSET
    """ User who created the last annotation history item """
    lead_time: float | None | Unset = UNSET
    """ How much time it took to annotate the task """
    parent_annotation: int | None | Unset = UNSET
    """ Points to the parent annotation from which this annotation was created """
    parent_prediction: int | None | Unset = UNSET
    """ Points to the prediction from which this annotation was created """
    project: int | None | Unset = UNSET
    """ Project ID for this annotation """
    result: list[AnnotationRequestAnnotationResultItemsRegions] | Unset = UNSET
    """ List of annotation results for the task """
    task: int | None | Unset = UNSET
    """ Corresponding task for this annotation """
    unique_id: str | Unset = UNSET
    updated_by: int | None | Unset = UNSET
    """ Last user who updated this annotation """
    was_cancelled: bool | Unset = UNSET
    """ User skipped the task """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bulk_created: Any = UNSET
        if not isinstance(self.bulk_created, Unset):
            if isinstance(self.bulk_created, Unset):
                bulk_created = UNSET
            else:
                bulk_created = self.bulk_created

        completed_by: Any = UNSET
        if not isinstance(self.completed_by, Unset):
            completed_by = self.completed_by

        draft_created_at: Any = UNSET
        if not isinstance(self.draft_created_at, Unset):
            if isinstance(self.draft_created_at, Unset):
                draft_created_at = UNSET
            elif isinstance(self.draft_created_at, datetime.datetime):
                draft_created_at = self.draft_created_at.isoformat()
            else:
                draft_created_at = self.draft_created_at

        ground_truth: Any = UNSET
        if not isinstance(self.ground_truth, Unset):
            ground_truth = self.ground_truth

        import_id: Any = UNSET
        if not isinstance(self.import_id, Unset):
            if isinstance(self.import_id, Unset):
                import_id = UNSET
            else:
                import_id = self.import_id

        last_action: Any = UNSET
        if not isinstance(self.last_action, Unset):
            if isinstance(self.last_action, Unset):
                last_action = UNSET
            elif isinstance(self.last_action, LastActionEnum):
                last_action = self.last_action.value
            else:
                last_action = self.last_action

        last_created_by: Any = UNSET
        if not isinstance(self.last_created_by, Unset):
            if isinstance(self.last_created_by, Unset):
                last_created_by = UNSET
            else:
                last_created_by = self.last_created_by

        lead_time: Any = UNSET
        if not isinstance(self.lead_time, Unset):
            if isinstance(self.lead_time, Unset):
                lead_time = UNSET
            else:
                lead_time = self.lead_time

        parent_annotation: Any = UNSET
        if not isinstance(self.parent_annotation, Unset):
            if isinstance(self.parent_annotation, Unset):
                parent_annotation = UNSET
            else:
                parent_annotation = self.parent_annotation

        parent_prediction: Any = UNSET
        if not isinstance(self.parent_prediction, Unset):
            if isinstance(self.parent_prediction, Unset):
                parent_prediction = UNSET
            else:
                parent_prediction = self.parent_prediction

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            if isinstance(self.project, Unset):
                project = UNSET
            else:
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
            if isinstance(self.task, Unset):
                task = UNSET
            else:
                task = self.task

        unique_id: Any = UNSET
        if not isinstance(self.unique_id, Unset):
            unique_id = self.unique_id

        updated_by: Any = UNSET
        if not isinstance(self.updated_by, Unset):
            if isinstance(self.updated_by, Unset):
                updated_by = UNSET
            else:
                updated_by = self.updated_by

        was_cancelled: Any = UNSET
        if not isinstance(self.was_cancelled, Unset):
            was_cancelled = self.was_cancelled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if bulk_created is not UNSET:
            field_dict["bulk_created"] = bulk_created
        if completed_by is not UNSET:
            field_dict["completed_by"] = completed_by
        if draft_created_at is not UNSET:
            field_dict["draft_created_at"] = draft_created_at
        if ground_truth is not UNSET:
            field_dict["ground_truth"] = ground_truth
        if import_id is not UNSET:
            field_dict["import_id"] = import_id
        if last_action is not UNSET:
            field_dict["last_action"] = last_action
        if last_created_by is not UNSET:
            field_dict["last_created_by"] = last_created_by
        if lead_time is not UNSET:
            field_dict["lead_time"] = lead_time
        if parent_annotation is not UNSET:
            field_dict["parent_annotation"] = parent_annotation
        if parent_prediction is not UNSET:
            field_dict["parent_prediction"] = parent_prediction
        if project is not UNSET:
            field_dict["project"] = project
        if result is not UNSET:
            field_dict["result"] = result
        if task is not UNSET:
            field_dict["task"] = task
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if was_cancelled is not UNSET:
            field_dict["was_cancelled"] = was_cancelled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.annotation_request_annotation_result_items_regions import (
            AnnotationRequestAnnotationResultItemsRegions,
        )

        d = dict(src_dict)

        def _parse_bulk_created(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        bulk_created = _parse_bulk_created(d.pop("bulk_created", UNSET))

        completed_by = d.pop("completed_by", UNSET)

        def _parse_draft_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                draft_created_at_type_0 = datetime.datetime.fromisoformat(data)

                return draft_created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        draft_created_at = _parse_draft_created_at(d.pop("draft_created_at", UNSET))

        ground_truth = d.pop("ground_truth", UNSET)

        def _parse_import_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        import_id = _parse_import_id(d.pop("import_id", UNSET))

        def _parse_last_action(data: object) -> LastActionEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_action_type_1 = LastActionEnum(data)

                return last_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LastActionEnum | None | Unset, data)

        last_action = _parse_last_action(d.pop("last_action", UNSET))

        def _parse_last_created_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_created_by = _parse_last_created_by(d.pop("last_created_by", UNSET))

        def _parse_lead_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        lead_time = _parse_lead_time(d.pop("lead_time", UNSET))

        def _parse_parent_annotation(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_annotation = _parse_parent_annotation(d.pop("parent_annotation", UNSET))

        def _parse_parent_prediction(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_prediction = _parse_parent_prediction(d.pop("parent_prediction", UNSET))

        def _parse_project(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        if d.get("result", UNSET) is not None:
            _result = d.pop("result", UNSET)
            result: list[AnnotationRequestAnnotationResultItemsRegions] | Unset = UNSET
            if _result is not UNSET:
                result = []
                for result_item_data in _result:
                    result_item = AnnotationRequestAnnotationResultItemsRegions.from_dict(result_item_data)

                    result.append(result_item)

        else:
            result = cast(Any, d.pop("result"))

        def _parse_task(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        task = _parse_task(d.pop("task", UNSET))

        unique_id = d.pop("unique_id", UNSET)

        def _parse_updated_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        was_cancelled = d.pop("was_cancelled", UNSET)

        annotation_request = cls(
            bulk_created=bulk_created,
            completed_by=completed_by,
            draft_created_at=draft_created_at,
            ground_truth=ground_truth,
            import_id=import_id,
            last_action=last_action,
            last_created_by=last_created_by,
            lead_time=lead_time,
            parent_annotation=parent_annotation,
            parent_prediction=parent_prediction,
            project=project,
            result=result,
            task=task,
            unique_id=unique_id,
            updated_by=updated_by,
            was_cancelled=was_cancelled,
        )

        annotation_request.additional_properties = d
        return annotation_request

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

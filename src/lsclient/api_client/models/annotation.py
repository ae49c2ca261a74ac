from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.last_action_enum import LastActionEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_annotation_result_items_regions import AnnotationAnnotationResultItemsRegions


@functools.cache
def _import_AnnotationAnnotationResultItemsRegions() -> type[AnnotationAnnotationResultItemsRegions]:
    from ..models.annotation_annotation_result_items_regions import AnnotationAnnotationResultItemsRegions

    return AnnotationAnnotationResultItemsRegions


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "created_ago",
        "created_at",
        "created_username",
        "id",
        "updated_at",
        "bulk_created",
        "completed_by",
        "draft_created_at",
        "ground_truth",
        "import_id",
        "last_action",
        "last_created_by",
        "lead_time",
        "parent_annotation",
        "parent_prediction",
        "project",
        "result",
        "state",
        "task",
        "updated_by",
        "was_cancelled",
    }
)


T = TypeVar("T", bound="Annotation")


@_attrs_define
class Annotation:
    """Annotation Serializer with FSM state support.

    Note: The 'state' field will be populated from the queryset annotation
    if present, preventing N+1 queries. Use .with_state() on your queryset.

    """

    created_at: datetime.datetime
    """ Creation time """
    id: int
    updated_at: datetime.datetime
    """ Last updated time """
    created_ago: str = ""
    """ Time delta from creation time """
    created_username: str = ""
    """ Username string """
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
    result: list[AnnotationAnnotationResultItemsRegions] | Unset = UNSET
    """ List of annotation results for the task """
    state: str | Unset = UNSET
    task: int | None | Unset = UNSET
    """ Corresponding task for this annotation """
    updated_by: int | None | Unset = UNSET
    """ Last user who updated this annotation """
    was_cancelled: bool | Unset = UNSET
    """ User skipped the task """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        created_ago: Any = self.created_ago
        if created_ago is not UNSET:
            field_dict["created_ago"] = created_ago

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = None if created_at is None else created_at.isoformat()

        created_username: Any = self.created_username
        if created_username is not UNSET:
            field_dict["created_username"] = created_username

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        updated_at = self.updated_at
        if not isinstance(updated_at, Unset):
            field_dict["updated_at"] = None if updated_at is None else updated_at.isoformat()

        bulk_created: Any = self.bulk_created
        if bulk_created is not UNSET:
            field_dict["bulk_created"] = bulk_created

        completed_by: Any = self.completed_by
        if completed_by is not UNSET:
            field_dict["completed_by"] = completed_by

        draft_created_at = self.draft_created_at
        if not isinstance(draft_created_at, Unset):
            if draft_created_at is None:
                field_dict["draft_created_at"] = None
            else:
                if isinstance(draft_created_at, datetime.datetime):
                    field_dict["draft_created_at"] = draft_created_at.isoformat()
                else:
                    field_dict["draft_created_at"] = draft_created_at

        ground_truth: Any = self.ground_truth
        if ground_truth is not UNSET:
            field_dict["ground_truth"] = ground_truth

        import_id: Any = self.import_id
        if import_id is not UNSET:
            field_dict["import_id"] = import_id

        last_action = self.last_action
        if not isinstance(last_action, Unset):
            if last_action is None:
                field_dict["last_action"] = None
            else:
                if isinstance(last_action, LastActionEnum):
                    field_dict["last_action"] = last_action.value
                else:
                    field_dict["last_action"] = last_action

        last_created_by: Any = self.last_created_by
        if last_created_by is not UNSET:
            field_dict["last_created_by"] = last_created_by

        lead_time: Any = self.lead_time
        if lead_time is not UNSET:
            field_dict["lead_time"] = lead_time

        parent_annotation: Any = self.parent_annotation
        if parent_annotation is not UNSET:
            field_dict["parent_annotation"] = parent_annotation

        parent_prediction: Any = self.parent_prediction
        if parent_prediction is not UNSET:
            field_dict["parent_prediction"] = parent_prediction

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

        state: Any = self.state
        if state is not UNSET:
            field_dict["state"] = state

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
        obj.created_ago = get("created_ago", UNSET)
        value = get("created_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.created_at = value
        obj.created_username = get("created_username", UNSET)
        obj.id = get("id", UNSET)
        value = get("updated_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.updated_at = value
        obj.bulk_created = get("bulk_created", UNSET)
        obj.completed_by = get("completed_by", UNSET)
        value = get("draft_created_at", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_draft_created_at(value)
        obj.draft_created_at = value
        obj.ground_truth = get("ground_truth", UNSET)
        obj.import_id = get("import_id", UNSET)
        value = get("last_action", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_last_action(value)
        obj.last_action = value
        obj.last_created_by = get("last_created_by", UNSET)
        obj.lead_time = get("lead_time", UNSET)
        obj.parent_annotation = get("parent_annotation", UNSET)
        obj.parent_prediction = get("parent_prediction", UNSET)
        obj.project = get("project", UNSET)
        value = get("result", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(_import_AnnotationAnnotationResultItemsRegions().from_dict, value))
        obj.result = value
        obj.state = get("state", UNSET)
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


def _parse_draft_created_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return datetime.datetime.fromisoformat(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_last_action(data: object) -> LastActionEnum | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return LastActionEnum(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]

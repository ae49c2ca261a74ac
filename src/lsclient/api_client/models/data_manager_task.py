from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_manager_task_annotations_item import DataManagerTaskAnnotationsItem
    from ..models.data_manager_task_draft_object import DataManagerTaskDraftObject
    from ..models.data_manager_task_prediction_object import DataManagerTaskPredictionObject
    from ..models.data_manager_task_user_i_ds import DataManagerTaskUserIDs


@functools.cache
def _import_DataManagerTaskAnnotationsItem() -> type[DataManagerTaskAnnotationsItem]:
    from ..models.data_manager_task_annotations_item import DataManagerTaskAnnotationsItem

    return DataManagerTaskAnnotationsItem


@functools.cache
def _import_DataManagerTaskDraftObject() -> type[DataManagerTaskDraftObject]:
    from ..models.data_manager_task_draft_object import DataManagerTaskDraftObject

    return DataManagerTaskDraftObject


@functools.cache
def _import_DataManagerTaskPredictionObject() -> type[DataManagerTaskPredictionObject]:
    from ..models.data_manager_task_prediction_object import DataManagerTaskPredictionObject

    return DataManagerTaskPredictionObject


@functools.cache
def _import_DataManagerTaskUserIDs() -> type[DataManagerTaskUserIDs]:
    from ..models.data_manager_task_user_i_ds import DataManagerTaskUserIDs

    return DataManagerTaskUserIDs


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "data",
        "id",
        "annotations",
        "annotations_ids",
        "annotations_results",
        "annotators",
        "avg_lead_time",
        "cancelled_annotations",
        "comment_authors",
        "comment_count",
        "completed_at",
        "created_at",
        "draft_exists",
        "drafts",
        "file_upload",
        "inner_id",
        "is_labeled",
        "last_comment_updated_at",
        "meta",
        "overlap",
        "predictions",
        "predictions_model_versions",
        "predictions_results",
        "predictions_score",
        "project",
        "state",
        "storage_filename",
        "total_annotations",
        "total_predictions",
        "unresolved_comment_count",
        "updated_at",
        "updated_by",
    }
)


T = TypeVar("T", bound="DataManagerTask")


@_attrs_define
class DataManagerTask:
    """Data Manager Task Serializer with FSM state support."""

    data: Any
    """ User imported or uploaded data for a task. Data is formatted according to the project label config. You can
    find examples of data for your project on the Import page in the Label Studio Data Manager UI. """
    id: int
    annotations: list[DataManagerTaskAnnotationsItem] | Unset = UNSET
    """ The task's annotations (only with fields=all in lists) """
    annotations_ids: str | Unset = UNSET
    annotations_results: str | Unset = UNSET
    annotators: list[int] | Unset = UNSET
    """ Annotators IDs who annotated this task """
    avg_lead_time: float | None | Unset = UNSET
    cancelled_annotations: int | Unset = UNSET
    comment_authors: list[int] | Unset = UNSET
    """ Users who wrote comments """
    comment_count: int | Unset = UNSET
    """ Number of comments in the task including all annotations """
    completed_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    """ Time a task was created """
    draft_exists: bool | Unset = UNSET
    drafts: list[DataManagerTaskDraftObject] | Unset = UNSET
    """ Drafts for this task """
    file_upload: None | str | Unset = UNSET
    inner_id: int | Unset = UNSET
    is_labeled: bool | Unset = UNSET
    """ True if the number of annotations for this task is greater than or equal to the number of
    maximum_completions for the project """
    last_comment_updated_at: datetime.datetime | None | Unset = UNSET
    """ When the last comment was updated """
    meta: Any | Unset = UNSET
    """ Meta is user imported (uploaded) data and can be useful as input for an ML Backend for embeddings, advanced
    vectors, and other info. It is passed to ML during training/predicting steps. """
    overlap: int | Unset = UNSET
    """ Number of distinct annotators that processed the current task """
    predictions: list[DataManagerTaskPredictionObject] | Unset = UNSET
    """ Predictions for this task """
    predictions_model_versions: str | Unset = UNSET
    predictions_results: str | Unset = UNSET
    predictions_score: float | None | Unset = UNSET
    project: int | None | Unset = UNSET
    """ Project ID for this task """
    state: str | Unset = UNSET
    storage_filename: None | str | Unset = UNSET
    total_annotations: int | Unset = UNSET
    total_predictions: int | Unset = UNSET
    unresolved_comment_count: int | Unset = UNSET
    """ Number of unresolved comments in the task including all annotations """
    updated_at: datetime.datetime | Unset = UNSET
    """ Last time a task was updated """
    updated_by: list[DataManagerTaskUserIDs] | Unset = UNSET
    """ User IDs who updated this task """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        data: Any = self.data
        if data is not UNSET:
            field_dict["data"] = data

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        annotations = self.annotations
        if not isinstance(annotations, Unset):
            field_dict["annotations"] = (
                None
                if annotations is None
                else []
                if annotations == []
                else [annotations_item_data.to_dict() for annotations_item_data in annotations]
            )

        annotations_ids: Any = self.annotations_ids
        if annotations_ids is not UNSET:
            field_dict["annotations_ids"] = annotations_ids

        annotations_results: Any = self.annotations_results
        if annotations_results is not UNSET:
            field_dict["annotations_results"] = annotations_results

        annotators: Any = self.annotators
        if annotators is not UNSET:
            field_dict["annotators"] = annotators

        avg_lead_time: Any = self.avg_lead_time
        if avg_lead_time is not UNSET:
            field_dict["avg_lead_time"] = avg_lead_time

        cancelled_annotations: Any = self.cancelled_annotations
        if cancelled_annotations is not UNSET:
            field_dict["cancelled_annotations"] = cancelled_annotations

        comment_authors: Any = self.comment_authors
        if comment_authors is not UNSET:
            field_dict["comment_authors"] = comment_authors

        comment_count: Any = self.comment_count
        if comment_count is not UNSET:
            field_dict["comment_count"] = comment_count

        completed_at = self.completed_at
        if not isinstance(completed_at, Unset):
            if completed_at is None:
                field_dict["completed_at"] = None
            else:
                if isinstance(completed_at, datetime.datetime):
                    field_dict["completed_at"] = completed_at.isoformat()
                else:
                    field_dict["completed_at"] = completed_at

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = None if created_at is None else created_at.isoformat()

        draft_exists: Any = self.draft_exists
        if draft_exists is not UNSET:
            field_dict["draft_exists"] = draft_exists

        drafts = self.drafts
        if not isinstance(drafts, Unset):
            field_dict["drafts"] = (
                None
                if drafts is None
                else []
                if drafts == []
                else [drafts_item_data.to_dict() for drafts_item_data in drafts]
            )

        file_upload: Any = self.file_upload
        if file_upload is not UNSET:
            field_dict["file_upload"] = file_upload

        inner_id: Any = self.inner_id
        if inner_id is not UNSET:
            field_dict["inner_id"] = inner_id

        is_labeled: Any = self.is_labeled
        if is_labeled is not UNSET:
            field_dict["is_labeled"] = is_labeled

        last_comment_updated_at = self.last_comment_updated_at
        if not isinstance(last_comment_updated_at, Unset):
            if last_comment_updated_at is None:
                field_dict["last_comment_updated_at"] = None
            else:
                if isinstance(last_comment_updated_at, datetime.datetime):
                    field_dict["last_comment_updated_at"] = last_comment_updated_at.isoformat()
                else:
                    field_dict["last_comment_updated_at"] = last_comment_updated_at

        meta: Any = self.meta
        if meta is not UNSET:
            field_dict["meta"] = meta

        overlap: Any = self.overlap
        if overlap is not UNSET:
            field_dict["overlap"] = overlap

        predictions = self.predictions
        if not isinstance(predictions, Unset):
            field_dict["predictions"] = (
                None
                if predictions is None
                else []
                if predictions == []
                else [predictions_item_data.to_dict() for predictions_item_data in predictions]
            )

        predictions_model_versions: Any = self.predictions_model_versions
        if predictions_model_versions is not UNSET:
            field_dict["predictions_model_versions"] = predictions_model_versions

        predictions_results: Any = self.predictions_results
        if predictions_results is not UNSET:
            field_dict["predictions_results"] = predictions_results

        predictions_score: Any = self.predictions_score
        if predictions_score is not UNSET:
            field_dict["predictions_score"] = predictions_score

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        state: Any = self.state
        if state is not UNSET:
            field_dict["state"] = state

        storage_filename: Any = self.storage_filename
        if storage_filename is not UNSET:
            field_dict["storage_filename"] = storage_filename

        total_annotations: Any = self.total_annotations
        if total_annotations is not UNSET:
            field_dict["total_annotations"] = total_annotations

        total_predictions: Any = self.total_predictions
        if total_predictions is not UNSET:
            field_dict["total_predictions"] = total_predictions

        unresolved_comment_count: Any = self.unresolved_comment_count
        if unresolved_comment_count is not UNSET:
            field_dict["unresolved_comment_count"] = unresolved_comment_count

        updated_at = self.updated_at
        if not isinstance(updated_at, Unset):
            field_dict["updated_at"] = None if updated_at is None else updated_at.isoformat()

        updated_by = self.updated_by
        if not isinstance(updated_by, Unset):
            field_dict["updated_by"] = (
                None
                if updated_by is None
                else []
                if updated_by == []
                else [updated_by_item_data.to_dict() for updated_by_item_data in updated_by]
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.data = get("data", UNSET)
        obj.id = get("id", UNSET)
        value = get("annotations", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(_import_DataManagerTaskAnnotationsItem().from_dict, value))
        obj.annotations = value
        obj.annotations_ids = get("annotations_ids", UNSET)
        obj.annotations_results = get("annotations_results", UNSET)
        obj.annotators = get("annotators", UNSET)
        obj.avg_lead_time = get("avg_lead_time", UNSET)
        obj.cancelled_annotations = get("cancelled_annotations", UNSET)
        obj.comment_authors = get("comment_authors", UNSET)
        obj.comment_count = get("comment_count", UNSET)
        value = get("completed_at", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_completed_at(value)
        obj.completed_at = value
        value = get("created_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.created_at = value
        obj.draft_exists = get("draft_exists", UNSET)
        value = get("drafts", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(_import_DataManagerTaskDraftObject().from_dict, value))
        obj.drafts = value
        obj.file_upload = get("file_upload", UNSET)
        obj.inner_id = get("inner_id", UNSET)
        obj.is_labeled = get("is_labeled", UNSET)
        value = get("last_comment_updated_at", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_last_comment_updated_at(value)
        obj.last_comment_updated_at = value
        obj.meta = get("meta", UNSET)
        obj.overlap = get("overlap", UNSET)
        value = get("predictions", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(_import_DataManagerTaskPredictionObject().from_dict, value))
        obj.predictions = value
        obj.predictions_model_versions = get("predictions_model_versions", UNSET)
        obj.predictions_results = get("predictions_results", UNSET)
        obj.predictions_score = get("predictions_score", UNSET)
        obj.project = get("project", UNSET)
        obj.state = get("state", UNSET)
        obj.storage_filename = get("storage_filename", UNSET)
        obj.total_annotations = get("total_annotations", UNSET)
        obj.total_predictions = get("total_predictions", UNSET)
        obj.unresolved_comment_count = get("unresolved_comment_count", UNSET)
        value = get("updated_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.updated_at = value
        value = get("updated_by", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(_import_DataManagerTaskUserIDs().from_dict, value))
        obj.updated_by = value
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


def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
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


def _parse_last_comment_updated_at(data: object) -> datetime.datetime | None | Unset:
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

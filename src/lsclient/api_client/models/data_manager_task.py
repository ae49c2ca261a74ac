from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_manager_task_annotations_item import DataManagerTaskAnnotationsItem
    from ..models.data_manager_task_draft_object import DataManagerTaskDraftObject
    from ..models.data_manager_task_prediction_object import DataManagerTaskPredictionObject
    from ..models.data_manager_task_user_i_ds import DataManagerTaskUserIDs


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
        data: Any = UNSET
        if not isinstance(self.data, Unset):
            data = self.data

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        annotations: Any = UNSET
        if self.annotations is None:
            annotations = None
        elif not isinstance(self.annotations, Unset):
            annotations = UNSET
            if not isinstance(self.annotations, Unset):
                annotations = []
                for annotations_item_data in self.annotations:
                    annotations_item = annotations_item_data.to_dict()
                    annotations.append(annotations_item)

        annotations_ids: Any = UNSET
        if not isinstance(self.annotations_ids, Unset):
            annotations_ids = self.annotations_ids

        annotations_results: Any = UNSET
        if not isinstance(self.annotations_results, Unset):
            annotations_results = self.annotations_results

        annotators: Any = UNSET
        if self.annotators is None:
            annotators = None
        elif not isinstance(self.annotators, Unset):
            annotators = UNSET
            if not isinstance(self.annotators, Unset):
                annotators = self.annotators

        avg_lead_time: Any = UNSET
        if not isinstance(self.avg_lead_time, Unset):
            if isinstance(self.avg_lead_time, Unset):
                avg_lead_time = UNSET
            else:
                avg_lead_time = self.avg_lead_time

        cancelled_annotations: Any = UNSET
        if not isinstance(self.cancelled_annotations, Unset):
            cancelled_annotations = self.cancelled_annotations

        comment_authors: Any = UNSET
        if self.comment_authors is None:
            comment_authors = None
        elif not isinstance(self.comment_authors, Unset):
            comment_authors = UNSET
            if not isinstance(self.comment_authors, Unset):
                comment_authors = self.comment_authors

        comment_count: Any = UNSET
        if not isinstance(self.comment_count, Unset):
            comment_count = self.comment_count

        completed_at: Any = UNSET
        if not isinstance(self.completed_at, Unset):
            if isinstance(self.completed_at, Unset):
                completed_at = UNSET
            elif isinstance(self.completed_at, datetime.datetime):
                completed_at = self.completed_at.isoformat()
            else:
                completed_at = self.completed_at

        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()

        draft_exists: Any = UNSET
        if not isinstance(self.draft_exists, Unset):
            draft_exists = self.draft_exists

        drafts: Any = UNSET
        if self.drafts is None:
            drafts = None
        elif not isinstance(self.drafts, Unset):
            drafts = UNSET
            if not isinstance(self.drafts, Unset):
                drafts = []
                for drafts_item_data in self.drafts:
                    drafts_item = drafts_item_data.to_dict()
                    drafts.append(drafts_item)

        file_upload: Any = UNSET
        if not isinstance(self.file_upload, Unset):
            if isinstance(self.file_upload, Unset):
                file_upload = UNSET
            else:
                file_upload = self.file_upload

        inner_id: Any = UNSET
        if not isinstance(self.inner_id, Unset):
            inner_id = self.inner_id

        is_labeled: Any = UNSET
        if not isinstance(self.is_labeled, Unset):
            is_labeled = self.is_labeled

        last_comment_updated_at: Any = UNSET
        if not isinstance(self.last_comment_updated_at, Unset):
            if isinstance(self.last_comment_updated_at, Unset):
                last_comment_updated_at = UNSET
            elif isinstance(self.last_comment_updated_at, datetime.datetime):
                last_comment_updated_at = self.last_comment_updated_at.isoformat()
            else:
                last_comment_updated_at = self.last_comment_updated_at

        meta: Any = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta

        overlap: Any = UNSET
        if not isinstance(self.overlap, Unset):
            overlap = self.overlap

        predictions: Any = UNSET
        if self.predictions is None:
            predictions = None
        elif not isinstance(self.predictions, Unset):
            predictions = UNSET
            if not isinstance(self.predictions, Unset):
                predictions = []
                for predictions_item_data in self.predictions:
                    predictions_item = predictions_item_data.to_dict()
                    predictions.append(predictions_item)

        predictions_model_versions: Any = UNSET
        if not isinstance(self.predictions_model_versions, Unset):
            predictions_model_versions = self.predictions_model_versions

        predictions_results: Any = UNSET
        if not isinstance(self.predictions_results, Unset):
            predictions_results = self.predictions_results

        predictions_score: Any = UNSET
        if not isinstance(self.predictions_score, Unset):
            if isinstance(self.predictions_score, Unset):
                predictions_score = UNSET
            else:
                predictions_score = self.predictions_score

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            if isinstance(self.project, Unset):
                project = UNSET
            else:
                project = self.project

        state: Any = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        storage_filename: Any = UNSET
        if not isinstance(self.storage_filename, Unset):
            if isinstance(self.storage_filename, Unset):
                storage_filename = UNSET
            else:
                storage_filename = self.storage_filename

        total_annotations: Any = UNSET
        if not isinstance(self.total_annotations, Unset):
            total_annotations = self.total_annotations

        total_predictions: Any = UNSET
        if not isinstance(self.total_predictions, Unset):
            total_predictions = self.total_predictions

        unresolved_comment_count: Any = UNSET
        if not isinstance(self.unresolved_comment_count, Unset):
            unresolved_comment_count = self.unresolved_comment_count

        updated_at: Any = UNSET
        if self.updated_at is None:
            updated_at = None
        elif not isinstance(self.updated_at, Unset):
            updated_at = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()

        updated_by: Any = UNSET
        if self.updated_by is None:
            updated_by = None
        elif not isinstance(self.updated_by, Unset):
            updated_by = UNSET
            if not isinstance(self.updated_by, Unset):
                updated_by = []
                for updated_by_item_data in self.updated_by:
                    updated_by_item = updated_by_item_data.to_dict()
                    updated_by.append(updated_by_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data
        if id is not UNSET:
            field_dict["id"] = id
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if annotations_ids is not UNSET:
            field_dict["annotations_ids"] = annotations_ids
        if annotations_results is not UNSET:
            field_dict["annotations_results"] = annotations_results
        if annotators is not UNSET:
            field_dict["annotators"] = annotators
        if avg_lead_time is not UNSET:
            field_dict["avg_lead_time"] = avg_lead_time
        if cancelled_annotations is not UNSET:
            field_dict["cancelled_annotations"] = cancelled_annotations
        if comment_authors is not UNSET:
            field_dict["comment_authors"] = comment_authors
        if comment_count is not UNSET:
            field_dict["comment_count"] = comment_count
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if draft_exists is not UNSET:
            field_dict["draft_exists"] = draft_exists
        if drafts is not UNSET:
            field_dict["drafts"] = drafts
        if file_upload is not UNSET:
            field_dict["file_upload"] = file_upload
        if inner_id is not UNSET:
            field_dict["inner_id"] = inner_id
        if is_labeled is not UNSET:
            field_dict["is_labeled"] = is_labeled
        if last_comment_updated_at is not UNSET:
            field_dict["last_comment_updated_at"] = last_comment_updated_at
        if meta is not UNSET:
            field_dict["meta"] = meta
        if overlap is not UNSET:
            field_dict["overlap"] = overlap
        if predictions is not UNSET:
            field_dict["predictions"] = predictions
        if predictions_model_versions is not UNSET:
            field_dict["predictions_model_versions"] = predictions_model_versions
        if predictions_results is not UNSET:
            field_dict["predictions_results"] = predictions_results
        if predictions_score is not UNSET:
            field_dict["predictions_score"] = predictions_score
        if project is not UNSET:
            field_dict["project"] = project
        if state is not UNSET:
            field_dict["state"] = state
        if storage_filename is not UNSET:
            field_dict["storage_filename"] = storage_filename
        if total_annotations is not UNSET:
            field_dict["total_annotations"] = total_annotations
        if total_predictions is not UNSET:
            field_dict["total_predictions"] = total_predictions
        if unresolved_comment_count is not UNSET:
            field_dict["unresolved_comment_count"] = unresolved_comment_count
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_manager_task_annotations_item import DataManagerTaskAnnotationsItem
        from ..models.data_manager_task_draft_object import DataManagerTaskDraftObject
        from ..models.data_manager_task_prediction_object import DataManagerTaskPredictionObject
        from ..models.data_manager_task_user_i_ds import DataManagerTaskUserIDs

        d = dict(src_dict)
        if "data" not in d:
            data = cast(Any, UNSET)
        else:
            data = d.pop("data")

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if d.get("annotations", UNSET) is not None:
            _annotations = d.pop("annotations", UNSET)
            annotations: list[DataManagerTaskAnnotationsItem] | Unset = UNSET
            if _annotations is not UNSET:
                annotations = []
                for annotations_item_data in _annotations:
                    annotations_item = DataManagerTaskAnnotationsItem.from_dict(annotations_item_data)

                    annotations.append(annotations_item)

        else:
            annotations = cast(Any, d.pop("annotations"))

        annotations_ids = d.pop("annotations_ids", UNSET)

        annotations_results = d.pop("annotations_results", UNSET)

        if d.get("annotators", UNSET) is not None:
            annotators = cast(list[int], d.pop("annotators", UNSET))

        else:
            annotators = cast(Any, d.pop("annotators"))

        def _parse_avg_lead_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        avg_lead_time = _parse_avg_lead_time(d.pop("avg_lead_time", UNSET))

        cancelled_annotations = d.pop("cancelled_annotations", UNSET)

        if d.get("comment_authors", UNSET) is not None:
            comment_authors = cast(list[int], d.pop("comment_authors", UNSET))

        else:
            comment_authors = cast(Any, d.pop("comment_authors"))

        comment_count = d.pop("comment_count", UNSET)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        if d.get("created_at", UNSET) is not None:
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        else:
            created_at = cast(Any, d.pop("created_at"))

        draft_exists = d.pop("draft_exists", UNSET)

        if d.get("drafts", UNSET) is not None:
            _drafts = d.pop("drafts", UNSET)
            drafts: list[DataManagerTaskDraftObject] | Unset = UNSET
            if _drafts is not UNSET:
                drafts = []
                for drafts_item_data in _drafts:
                    drafts_item = DataManagerTaskDraftObject.from_dict(drafts_item_data)

                    drafts.append(drafts_item)

        else:
            drafts = cast(Any, d.pop("drafts"))

        def _parse_file_upload(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_upload = _parse_file_upload(d.pop("file_upload", UNSET))

        inner_id = d.pop("inner_id", UNSET)

        is_labeled = d.pop("is_labeled", UNSET)

        def _parse_last_comment_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_comment_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_comment_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_comment_updated_at = _parse_last_comment_updated_at(d.pop("last_comment_updated_at", UNSET))

        meta = d.pop("meta", UNSET)

        overlap = d.pop("overlap", UNSET)

        if d.get("predictions", UNSET) is not None:
            _predictions = d.pop("predictions", UNSET)
            predictions: list[DataManagerTaskPredictionObject] | Unset = UNSET
            if _predictions is not UNSET:
                predictions = []
                for predictions_item_data in _predictions:
                    predictions_item = DataManagerTaskPredictionObject.from_dict(predictions_item_data)

                    predictions.append(predictions_item)

        else:
            predictions = cast(Any, d.pop("predictions"))

        predictions_model_versions = d.pop("predictions_model_versions", UNSET)

        predictions_results = d.pop("predictions_results", UNSET)

        def _parse_predictions_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        predictions_score = _parse_predictions_score(d.pop("predictions_score", UNSET))

        def _parse_project(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        state = d.pop("state", UNSET)

        def _parse_storage_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        storage_filename = _parse_storage_filename(d.pop("storage_filename", UNSET))

        total_annotations = d.pop("total_annotations", UNSET)

        total_predictions = d.pop("total_predictions", UNSET)

        unresolved_comment_count = d.pop("unresolved_comment_count", UNSET)

        if d.get("updated_at", UNSET) is not None:
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        else:
            updated_at = cast(Any, d.pop("updated_at"))

        if d.get("updated_by", UNSET) is not None:
            _updated_by = d.pop("updated_by", UNSET)
            updated_by: list[DataManagerTaskUserIDs] | Unset = UNSET
            if _updated_by is not UNSET:
                updated_by = []
                for updated_by_item_data in _updated_by:
                    updated_by_item = DataManagerTaskUserIDs.from_dict(updated_by_item_data)

                    updated_by.append(updated_by_item)

        else:
            updated_by = cast(Any, d.pop("updated_by"))

        data_manager_task = cls(
            data=data,
            id=id,
            annotations=annotations,
            annotations_ids=annotations_ids,
            annotations_results=annotations_results,
            annotators=annotators,
            avg_lead_time=avg_lead_time,
            cancelled_annotations=cancelled_annotations,
            comment_authors=comment_authors,
            comment_count=comment_count,
            completed_at=completed_at,
            created_at=created_at,
            draft_exists=draft_exists,
            drafts=drafts,
            file_upload=file_upload,
            inner_id=inner_id,
            is_labeled=is_labeled,
            last_comment_updated_at=last_comment_updated_at,
            meta=meta,
            overlap=overlap,
            predictions=predictions,
            predictions_model_versions=predictions_model_versions,
            predictions_results=predictions_results,
            predictions_score=predictions_score,
            project=project,
            state=state,
            storage_filename=storage_filename,
            total_annotations=total_annotations,
            total_predictions=total_predictions,
            unresolved_comment_count=unresolved_comment_count,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        data_manager_task.additional_properties = d
        return data_manager_task

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation import Annotation
    from ..models.prediction import Prediction


T = TypeVar("T", bound="TaskSimple")


@_attrs_define
class TaskSimple:
    """A ModelSerializer that takes additional arguments for
    "fields", "omit" and "expand" in order to
    control which fields are displayed, and whether to replace simple
    values with complex, nested serializations

    """

    annotations: list[Annotation]
    created_at: datetime.datetime
    """ Time a task was created """
    data: Any
    """ User imported or uploaded data for a task. Data is formatted according to the project label config. You can
    find examples of data for your project on the Import page in the Label Studio Data Manager UI. """
    id: int
    predictions: list[Prediction]
    updated_at: datetime.datetime
    """ Last time a task was updated """
    cancelled_annotations: int | Unset = UNSET
    """ Number of total cancelled annotations for the current task """
    comment_authors: list[int] | Unset = UNSET
    """ Users who wrote comments """
    comment_count: int | Unset = UNSET
    """ Number of comments in the task including all annotations """
    file_upload: int | None | Unset = UNSET
    """ Uploaded file used as data source for this task """
    inner_id: int | None | Unset = UNSET
    """ Internal task ID in the project, starts with 1 """
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
    project: int | None | Unset = UNSET
    """ Project ID for this task """
    total_annotations: int | Unset = UNSET
    """ Number of total annotations for the current task except cancelled annotations """
    total_predictions: int | Unset = UNSET
    """ Number of total predictions for the current task """
    unresolved_comment_count: int | Unset = UNSET
    """ Number of unresolved comments in the task including all annotations """
    updated_by: int | None | Unset = UNSET
    """ Last annotator or reviewer who updated this task """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotations: Any = UNSET
        if self.annotations is None:
            annotations = None
        elif not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        data: Any = UNSET
        if not isinstance(self.data, Unset):
            data = self.data

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        predictions: Any = UNSET
        if self.predictions is None:
            predictions = None
        elif not isinstance(self.predictions, Unset):
            predictions = []
            for predictions_item_data in self.predictions:
                predictions_item = predictions_item_data.to_dict()
                predictions.append(predictions_item)

        updated_at: Any = UNSET
        if self.updated_at is None:
            updated_at = None
        elif not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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

        file_upload: Any = UNSET
        if not isinstance(self.file_upload, Unset):
            if isinstance(self.file_upload, Unset):
                file_upload = UNSET
            else:
                file_upload = self.file_upload

        inner_id: Any = UNSET
        if not isinstance(self.inner_id, Unset):
            if isinstance(self.inner_id, Unset):
                inner_id = UNSET
            else:
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

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            if isinstance(self.project, Unset):
                project = UNSET
            else:
                project = self.project

        total_annotations: Any = UNSET
        if not isinstance(self.total_annotations, Unset):
            total_annotations = self.total_annotations

        total_predictions: Any = UNSET
        if not isinstance(self.total_predictions, Unset):
            total_predictions = self.total_predictions

        unresolved_comment_count: Any = UNSET
        if not isinstance(self.unresolved_comment_count, Unset):
            unresolved_comment_count = self.unresolved_comment_count

        updated_by: Any = UNSET
        if not isinstance(self.updated_by, Unset):
            if isinstance(self.updated_by, Unset):
                updated_by = UNSET
            else:
                updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data is not UNSET:
            field_dict["data"] = data
        if id is not UNSET:
            field_dict["id"] = id
        if predictions is not UNSET:
            field_dict["predictions"] = predictions
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if cancelled_annotations is not UNSET:
            field_dict["cancelled_annotations"] = cancelled_annotations
        if comment_authors is not UNSET:
            field_dict["comment_authors"] = comment_authors
        if comment_count is not UNSET:
            field_dict["comment_count"] = comment_count
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
        if project is not UNSET:
            field_dict["project"] = project
        if total_annotations is not UNSET:
            field_dict["total_annotations"] = total_annotations
        if total_predictions is not UNSET:
            field_dict["total_predictions"] = total_predictions
        if unresolved_comment_count is not UNSET:
            field_dict["unresolved_comment_count"] = unresolved_comment_count
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.annotation import Annotation
        from ..models.prediction import Prediction

        d = dict(src_dict)
        if "annotations" not in d:
            annotations = cast(list[Annotation], UNSET)
        elif d["annotations"] is None:
            annotations = cast(list[Annotation], d.pop("annotations"))
        else:
            annotations = []
            _annotations = d.pop("annotations")
            for annotations_item_data in _annotations:
                annotations_item = Annotation.from_dict(annotations_item_data)

                annotations.append(annotations_item)

        if "created_at" not in d:
            created_at = cast(datetime.datetime, UNSET)
        elif d["created_at"] is None:
            created_at = cast(datetime.datetime, d.pop("created_at"))
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "data" not in d:
            data = cast(Any, UNSET)
        else:
            data = d.pop("data")

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "predictions" not in d:
            predictions = cast(list[Prediction], UNSET)
        elif d["predictions"] is None:
            predictions = cast(list[Prediction], d.pop("predictions"))
        else:
            predictions = []
            _predictions = d.pop("predictions")
            for predictions_item_data in _predictions:
                predictions_item = Prediction.from_dict(predictions_item_data)

                predictions.append(predictions_item)

        if "updated_at" not in d:
            updated_at = cast(datetime.datetime, UNSET)
        elif d["updated_at"] is None:
            updated_at = cast(datetime.datetime, d.pop("updated_at"))
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        cancelled_annotations = d.pop("cancelled_annotations", UNSET)

        if d.get("comment_authors", UNSET) is not None:
            comment_authors = cast(list[int], d.pop("comment_authors", UNSET))

        else:
            comment_authors = cast(Any, d.pop("comment_authors"))

        comment_count = d.pop("comment_count", UNSET)

        def _parse_file_upload(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_upload = _parse_file_upload(d.pop("file_upload", UNSET))

        def _parse_inner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        inner_id = _parse_inner_id(d.pop("inner_id", UNSET))

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

        def _parse_project(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        total_annotations = d.pop("total_annotations", UNSET)

        total_predictions = d.pop("total_predictions", UNSET)

        unresolved_comment_count = d.pop("unresolved_comment_count", UNSET)

        def _parse_updated_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        task_simple = cls(
            annotations=annotations,
            created_at=created_at,
            data=data,
            id=id,
            predictions=predictions,
            updated_at=updated_at,
            cancelled_annotations=cancelled_annotations,
            comment_authors=comment_authors,
            comment_count=comment_count,
            file_upload=file_upload,
            inner_id=inner_id,
            is_labeled=is_labeled,
            last_comment_updated_at=last_comment_updated_at,
            meta=meta,
            overlap=overlap,
            project=project,
            total_annotations=total_annotations,
            total_predictions=total_predictions,
            unresolved_comment_count=unresolved_comment_count,
            updated_by=updated_by,
        )

        task_simple.additional_properties = d
        return task_simple

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

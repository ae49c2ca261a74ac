from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_request import AnnotationRequest
    from ..models.prediction_request import PredictionRequest


@functools.cache
def _import_AnnotationRequest() -> type[AnnotationRequest]:
    from ..models.annotation_request import AnnotationRequest

    return AnnotationRequest


@functools.cache
def _import_PredictionRequest() -> type[PredictionRequest]:
    from ..models.prediction_request import PredictionRequest

    return PredictionRequest


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "data",
        "allow_skip",
        "annotations",
        "cancelled_annotations",
        "comment_authors",
        "comment_count",
        "file_upload",
        "inner_id",
        "last_comment_updated_at",
        "meta",
        "overlap",
        "precomputed_agreement",
        "predictions",
        "total_annotations",
        "total_predictions",
        "unresolved_comment_count",
        "updated_by",
    }
)


T = TypeVar("T", bound="ImportApiRequest")


@_attrs_define
class ImportApiRequest:
    """Tasks serializer for Import API (TaskBulkCreateAPI)"""

    data: Any
    """ User imported or uploaded data for a task. Data is formatted according to the project label config. You can
    find examples of data for your project on the Import page in the Label Studio Data Manager UI. """
    allow_skip: bool | None | Unset = UNSET
    """ Whether this task can be skipped. Set to False to make task unskippable. """
    annotations: list[AnnotationRequest] | Unset = UNSET
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
    last_comment_updated_at: datetime.datetime | None | Unset = UNSET
    """ When the last comment was updated """
    meta: Any | Unset = UNSET
    """ Meta is user imported (uploaded) data and can be useful as input for an ML Backend for embeddings, advanced
    vectors, and other info. It is passed to ML during training/predicting steps. """
    overlap: int | Unset = UNSET
    """ Number of distinct annotators that processed the current task """
    precomputed_agreement: float | None | Unset = UNSET
    """ Average agreement score for the task """
    predictions: list[PredictionRequest] | Unset = UNSET
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        data: Any = self.data
        if data is not UNSET:
            field_dict["data"] = data

        allow_skip: Any = self.allow_skip
        if allow_skip is not UNSET:
            field_dict["allow_skip"] = allow_skip

        annotations = self.annotations
        if not isinstance(annotations, Unset):
            field_dict["annotations"] = (
                None
                if annotations is None
                else []
                if annotations == []
                else [annotations_item_data.to_dict() for annotations_item_data in annotations]
            )

        cancelled_annotations: Any = self.cancelled_annotations
        if cancelled_annotations is not UNSET:
            field_dict["cancelled_annotations"] = cancelled_annotations

        comment_authors: Any = self.comment_authors
        if comment_authors is not UNSET:
            field_dict["comment_authors"] = comment_authors

        comment_count: Any = self.comment_count
        if comment_count is not UNSET:
            field_dict["comment_count"] = comment_count

        file_upload: Any = self.file_upload
        if file_upload is not UNSET:
            field_dict["file_upload"] = file_upload

        inner_id: Any = self.inner_id
        if inner_id is not UNSET:
            field_dict["inner_id"] = inner_id

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

        precomputed_agreement: Any = self.precomputed_agreement
        if precomputed_agreement is not UNSET:
            field_dict["precomputed_agreement"] = precomputed_agreement

        predictions = self.predictions
        if not isinstance(predictions, Unset):
            field_dict["predictions"] = (
                None
                if predictions is None
                else []
                if predictions == []
                else [predictions_item_data.to_dict() for predictions_item_data in predictions]
            )

        total_annotations: Any = self.total_annotations
        if total_annotations is not UNSET:
            field_dict["total_annotations"] = total_annotations

        total_predictions: Any = self.total_predictions
        if total_predictions is not UNSET:
            field_dict["total_predictions"] = total_predictions

        unresolved_comment_count: Any = self.unresolved_comment_count
        if unresolved_comment_count is not UNSET:
            field_dict["unresolved_comment_count"] = unresolved_comment_count

        updated_by: Any = self.updated_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.data = get("data", UNSET)
        obj.allow_skip = get("allow_skip", UNSET)
        value = get("annotations", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(_import_AnnotationRequest().from_dict, value))
        obj.annotations = value
        obj.cancelled_annotations = get("cancelled_annotations", UNSET)
        obj.comment_authors = get("comment_authors", UNSET)
        obj.comment_count = get("comment_count", UNSET)
        obj.file_upload = get("file_upload", UNSET)
        obj.inner_id = get("inner_id", UNSET)
        value = get("last_comment_updated_at", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_last_comment_updated_at(value)
        obj.last_comment_updated_at = value
        obj.meta = get("meta", UNSET)
        obj.overlap = get("overlap", UNSET)
        obj.precomputed_agreement = get("precomputed_agreement", UNSET)
        value = get("predictions", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(_import_PredictionRequest().from_dict, value))
        obj.predictions = value
        obj.total_annotations = get("total_annotations", UNSET)
        obj.total_predictions = get("total_predictions", UNSET)
        obj.unresolved_comment_count = get("unresolved_comment_count", UNSET)
        obj.updated_by = get("updated_by", UNSET)
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

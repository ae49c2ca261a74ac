from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_request import AnnotationRequest
    from ..models.prediction_request import PredictionRequest


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
        data: Any = UNSET
        if not isinstance(self.data, Unset):
            data = self.data

        allow_skip: Any = UNSET
        if not isinstance(self.allow_skip, Unset):
            if isinstance(self.allow_skip, Unset):
                allow_skip = UNSET
            else:
                allow_skip = self.allow_skip

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

        precomputed_agreement: Any = UNSET
        if not isinstance(self.precomputed_agreement, Unset):
            if isinstance(self.precomputed_agreement, Unset):
                precomputed_agreement = UNSET
            else:
                precomputed_agreement = self.precomputed_agreement

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
        if data is not UNSET:
            field_dict["data"] = data
        if allow_skip is not UNSET:
            field_dict["allow_skip"] = allow_skip
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
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
        if last_comment_updated_at is not UNSET:
            field_dict["last_comment_updated_at"] = last_comment_updated_at
        if meta is not UNSET:
            field_dict["meta"] = meta
        if overlap is not UNSET:
            field_dict["overlap"] = overlap
        if precomputed_agreement is not UNSET:
            field_dict["precomputed_agreement"] = precomputed_agreement
        if predictions is not UNSET:
            field_dict["predictions"] = predictions
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
        from ..models.annotation_request import AnnotationRequest
        from ..models.prediction_request import PredictionRequest

        d = dict(src_dict)
        if "data" not in d:
            data = cast(Any, UNSET)
        else:
            data = d.pop("data")

        def _parse_allow_skip(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_skip = _parse_allow_skip(d.pop("allow_skip", UNSET))

        if d.get("annotations", UNSET) is not None:
            _annotations = d.pop("annotations", UNSET)
            annotations: list[AnnotationRequest] | Unset = UNSET
            if _annotations is not UNSET:
                annotations = []
                for annotations_item_data in _annotations:
                    annotations_item = AnnotationRequest.from_dict(annotations_item_data)

                    annotations.append(annotations_item)

        else:
            annotations = cast(Any, d.pop("annotations"))

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

        def _parse_precomputed_agreement(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        precomputed_agreement = _parse_precomputed_agreement(d.pop("precomputed_agreement", UNSET))

        if d.get("predictions", UNSET) is not None:
            _predictions = d.pop("predictions", UNSET)
            predictions: list[PredictionRequest] | Unset = UNSET
            if _predictions is not UNSET:
                predictions = []
                for predictions_item_data in _predictions:
                    predictions_item = PredictionRequest.from_dict(predictions_item_data)

                    predictions.append(predictions_item)

        else:
            predictions = cast(Any, d.pop("predictions"))

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

        import_api_request = cls(
            data=data,
            allow_skip=allow_skip,
            annotations=annotations,
            cancelled_annotations=cancelled_annotations,
            comment_authors=comment_authors,
            comment_count=comment_count,
            file_upload=file_upload,
            inner_id=inner_id,
            last_comment_updated_at=last_comment_updated_at,
            meta=meta,
            overlap=overlap,
            precomputed_agreement=precomputed_agreement,
            predictions=predictions,
            total_annotations=total_annotations,
            total_predictions=total_predictions,
            unresolved_comment_count=unresolved_comment_count,
            updated_by=updated_by,
        )

        import_api_request.additional_properties = d
        return import_api_request

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

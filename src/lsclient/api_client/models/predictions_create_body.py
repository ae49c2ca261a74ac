from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.predictions_create_body_result_item import PredictionsCreateBodyResultItem


T = TypeVar("T", bound="PredictionsCreateBody")


@_attrs_define
class PredictionsCreateBody:
    """
    Example:
        {'model_version': 'yolo-v8', 'result': [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080,
            'original_width': 1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height': 60, 'rotation': 0,
            'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y': 30}}], 'score': 0.95}

    """

    model_version: str | Unset = UNSET
    """ Model version - tag for predictions that can be used to filter tasks in Data Manager, as well as select
    specific model version for showing preannotations in the labeling interface """
    result: list[PredictionsCreateBodyResultItem] | Unset = UNSET
    """ Prediction result in JSON format. Read more about the format in [the Label Studio
    documentation.](https://labelstud.io/guide/predictions) """
    score: float | Unset = UNSET
    """ Prediction score. Can be used in Data Manager to sort task by model confidence. Task with the lowest score
    will be shown first. """
    task: int | Unset = UNSET
    """ Task ID for which the prediction is created """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_version: Any = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

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

        score: Any = UNSET
        if not isinstance(self.score, Unset):
            score = self.score

        task: Any = UNSET
        if not isinstance(self.task, Unset):
            task = self.task

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if result is not UNSET:
            field_dict["result"] = result
        if score is not UNSET:
            field_dict["score"] = score
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.predictions_create_body_result_item import PredictionsCreateBodyResultItem

        d = dict(src_dict)
        model_version = d.pop("model_version", UNSET)

        if d.get("result", UNSET) is not None:
            _result = d.pop("result", UNSET)
            result: list[PredictionsCreateBodyResultItem] | Unset = UNSET
            if _result is not UNSET:
                result = []
                for result_item_data in _result:
                    result_item = PredictionsCreateBodyResultItem.from_dict(result_item_data)

                    result.append(result_item)

        else:
            result = cast(Any, d.pop("result"))

        score = d.pop("score", UNSET)

        task = d.pop("task", UNSET)

        predictions_create_body = cls(
            model_version=model_version,
            result=result,
            score=score,
            task=task,
        )

        predictions_create_body.additional_properties = d
        return predictions_create_body

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

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.predictions_partial_update_body_result_item import PredictionsPartialUpdateBodyResultItem


@functools.cache
def _import_PredictionsPartialUpdateBodyResultItem() -> type[PredictionsPartialUpdateBodyResultItem]:
    from ..models.predictions_partial_update_body_result_item import PredictionsPartialUpdateBodyResultItem

    return PredictionsPartialUpdateBodyResultItem


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"model_version", "result", "score", "task"})


T = TypeVar("T", bound="PredictionsPartialUpdateBody")


@_attrs_define
class PredictionsPartialUpdateBody:
    """
    Example:
        {'model_version': 'yolo-v8', 'result': [{'from_name': 'bboxes', 'image_rotation': 0, 'original_height': 1080,
            'original_width': 1920, 'to_name': 'image', 'type': 'rectanglelabels', 'value': {'height': 60, 'rotation': 0,
            'values': {'rectanglelabels': ['Person']}, 'width': 50, 'x': 20, 'y': 30}}], 'score': 0.95}

    """

    model_version: str | Unset = UNSET
    """ Model version - tag for predictions that can be used to filter tasks in Data Manager, as well as select
    specific model version for showing preannotations in the labeling interface """
    result: list[PredictionsPartialUpdateBodyResultItem] | Unset = UNSET
    """ Prediction result in JSON format. Read more about the format in [the Label Studio
    documentation.](https://labelstud.io/guide/predictions) """
    score: float | Unset = UNSET
    """ Prediction score. Can be used in Data Manager to sort task by model confidence. Task with the lowest score
    will be shown first. """
    task: int | Unset = UNSET
    """ Task ID for which the prediction is created """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        model_version: Any = self.model_version
        if model_version is not UNSET:
            field_dict["model_version"] = model_version

        result = self.result
        if not isinstance(result, Unset):
            field_dict["result"] = (
                None
                if result is None
                else []
                if result == []
                else [result_item_data.to_dict() for result_item_data in result]
            )

        score: Any = self.score
        if score is not UNSET:
            field_dict["score"] = score

        task: Any = self.task
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.model_version = get("model_version", UNSET)
        value = get("result", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(_import_PredictionsPartialUpdateBodyResultItem().from_dict, value))
        obj.result = value
        obj.score = get("score", UNSET)
        obj.task = get("task", UNSET)
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

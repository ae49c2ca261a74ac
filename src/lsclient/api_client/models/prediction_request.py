from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prediction_request_prediction_result_items_regions import (
        PredictionRequestPredictionResultItemsRegions,
    )


@functools.cache
def _import_PredictionRequestPredictionResultItemsRegions() -> type[PredictionRequestPredictionResultItemsRegions]:
    from ..models.prediction_request_prediction_result_items_regions import (
        PredictionRequestPredictionResultItemsRegions,
    )

    return PredictionRequestPredictionResultItemsRegions


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {"result", "task", "cluster", "mislabeling", "model", "model_run", "model_version", "neighbors", "project", "score"}
)


T = TypeVar("T", bound="PredictionRequest")


@_attrs_define
class PredictionRequest:
    result: list[PredictionRequestPredictionResultItemsRegions]
    """ List of prediction results for the task """
    task: int
    cluster: int | None | Unset = UNSET
    """ Cluster for the current prediction """
    mislabeling: float | Unset = UNSET
    """ Related task mislabeling score """
    model: int | None | Unset = UNSET
    """ An ML Backend instance that created the prediction. """
    model_run: int | None | Unset = UNSET
    """ A run of a ModelVersion that created the prediction. """
    model_version: str | Unset = UNSET
    """ Model version - tag for predictions that can be used to filter tasks in Data Manager, as well as select
    specific model version for showing preannotations in the labeling interface """
    neighbors: Any | Unset = UNSET
    """ Array of task IDs of the closest neighbors """
    project: int | None | Unset = UNSET
    score: float | None | Unset = UNSET
    """ Prediction score """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        result = self.result
        if not isinstance(result, Unset):
            field_dict["result"] = (
                None
                if result is None
                else []
                if result == []
                else [result_item_data.to_dict() for result_item_data in result]
            )

        task: Any = self.task
        if task is not UNSET:
            field_dict["task"] = task

        cluster: Any = self.cluster
        if cluster is not UNSET:
            field_dict["cluster"] = cluster

        mislabeling: Any = self.mislabeling
        if mislabeling is not UNSET:
            field_dict["mislabeling"] = mislabeling

        model: Any = self.model
        if model is not UNSET:
            field_dict["model"] = model

        model_run: Any = self.model_run
        if model_run is not UNSET:
            field_dict["model_run"] = model_run

        model_version: Any = self.model_version
        if model_version is not UNSET:
            field_dict["model_version"] = model_version

        neighbors: Any = self.neighbors
        if neighbors is not UNSET:
            field_dict["neighbors"] = neighbors

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        score: Any = self.score
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("result", UNSET)
        if value is not None and value is not UNSET:
            value = (
                []
                if value == []
                else list(map(_import_PredictionRequestPredictionResultItemsRegions().from_dict, value))
            )
        obj.result = value
        obj.task = get("task", UNSET)
        obj.cluster = get("cluster", UNSET)
        obj.mislabeling = get("mislabeling", UNSET)
        obj.model = get("model", UNSET)
        obj.model_run = get("model_run", UNSET)
        obj.model_version = get("model_version", UNSET)
        obj.neighbors = get("neighbors", UNSET)
        obj.project = get("project", UNSET)
        obj.score = get("score", UNSET)
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

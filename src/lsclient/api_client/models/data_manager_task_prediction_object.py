from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_manager_task_prediction_object_ml_backend_instance import (
        DataManagerTaskPredictionObjectMLBackendInstance,
    )
    from ..models.data_manager_task_prediction_object_model_run_instance import (
        DataManagerTaskPredictionObjectModelRunInstance,
    )
    from ..models.data_manager_task_prediction_object_prediction_result_item import (
        DataManagerTaskPredictionObjectPredictionResultItem,
    )


@functools.cache
def _import_DataManagerTaskPredictionObjectMLBackendInstance() -> type[
    DataManagerTaskPredictionObjectMLBackendInstance
]:
    from ..models.data_manager_task_prediction_object_ml_backend_instance import (
        DataManagerTaskPredictionObjectMLBackendInstance,
    )

    return DataManagerTaskPredictionObjectMLBackendInstance


@functools.cache
def _import_DataManagerTaskPredictionObjectModelRunInstance() -> type[DataManagerTaskPredictionObjectModelRunInstance]:
    from ..models.data_manager_task_prediction_object_model_run_instance import (
        DataManagerTaskPredictionObjectModelRunInstance,
    )

    return DataManagerTaskPredictionObjectModelRunInstance


@functools.cache
def _import_DataManagerTaskPredictionObjectPredictionResultItem() -> type[
    DataManagerTaskPredictionObjectPredictionResultItem
]:
    from ..models.data_manager_task_prediction_object_prediction_result_item import (
        DataManagerTaskPredictionObjectPredictionResultItem,
    )

    return DataManagerTaskPredictionObjectPredictionResultItem


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {"created_at", "model", "model_run", "model_version", "project", "result", "score", "task", "updated_at"}
)


T = TypeVar("T", bound="DataManagerTaskPredictionObject")


@_attrs_define
class DataManagerTaskPredictionObject:
    created_at: datetime.datetime | Unset = UNSET
    model: DataManagerTaskPredictionObjectMLBackendInstance | Unset = UNSET
    model_run: DataManagerTaskPredictionObjectModelRunInstance | Unset = UNSET
    model_version: str | Unset = UNSET
    project: int | Unset = UNSET
    result: list[DataManagerTaskPredictionObjectPredictionResultItem] | Unset = UNSET
    score: float | Unset = UNSET
    task: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = None if created_at is None else created_at.isoformat()

        model = self.model
        if not isinstance(model, Unset):
            field_dict["model"] = None if model is None else model.to_dict()

        model_run = self.model_run
        if not isinstance(model_run, Unset):
            field_dict["model_run"] = None if model_run is None else model_run.to_dict()

        model_version: Any = self.model_version
        if model_version is not UNSET:
            field_dict["model_version"] = model_version

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

        score: Any = self.score
        if score is not UNSET:
            field_dict["score"] = score

        task: Any = self.task
        if task is not UNSET:
            field_dict["task"] = task

        updated_at = self.updated_at
        if not isinstance(updated_at, Unset):
            field_dict["updated_at"] = None if updated_at is None else updated_at.isoformat()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("created_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.created_at = value
        value = get("model", UNSET)
        if value is not None and value is not UNSET:
            value = _import_DataManagerTaskPredictionObjectMLBackendInstance().from_dict(value)
        obj.model = value
        value = get("model_run", UNSET)
        if value is not None and value is not UNSET:
            value = _import_DataManagerTaskPredictionObjectModelRunInstance().from_dict(value)
        obj.model_run = value
        obj.model_version = get("model_version", UNSET)
        obj.project = get("project", UNSET)
        value = get("result", UNSET)
        if value is not None and value is not UNSET:
            value = (
                []
                if value == []
                else list(map(_import_DataManagerTaskPredictionObjectPredictionResultItem().from_dict, value))
            )
        obj.result = value
        obj.score = get("score", UNSET)
        obj.task = get("task", UNSET)
        value = get("updated_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.updated_at = value
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()

        model: Any = UNSET
        if self.model is None:
            model = None
        elif not isinstance(self.model, Unset):
            model = UNSET
            if not isinstance(self.model, Unset):
                model = self.model.to_dict()

        model_run: Any = UNSET
        if self.model_run is None:
            model_run = None
        elif not isinstance(self.model_run, Unset):
            model_run = UNSET
            if not isinstance(self.model_run, Unset):
                model_run = self.model_run.to_dict()

        model_version: Any = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

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

        updated_at: Any = UNSET
        if self.updated_at is None:
            updated_at = None
        elif not isinstance(self.updated_at, Unset):
            updated_at = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if model is not UNSET:
            field_dict["model"] = model
        if model_run is not UNSET:
            field_dict["model_run"] = model_run
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if project is not UNSET:
            field_dict["project"] = project
        if result is not UNSET:
            field_dict["result"] = result
        if score is not UNSET:
            field_dict["score"] = score
        if task is not UNSET:
            field_dict["task"] = task
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_manager_task_prediction_object_ml_backend_instance import (
            DataManagerTaskPredictionObjectMLBackendInstance,
        )
        from ..models.data_manager_task_prediction_object_model_run_instance import (
            DataManagerTaskPredictionObjectModelRunInstance,
        )
        from ..models.data_manager_task_prediction_object_prediction_result_item import (
            DataManagerTaskPredictionObjectPredictionResultItem,
        )

        d = dict(src_dict)
        if d.get("created_at", UNSET) is not None:
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        else:
            created_at = cast(Any, d.pop("created_at"))

        if d.get("model", UNSET) is not None:
            _model = d.pop("model", UNSET)
            model: DataManagerTaskPredictionObjectMLBackendInstance | Unset
            if isinstance(_model, Unset):
                model = UNSET
            else:
                model = DataManagerTaskPredictionObjectMLBackendInstance.from_dict(_model)

        else:
            model = cast(Any, d.pop("model"))

        if d.get("model_run", UNSET) is not None:
            _model_run = d.pop("model_run", UNSET)
            model_run: DataManagerTaskPredictionObjectModelRunInstance | Unset
            if isinstance(_model_run, Unset):
                model_run = UNSET
            else:
                model_run = DataManagerTaskPredictionObjectModelRunInstance.from_dict(_model_run)

        else:
            model_run = cast(Any, d.pop("model_run"))

        model_version = d.pop("model_version", UNSET)

        project = d.pop("project", UNSET)

        if d.get("result", UNSET) is not None:
            _result = d.pop("result", UNSET)
            result: list[DataManagerTaskPredictionObjectPredictionResultItem] | Unset = UNSET
            if _result is not UNSET:
                result = []
                for result_item_data in _result:
                    result_item = DataManagerTaskPredictionObjectPredictionResultItem.from_dict(result_item_data)

                    result.append(result_item)

        else:
            result = cast(Any, d.pop("result"))

        score = d.pop("score", UNSET)

        task = d.pop("task", UNSET)

        if d.get("updated_at", UNSET) is not None:
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        else:
            updated_at = cast(Any, d.pop("updated_at"))

        data_manager_task_prediction_object = cls(
            created_at=created_at,
            model=model,
            model_run=model_run,
            model_version=model_version,
            project=project,
            result=result,
            score=score,
            task=task,
            updated_at=updated_at,
        )

        data_manager_task_prediction_object.additional_properties = d
        return data_manager_task_prediction_object

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

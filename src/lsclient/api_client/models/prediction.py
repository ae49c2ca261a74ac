from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prediction_prediction_result_items_regions import PredictionPredictionResultItemsRegions


T = TypeVar("T", bound="Prediction")


@_attrs_define
class Prediction:
    created_at: datetime.datetime
    id: int
    result: list[PredictionPredictionResultItemsRegions]
    """ List of prediction results for the task """
    task: int
    updated_at: datetime.datetime
    created_ago: str = ""
    """ Delta time from creation time """
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
        created_ago: Any = UNSET
        if not isinstance(self.created_ago, Unset):
            created_ago = self.created_ago

        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        result: Any = UNSET
        if self.result is None:
            result = None
        elif not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        task: Any = UNSET
        if not isinstance(self.task, Unset):
            task = self.task

        updated_at: Any = UNSET
        if self.updated_at is None:
            updated_at = None
        elif not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        cluster: Any = UNSET
        if not isinstance(self.cluster, Unset):
            if isinstance(self.cluster, Unset):
                cluster = UNSET
            else:
                cluster = self.cluster

        mislabeling: Any = UNSET
        if not isinstance(self.mislabeling, Unset):
            mislabeling = self.mislabeling

        model: Any = UNSET
        if not isinstance(self.model, Unset):
            if isinstance(self.model, Unset):
                model = UNSET
            else:
                model = self.model

        model_run: Any = UNSET
        if not isinstance(self.model_run, Unset):
            if isinstance(self.model_run, Unset):
                model_run = UNSET
            else:
                model_run = self.model_run

        model_version: Any = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        neighbors: Any = UNSET
        if not isinstance(self.neighbors, Unset):
            neighbors = self.neighbors

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            if isinstance(self.project, Unset):
                project = UNSET
            else:
                project = self.project

        score: Any = UNSET
        if not isinstance(self.score, Unset):
            if isinstance(self.score, Unset):
                score = UNSET
            else:
                score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_ago is not UNSET:
            field_dict["created_ago"] = created_ago
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if result is not UNSET:
            field_dict["result"] = result
        if task is not UNSET:
            field_dict["task"] = task
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if mislabeling is not UNSET:
            field_dict["mislabeling"] = mislabeling
        if model is not UNSET:
            field_dict["model"] = model
        if model_run is not UNSET:
            field_dict["model_run"] = model_run
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if neighbors is not UNSET:
            field_dict["neighbors"] = neighbors
        if project is not UNSET:
            field_dict["project"] = project
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.prediction_prediction_result_items_regions import PredictionPredictionResultItemsRegions

        d = dict(src_dict)
        if "created_ago" not in d:
            created_ago = cast(str, UNSET)
        else:
            created_ago = d.pop("created_ago")

        if "created_at" not in d:
            created_at = cast(datetime.datetime, UNSET)
        elif d["created_at"] is None:
            created_at = cast(datetime.datetime, d.pop("created_at"))
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "result" not in d:
            result = cast(list[PredictionPredictionResultItemsRegions], UNSET)
        elif d["result"] is None:
            result = cast(list[PredictionPredictionResultItemsRegions], d.pop("result"))
        else:
            result = []
            _result = d.pop("result")
            for result_item_data in _result:
                result_item = PredictionPredictionResultItemsRegions.from_dict(result_item_data)

                result.append(result_item)

        if "task" not in d:
            task = cast(int, UNSET)
        else:
            task = d.pop("task")

        if "updated_at" not in d:
            updated_at = cast(datetime.datetime, UNSET)
        elif d["updated_at"] is None:
            updated_at = cast(datetime.datetime, d.pop("updated_at"))
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_cluster(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cluster = _parse_cluster(d.pop("cluster", UNSET))

        mislabeling = d.pop("mislabeling", UNSET)

        def _parse_model(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_model_run(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        model_run = _parse_model_run(d.pop("model_run", UNSET))

        model_version = d.pop("model_version", UNSET)

        neighbors = d.pop("neighbors", UNSET)

        def _parse_project(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        prediction = cls(
            created_ago=created_ago,
            created_at=created_at,
            id=id,
            result=result,
            task=task,
            updated_at=updated_at,
            cluster=cluster,
            mislabeling=mislabeling,
            model=model,
            model_run=model_run,
            model_version=model_version,
            neighbors=neighbors,
            project=project,
            score=score,
        )

        prediction.additional_properties = d
        return prediction

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

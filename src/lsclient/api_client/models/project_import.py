from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_status import ExportStatus
from ..types import UNSET, Unset

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "created_at",
        "id",
        "updated_at",
        "annotation_count",
        "commit_to_project",
        "could_be_tasks_list",
        "data_columns",
        "duration",
        "error",
        "file_upload_ids",
        "finished_at",
        "found_formats",
        "preannotated_from_fields",
        "prediction_count",
        "project",
        "return_task_ids",
        "status",
        "task_count",
        "task_ids",
        "tasks",
        "url",
    }
)


T = TypeVar("T", bound="ProjectImport")


@_attrs_define
class ProjectImport:
    created_at: datetime.datetime | None
    """ Creation time """
    id: int
    updated_at: datetime.datetime | None
    """ Updated time """
    annotation_count: int | Unset = UNSET
    commit_to_project: bool | Unset = UNSET
    could_be_tasks_list: bool | Unset = UNSET
    data_columns: Any | Unset = UNSET
    duration: int | Unset = UNSET
    error: None | str | Unset = UNSET
    file_upload_ids: Any | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    """ Complete or fail time """
    found_formats: Any | Unset = UNSET
    preannotated_from_fields: Any | Unset = UNSET
    prediction_count: int | Unset = UNSET
    project: int | None | Unset = UNSET
    return_task_ids: bool | Unset = UNSET
    status: ExportStatus | Unset = UNSET
    """ * `created` - Created
    * `in_progress` - In progress
    * `failed` - Failed
    * `completed` - Completed """
    task_count: int | Unset = UNSET
    task_ids: Any | Unset = UNSET
    tasks: Any | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            if created_at is None:
                field_dict["created_at"] = None
            else:
                if isinstance(created_at, datetime.datetime):
                    field_dict["created_at"] = created_at.isoformat()
                else:
                    field_dict["created_at"] = created_at

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        updated_at = self.updated_at
        if not isinstance(updated_at, Unset):
            if updated_at is None:
                field_dict["updated_at"] = None
            else:
                if isinstance(updated_at, datetime.datetime):
                    field_dict["updated_at"] = updated_at.isoformat()
                else:
                    field_dict["updated_at"] = updated_at

        annotation_count: Any = self.annotation_count
        if annotation_count is not UNSET:
            field_dict["annotation_count"] = annotation_count

        commit_to_project: Any = self.commit_to_project
        if commit_to_project is not UNSET:
            field_dict["commit_to_project"] = commit_to_project

        could_be_tasks_list: Any = self.could_be_tasks_list
        if could_be_tasks_list is not UNSET:
            field_dict["could_be_tasks_list"] = could_be_tasks_list

        data_columns: Any = self.data_columns
        if data_columns is not UNSET:
            field_dict["data_columns"] = data_columns

        duration: Any = self.duration
        if duration is not UNSET:
            field_dict["duration"] = duration

        error: Any = self.error
        if error is not UNSET:
            field_dict["error"] = error

        file_upload_ids: Any = self.file_upload_ids
        if file_upload_ids is not UNSET:
            field_dict["file_upload_ids"] = file_upload_ids

        finished_at = self.finished_at
        if not isinstance(finished_at, Unset):
            if finished_at is None:
                field_dict["finished_at"] = None
            else:
                if isinstance(finished_at, datetime.datetime):
                    field_dict["finished_at"] = finished_at.isoformat()
                else:
                    field_dict["finished_at"] = finished_at

        found_formats: Any = self.found_formats
        if found_formats is not UNSET:
            field_dict["found_formats"] = found_formats

        preannotated_from_fields: Any = self.preannotated_from_fields
        if preannotated_from_fields is not UNSET:
            field_dict["preannotated_from_fields"] = preannotated_from_fields

        prediction_count: Any = self.prediction_count
        if prediction_count is not UNSET:
            field_dict["prediction_count"] = prediction_count

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        return_task_ids: Any = self.return_task_ids
        if return_task_ids is not UNSET:
            field_dict["return_task_ids"] = return_task_ids

        status = self.status
        if not isinstance(status, Unset):
            field_dict["status"] = None if status is None else status.value

        task_count: Any = self.task_count
        if task_count is not UNSET:
            field_dict["task_count"] = task_count

        task_ids: Any = self.task_ids
        if task_ids is not UNSET:
            field_dict["task_ids"] = task_ids

        tasks: Any = self.tasks
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        url: Any = self.url
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("created_at", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_created_at(value)
        obj.created_at = value
        obj.id = get("id", UNSET)
        value = get("updated_at", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_updated_at(value)
        obj.updated_at = value
        obj.annotation_count = get("annotation_count", UNSET)
        obj.commit_to_project = get("commit_to_project", UNSET)
        obj.could_be_tasks_list = get("could_be_tasks_list", UNSET)
        obj.data_columns = get("data_columns", UNSET)
        obj.duration = get("duration", UNSET)
        obj.error = get("error", UNSET)
        obj.file_upload_ids = get("file_upload_ids", UNSET)
        value = get("finished_at", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_finished_at(value)
        obj.finished_at = value
        obj.found_formats = get("found_formats", UNSET)
        obj.preannotated_from_fields = get("preannotated_from_fields", UNSET)
        obj.prediction_count = get("prediction_count", UNSET)
        obj.project = get("project", UNSET)
        obj.return_task_ids = get("return_task_ids", UNSET)
        value = get("status", UNSET)
        if value is not None and value is not UNSET:
            value = ExportStatus(value)
        obj.status = value
        obj.task_count = get("task_count", UNSET)
        obj.task_ids = get("task_ids", UNSET)
        obj.tasks = get("tasks", UNSET)
        obj.url = get("url", UNSET)
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


def _parse_created_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return datetime.datetime.fromisoformat(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_updated_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return datetime.datetime.fromisoformat(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
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

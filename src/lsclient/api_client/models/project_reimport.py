from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_status import ExportStatus
from ..types import UNSET, Unset

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "id",
        "annotation_count",
        "data_columns",
        "duration",
        "error",
        "file_upload_ids",
        "files_as_tasks_list",
        "found_formats",
        "prediction_count",
        "project",
        "status",
        "task_count",
    }
)


T = TypeVar("T", bound="ProjectReimport")


@_attrs_define
class ProjectReimport:
    id: int
    annotation_count: int | Unset = UNSET
    data_columns: Any | Unset = UNSET
    duration: int | Unset = UNSET
    error: None | str | Unset = UNSET
    file_upload_ids: Any | Unset = UNSET
    files_as_tasks_list: bool | Unset = UNSET
    found_formats: Any | Unset = UNSET
    prediction_count: int | Unset = UNSET
    project: int | None | Unset = UNSET
    status: ExportStatus | Unset = UNSET
    """ * `created` - Created
    * `in_progress` - In progress
    * `failed` - Failed
    * `completed` - Completed """
    task_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        annotation_count: Any = self.annotation_count
        if annotation_count is not UNSET:
            field_dict["annotation_count"] = annotation_count

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

        files_as_tasks_list: Any = self.files_as_tasks_list
        if files_as_tasks_list is not UNSET:
            field_dict["files_as_tasks_list"] = files_as_tasks_list

        found_formats: Any = self.found_formats
        if found_formats is not UNSET:
            field_dict["found_formats"] = found_formats

        prediction_count: Any = self.prediction_count
        if prediction_count is not UNSET:
            field_dict["prediction_count"] = prediction_count

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        status = self.status
        if not isinstance(status, Unset):
            field_dict["status"] = None if status is None else status.value

        task_count: Any = self.task_count
        if task_count is not UNSET:
            field_dict["task_count"] = task_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.id = get("id", UNSET)
        obj.annotation_count = get("annotation_count", UNSET)
        obj.data_columns = get("data_columns", UNSET)
        obj.duration = get("duration", UNSET)
        obj.error = get("error", UNSET)
        obj.file_upload_ids = get("file_upload_ids", UNSET)
        obj.files_as_tasks_list = get("files_as_tasks_list", UNSET)
        obj.found_formats = get("found_formats", UNSET)
        obj.prediction_count = get("prediction_count", UNSET)
        obj.project = get("project", UNSET)
        value = get("status", UNSET)
        if value is not None and value is not UNSET:
            value = ExportStatus(value)
        obj.status = value
        obj.task_count = get("task_count", UNSET)
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

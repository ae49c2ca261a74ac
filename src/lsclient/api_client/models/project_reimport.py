from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_status import ExportStatus
from ..types import UNSET, Unset

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
        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        annotation_count: Any = UNSET
        if not isinstance(self.annotation_count, Unset):
            annotation_count = self.annotation_count

        data_columns: Any = UNSET
        if not isinstance(self.data_columns, Unset):
            data_columns = self.data_columns

        duration: Any = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        error: Any = UNSET
        if not isinstance(self.error, Unset):
            if isinstance(self.error, Unset):
                error = UNSET
            else:
                error = self.error

        file_upload_ids: Any = UNSET
        if not isinstance(self.file_upload_ids, Unset):
            file_upload_ids = self.file_upload_ids

        files_as_tasks_list: Any = UNSET
        if not isinstance(self.files_as_tasks_list, Unset):
            files_as_tasks_list = self.files_as_tasks_list

        found_formats: Any = UNSET
        if not isinstance(self.found_formats, Unset):
            found_formats = self.found_formats

        prediction_count: Any = UNSET
        if not isinstance(self.prediction_count, Unset):
            prediction_count = self.prediction_count

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            if isinstance(self.project, Unset):
                project = UNSET
            else:
                project = self.project

        status: Any = UNSET
        if self.status is None:
            status = None
        elif not isinstance(self.status, Unset):
            status = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        task_count: Any = UNSET
        if not isinstance(self.task_count, Unset):
            task_count = self.task_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if annotation_count is not UNSET:
            field_dict["annotation_count"] = annotation_count
        if data_columns is not UNSET:
            field_dict["data_columns"] = data_columns
        if duration is not UNSET:
            field_dict["duration"] = duration
        if error is not UNSET:
            field_dict["error"] = error
        if file_upload_ids is not UNSET:
            field_dict["file_upload_ids"] = file_upload_ids
        if files_as_tasks_list is not UNSET:
            field_dict["files_as_tasks_list"] = files_as_tasks_list
        if found_formats is not UNSET:
            field_dict["found_formats"] = found_formats
        if prediction_count is not UNSET:
            field_dict["prediction_count"] = prediction_count
        if project is not UNSET:
            field_dict["project"] = project
        if status is not UNSET:
            field_dict["status"] = status
        if task_count is not UNSET:
            field_dict["task_count"] = task_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        annotation_count = d.pop("annotation_count", UNSET)

        data_columns = d.pop("data_columns", UNSET)

        duration = d.pop("duration", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        file_upload_ids = d.pop("file_upload_ids", UNSET)

        files_as_tasks_list = d.pop("files_as_tasks_list", UNSET)

        found_formats = d.pop("found_formats", UNSET)

        prediction_count = d.pop("prediction_count", UNSET)

        def _parse_project(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        if d.get("status", UNSET) is not None:
            _status = d.pop("status", UNSET)
            status: ExportStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ExportStatus(_status)

        else:
            status = cast(Any, d.pop("status"))

        task_count = d.pop("task_count", UNSET)

        project_reimport = cls(
            id=id,
            annotation_count=annotation_count,
            data_columns=data_columns,
            duration=duration,
            error=error,
            file_upload_ids=file_upload_ids,
            files_as_tasks_list=files_as_tasks_list,
            found_formats=found_formats,
            prediction_count=prediction_count,
            project=project,
            status=status,
            task_count=task_count,
        )

        project_reimport.additional_properties = d
        return project_reimport

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

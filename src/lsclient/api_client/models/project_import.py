from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_status import ExportStatus
from ..types import UNSET, Unset

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
        created_at: Any = UNSET
        if not isinstance(self.created_at, Unset):
            if isinstance(self.created_at, datetime.datetime):
                created_at = self.created_at.isoformat()
            else:
                created_at = self.created_at

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        updated_at: Any = UNSET
        if not isinstance(self.updated_at, Unset):
            if isinstance(self.updated_at, datetime.datetime):
                updated_at = self.updated_at.isoformat()
            else:
                updated_at = self.updated_at

        annotation_count: Any = UNSET
        if not isinstance(self.annotation_count, Unset):
            annotation_count = self.annotation_count

        commit_to_project: Any = UNSET
        if not isinstance(self.commit_to_project, Unset):
            commit_to_project = self.commit_to_project

        could_be_tasks_list: Any = UNSET
        if not isinstance(self.could_be_tasks_list, Unset):
            could_be_tasks_list = self.could_be_tasks_list

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

        finished_at: Any = UNSET
        if not isinstance(self.finished_at, Unset):
            if isinstance(self.finished_at, Unset):
                finished_at = UNSET
            elif isinstance(self.finished_at, datetime.datetime):
                finished_at = self.finished_at.isoformat()
            else:
                finished_at = self.finished_at

        found_formats: Any = UNSET
        if not isinstance(self.found_formats, Unset):
            found_formats = self.found_formats

        preannotated_from_fields: Any = UNSET
        if not isinstance(self.preannotated_from_fields, Unset):
            preannotated_from_fields = self.preannotated_from_fields

        prediction_count: Any = UNSET
        if not isinstance(self.prediction_count, Unset):
            prediction_count = self.prediction_count

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            if isinstance(self.project, Unset):
                project = UNSET
            else:
                project = self.project

        return_task_ids: Any = UNSET
        if not isinstance(self.return_task_ids, Unset):
            return_task_ids = self.return_task_ids

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

        task_ids: Any = UNSET
        if not isinstance(self.task_ids, Unset):
            task_ids = self.task_ids

        tasks: Any = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks

        url: Any = UNSET
        if not isinstance(self.url, Unset):
            if isinstance(self.url, Unset):
                url = UNSET
            else:
                url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if annotation_count is not UNSET:
            field_dict["annotation_count"] = annotation_count
        if commit_to_project is not UNSET:
            field_dict["commit_to_project"] = commit_to_project
        if could_be_tasks_list is not UNSET:
            field_dict["could_be_tasks_list"] = could_be_tasks_list
        if data_columns is not UNSET:
            field_dict["data_columns"] = data_columns
        if duration is not UNSET:
            field_dict["duration"] = duration
        if error is not UNSET:
            field_dict["error"] = error
        if file_upload_ids is not UNSET:
            field_dict["file_upload_ids"] = file_upload_ids
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if found_formats is not UNSET:
            field_dict["found_formats"] = found_formats
        if preannotated_from_fields is not UNSET:
            field_dict["preannotated_from_fields"] = preannotated_from_fields
        if prediction_count is not UNSET:
            field_dict["prediction_count"] = prediction_count
        if project is not UNSET:
            field_dict["project"] = project
        if return_task_ids is not UNSET:
            field_dict["return_task_ids"] = return_task_ids
        if status is not UNSET:
            field_dict["status"] = status
        if task_count is not UNSET:
            field_dict["task_count"] = task_count
        if task_ids is not UNSET:
            field_dict["task_ids"] = task_ids
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "created_at" not in d:
            created_at = cast(datetime.datetime | None, UNSET)
        else:

            def _parse_created_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = datetime.datetime.fromisoformat(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            created_at = _parse_created_at(d.pop("created_at"))

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "updated_at" not in d:
            updated_at = cast(datetime.datetime | None, UNSET)
        else:

            def _parse_updated_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            updated_at = _parse_updated_at(d.pop("updated_at"))

        annotation_count = d.pop("annotation_count", UNSET)

        commit_to_project = d.pop("commit_to_project", UNSET)

        could_be_tasks_list = d.pop("could_be_tasks_list", UNSET)

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

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        found_formats = d.pop("found_formats", UNSET)

        preannotated_from_fields = d.pop("preannotated_from_fields", UNSET)

        prediction_count = d.pop("prediction_count", UNSET)

        def _parse_project(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        return_task_ids = d.pop("return_task_ids", UNSET)

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

        task_ids = d.pop("task_ids", UNSET)

        tasks = d.pop("tasks", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        project_import = cls(
            created_at=created_at,
            id=id,
            updated_at=updated_at,
            annotation_count=annotation_count,
            commit_to_project=commit_to_project,
            could_be_tasks_list=could_be_tasks_list,
            data_columns=data_columns,
            duration=duration,
            error=error,
            file_upload_ids=file_upload_ids,
            finished_at=finished_at,
            found_formats=found_formats,
            preannotated_from_fields=preannotated_from_fields,
            prediction_count=prediction_count,
            project=project,
            return_task_ids=return_task_ids,
            status=status,
            task_count=task_count,
            task_ids=task_ids,
            tasks=tasks,
            url=url,
        )

        project_import.additional_properties = d
        return project_import

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

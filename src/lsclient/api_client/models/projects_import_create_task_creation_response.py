from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectsImportCreateTaskCreationResponse")


@_attrs_define
class ProjectsImportCreateTaskCreationResponse:
    """Response format varies by edition. Non-Community editions return `{"import": <import_id>}` for async processing.
    Community edition returns the detailed response below with task counts.

    """

    annotation_count: int | None | Unset = UNSET
    """ Number of annotations added (Community edition sync import only) """
    could_be_tasks_list: bool | Unset = UNSET
    """ Whether uploaded files can contain lists of tasks, like CSV/TSV files (Community edition sync import only)
    """
    data_columns: list[str] | Unset = UNSET
    """ The list of found data columns (Community edition sync import only) """
    duration: float | Unset = UNSET
    """ Time in seconds to create (Community edition sync import only) """
    file_upload_ids: list[int] | Unset = UNSET
    """ Database IDs of uploaded files (Community edition sync import only) """
    found_formats: list[str] | Unset = UNSET
    """ The list of found file formats (Community edition sync import only) """
    import_: int | Unset = UNSET
    """ Import ID for async operations (non-Community editions only). Use this ID to poll
    `/api/projects/{project_id}/imports/{import_id}` for status. """
    predictions_count: int | Unset = UNSET
    """ Number of predictions added (Community edition sync import only) """
    task_count: int | Unset = UNSET
    """ Number of tasks added (Community edition sync import only) """
    task_ids: list[int] | Unset = UNSET
    """ IDs of the created tasks, in input order (only with return_task_ids=true) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "import_": "import",
    }

    def to_dict(self) -> dict[str, Any]:
        annotation_count: Any = UNSET
        if not isinstance(self.annotation_count, Unset):
            if isinstance(self.annotation_count, Unset):
                annotation_count = UNSET
            else:
                annotation_count = self.annotation_count

        could_be_tasks_list: Any = UNSET
        if not isinstance(self.could_be_tasks_list, Unset):
            could_be_tasks_list = self.could_be_tasks_list

        data_columns: Any = UNSET
        if self.data_columns is None:
            data_columns = None
        elif not isinstance(self.data_columns, Unset):
            data_columns = UNSET
            if not isinstance(self.data_columns, Unset):
                data_columns = self.data_columns

        duration: Any = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        file_upload_ids: Any = UNSET
        if self.file_upload_ids is None:
            file_upload_ids = None
        elif not isinstance(self.file_upload_ids, Unset):
            file_upload_ids = UNSET
            if not isinstance(self.file_upload_ids, Unset):
                file_upload_ids = self.file_upload_ids

        found_formats: Any = UNSET
        if self.found_formats is None:
            found_formats = None
        elif not isinstance(self.found_formats, Unset):
            found_formats = UNSET
            if not isinstance(self.found_formats, Unset):
                found_formats = self.found_formats

        import_: Any = UNSET
        if not isinstance(self.import_, Unset):
            import_ = self.import_

        predictions_count: Any = UNSET
        if not isinstance(self.predictions_count, Unset):
            predictions_count = self.predictions_count

        task_count: Any = UNSET
        if not isinstance(self.task_count, Unset):
            task_count = self.task_count

        task_ids: Any = UNSET
        if self.task_ids is None:
            task_ids = None
        elif not isinstance(self.task_ids, Unset):
            task_ids = UNSET
            if not isinstance(self.task_ids, Unset):
                task_ids = self.task_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotation_count is not UNSET:
            field_dict["annotation_count"] = annotation_count
        if could_be_tasks_list is not UNSET:
            field_dict["could_be_tasks_list"] = could_be_tasks_list
        if data_columns is not UNSET:
            field_dict["data_columns"] = data_columns
        if duration is not UNSET:
            field_dict["duration"] = duration
        if file_upload_ids is not UNSET:
            field_dict["file_upload_ids"] = file_upload_ids
        if found_formats is not UNSET:
            field_dict["found_formats"] = found_formats
        if import_ is not UNSET:
            field_dict["import"] = import_
        if predictions_count is not UNSET:
            field_dict["predictions_count"] = predictions_count
        if task_count is not UNSET:
            field_dict["task_count"] = task_count
        if task_ids is not UNSET:
            field_dict["task_ids"] = task_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_annotation_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        annotation_count = _parse_annotation_count(d.pop("annotation_count", UNSET))

        could_be_tasks_list = d.pop("could_be_tasks_list", UNSET)

        if d.get("data_columns", UNSET) is not None:
            data_columns = cast(list[str], d.pop("data_columns", UNSET))

        else:
            data_columns = cast(Any, d.pop("data_columns"))

        duration = d.pop("duration", UNSET)

        if d.get("file_upload_ids", UNSET) is not None:
            file_upload_ids = cast(list[int], d.pop("file_upload_ids", UNSET))

        else:
            file_upload_ids = cast(Any, d.pop("file_upload_ids"))

        if d.get("found_formats", UNSET) is not None:
            found_formats = cast(list[str], d.pop("found_formats", UNSET))

        else:
            found_formats = cast(Any, d.pop("found_formats"))

        import_ = d.pop("import", UNSET)

        predictions_count = d.pop("predictions_count", UNSET)

        task_count = d.pop("task_count", UNSET)

        if d.get("task_ids", UNSET) is not None:
            task_ids = cast(list[int], d.pop("task_ids", UNSET))

        else:
            task_ids = cast(Any, d.pop("task_ids"))

        projects_import_create_task_creation_response = cls(
            annotation_count=annotation_count,
            could_be_tasks_list=could_be_tasks_list,
            data_columns=data_columns,
            duration=duration,
            file_upload_ids=file_upload_ids,
            found_formats=found_formats,
            import_=import_,
            predictions_count=predictions_count,
            task_count=task_count,
            task_ids=task_ids,
        )

        projects_import_create_task_creation_response.additional_properties = d
        return projects_import_create_task_creation_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "annotation_count",
        "could_be_tasks_list",
        "data_columns",
        "duration",
        "file_upload_ids",
        "found_formats",
        "import",
        "predictions_count",
        "task_count",
        "task_ids",
    }
)


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        annotation_count: Any = self.annotation_count
        if annotation_count is not UNSET:
            field_dict["annotation_count"] = annotation_count

        could_be_tasks_list: Any = self.could_be_tasks_list
        if could_be_tasks_list is not UNSET:
            field_dict["could_be_tasks_list"] = could_be_tasks_list

        data_columns: Any = self.data_columns
        if data_columns is not UNSET:
            field_dict["data_columns"] = data_columns

        duration: Any = self.duration
        if duration is not UNSET:
            field_dict["duration"] = duration

        file_upload_ids: Any = self.file_upload_ids
        if file_upload_ids is not UNSET:
            field_dict["file_upload_ids"] = file_upload_ids

        found_formats: Any = self.found_formats
        if found_formats is not UNSET:
            field_dict["found_formats"] = found_formats

        import_: Any = self.import_
        if import_ is not UNSET:
            field_dict["import"] = import_

        predictions_count: Any = self.predictions_count
        if predictions_count is not UNSET:
            field_dict["predictions_count"] = predictions_count

        task_count: Any = self.task_count
        if task_count is not UNSET:
            field_dict["task_count"] = task_count

        task_ids: Any = self.task_ids
        if task_ids is not UNSET:
            field_dict["task_ids"] = task_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.annotation_count = get("annotation_count", UNSET)
        obj.could_be_tasks_list = get("could_be_tasks_list", UNSET)
        obj.data_columns = get("data_columns", UNSET)
        obj.duration = get("duration", UNSET)
        obj.file_upload_ids = get("file_upload_ids", UNSET)
        obj.found_formats = get("found_formats", UNSET)
        obj.import_ = get("import", UNSET)
        obj.predictions_count = get("predictions_count", UNSET)
        obj.task_count = get("task_count", UNSET)
        obj.task_ids = get("task_ids", UNSET)
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

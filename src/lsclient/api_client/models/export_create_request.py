from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_status import ExportStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_filter_options_request import AnnotationFilterOptionsRequest
    from ..models.converted_format_request import ConvertedFormatRequest
    from ..models.serialization_options_request import SerializationOptionsRequest
    from ..models.task_filter_options_request import TaskFilterOptionsRequest
    from ..models.user_simple_request import UserSimpleRequest


@functools.cache
def _import_AnnotationFilterOptionsRequest() -> type[AnnotationFilterOptionsRequest]:
    from ..models.annotation_filter_options_request import AnnotationFilterOptionsRequest

    return AnnotationFilterOptionsRequest


@functools.cache
def _import_ConvertedFormatRequest() -> type[ConvertedFormatRequest]:
    from ..models.converted_format_request import ConvertedFormatRequest

    return ConvertedFormatRequest


@functools.cache
def _import_SerializationOptionsRequest() -> type[SerializationOptionsRequest]:
    from ..models.serialization_options_request import SerializationOptionsRequest

    return SerializationOptionsRequest


@functools.cache
def _import_TaskFilterOptionsRequest() -> type[TaskFilterOptionsRequest]:
    from ..models.task_filter_options_request import TaskFilterOptionsRequest

    return TaskFilterOptionsRequest


@functools.cache
def _import_UserSimpleRequest() -> type[UserSimpleRequest]:
    from ..models.user_simple_request import UserSimpleRequest

    return UserSimpleRequest


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "annotation_filter_options",
        "converted_formats",
        "counters",
        "created_by",
        "finished_at",
        "md5",
        "serialization_options",
        "status",
        "task_filter_options",
        "title",
    }
)


T = TypeVar("T", bound="ExportCreateRequest")


@_attrs_define
class ExportCreateRequest:
    annotation_filter_options: AnnotationFilterOptionsRequest | Unset = UNSET
    converted_formats: list[ConvertedFormatRequest] | Unset = UNSET
    counters: Any | Unset = UNSET
    created_by: UserSimpleRequest | Unset = UNSET
    """ A ModelSerializer that takes additional arguments for
    "fields", "omit" and "expand" in order to
    control which fields are displayed, and whether to replace simple
    values with complex, nested serializations """
    finished_at: datetime.datetime | None | Unset = UNSET
    """ Complete or fail time """
    md5: str | Unset = UNSET
    serialization_options: SerializationOptionsRequest | Unset = UNSET
    status: ExportStatus | Unset = UNSET
    """ * `created` - Created
    * `in_progress` - In progress
    * `failed` - Failed
    * `completed` - Completed """
    task_filter_options: TaskFilterOptionsRequest | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        annotation_filter_options = self.annotation_filter_options
        if not isinstance(annotation_filter_options, Unset):
            field_dict["annotation_filter_options"] = (
                None if annotation_filter_options is None else annotation_filter_options.to_dict()
            )

        converted_formats = self.converted_formats
        if not isinstance(converted_formats, Unset):
            field_dict["converted_formats"] = (
                None
                if converted_formats is None
                else []
                if converted_formats == []
                else [converted_formats_item_data.to_dict() for converted_formats_item_data in converted_formats]
            )

        counters: Any = self.counters
        if counters is not UNSET:
            field_dict["counters"] = counters

        created_by = self.created_by
        if not isinstance(created_by, Unset):
            field_dict["created_by"] = None if created_by is None else created_by.to_dict()

        finished_at = self.finished_at
        if not isinstance(finished_at, Unset):
            if finished_at is None:
                field_dict["finished_at"] = None
            else:
                if isinstance(finished_at, datetime.datetime):
                    field_dict["finished_at"] = finished_at.isoformat()
                else:
                    field_dict["finished_at"] = finished_at

        md5: Any = self.md5
        if md5 is not UNSET:
            field_dict["md5"] = md5

        serialization_options = self.serialization_options
        if not isinstance(serialization_options, Unset):
            field_dict["serialization_options"] = (
                None if serialization_options is None else serialization_options.to_dict()
            )

        status = self.status
        if not isinstance(status, Unset):
            field_dict["status"] = None if status is None else status.value

        task_filter_options = self.task_filter_options
        if not isinstance(task_filter_options, Unset):
            field_dict["task_filter_options"] = None if task_filter_options is None else task_filter_options.to_dict()

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("annotation_filter_options", UNSET)
        if value is not None and value is not UNSET:
            value = _import_AnnotationFilterOptionsRequest().from_dict(value)
        obj.annotation_filter_options = value
        value = get("converted_formats", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(_import_ConvertedFormatRequest().from_dict, value))
        obj.converted_formats = value
        obj.counters = get("counters", UNSET)
        value = get("created_by", UNSET)
        if value is not None and value is not UNSET:
            value = _import_UserSimpleRequest().from_dict(value)
        obj.created_by = value
        value = get("finished_at", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_finished_at(value)
        obj.finished_at = value
        obj.md5 = get("md5", UNSET)
        value = get("serialization_options", UNSET)
        if value is not None and value is not UNSET:
            value = _import_SerializationOptionsRequest().from_dict(value)
        obj.serialization_options = value
        value = get("status", UNSET)
        if value is not None and value is not UNSET:
            value = ExportStatus(value)
        obj.status = value
        value = get("task_filter_options", UNSET)
        if value is not None and value is not UNSET:
            value = _import_TaskFilterOptionsRequest().from_dict(value)
        obj.task_filter_options = value
        obj.title = get("title", UNSET)
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        annotation_filter_options: Any = UNSET
        if self.annotation_filter_options is None:
            annotation_filter_options = None
        elif not isinstance(self.annotation_filter_options, Unset):
            annotation_filter_options = UNSET
            if not isinstance(self.annotation_filter_options, Unset):
                annotation_filter_options = self.annotation_filter_options.to_dict()

        converted_formats: Any = UNSET
        if self.converted_formats is None:
            converted_formats = None
        elif not isinstance(self.converted_formats, Unset):
            converted_formats = UNSET
            if not isinstance(self.converted_formats, Unset):
                converted_formats = []
                for converted_formats_item_data in self.converted_formats:
                    converted_formats_item = converted_formats_item_data.to_dict()
                    converted_formats.append(converted_formats_item)

        counters: Any = UNSET
        if not isinstance(self.counters, Unset):
            counters = self.counters

        created_by: Any = UNSET
        if self.created_by is None:
            created_by = None
        elif not isinstance(self.created_by, Unset):
            created_by = UNSET
            if not isinstance(self.created_by, Unset):
                created_by = self.created_by.to_dict()

        finished_at: Any = UNSET
        if not isinstance(self.finished_at, Unset):
            if isinstance(self.finished_at, Unset):
                finished_at = UNSET
            elif isinstance(self.finished_at, datetime.datetime):
                finished_at = self.finished_at.isoformat()
            else:
                finished_at = self.finished_at

        md5: Any = UNSET
        if not isinstance(self.md5, Unset):
            md5 = self.md5

        serialization_options: Any = UNSET
        if self.serialization_options is None:
            serialization_options = None
        elif not isinstance(self.serialization_options, Unset):
            serialization_options = UNSET
            if not isinstance(self.serialization_options, Unset):
                serialization_options = self.serialization_options.to_dict()

        status: Any = UNSET
        if self.status is None:
            status = None
        elif not isinstance(self.status, Unset):
            status = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        task_filter_options: Any = UNSET
        if self.task_filter_options is None:
            task_filter_options = None
        elif not isinstance(self.task_filter_options, Unset):
            task_filter_options = UNSET
            if not isinstance(self.task_filter_options, Unset):
                task_filter_options = self.task_filter_options.to_dict()

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotation_filter_options is not UNSET:
            field_dict["annotation_filter_options"] = annotation_filter_options
        if converted_formats is not UNSET:
            field_dict["converted_formats"] = converted_formats
        if counters is not UNSET:
            field_dict["counters"] = counters
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if md5 is not UNSET:
            field_dict["md5"] = md5
        if serialization_options is not UNSET:
            field_dict["serialization_options"] = serialization_options
        if status is not UNSET:
            field_dict["status"] = status
        if task_filter_options is not UNSET:
            field_dict["task_filter_options"] = task_filter_options
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.annotation_filter_options_request import AnnotationFilterOptionsRequest
        from ..models.converted_format_request import ConvertedFormatRequest
        from ..models.serialization_options_request import SerializationOptionsRequest
        from ..models.task_filter_options_request import TaskFilterOptionsRequest
        from ..models.user_simple_request import UserSimpleRequest

        d = dict(src_dict)
        if d.get("annotation_filter_options", UNSET) is not None:
            _annotation_filter_options = d.pop("annotation_filter_options", UNSET)
            annotation_filter_options: AnnotationFilterOptionsRequest | Unset
            if isinstance(_annotation_filter_options, Unset):
                annotation_filter_options = UNSET
            else:
                annotation_filter_options = AnnotationFilterOptionsRequest.from_dict(_annotation_filter_options)

        else:
            annotation_filter_options = cast(Any, d.pop("annotation_filter_options"))

        if d.get("converted_formats", UNSET) is not None:
            _converted_formats = d.pop("converted_formats", UNSET)
            converted_formats: list[ConvertedFormatRequest] | Unset = UNSET
            if _converted_formats is not UNSET:
                converted_formats = []
                for converted_formats_item_data in _converted_formats:
                    converted_formats_item = ConvertedFormatRequest.from_dict(converted_formats_item_data)

                    converted_formats.append(converted_formats_item)

        else:
            converted_formats = cast(Any, d.pop("converted_formats"))

        counters = d.pop("counters", UNSET)

        if d.get("created_by", UNSET) is not None:
            _created_by = d.pop("created_by", UNSET)
            created_by: UserSimpleRequest | Unset
            if isinstance(_created_by, Unset):
                created_by = UNSET
            else:
                created_by = UserSimpleRequest.from_dict(_created_by)

        else:
            created_by = cast(Any, d.pop("created_by"))

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

        md5 = d.pop("md5", UNSET)

        if d.get("serialization_options", UNSET) is not None:
            _serialization_options = d.pop("serialization_options", UNSET)
            serialization_options: SerializationOptionsRequest | Unset
            if isinstance(_serialization_options, Unset):
                serialization_options = UNSET
            else:
                serialization_options = SerializationOptionsRequest.from_dict(_serialization_options)

        else:
            serialization_options = cast(Any, d.pop("serialization_options"))

        if d.get("status", UNSET) is not None:
            _status = d.pop("status", UNSET)
            status: ExportStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ExportStatus(_status)

        else:
            status = cast(Any, d.pop("status"))

        if d.get("task_filter_options", UNSET) is not None:
            _task_filter_options = d.pop("task_filter_options", UNSET)
            task_filter_options: TaskFilterOptionsRequest | Unset
            if isinstance(_task_filter_options, Unset):
                task_filter_options = UNSET
            else:
                task_filter_options = TaskFilterOptionsRequest.from_dict(_task_filter_options)

        else:
            task_filter_options = cast(Any, d.pop("task_filter_options"))

        title = d.pop("title", UNSET)

        export_create_request = cls(
            annotation_filter_options=annotation_filter_options,
            converted_formats=converted_formats,
            counters=counters,
            created_by=created_by,
            finished_at=finished_at,
            md5=md5,
            serialization_options=serialization_options,
            status=status,
            task_filter_options=task_filter_options,
            title=title,
        )

        export_create_request.additional_properties = d
        return export_create_request

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

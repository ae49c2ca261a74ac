from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_status import ExportStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_filter_options import AnnotationFilterOptions
    from ..models.converted_format import ConvertedFormat
    from ..models.serialization_options import SerializationOptions
    from ..models.task_filter_options import TaskFilterOptions
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="ExportCreate")


@_attrs_define
class ExportCreate:
    created_at: datetime.datetime
    """ Creation time """
    id: int
    annotation_filter_options: AnnotationFilterOptions | None | Unset = UNSET
    converted_formats: list[ConvertedFormat] | Unset = UNSET
    counters: Any | Unset = UNSET
    created_by: UserSimple | Unset = UNSET
    """ A ModelSerializer that takes additional arguments for
    "fields", "omit" and "expand" in order to
    control which fields are displayed, and whether to replace simple
    values with complex, nested serializations """
    finished_at: datetime.datetime | None | Unset = UNSET
    """ Complete or fail time """
    md5: str | Unset = UNSET
    serialization_options: None | SerializationOptions | Unset = UNSET
    status: ExportStatus | Unset = UNSET
    """ * `created` - Created
    * `in_progress` - In progress
    * `failed` - Failed
    * `completed` - Completed """
    task_filter_options: None | TaskFilterOptions | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.annotation_filter_options import AnnotationFilterOptions
        from ..models.serialization_options import SerializationOptions
        from ..models.task_filter_options import TaskFilterOptions

        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        annotation_filter_options: Any = UNSET
        if not isinstance(self.annotation_filter_options, Unset):
            if isinstance(self.annotation_filter_options, Unset):
                annotation_filter_options = UNSET
            elif isinstance(self.annotation_filter_options, AnnotationFilterOptions):
                annotation_filter_options = self.annotation_filter_options.to_dict()
            else:
                annotation_filter_options = self.annotation_filter_options

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
        if not isinstance(self.serialization_options, Unset):
            if isinstance(self.serialization_options, Unset):
                serialization_options = UNSET
            elif isinstance(self.serialization_options, SerializationOptions):
                serialization_options = self.serialization_options.to_dict()
            else:
                serialization_options = self.serialization_options

        status: Any = UNSET
        if self.status is None:
            status = None
        elif not isinstance(self.status, Unset):
            status = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        task_filter_options: Any = UNSET
        if not isinstance(self.task_filter_options, Unset):
            if isinstance(self.task_filter_options, Unset):
                task_filter_options = UNSET
            elif isinstance(self.task_filter_options, TaskFilterOptions):
                task_filter_options = self.task_filter_options.to_dict()
            else:
                task_filter_options = self.task_filter_options

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
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
        from ..models.annotation_filter_options import AnnotationFilterOptions
        from ..models.converted_format import ConvertedFormat
        from ..models.serialization_options import SerializationOptions
        from ..models.task_filter_options import TaskFilterOptions
        from ..models.user_simple import UserSimple

        d = dict(src_dict)
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

        def _parse_annotation_filter_options(data: object) -> AnnotationFilterOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotation_filter_options_type_1 = AnnotationFilterOptions.from_dict(data)

                return annotation_filter_options_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnnotationFilterOptions | None | Unset, data)

        annotation_filter_options = _parse_annotation_filter_options(d.pop("annotation_filter_options", UNSET))

        if d.get("converted_formats", UNSET) is not None:
            _converted_formats = d.pop("converted_formats", UNSET)
            converted_formats: list[ConvertedFormat] | Unset = UNSET
            if _converted_formats is not UNSET:
                converted_formats = []
                for converted_formats_item_data in _converted_formats:
                    converted_formats_item = ConvertedFormat.from_dict(converted_formats_item_data)

                    converted_formats.append(converted_formats_item)

        else:
            converted_formats = cast(Any, d.pop("converted_formats"))

        counters = d.pop("counters", UNSET)

        if d.get("created_by", UNSET) is not None:
            _created_by = d.pop("created_by", UNSET)
            created_by: UserSimple | Unset
            if isinstance(_created_by, Unset):
                created_by = UNSET
            else:
                created_by = UserSimple.from_dict(_created_by)

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

        def _parse_serialization_options(data: object) -> None | SerializationOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                serialization_options_type_1 = SerializationOptions.from_dict(data)

                return serialization_options_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SerializationOptions | Unset, data)

        serialization_options = _parse_serialization_options(d.pop("serialization_options", UNSET))

        if d.get("status", UNSET) is not None:
            _status = d.pop("status", UNSET)
            status: ExportStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ExportStatus(_status)

        else:
            status = cast(Any, d.pop("status"))

        def _parse_task_filter_options(data: object) -> None | TaskFilterOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_filter_options_type_1 = TaskFilterOptions.from_dict(data)

                return task_filter_options_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskFilterOptions | Unset, data)

        task_filter_options = _parse_task_filter_options(d.pop("task_filter_options", UNSET))

        title = d.pop("title", UNSET)

        export_create = cls(
            created_at=created_at,
            id=id,
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

        export_create.additional_properties = d
        return export_create

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

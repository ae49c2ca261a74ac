from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotations_convert_to_draft_create_response_201_result_item import (
        AnnotationsConvertToDraftCreateResponse201ResultItem,
    )


T = TypeVar("T", bound="AnnotationsConvertToDraftCreateResponse201")


@_attrs_define
class AnnotationsConvertToDraftCreateResponse201:
    id: int
    result: list[AnnotationsConvertToDraftCreateResponse201ResultItem]
    task: int | None
    annotation: int | None | Unset = UNSET
    created_ago: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_username: str | Unset = UNSET
    import_id: int | None | Unset = UNSET
    lead_time: float | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user: str | Unset = UNSET
    """ the author's email """
    was_postponed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        annotation: Any = UNSET
        if not isinstance(self.annotation, Unset):
            if isinstance(self.annotation, Unset):
                annotation = UNSET
            else:
                annotation = self.annotation

        created_ago: Any = UNSET
        if not isinstance(self.created_ago, Unset):
            created_ago = self.created_ago

        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()

        created_username: Any = UNSET
        if not isinstance(self.created_username, Unset):
            created_username = self.created_username

        import_id: Any = UNSET
        if not isinstance(self.import_id, Unset):
            if isinstance(self.import_id, Unset):
                import_id = UNSET
            else:
                import_id = self.import_id

        lead_time: Any = UNSET
        if not isinstance(self.lead_time, Unset):
            if isinstance(self.lead_time, Unset):
                lead_time = UNSET
            else:
                lead_time = self.lead_time

        updated_at: Any = UNSET
        if self.updated_at is None:
            updated_at = None
        elif not isinstance(self.updated_at, Unset):
            updated_at = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()

        user: Any = UNSET
        if not isinstance(self.user, Unset):
            user = self.user

        was_postponed: Any = UNSET
        if not isinstance(self.was_postponed, Unset):
            was_postponed = self.was_postponed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if result is not UNSET:
            field_dict["result"] = result
        if task is not UNSET:
            field_dict["task"] = task
        if annotation is not UNSET:
            field_dict["annotation"] = annotation
        if created_ago is not UNSET:
            field_dict["created_ago"] = created_ago
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_username is not UNSET:
            field_dict["created_username"] = created_username
        if import_id is not UNSET:
            field_dict["import_id"] = import_id
        if lead_time is not UNSET:
            field_dict["lead_time"] = lead_time
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user is not UNSET:
            field_dict["user"] = user
        if was_postponed is not UNSET:
            field_dict["was_postponed"] = was_postponed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.annotations_convert_to_draft_create_response_201_result_item import (
            AnnotationsConvertToDraftCreateResponse201ResultItem,
        )

        d = dict(src_dict)
        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "result" not in d:
            result = cast(list[AnnotationsConvertToDraftCreateResponse201ResultItem], UNSET)
        elif d["result"] is None:
            result = cast(list[AnnotationsConvertToDraftCreateResponse201ResultItem], d.pop("result"))
        else:
            result = []
            _result = d.pop("result")
            for result_item_data in _result:
                result_item = AnnotationsConvertToDraftCreateResponse201ResultItem.from_dict(result_item_data)

                result.append(result_item)

        if "task" not in d:
            task = cast(int | None, UNSET)
        else:

            def _parse_task(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            task = _parse_task(d.pop("task"))

        def _parse_annotation(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        annotation = _parse_annotation(d.pop("annotation", UNSET))

        created_ago = d.pop("created_ago", UNSET)

        if d.get("created_at", UNSET) is not None:
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        else:
            created_at = cast(Any, d.pop("created_at"))

        created_username = d.pop("created_username", UNSET)

        def _parse_import_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        import_id = _parse_import_id(d.pop("import_id", UNSET))

        def _parse_lead_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        lead_time = _parse_lead_time(d.pop("lead_time", UNSET))

        if d.get("updated_at", UNSET) is not None:
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        else:
            updated_at = cast(Any, d.pop("updated_at"))

        user = d.pop("user", UNSET)

        was_postponed = d.pop("was_postponed", UNSET)

        annotations_convert_to_draft_create_response_201 = cls(
            id=id,
            result=result,
            task=task,
            annotation=annotation,
            created_ago=created_ago,
            created_at=created_at,
            created_username=created_username,
            import_id=import_id,
            lead_time=lead_time,
            updated_at=updated_at,
            user=user,
            was_postponed=was_postponed,
        )

        annotations_convert_to_draft_create_response_201.additional_properties = d
        return annotations_convert_to_draft_create_response_201

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

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotations_convert_to_draft_create_response_201_result_item import (
        AnnotationsConvertToDraftCreateResponse201ResultItem,
    )


@functools.cache
def _import_AnnotationsConvertToDraftCreateResponse201ResultItem() -> type[
    AnnotationsConvertToDraftCreateResponse201ResultItem
]:
    from ..models.annotations_convert_to_draft_create_response_201_result_item import (
        AnnotationsConvertToDraftCreateResponse201ResultItem,
    )

    return AnnotationsConvertToDraftCreateResponse201ResultItem


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "id",
        "result",
        "task",
        "annotation",
        "created_ago",
        "created_at",
        "created_username",
        "import_id",
        "lead_time",
        "updated_at",
        "user",
        "was_postponed",
    }
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        result = self.result
        if not isinstance(result, Unset):
            field_dict["result"] = (
                None
                if result is None
                else []
                if result == []
                else [result_item_data.to_dict() for result_item_data in result]
            )

        task: Any = self.task
        if task is not UNSET:
            field_dict["task"] = task

        annotation: Any = self.annotation
        if annotation is not UNSET:
            field_dict["annotation"] = annotation

        created_ago: Any = self.created_ago
        if created_ago is not UNSET:
            field_dict["created_ago"] = created_ago

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = None if created_at is None else created_at.isoformat()

        created_username: Any = self.created_username
        if created_username is not UNSET:
            field_dict["created_username"] = created_username

        import_id: Any = self.import_id
        if import_id is not UNSET:
            field_dict["import_id"] = import_id

        lead_time: Any = self.lead_time
        if lead_time is not UNSET:
            field_dict["lead_time"] = lead_time

        updated_at = self.updated_at
        if not isinstance(updated_at, Unset):
            field_dict["updated_at"] = None if updated_at is None else updated_at.isoformat()

        user: Any = self.user
        if user is not UNSET:
            field_dict["user"] = user

        was_postponed: Any = self.was_postponed
        if was_postponed is not UNSET:
            field_dict["was_postponed"] = was_postponed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.id = get("id", UNSET)
        value = get("result", UNSET)
        if value is not None and value is not UNSET:
            value = (
                []
                if value == []
                else list(map(_import_AnnotationsConvertToDraftCreateResponse201ResultItem().from_dict, value))
            )
        obj.result = value
        obj.task = get("task", UNSET)
        obj.annotation = get("annotation", UNSET)
        obj.created_ago = get("created_ago", UNSET)
        value = get("created_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.created_at = value
        obj.created_username = get("created_username", UNSET)
        obj.import_id = get("import_id", UNSET)
        obj.lead_time = get("lead_time", UNSET)
        value = get("updated_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.updated_at = value
        obj.user = get("user", UNSET)
        obj.was_postponed = get("was_postponed", UNSET)
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

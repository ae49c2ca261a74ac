from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"created_at", "updated_at", "max_session_age", "max_time_between_activity"})


T = TypeVar("T", bound="SessionTimeoutPolicy")


@_attrs_define
class SessionTimeoutPolicy:
    created_at: datetime.datetime
    updated_at: datetime.datetime
    max_session_age: int | Unset = UNSET
    """ Number of minutes that a session can be active before needing to re-login """
    max_time_between_activity: int | Unset = UNSET
    """ Number of minutes that a session stays active without any activity """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = None if created_at is None else created_at.isoformat()

        updated_at = self.updated_at
        if not isinstance(updated_at, Unset):
            field_dict["updated_at"] = None if updated_at is None else updated_at.isoformat()

        max_session_age: Any = self.max_session_age
        if max_session_age is not UNSET:
            field_dict["max_session_age"] = max_session_age

        max_time_between_activity: Any = self.max_time_between_activity
        if max_time_between_activity is not UNSET:
            field_dict["max_time_between_activity"] = max_time_between_activity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("created_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.created_at = value
        value = get("updated_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.updated_at = value
        obj.max_session_age = get("max_session_age", UNSET)
        obj.max_time_between_activity = get("max_time_between_activity", UNSET)
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

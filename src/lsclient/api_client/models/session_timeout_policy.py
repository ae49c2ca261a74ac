from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: Any = UNSET
        if self.updated_at is None:
            updated_at = None
        elif not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        max_session_age: Any = UNSET
        if not isinstance(self.max_session_age, Unset):
            max_session_age = self.max_session_age

        max_time_between_activity: Any = UNSET
        if not isinstance(self.max_time_between_activity, Unset):
            max_time_between_activity = self.max_time_between_activity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if max_session_age is not UNSET:
            field_dict["max_session_age"] = max_session_age
        if max_time_between_activity is not UNSET:
            field_dict["max_time_between_activity"] = max_time_between_activity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "created_at" not in d:
            created_at = cast(datetime.datetime, UNSET)
        elif d["created_at"] is None:
            created_at = cast(datetime.datetime, d.pop("created_at"))
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "updated_at" not in d:
            updated_at = cast(datetime.datetime, UNSET)
        elif d["updated_at"] is None:
            updated_at = cast(datetime.datetime, d.pop("updated_at"))
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        max_session_age = d.pop("max_session_age", UNSET)

        max_time_between_activity = d.pop("max_time_between_activity", UNSET)

        session_timeout_policy = cls(
            created_at=created_at,
            updated_at=updated_at,
            max_session_age=max_session_age,
            max_time_between_activity=max_time_between_activity,
        )

        session_timeout_policy.additional_properties = d
        return session_timeout_policy

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

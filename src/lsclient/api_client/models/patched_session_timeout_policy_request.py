from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedSessionTimeoutPolicyRequest")


@_attrs_define
class PatchedSessionTimeoutPolicyRequest:
    max_session_age: int | Unset = UNSET
    """ Number of minutes that a session can be active before needing to re-login """
    max_time_between_activity: int | Unset = UNSET
    """ Number of minutes that a session stays active without any activity """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_session_age: Any = UNSET
        if not isinstance(self.max_session_age, Unset):
            max_session_age = self.max_session_age

        max_time_between_activity: Any = UNSET
        if not isinstance(self.max_time_between_activity, Unset):
            max_time_between_activity = self.max_time_between_activity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if max_session_age is not UNSET:
            field_dict["max_session_age"] = max_session_age
        if max_time_between_activity is not UNSET:
            field_dict["max_time_between_activity"] = max_time_between_activity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_session_age = d.pop("max_session_age", UNSET)

        max_time_between_activity = d.pop("max_time_between_activity", UNSET)

        patched_session_timeout_policy_request = cls(
            max_session_age=max_session_age,
            max_time_between_activity=max_time_between_activity,
        )

        patched_session_timeout_policy_request.additional_properties = d
        return patched_session_timeout_policy_request

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

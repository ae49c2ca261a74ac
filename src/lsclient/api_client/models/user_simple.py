from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"avatar", "id", "email", "first_name", "last_name"})


T = TypeVar("T", bound="UserSimple")


@_attrs_define
class UserSimple:
    """A ModelSerializer that takes additional arguments for
    "fields", "omit" and "expand" in order to
    control which fields are displayed, and whether to replace simple
    values with complex, nested serializations

    """

    avatar: None | str
    id: int
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        avatar: Any = self.avatar
        if avatar is not UNSET:
            field_dict["avatar"] = avatar

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        email: Any = self.email
        if email is not UNSET:
            field_dict["email"] = email

        first_name: Any = self.first_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name

        last_name: Any = self.last_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.avatar = get("avatar", UNSET)
        obj.id = get("id", UNSET)
        obj.email = get("email", UNSET)
        obj.first_name = get("first_name", UNSET)
        obj.last_name = get("last_name", UNSET)
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

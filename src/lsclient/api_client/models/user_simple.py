from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        avatar: Any = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        email: Any = UNSET
        if not isinstance(self.email, Unset):
            email = self.email

        first_name: Any = UNSET
        if not isinstance(self.first_name, Unset):
            first_name = self.first_name

        last_name: Any = UNSET
        if not isinstance(self.last_name, Unset):
            last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "avatar" not in d:
            avatar = cast(None | str, UNSET)
        else:

            def _parse_avatar(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            avatar = _parse_avatar(d.pop("avatar"))

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        user_simple = cls(
            avatar=avatar,
            id=id,
            email=email,
            first_name=first_name,
            last_name=last_name,
        )

        user_simple.additional_properties = d
        return user_simple

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

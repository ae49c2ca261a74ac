from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsersPartialUpdateBody")


@_attrs_define
class UsersPartialUpdateBody:
    allow_newsletters: bool | Unset = UNSET
    """ Whether the user allows newsletters """
    avatar: str | Unset = UNSET
    """ Avatar URL of the user """
    email: str | Unset = UNSET
    """ Email of the user """
    first_name: str | Unset = UNSET
    """ First name of the user """
    id: int | Unset = UNSET
    """ User ID """
    initials: str | Unset = UNSET
    """ Initials of the user """
    last_name: str | Unset = UNSET
    """ Last name of the user """
    phone: str | Unset = UNSET
    """ Phone number of the user """
    username: str | Unset = UNSET
    """ Username of the user """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_newsletters: Any = UNSET
        if not isinstance(self.allow_newsletters, Unset):
            allow_newsletters = self.allow_newsletters

        avatar: Any = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar

        email: Any = UNSET
        if not isinstance(self.email, Unset):
            email = self.email

        first_name: Any = UNSET
        if not isinstance(self.first_name, Unset):
            first_name = self.first_name

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        initials: Any = UNSET
        if not isinstance(self.initials, Unset):
            initials = self.initials

        last_name: Any = UNSET
        if not isinstance(self.last_name, Unset):
            last_name = self.last_name

        phone: Any = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone

        username: Any = UNSET
        if not isinstance(self.username, Unset):
            username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if allow_newsletters is not UNSET:
            field_dict["allow_newsletters"] = allow_newsletters
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if id is not UNSET:
            field_dict["id"] = id
        if initials is not UNSET:
            field_dict["initials"] = initials
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        allow_newsletters = d.pop("allow_newsletters", UNSET)

        avatar = d.pop("avatar", UNSET)

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        id = d.pop("id", UNSET)

        initials = d.pop("initials", UNSET)

        last_name = d.pop("last_name", UNSET)

        phone = d.pop("phone", UNSET)

        username = d.pop("username", UNSET)

        users_partial_update_body = cls(
            allow_newsletters=allow_newsletters,
            avatar=avatar,
            email=email,
            first_name=first_name,
            id=id,
            initials=initials,
            last_name=last_name,
            phone=phone,
            username=username,
        )

        users_partial_update_body.additional_properties = d
        return users_partial_update_body

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

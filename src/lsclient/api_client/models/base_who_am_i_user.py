from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_who_am_i_user_active_organization_meta_type_0 import BaseWhoAmIUserActiveOrganizationMetaType0


@functools.cache
def _import_BaseWhoAmIUserActiveOrganizationMetaType0() -> type[BaseWhoAmIUserActiveOrganizationMetaType0]:
    from ..models.base_who_am_i_user_active_organization_meta_type_0 import BaseWhoAmIUserActiveOrganizationMetaType0

    return BaseWhoAmIUserActiveOrganizationMetaType0


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "active_organization_meta",
        "avatar",
        "id",
        "initials",
        "last_activity",
        "permissions",
        "username",
        "active_organization",
        "allow_newsletters",
        "custom_hotkeys",
        "date_joined",
        "email",
        "first_name",
        "last_name",
        "phone",
    }
)


T = TypeVar("T", bound="BaseWhoAmIUser")


@_attrs_define
class BaseWhoAmIUser:
    """A ModelSerializer that takes additional arguments for
    "fields", "omit" and "expand" in order to
    control which fields are displayed, and whether to replace simple
    values with complex, nested serializations

    """

    active_organization_meta: BaseWhoAmIUserActiveOrganizationMetaType0 | None
    """ The active organization's title and email """
    avatar: None | str
    id: int
    last_activity: datetime.datetime
    permissions: list[str]
    username: str
    initials: str = "?"
    active_organization: int | None | Unset = UNSET
    allow_newsletters: bool | None | Unset = UNSET
    """ Allow sending newsletters to user """
    custom_hotkeys: Any | Unset = UNSET
    """ Custom keyboard shortcuts configuration for the user interface """
    date_joined: datetime.datetime | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        BaseWhoAmIUserActiveOrganizationMetaType0 = _import_BaseWhoAmIUserActiveOrganizationMetaType0()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        active_organization_meta = self.active_organization_meta
        if not isinstance(active_organization_meta, Unset):
            if active_organization_meta is None:
                field_dict["active_organization_meta"] = None
            else:
                if isinstance(active_organization_meta, BaseWhoAmIUserActiveOrganizationMetaType0):
                    field_dict["active_organization_meta"] = active_organization_meta.to_dict()
                else:
                    field_dict["active_organization_meta"] = active_organization_meta

        avatar: Any = self.avatar
        if avatar is not UNSET:
            field_dict["avatar"] = avatar

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        initials: Any = self.initials
        if initials is not UNSET:
            field_dict["initials"] = initials

        last_activity = self.last_activity
        if not isinstance(last_activity, Unset):
            field_dict["last_activity"] = None if last_activity is None else last_activity.isoformat()

        permissions: Any = self.permissions
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        username: Any = self.username
        if username is not UNSET:
            field_dict["username"] = username

        active_organization: Any = self.active_organization
        if active_organization is not UNSET:
            field_dict["active_organization"] = active_organization

        allow_newsletters: Any = self.allow_newsletters
        if allow_newsletters is not UNSET:
            field_dict["allow_newsletters"] = allow_newsletters

        custom_hotkeys: Any = self.custom_hotkeys
        if custom_hotkeys is not UNSET:
            field_dict["custom_hotkeys"] = custom_hotkeys

        date_joined = self.date_joined
        if not isinstance(date_joined, Unset):
            field_dict["date_joined"] = None if date_joined is None else date_joined.isoformat()

        email: Any = self.email
        if email is not UNSET:
            field_dict["email"] = email

        first_name: Any = self.first_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name

        last_name: Any = self.last_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        phone: Any = self.phone
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("active_organization_meta", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_active_organization_meta(value)
        obj.active_organization_meta = value
        obj.avatar = get("avatar", UNSET)
        obj.id = get("id", UNSET)
        obj.initials = get("initials", UNSET)
        value = get("last_activity", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.last_activity = value
        obj.permissions = get("permissions", UNSET)
        obj.username = get("username", UNSET)
        obj.active_organization = get("active_organization", UNSET)
        obj.allow_newsletters = get("allow_newsletters", UNSET)
        obj.custom_hotkeys = get("custom_hotkeys", UNSET)
        value = get("date_joined", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.date_joined = value
        obj.email = get("email", UNSET)
        obj.first_name = get("first_name", UNSET)
        obj.last_name = get("last_name", UNSET)
        obj.phone = get("phone", UNSET)
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


def _parse_active_organization_meta(data: object) -> BaseWhoAmIUserActiveOrganizationMetaType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return _import_BaseWhoAmIUserActiveOrganizationMetaType0().from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]

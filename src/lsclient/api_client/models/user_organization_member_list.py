from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_organization_member_list_active_organization_meta_type_0 import (
        UserOrganizationMemberListActiveOrganizationMetaType0,
    )
    from ..models.user_organization_member_list_contributed_to_projects_type_0_item import (
        UserOrganizationMemberListContributedToProjectsType0Item,
    )
    from ..models.user_organization_member_list_created_projects_type_0_item import (
        UserOrganizationMemberListCreatedProjectsType0Item,
    )


T = TypeVar("T", bound="UserOrganizationMemberList")


@_attrs_define
class UserOrganizationMemberList:
    """A ModelSerializer that takes additional arguments for
    "fields", "omit" and "expand" in order to
    control which fields are displayed, and whether to replace simple
    values with complex, nested serializations

    """

    active_organization_meta: None | UserOrganizationMemberListActiveOrganizationMetaType0
    """ The active organization's title and email """
    avatar: None | str
    contributed_to_projects: list[UserOrganizationMemberListContributedToProjectsType0Item] | None
    created_projects: list[UserOrganizationMemberListCreatedProjectsType0Item] | None
    id: int
    last_activity: datetime.datetime
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
        from ..models.user_organization_member_list_active_organization_meta_type_0 import (
            UserOrganizationMemberListActiveOrganizationMetaType0,
        )

        active_organization_meta: Any = UNSET
        if not isinstance(self.active_organization_meta, Unset):
            if isinstance(self.active_organization_meta, UserOrganizationMemberListActiveOrganizationMetaType0):
                active_organization_meta = self.active_organization_meta.to_dict()
            else:
                active_organization_meta = self.active_organization_meta

        avatar: Any = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar

        contributed_to_projects: Any = UNSET
        if not isinstance(self.contributed_to_projects, Unset):
            if isinstance(self.contributed_to_projects, list):
                contributed_to_projects = []
                for contributed_to_projects_type_0_item_data in self.contributed_to_projects:
                    contributed_to_projects_type_0_item = contributed_to_projects_type_0_item_data.to_dict()
                    contributed_to_projects.append(contributed_to_projects_type_0_item)

            else:
                contributed_to_projects = self.contributed_to_projects

        created_projects: Any = UNSET
        if not isinstance(self.created_projects, Unset):
            if isinstance(self.created_projects, list):
                created_projects = []
                for created_projects_type_0_item_data in self.created_projects:
                    created_projects_type_0_item = created_projects_type_0_item_data.to_dict()
                    created_projects.append(created_projects_type_0_item)

            else:
                created_projects = self.created_projects

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        initials: Any = UNSET
        if not isinstance(self.initials, Unset):
            initials = self.initials

        last_activity: Any = UNSET
        if self.last_activity is None:
            last_activity = None
        elif not isinstance(self.last_activity, Unset):
            last_activity = self.last_activity.isoformat()

        username: Any = UNSET
        if not isinstance(self.username, Unset):
            username = self.username

        active_organization: Any = UNSET
        if not isinstance(self.active_organization, Unset):
            if isinstance(self.active_organization, Unset):
                active_organization = UNSET
            else:
                active_organization = self.active_organization

        allow_newsletters: Any = UNSET
        if not isinstance(self.allow_newsletters, Unset):
            if isinstance(self.allow_newsletters, Unset):
                allow_newsletters = UNSET
            else:
                allow_newsletters = self.allow_newsletters

        custom_hotkeys: Any = UNSET
        if not isinstance(self.custom_hotkeys, Unset):
            custom_hotkeys = self.custom_hotkeys

        date_joined: Any = UNSET
        if self.date_joined is None:
            date_joined = None
        elif not isinstance(self.date_joined, Unset):
            date_joined = UNSET
            if not isinstance(self.date_joined, Unset):
                date_joined = self.date_joined.isoformat()

        email: Any = UNSET
        if not isinstance(self.email, Unset):
            email = self.email

        first_name: Any = UNSET
        if not isinstance(self.first_name, Unset):
            first_name = self.first_name

        last_name: Any = UNSET
        if not isinstance(self.last_name, Unset):
            last_name = self.last_name

        phone: Any = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if active_organization_meta is not UNSET:
            field_dict["active_organization_meta"] = active_organization_meta
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if contributed_to_projects is not UNSET:
            field_dict["contributed_to_projects"] = contributed_to_projects
        if created_projects is not UNSET:
            field_dict["created_projects"] = created_projects
        if id is not UNSET:
            field_dict["id"] = id
        if initials is not UNSET:
            field_dict["initials"] = initials
        if last_activity is not UNSET:
            field_dict["last_activity"] = last_activity
        if username is not UNSET:
            field_dict["username"] = username
        if active_organization is not UNSET:
            field_dict["active_organization"] = active_organization
        if allow_newsletters is not UNSET:
            field_dict["allow_newsletters"] = allow_newsletters
        if custom_hotkeys is not UNSET:
            field_dict["custom_hotkeys"] = custom_hotkeys
        if date_joined is not UNSET:
            field_dict["date_joined"] = date_joined
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_organization_member_list_active_organization_meta_type_0 import (
            UserOrganizationMemberListActiveOrganizationMetaType0,
        )
        from ..models.user_organization_member_list_contributed_to_projects_type_0_item import (
            UserOrganizationMemberListContributedToProjectsType0Item,
        )
        from ..models.user_organization_member_list_created_projects_type_0_item import (
            UserOrganizationMemberListCreatedProjectsType0Item,
        )

        d = dict(src_dict)
        if "active_organization_meta" not in d:
            active_organization_meta = cast(None | UserOrganizationMemberListActiveOrganizationMetaType0, UNSET)
        else:

            def _parse_active_organization_meta(
                data: object,
            ) -> None | UserOrganizationMemberListActiveOrganizationMetaType0:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    active_organization_meta_type_0 = UserOrganizationMemberListActiveOrganizationMetaType0.from_dict(
                        data
                    )

                    return active_organization_meta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | UserOrganizationMemberListActiveOrganizationMetaType0, data)

            active_organization_meta = _parse_active_organization_meta(d.pop("active_organization_meta"))

        if "avatar" not in d:
            avatar = cast(None | str, UNSET)
        else:

            def _parse_avatar(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            avatar = _parse_avatar(d.pop("avatar"))

        if "contributed_to_projects" not in d:
            contributed_to_projects = cast(list[UserOrganizationMemberListContributedToProjectsType0Item] | None, UNSET)
        else:

            def _parse_contributed_to_projects(
                data: object,
            ) -> list[UserOrganizationMemberListContributedToProjectsType0Item] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    contributed_to_projects_type_0 = []
                    _contributed_to_projects_type_0 = data
                    for contributed_to_projects_type_0_item_data in _contributed_to_projects_type_0:
                        contributed_to_projects_type_0_item = (
                            UserOrganizationMemberListContributedToProjectsType0Item.from_dict(
                                contributed_to_projects_type_0_item_data
                            )
                        )

                        contributed_to_projects_type_0.append(contributed_to_projects_type_0_item)

                    return contributed_to_projects_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[UserOrganizationMemberListContributedToProjectsType0Item] | None, data)

            contributed_to_projects = _parse_contributed_to_projects(d.pop("contributed_to_projects"))

        if "created_projects" not in d:
            created_projects = cast(list[UserOrganizationMemberListCreatedProjectsType0Item] | None, UNSET)
        else:

            def _parse_created_projects(
                data: object,
            ) -> list[UserOrganizationMemberListCreatedProjectsType0Item] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    created_projects_type_0 = []
                    _created_projects_type_0 = data
                    for created_projects_type_0_item_data in _created_projects_type_0:
                        created_projects_type_0_item = UserOrganizationMemberListCreatedProjectsType0Item.from_dict(
                            created_projects_type_0_item_data
                        )

                        created_projects_type_0.append(created_projects_type_0_item)

                    return created_projects_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[UserOrganizationMemberListCreatedProjectsType0Item] | None, data)

            created_projects = _parse_created_projects(d.pop("created_projects"))

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "initials" not in d:
            initials = cast(str, UNSET)
        else:
            initials = d.pop("initials")

        if "last_activity" not in d:
            last_activity = cast(datetime.datetime, UNSET)
        elif d["last_activity"] is None:
            last_activity = cast(datetime.datetime, d.pop("last_activity"))
        else:
            last_activity = datetime.datetime.fromisoformat(d.pop("last_activity"))

        if "username" not in d:
            username = cast(str, UNSET)
        else:
            username = d.pop("username")

        def _parse_active_organization(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        active_organization = _parse_active_organization(d.pop("active_organization", UNSET))

        def _parse_allow_newsletters(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_newsletters = _parse_allow_newsletters(d.pop("allow_newsletters", UNSET))

        custom_hotkeys = d.pop("custom_hotkeys", UNSET)

        if d.get("date_joined", UNSET) is not None:
            _date_joined = d.pop("date_joined", UNSET)
            date_joined: datetime.datetime | Unset
            if isinstance(_date_joined, Unset):
                date_joined = UNSET
            else:
                date_joined = datetime.datetime.fromisoformat(_date_joined)

        else:
            date_joined = cast(Any, d.pop("date_joined"))

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        phone = d.pop("phone", UNSET)

        user_organization_member_list = cls(
            active_organization_meta=active_organization_meta,
            avatar=avatar,
            contributed_to_projects=contributed_to_projects,
            created_projects=created_projects,
            id=id,
            initials=initials,
            last_activity=last_activity,
            username=username,
            active_organization=active_organization,
            allow_newsletters=allow_newsletters,
            custom_hotkeys=custom_hotkeys,
            date_joined=date_joined,
            email=email,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
        )

        user_organization_member_list.additional_properties = d
        return user_organization_member_list

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

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_member_list_contributed_to_projects_type_0_item import (
        OrganizationMemberListContributedToProjectsType0Item,
    )
    from ..models.organization_member_list_created_projects_type_0_item import (
        OrganizationMemberListCreatedProjectsType0Item,
    )
    from ..models.user_organization_member_list import UserOrganizationMemberList


@functools.cache
def _import_OrganizationMemberListContributedToProjectsType0Item() -> type[
    OrganizationMemberListContributedToProjectsType0Item
]:
    from ..models.organization_member_list_contributed_to_projects_type_0_item import (
        OrganizationMemberListContributedToProjectsType0Item,
    )

    return OrganizationMemberListContributedToProjectsType0Item


@functools.cache
def _import_OrganizationMemberListCreatedProjectsType0Item() -> type[OrganizationMemberListCreatedProjectsType0Item]:
    from ..models.organization_member_list_created_projects_type_0_item import (
        OrganizationMemberListCreatedProjectsType0Item,
    )

    return OrganizationMemberListCreatedProjectsType0Item


@functools.cache
def _import_UserOrganizationMemberList() -> type[UserOrganizationMemberList]:
    from ..models.user_organization_member_list import UserOrganizationMemberList

    return UserOrganizationMemberList


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"contributed_to_projects", "created_projects", "id", "organization", "user"})


T = TypeVar("T", bound="OrganizationMemberList")


@_attrs_define
class OrganizationMemberList:
    """A serializer mixin that takes an additional `fields` argument that controls
    which fields should be displayed.

    """

    contributed_to_projects: list[OrganizationMemberListContributedToProjectsType0Item] | None
    created_projects: list[OrganizationMemberListCreatedProjectsType0Item] | None
    id: int
    organization: int
    """ Organization ID """
    user: UserOrganizationMemberList
    """ A ModelSerializer that takes additional arguments for
    "fields", "omit" and "expand" in order to
    control which fields are displayed, and whether to replace simple
    values with complex, nested serializations """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        OrganizationMemberListContributedToProjectsType0Item = (
            _import_OrganizationMemberListContributedToProjectsType0Item()
        )
        OrganizationMemberListCreatedProjectsType0Item = _import_OrganizationMemberListCreatedProjectsType0Item()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        contributed_to_projects = self.contributed_to_projects
        if not isinstance(contributed_to_projects, Unset):
            if contributed_to_projects is None:
                field_dict["contributed_to_projects"] = None
            else:
                if isinstance(contributed_to_projects, list):
                    field_dict["contributed_to_projects"] = []
                    for contributed_to_projects_type_0_item_data in contributed_to_projects:
                        contributed_to_projects_type_0_item = contributed_to_projects_type_0_item_data.to_dict()
                        field_dict["contributed_to_projects"].append(contributed_to_projects_type_0_item)

                else:
                    field_dict["contributed_to_projects"] = contributed_to_projects

        created_projects = self.created_projects
        if not isinstance(created_projects, Unset):
            if created_projects is None:
                field_dict["created_projects"] = None
            else:
                if isinstance(created_projects, list):
                    field_dict["created_projects"] = []
                    for created_projects_type_0_item_data in created_projects:
                        created_projects_type_0_item = created_projects_type_0_item_data.to_dict()
                        field_dict["created_projects"].append(created_projects_type_0_item)

                else:
                    field_dict["created_projects"] = created_projects

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        organization: Any = self.organization
        if organization is not UNSET:
            field_dict["organization"] = organization

        user = self.user
        if not isinstance(user, Unset):
            field_dict["user"] = None if user is None else user.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("contributed_to_projects", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_contributed_to_projects(value)
        obj.contributed_to_projects = value
        value = get("created_projects", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_created_projects(value)
        obj.created_projects = value
        obj.id = get("id", UNSET)
        obj.organization = get("organization", UNSET)
        value = get("user", UNSET)
        if value is not None and value is not UNSET:
            value = _import_UserOrganizationMemberList().from_dict(value)
        obj.user = value
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


def _parse_contributed_to_projects(data: object) -> list[OrganizationMemberListContributedToProjectsType0Item] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        return (
            []
            if data == []
            else list(map(_import_OrganizationMemberListContributedToProjectsType0Item().from_dict, data))
        )
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_created_projects(data: object) -> list[OrganizationMemberListCreatedProjectsType0Item] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        return [] if data == [] else list(map(_import_OrganizationMemberListCreatedProjectsType0Item().from_dict, data))
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]

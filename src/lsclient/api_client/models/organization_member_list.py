from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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

        organization: Any = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization

        user: Any = UNSET
        if self.user is None:
            user = None
        elif not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if contributed_to_projects is not UNSET:
            field_dict["contributed_to_projects"] = contributed_to_projects
        if created_projects is not UNSET:
            field_dict["created_projects"] = created_projects
        if id is not UNSET:
            field_dict["id"] = id
        if organization is not UNSET:
            field_dict["organization"] = organization
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organization_member_list_contributed_to_projects_type_0_item import (
            OrganizationMemberListContributedToProjectsType0Item,
        )
        from ..models.organization_member_list_created_projects_type_0_item import (
            OrganizationMemberListCreatedProjectsType0Item,
        )
        from ..models.user_organization_member_list import UserOrganizationMemberList

        d = dict(src_dict)
        if "contributed_to_projects" not in d:
            contributed_to_projects = cast(list[OrganizationMemberListContributedToProjectsType0Item] | None, UNSET)
        else:

            def _parse_contributed_to_projects(
                data: object,
            ) -> list[OrganizationMemberListContributedToProjectsType0Item] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    contributed_to_projects_type_0 = []
                    _contributed_to_projects_type_0 = data
                    for contributed_to_projects_type_0_item_data in _contributed_to_projects_type_0:
                        contributed_to_projects_type_0_item = (
                            OrganizationMemberListContributedToProjectsType0Item.from_dict(
                                contributed_to_projects_type_0_item_data
                            )
                        )

                        contributed_to_projects_type_0.append(contributed_to_projects_type_0_item)

                    return contributed_to_projects_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[OrganizationMemberListContributedToProjectsType0Item] | None, data)

            contributed_to_projects = _parse_contributed_to_projects(d.pop("contributed_to_projects"))

        if "created_projects" not in d:
            created_projects = cast(list[OrganizationMemberListCreatedProjectsType0Item] | None, UNSET)
        else:

            def _parse_created_projects(data: object) -> list[OrganizationMemberListCreatedProjectsType0Item] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    created_projects_type_0 = []
                    _created_projects_type_0 = data
                    for created_projects_type_0_item_data in _created_projects_type_0:
                        created_projects_type_0_item = OrganizationMemberListCreatedProjectsType0Item.from_dict(
                            created_projects_type_0_item_data
                        )

                        created_projects_type_0.append(created_projects_type_0_item)

                    return created_projects_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[OrganizationMemberListCreatedProjectsType0Item] | None, data)

            created_projects = _parse_created_projects(d.pop("created_projects"))

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "organization" not in d:
            organization = cast(int, UNSET)
        else:
            organization = d.pop("organization")

        if "user" not in d:
            user = cast(UserOrganizationMemberList, UNSET)
        elif d["user"] is None:
            user = cast(UserOrganizationMemberList, d.pop("user"))
        else:
            user = UserOrganizationMemberList.from_dict(d.pop("user"))

        organization_member_list = cls(
            contributed_to_projects=contributed_to_projects,
            created_projects=created_projects,
            id=id,
            organization=organization,
            user=user,
        )

        organization_member_list.additional_properties = d
        return organization_member_list

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

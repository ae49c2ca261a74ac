from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_member_contributed_to_projects_type_0_item import (
        OrganizationMemberContributedToProjectsType0Item,
    )
    from ..models.organization_member_created_projects_type_0_item import OrganizationMemberCreatedProjectsType0Item


T = TypeVar("T", bound="OrganizationMember")


@_attrs_define
class OrganizationMember:
    """A serializer mixin that takes an additional `fields` argument that controls
    which fields should be displayed.

    """

    annotations_count: int
    contributed_projects_count: int
    contributed_to_projects: list[OrganizationMemberContributedToProjectsType0Item] | None
    created_at: datetime.datetime
    created_projects: list[OrganizationMemberCreatedProjectsType0Item] | None
    organization: int
    """ Organization ID """
    user: int
    """ User ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotations_count: Any = UNSET
        if not isinstance(self.annotations_count, Unset):
            annotations_count = self.annotations_count

        contributed_projects_count: Any = UNSET
        if not isinstance(self.contributed_projects_count, Unset):
            contributed_projects_count = self.contributed_projects_count

        contributed_to_projects: Any = UNSET
        if not isinstance(self.contributed_to_projects, Unset):
            if isinstance(self.contributed_to_projects, list):
                contributed_to_projects = []
                for contributed_to_projects_type_0_item_data in self.contributed_to_projects:
                    contributed_to_projects_type_0_item = contributed_to_projects_type_0_item_data.to_dict()
                    contributed_to_projects.append(contributed_to_projects_type_0_item)

            else:
                contributed_to_projects = self.contributed_to_projects

        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_projects: Any = UNSET
        if not isinstance(self.created_projects, Unset):
            if isinstance(self.created_projects, list):
                created_projects = []
                for created_projects_type_0_item_data in self.created_projects:
                    created_projects_type_0_item = created_projects_type_0_item_data.to_dict()
                    created_projects.append(created_projects_type_0_item)

            else:
                created_projects = self.created_projects

        organization: Any = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization

        user: Any = UNSET
        if not isinstance(self.user, Unset):
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotations_count is not UNSET:
            field_dict["annotations_count"] = annotations_count
        if contributed_projects_count is not UNSET:
            field_dict["contributed_projects_count"] = contributed_projects_count
        if contributed_to_projects is not UNSET:
            field_dict["contributed_to_projects"] = contributed_to_projects
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_projects is not UNSET:
            field_dict["created_projects"] = created_projects
        if organization is not UNSET:
            field_dict["organization"] = organization
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organization_member_contributed_to_projects_type_0_item import (
            OrganizationMemberContributedToProjectsType0Item,
        )
        from ..models.organization_member_created_projects_type_0_item import OrganizationMemberCreatedProjectsType0Item

        d = dict(src_dict)
        if "annotations_count" not in d:
            annotations_count = cast(int, UNSET)
        else:
            annotations_count = d.pop("annotations_count")

        if "contributed_projects_count" not in d:
            contributed_projects_count = cast(int, UNSET)
        else:
            contributed_projects_count = d.pop("contributed_projects_count")

        if "contributed_to_projects" not in d:
            contributed_to_projects = cast(list[OrganizationMemberContributedToProjectsType0Item] | None, UNSET)
        else:

            def _parse_contributed_to_projects(
                data: object,
            ) -> list[OrganizationMemberContributedToProjectsType0Item] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    contributed_to_projects_type_0 = []
                    _contributed_to_projects_type_0 = data
                    for contributed_to_projects_type_0_item_data in _contributed_to_projects_type_0:
                        contributed_to_projects_type_0_item = (
                            OrganizationMemberContributedToProjectsType0Item.from_dict(
                                contributed_to_projects_type_0_item_data
                            )
                        )

                        contributed_to_projects_type_0.append(contributed_to_projects_type_0_item)

                    return contributed_to_projects_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[OrganizationMemberContributedToProjectsType0Item] | None, data)

            contributed_to_projects = _parse_contributed_to_projects(d.pop("contributed_to_projects"))

        if "created_at" not in d:
            created_at = cast(datetime.datetime, UNSET)
        elif d["created_at"] is None:
            created_at = cast(datetime.datetime, d.pop("created_at"))
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "created_projects" not in d:
            created_projects = cast(list[OrganizationMemberCreatedProjectsType0Item] | None, UNSET)
        else:

            def _parse_created_projects(data: object) -> list[OrganizationMemberCreatedProjectsType0Item] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    created_projects_type_0 = []
                    _created_projects_type_0 = data
                    for created_projects_type_0_item_data in _created_projects_type_0:
                        created_projects_type_0_item = OrganizationMemberCreatedProjectsType0Item.from_dict(
                            created_projects_type_0_item_data
                        )

                        created_projects_type_0.append(created_projects_type_0_item)

                    return created_projects_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[OrganizationMemberCreatedProjectsType0Item] | None, data)

            created_projects = _parse_created_projects(d.pop("created_projects"))

        if "organization" not in d:
            organization = cast(int, UNSET)
        else:
            organization = d.pop("organization")

        if "user" not in d:
            user = cast(int, UNSET)
        else:
            user = d.pop("user")

        organization_member = cls(
            annotations_count=annotations_count,
            contributed_projects_count=contributed_projects_count,
            contributed_to_projects=contributed_to_projects,
            created_at=created_at,
            created_projects=created_projects,
            organization=organization,
            user=user,
        )

        organization_member.additional_properties = d
        return organization_member

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

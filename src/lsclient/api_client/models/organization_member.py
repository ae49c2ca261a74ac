from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_member_contributed_to_projects_type_0_item import (
        OrganizationMemberContributedToProjectsType0Item,
    )
    from ..models.organization_member_created_projects_type_0_item import OrganizationMemberCreatedProjectsType0Item


@functools.cache
def _import_OrganizationMemberContributedToProjectsType0Item() -> type[
    OrganizationMemberContributedToProjectsType0Item
]:
    from ..models.organization_member_contributed_to_projects_type_0_item import (
        OrganizationMemberContributedToProjectsType0Item,
    )

    return OrganizationMemberContributedToProjectsType0Item


@functools.cache
def _import_OrganizationMemberCreatedProjectsType0Item() -> type[OrganizationMemberCreatedProjectsType0Item]:
    from ..models.organization_member_created_projects_type_0_item import OrganizationMemberCreatedProjectsType0Item

    return OrganizationMemberCreatedProjectsType0Item


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "annotations_count",
        "contributed_projects_count",
        "contributed_to_projects",
        "created_at",
        "created_projects",
        "organization",
        "user",
    }
)


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
        OrganizationMemberContributedToProjectsType0Item = _import_OrganizationMemberContributedToProjectsType0Item()
        OrganizationMemberCreatedProjectsType0Item = _import_OrganizationMemberCreatedProjectsType0Item()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        annotations_count: Any = self.annotations_count
        if annotations_count is not UNSET:
            field_dict["annotations_count"] = annotations_count

        contributed_projects_count: Any = self.contributed_projects_count
        if contributed_projects_count is not UNSET:
            field_dict["contributed_projects_count"] = contributed_projects_count

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

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = None if created_at is None else created_at.isoformat()

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

        organization: Any = self.organization
        if organization is not UNSET:
            field_dict["organization"] = organization

        user: Any = self.user
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.annotations_count = get("annotations_count", UNSET)
        obj.contributed_projects_count = get("contributed_projects_count", UNSET)
        value = get("contributed_to_projects", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_contributed_to_projects(value)
        obj.contributed_to_projects = value
        value = get("created_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.created_at = value
        value = get("created_projects", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_created_projects(value)
        obj.created_projects = value
        obj.organization = get("organization", UNSET)
        obj.user = get("user", UNSET)
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


def _parse_contributed_to_projects(data: object) -> list[OrganizationMemberContributedToProjectsType0Item] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        return (
            [] if data == [] else list(map(_import_OrganizationMemberContributedToProjectsType0Item().from_dict, data))
        )
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_created_projects(data: object) -> list[OrganizationMemberCreatedProjectsType0Item] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        return [] if data == [] else list(map(_import_OrganizationMemberCreatedProjectsType0Item().from_dict, data))
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]

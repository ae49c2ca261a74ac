from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "created_at",
        "created_by",
        "from_name",
        "id",
        "organization",
        "project",
        "projects",
        "title",
        "updated_at",
        "value",
        "approved",
        "approved_by",
        "description",
    }
)


T = TypeVar("T", bound="LabelCreate")


@_attrs_define
class LabelCreate:
    created_at: datetime.datetime
    """ Time of label creation """
    created_by: int
    from_name: str
    id: int
    organization: int
    project: int
    projects: list[int]
    title: str
    """ Label title """
    updated_at: datetime.datetime
    """ Time of label modification """
    value: Any
    """ Label value """
    approved: bool | Unset = UNSET
    """ Status of label """
    approved_by: int | None | Unset = UNSET
    """ User who approved this label """
    description: None | str | Unset = UNSET
    """ Label description """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = None if created_at is None else created_at.isoformat()

        created_by: Any = self.created_by
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        from_name: Any = self.from_name
        if from_name is not UNSET:
            field_dict["from_name"] = from_name

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        organization: Any = self.organization
        if organization is not UNSET:
            field_dict["organization"] = organization

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        projects: Any = self.projects
        if projects is not UNSET:
            field_dict["projects"] = projects

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

        updated_at = self.updated_at
        if not isinstance(updated_at, Unset):
            field_dict["updated_at"] = None if updated_at is None else updated_at.isoformat()

        value: Any = self.value
        if value is not UNSET:
            field_dict["value"] = value

        approved: Any = self.approved
        if approved is not UNSET:
            field_dict["approved"] = approved

        approved_by: Any = self.approved_by
        if approved_by is not UNSET:
            field_dict["approved_by"] = approved_by

        description: Any = self.description
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("created_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.created_at = value
        obj.created_by = get("created_by", UNSET)
        obj.from_name = get("from_name", UNSET)
        obj.id = get("id", UNSET)
        obj.organization = get("organization", UNSET)
        obj.project = get("project", UNSET)
        obj.projects = get("projects", UNSET)
        obj.title = get("title", UNSET)
        value = get("updated_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.updated_at = value
        obj.value = get("value", UNSET)
        obj.approved = get("approved", UNSET)
        obj.approved_by = get("approved_by", UNSET)
        obj.description = get("description", UNSET)
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by: Any = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by

        from_name: Any = UNSET
        if not isinstance(self.from_name, Unset):
            from_name = self.from_name

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        organization: Any = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        projects: Any = UNSET
        if self.projects is None:
            projects = None
        elif not isinstance(self.projects, Unset):
            projects = self.projects

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        updated_at: Any = UNSET
        if self.updated_at is None:
            updated_at = None
        elif not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        value: Any = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        approved: Any = UNSET
        if not isinstance(self.approved, Unset):
            approved = self.approved

        approved_by: Any = UNSET
        if not isinstance(self.approved_by, Unset):
            if isinstance(self.approved_by, Unset):
                approved_by = UNSET
            else:
                approved_by = self.approved_by

        description: Any = UNSET
        if not isinstance(self.description, Unset):
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if id is not UNSET:
            field_dict["id"] = id
        if organization is not UNSET:
            field_dict["organization"] = organization
        if project is not UNSET:
            field_dict["project"] = project
        if projects is not UNSET:
            field_dict["projects"] = projects
        if title is not UNSET:
            field_dict["title"] = title
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if value is not UNSET:
            field_dict["value"] = value
        if approved is not UNSET:
            field_dict["approved"] = approved
        if approved_by is not UNSET:
            field_dict["approved_by"] = approved_by
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "created_at" not in d:
            created_at = cast(datetime.datetime, UNSET)
        elif d["created_at"] is None:
            created_at = cast(datetime.datetime, d.pop("created_at"))
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "created_by" not in d:
            created_by = cast(int, UNSET)
        else:
            created_by = d.pop("created_by")

        if "from_name" not in d:
            from_name = cast(str, UNSET)
        else:
            from_name = d.pop("from_name")

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "organization" not in d:
            organization = cast(int, UNSET)
        else:
            organization = d.pop("organization")

        if "project" not in d:
            project = cast(int, UNSET)
        else:
            project = d.pop("project")

        if "projects" not in d:
            projects = cast(list[int], UNSET)
        elif d["projects"] is None:
            projects = cast(list[int], d.pop("projects"))
        else:
            projects = cast(list[int], d.pop("projects"))

        if "title" not in d:
            title = cast(str, UNSET)
        else:
            title = d.pop("title")

        if "updated_at" not in d:
            updated_at = cast(datetime.datetime, UNSET)
        elif d["updated_at"] is None:
            updated_at = cast(datetime.datetime, d.pop("updated_at"))
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        if "value" not in d:
            value = cast(Any, UNSET)
        else:
            value = d.pop("value")

        approved = d.pop("approved", UNSET)

        def _parse_approved_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        approved_by = _parse_approved_by(d.pop("approved_by", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        label_create = cls(
            created_at=created_at,
            created_by=created_by,
            from_name=from_name,
            id=id,
            organization=organization,
            project=project,
            projects=projects,
            title=title,
            updated_at=updated_at,
            value=value,
            approved=approved,
            approved_by=approved_by,
            description=description,
        )

        label_create.additional_properties = d
        return label_create

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

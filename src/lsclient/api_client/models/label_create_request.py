from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelCreateRequest")


@_attrs_define
class LabelCreateRequest:
    from_name: str
    project: int
    title: str
    """ Label title """
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
        from_name: Any = UNSET
        if not isinstance(self.from_name, Unset):
            from_name = self.from_name

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

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
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if project is not UNSET:
            field_dict["project"] = project
        if title is not UNSET:
            field_dict["title"] = title
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
        if "from_name" not in d:
            from_name = cast(str, UNSET)
        else:
            from_name = d.pop("from_name")

        if "project" not in d:
            project = cast(int, UNSET)
        else:
            project = d.pop("project")

        if "title" not in d:
            title = cast(str, UNSET)
        else:
            title = d.pop("title")

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

        label_create_request = cls(
            from_name=from_name,
            project=project,
            title=title,
            value=value,
            approved=approved,
            approved_by=approved_by,
            description=description,
        )

        label_create_request.additional_properties = d
        return label_create_request

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

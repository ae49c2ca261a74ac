from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedLabelRequest")


@_attrs_define
class PatchedLabelRequest:
    """A ModelSerializer that takes additional arguments for
    "fields", "omit" and "expand" in order to
    control which fields are displayed, and whether to replace simple
    values with complex, nested serializations

    """

    approved: bool | Unset = UNSET
    """ Status of label """
    approved_by: int | None | Unset = UNSET
    """ User who approved this label """
    created_by: int | Unset = UNSET
    """ User who made this label """
    description: None | str | Unset = UNSET
    """ Label description """
    organization: int | Unset = UNSET
    title: str | Unset = UNSET
    """ Label title """
    value: Any | Unset = UNSET
    """ Label value """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved: Any = UNSET
        if not isinstance(self.approved, Unset):
            approved = self.approved

        approved_by: Any = UNSET
        if not isinstance(self.approved_by, Unset):
            if isinstance(self.approved_by, Unset):
                approved_by = UNSET
            else:
                approved_by = self.approved_by

        created_by: Any = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by

        description: Any = UNSET
        if not isinstance(self.description, Unset):
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

        organization: Any = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        value: Any = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if approved is not UNSET:
            field_dict["approved"] = approved
        if approved_by is not UNSET:
            field_dict["approved_by"] = approved_by
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if description is not UNSET:
            field_dict["description"] = description
        if organization is not UNSET:
            field_dict["organization"] = organization
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        approved = d.pop("approved", UNSET)

        def _parse_approved_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        approved_by = _parse_approved_by(d.pop("approved_by", UNSET))

        created_by = d.pop("created_by", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        organization = d.pop("organization", UNSET)

        title = d.pop("title", UNSET)

        value = d.pop("value", UNSET)

        patched_label_request = cls(
            approved=approved,
            approved_by=approved_by,
            created_by=created_by,
            description=description,
            organization=organization,
            title=title,
            value=value,
        )

        patched_label_request.additional_properties = d
        return patched_label_request

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

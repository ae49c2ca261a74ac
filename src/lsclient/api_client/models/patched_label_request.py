from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"approved", "approved_by", "created_by", "description", "organization", "title", "value"})


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        approved: Any = self.approved
        if approved is not UNSET:
            field_dict["approved"] = approved

        approved_by: Any = self.approved_by
        if approved_by is not UNSET:
            field_dict["approved_by"] = approved_by

        created_by: Any = self.created_by
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        description: Any = self.description
        if description is not UNSET:
            field_dict["description"] = description

        organization: Any = self.organization
        if organization is not UNSET:
            field_dict["organization"] = organization

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

        value: Any = self.value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.approved = get("approved", UNSET)
        obj.approved_by = get("approved_by", UNSET)
        obj.created_by = get("created_by", UNSET)
        obj.description = get("description", UNSET)
        obj.organization = get("organization", UNSET)
        obj.title = get("title", UNSET)
        obj.value = get("value", UNSET)
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

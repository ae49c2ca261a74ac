from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"description", "key", "name", "organization-only"})


T = TypeVar("T", bound="WebhooksInfoRetrieveResponse200ANNOTATIONSDELETED")


@_attrs_define
class WebhooksInfoRetrieveResponse200ANNOTATIONSDELETED:
    description: str
    key: str
    name: str
    organization_only: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "organization_only": "organization-only",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        description: Any = self.description
        if description is not UNSET:
            field_dict["description"] = description

        key: Any = self.key
        if key is not UNSET:
            field_dict["key"] = key

        name: Any = self.name
        if name is not UNSET:
            field_dict["name"] = name

        organization_only: Any = self.organization_only
        if organization_only is not UNSET:
            field_dict["organization-only"] = organization_only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.description = get("description", UNSET)
        obj.key = get("key", UNSET)
        obj.name = get("name", UNSET)
        obj.organization_only = get("organization-only", UNSET)
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

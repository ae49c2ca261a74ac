from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhooksInfoRetrieveResponse200ANNOTATIONSCREATED")


@_attrs_define
class WebhooksInfoRetrieveResponse200ANNOTATIONSCREATED:
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
        description: Any = UNSET
        if not isinstance(self.description, Unset):
            description = self.description

        key: Any = UNSET
        if not isinstance(self.key, Unset):
            key = self.key

        name: Any = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        organization_only: Any = UNSET
        if not isinstance(self.organization_only, Unset):
            organization_only = self.organization_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if organization_only is not UNSET:
            field_dict["organization-only"] = organization_only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "description" not in d:
            description = cast(str, UNSET)
        else:
            description = d.pop("description")

        if "key" not in d:
            key = cast(str, UNSET)
        else:
            key = d.pop("key")

        if "name" not in d:
            name = cast(str, UNSET)
        else:
            name = d.pop("name")

        if "organization-only" not in d:
            organization_only = cast(bool, UNSET)
        else:
            organization_only = d.pop("organization-only")

        webhooks_info_retrieve_response_200annotationscreated = cls(
            description=description,
            key=key,
            name=name,
            organization_only=organization_only,
        )

        webhooks_info_retrieve_response_200annotationscreated.additional_properties = d
        return webhooks_info_retrieve_response_200annotationscreated

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

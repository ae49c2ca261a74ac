from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SerializationOptionRequest")


@_attrs_define
class SerializationOptionRequest:
    only_id: bool | Unset = False
    """ Include a full json body or IDs only """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        only_id: Any = UNSET
        if not isinstance(self.only_id, Unset):
            only_id = self.only_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if only_id is not UNSET:
            field_dict["only_id"] = only_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        only_id = d.pop("only_id", UNSET)

        serialization_option_request = cls(
            only_id=only_id,
        )

        serialization_option_request.additional_properties = d
        return serialization_option_request

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

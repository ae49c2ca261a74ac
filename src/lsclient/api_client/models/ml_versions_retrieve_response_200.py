from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MlVersionsRetrieveResponse200")


@_attrs_define
class MlVersionsRetrieveResponse200:
    message: str | Unset = UNSET
    versions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: Any = UNSET
        if not isinstance(self.message, Unset):
            message = self.message

        versions: Any = UNSET
        if self.versions is None:
            versions = None
        elif not isinstance(self.versions, Unset):
            versions = UNSET
            if not isinstance(self.versions, Unset):
                versions = self.versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if message is not UNSET:
            field_dict["message"] = message
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        if d.get("versions", UNSET) is not None:
            versions = cast(list[str], d.pop("versions", UNSET))

        else:
            versions = cast(Any, d.pop("versions"))

        ml_versions_retrieve_response_200 = cls(
            message=message,
            versions=versions,
        )

        ml_versions_retrieve_response_200.additional_properties = d
        return ml_versions_retrieve_response_200

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VersionRetrieveResponse200")


@_attrs_define
class VersionRetrieveResponse200:
    release: str
    """ The Label Studio release, e.g. 1.23.2 """
    edition: str | Unset = UNSET
    """ Community or Enterprise (absent on Community) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        release: Any = UNSET
        if not isinstance(self.release, Unset):
            release = self.release

        edition: Any = UNSET
        if not isinstance(self.edition, Unset):
            edition = self.edition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if release is not UNSET:
            field_dict["release"] = release
        if edition is not UNSET:
            field_dict["edition"] = edition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "release" not in d:
            release = cast(str, UNSET)
        else:
            release = d.pop("release")

        edition = d.pop("edition", UNSET)

        version_retrieve_response_200 = cls(
            release=release,
            edition=edition,
        )

        version_retrieve_response_200.additional_properties = d
        return version_retrieve_response_200

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

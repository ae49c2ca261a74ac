from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelsBulkCreateResponse200")


@_attrs_define
class LabelsBulkCreateResponse200:
    annotations_updated: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotations_updated: Any = UNSET
        if not isinstance(self.annotations_updated, Unset):
            annotations_updated = self.annotations_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotations_updated is not UNSET:
            field_dict["annotations_updated"] = annotations_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "annotations_updated" not in d:
            annotations_updated = cast(int, UNSET)
        else:
            annotations_updated = d.pop("annotations_updated")

        labels_bulk_create_response_200 = cls(
            annotations_updated=annotations_updated,
        )

        labels_bulk_create_response_200.additional_properties = d
        return labels_bulk_create_response_200

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectLabelConfig")


@_attrs_define
class ProjectLabelConfig:
    label_config: str
    """ Label config in XML format. See more about it in documentation """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label_config: Any = UNSET
        if not isinstance(self.label_config, Unset):
            label_config = self.label_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if label_config is not UNSET:
            field_dict["label_config"] = label_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "label_config" not in d:
            label_config = cast(str, UNSET)
        else:
            label_config = d.pop("label_config")

        project_label_config = cls(
            label_config=label_config,
        )

        project_label_config.additional_properties = d
        return project_label_config

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectsValidateLabelConfigResponse200")


@_attrs_define
class ProjectsValidateLabelConfigResponse200:
    config_essential_data_has_changed: bool | None
    """ True when the new config changes what existing annotations mean (labels or control tags removed or renamed);
    null when it is the stored config """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_essential_data_has_changed: Any = UNSET
        if not isinstance(self.config_essential_data_has_changed, Unset):
            config_essential_data_has_changed = self.config_essential_data_has_changed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if config_essential_data_has_changed is not UNSET:
            field_dict["config_essential_data_has_changed"] = config_essential_data_has_changed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "config_essential_data_has_changed" not in d:
            config_essential_data_has_changed = cast(bool | None, UNSET)
        else:

            def _parse_config_essential_data_has_changed(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, data)

            config_essential_data_has_changed = _parse_config_essential_data_has_changed(
                d.pop("config_essential_data_has_changed")
            )

        projects_validate_label_config_response_200 = cls(
            config_essential_data_has_changed=config_essential_data_has_changed,
        )

        projects_validate_label_config_response_200.additional_properties = d
        return projects_validate_label_config_response_200

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

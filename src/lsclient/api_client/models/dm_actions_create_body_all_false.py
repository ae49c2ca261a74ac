from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DmActionsCreateBodyAllFalse")


@_attrs_define
class DmActionsCreateBodyAllFalse:
    all_: bool
    """ No tasks are selected """
    included: list[int] | Unset = UNSET
    """ List of included task IDs """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "all_": "all",
    }

    def to_dict(self) -> dict[str, Any]:
        all_: Any = UNSET
        if not isinstance(self.all_, Unset):
            all_ = self.all_

        included: Any = UNSET
        if self.included is None:
            included = None
        elif not isinstance(self.included, Unset):
            included = UNSET
            if not isinstance(self.included, Unset):
                included = self.included

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if all_ is not UNSET:
            field_dict["all"] = all_
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "all" not in d:
            all_ = cast(bool, UNSET)
        else:
            all_ = d.pop("all")

        if d.get("included", UNSET) is not None:
            included = cast(list[int], d.pop("included", UNSET))

        else:
            included = cast(Any, d.pop("included"))

        dm_actions_create_body_all_false = cls(
            all_=all_,
            included=included,
        )

        dm_actions_create_body_all_false.additional_properties = d
        return dm_actions_create_body_all_false

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DmActionsCreateBodyAllTrue")


@_attrs_define
class DmActionsCreateBodyAllTrue:
    all_: bool
    """ All tasks are selected """
    excluded: list[int] | Unset = UNSET
    """ List of excluded task IDs """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "all_": "all",
    }

    def to_dict(self) -> dict[str, Any]:
        all_: Any = UNSET
        if not isinstance(self.all_, Unset):
            all_ = self.all_

        excluded: Any = UNSET
        if self.excluded is None:
            excluded = None
        elif not isinstance(self.excluded, Unset):
            excluded = UNSET
            if not isinstance(self.excluded, Unset):
                excluded = self.excluded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if all_ is not UNSET:
            field_dict["all"] = all_
        if excluded is not UNSET:
            field_dict["excluded"] = excluded

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "all" not in d:
            all_ = cast(bool, UNSET)
        else:
            all_ = d.pop("all")

        if d.get("excluded", UNSET) is not None:
            excluded = cast(list[int], d.pop("excluded", UNSET))

        else:
            excluded = cast(Any, d.pop("excluded"))

        dm_actions_create_body_all_true = cls(
            all_=all_,
            excluded=excluded,
        )

        dm_actions_create_body_all_true.additional_properties = d
        return dm_actions_create_body_all_true

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hotkeys_custom_hotkeys import HotkeysCustomHotkeys


T = TypeVar("T", bound="Hotkeys")


@_attrs_define
class Hotkeys:
    custom_hotkeys: HotkeysCustomHotkeys
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_hotkeys: Any = UNSET
        if self.custom_hotkeys is None:
            custom_hotkeys = None
        elif not isinstance(self.custom_hotkeys, Unset):
            custom_hotkeys = self.custom_hotkeys.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if custom_hotkeys is not UNSET:
            field_dict["custom_hotkeys"] = custom_hotkeys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.hotkeys_custom_hotkeys import HotkeysCustomHotkeys

        d = dict(src_dict)
        if "custom_hotkeys" not in d:
            custom_hotkeys = cast(HotkeysCustomHotkeys, UNSET)
        elif d["custom_hotkeys"] is None:
            custom_hotkeys = cast(HotkeysCustomHotkeys, d.pop("custom_hotkeys"))
        else:
            custom_hotkeys = HotkeysCustomHotkeys.from_dict(d.pop("custom_hotkeys"))

        hotkeys = cls(
            custom_hotkeys=custom_hotkeys,
        )

        hotkeys.additional_properties = d
        return hotkeys

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

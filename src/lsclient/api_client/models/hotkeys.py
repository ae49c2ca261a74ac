from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hotkeys_custom_hotkeys import HotkeysCustomHotkeys


@functools.cache
def _import_HotkeysCustomHotkeys() -> type[HotkeysCustomHotkeys]:
    from ..models.hotkeys_custom_hotkeys import HotkeysCustomHotkeys

    return HotkeysCustomHotkeys


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"custom_hotkeys"})


T = TypeVar("T", bound="Hotkeys")


@_attrs_define
class Hotkeys:
    custom_hotkeys: HotkeysCustomHotkeys
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        custom_hotkeys = self.custom_hotkeys
        if not isinstance(custom_hotkeys, Unset):
            field_dict["custom_hotkeys"] = None if custom_hotkeys is None else custom_hotkeys.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("custom_hotkeys", UNSET)
        if value is not None and value is not UNSET:
            value = _import_HotkeysCustomHotkeys().from_dict(value)
        obj.custom_hotkeys = value
        obj.additional_properties = (
            {} if _KNOWN_KEYS.issuperset(d) else {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        )
        return obj

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

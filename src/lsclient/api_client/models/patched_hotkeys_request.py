from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_hotkeys_request_custom_hotkeys import PatchedHotkeysRequestCustomHotkeys


T = TypeVar("T", bound="PatchedHotkeysRequest")


@_attrs_define
class PatchedHotkeysRequest:
    custom_hotkeys: PatchedHotkeysRequestCustomHotkeys | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_hotkeys: Any = UNSET
        if self.custom_hotkeys is None:
            custom_hotkeys = None
        elif not isinstance(self.custom_hotkeys, Unset):
            custom_hotkeys = UNSET
            if not isinstance(self.custom_hotkeys, Unset):
                custom_hotkeys = self.custom_hotkeys.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if custom_hotkeys is not UNSET:
            field_dict["custom_hotkeys"] = custom_hotkeys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.patched_hotkeys_request_custom_hotkeys import PatchedHotkeysRequestCustomHotkeys

        d = dict(src_dict)
        if d.get("custom_hotkeys", UNSET) is not None:
            _custom_hotkeys = d.pop("custom_hotkeys", UNSET)
            custom_hotkeys: PatchedHotkeysRequestCustomHotkeys | Unset
            if isinstance(_custom_hotkeys, Unset):
                custom_hotkeys = UNSET
            else:
                custom_hotkeys = PatchedHotkeysRequestCustomHotkeys.from_dict(_custom_hotkeys)

        else:
            custom_hotkeys = cast(Any, d.pop("custom_hotkeys"))

        patched_hotkeys_request = cls(
            custom_hotkeys=custom_hotkeys,
        )

        patched_hotkeys_request.additional_properties = d
        return patched_hotkeys_request

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

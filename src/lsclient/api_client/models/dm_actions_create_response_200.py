from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"detail", "processed_items", "reload"})


T = TypeVar("T", bound="DmActionsCreateResponse200")


@_attrs_define
class DmActionsCreateResponse200:
    detail: str | Unset = UNSET
    processed_items: int | Unset = UNSET
    reload: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        detail: Any = self.detail
        if detail is not UNSET:
            field_dict["detail"] = detail

        processed_items: Any = self.processed_items
        if processed_items is not UNSET:
            field_dict["processed_items"] = processed_items

        reload: Any = self.reload
        if reload is not UNSET:
            field_dict["reload"] = reload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.detail = get("detail", UNSET)
        obj.processed_items = get("processed_items", UNSET)
        obj.reload = get("reload", UNSET)
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

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter


@functools.cache
def _import_Filter() -> type[Filter]:
    from ..models.filter_ import Filter

    return Filter


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"conjunction", "filters", "id"})


T = TypeVar("T", bound="FilterGroup")


@_attrs_define
class FilterGroup:
    conjunction: str
    """ Type of conjunction """
    filters: list[Filter]
    id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        conjunction: Any = self.conjunction
        if conjunction is not UNSET:
            field_dict["conjunction"] = conjunction

        filters = self.filters
        if not isinstance(filters, Unset):
            field_dict["filters"] = (
                None
                if filters is None
                else []
                if filters == []
                else [filters_item_data.to_dict() for filters_item_data in filters]
            )

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.conjunction = get("conjunction", UNSET)
        value = get("filters", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(_import_Filter().from_dict, value))
        obj.filters = value
        obj.id = get("id", UNSET)
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter


T = TypeVar("T", bound="FilterGroup")


@_attrs_define
class FilterGroup:
    conjunction: str
    """ Type of conjunction """
    filters: list[Filter]
    id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conjunction: Any = UNSET
        if not isinstance(self.conjunction, Unset):
            conjunction = self.conjunction

        filters: Any = UNSET
        if self.filters is None:
            filters = None
        elif not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conjunction is not UNSET:
            field_dict["conjunction"] = conjunction
        if filters is not UNSET:
            field_dict["filters"] = filters
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.filter_ import Filter

        d = dict(src_dict)
        if "conjunction" not in d:
            conjunction = cast(str, UNSET)
        else:
            conjunction = d.pop("conjunction")

        if "filters" not in d:
            filters = cast(list[Filter], UNSET)
        elif d["filters"] is None:
            filters = cast(list[Filter], d.pop("filters"))
        else:
            filters = []
            _filters = d.pop("filters")
            for filters_item_data in _filters:
                filters_item = Filter.from_dict(filters_item_data)

                filters.append(filters_item)

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        filter_group = cls(
            conjunction=conjunction,
            filters=filters,
            id=id,
        )

        filter_group.additional_properties = d
        return filter_group

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

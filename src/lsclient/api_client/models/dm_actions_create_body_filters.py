from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dm_actions_create_body_filters_conjunction import DmActionsCreateBodyFiltersConjunction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_actions_create_body_filters_items_item import DmActionsCreateBodyFiltersItemsItem


T = TypeVar("T", bound="DmActionsCreateBodyFilters")


@_attrs_define
class DmActionsCreateBodyFilters:
    """Filters to apply on tasks. You can use [the helper class `Filters` from this
    page](https://labelstud.io/sdk/data_manager.html) to create Data Manager Filters.<br>Example: `{"conjunction": "or",
    "items": [{"filter": "filter:tasks:completed_at", "operator": "greater", "type": "Datetime", "value":
    "2021-01-01T00:00:00.000Z"}]}`

    """

    conjunction: DmActionsCreateBodyFiltersConjunction
    """ Logical conjunction for the filters. This conjunction (either "or" or "and") will be applied to all items in
    the filters list. It is not possible to combine "or" and "and" within one list of filters. All filters will be
    either combined with "or" or with "and", but not a mix of both. """
    items: list[DmActionsCreateBodyFiltersItemsItem]
    """ List of filter items """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conjunction: Any = UNSET
        if self.conjunction is None:
            conjunction = None
        elif not isinstance(self.conjunction, Unset):
            conjunction = self.conjunction.value

        items: Any = UNSET
        if self.items is None:
            items = None
        elif not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conjunction is not UNSET:
            field_dict["conjunction"] = conjunction
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dm_actions_create_body_filters_items_item import DmActionsCreateBodyFiltersItemsItem

        d = dict(src_dict)
        if "conjunction" not in d:
            conjunction = cast(DmActionsCreateBodyFiltersConjunction, UNSET)
        elif d["conjunction"] is None:
            conjunction = cast(DmActionsCreateBodyFiltersConjunction, d.pop("conjunction"))
        else:
            conjunction = DmActionsCreateBodyFiltersConjunction(d.pop("conjunction"))

        if "items" not in d:
            items = cast(list[DmActionsCreateBodyFiltersItemsItem], UNSET)
        elif d["items"] is None:
            items = cast(list[DmActionsCreateBodyFiltersItemsItem], d.pop("items"))
        else:
            items = []
            _items = d.pop("items")
            for items_item_data in _items:
                items_item = DmActionsCreateBodyFiltersItemsItem.from_dict(items_item_data)

                items.append(items_item)

        dm_actions_create_body_filters = cls(
            conjunction=conjunction,
            items=items,
        )

        dm_actions_create_body_filters.additional_properties = d
        return dm_actions_create_body_filters

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

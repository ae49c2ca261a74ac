from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dm_views_partial_update_body_data_filters_conjunction import (
    DmViewsPartialUpdateBodyDataFiltersConjunction,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_views_partial_update_body_data_filters_items_item import (
        DmViewsPartialUpdateBodyDataFiltersItemsItem,
    )


@functools.cache
def _import_DmViewsPartialUpdateBodyDataFiltersItemsItem() -> type[DmViewsPartialUpdateBodyDataFiltersItemsItem]:
    from ..models.dm_views_partial_update_body_data_filters_items_item import (
        DmViewsPartialUpdateBodyDataFiltersItemsItem,
    )

    return DmViewsPartialUpdateBodyDataFiltersItemsItem


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"conjunction", "items"})


T = TypeVar("T", bound="DmViewsPartialUpdateBodyDataFilters")


@_attrs_define
class DmViewsPartialUpdateBodyDataFilters:
    """Filters to apply on tasks. You can use [the helper class `Filters` from this
    page](https://labelstud.io/sdk/data_manager.html) to create Data Manager Filters.<br>Example: `{"conjunction": "or",
    "items": [{"filter": "filter:tasks:completed_at", "operator": "greater", "type": "Datetime", "value":
    "2021-01-01T00:00:00.000Z"}]}`

    """

    conjunction: DmViewsPartialUpdateBodyDataFiltersConjunction
    """ Logical conjunction for the filters. This conjunction (either "or" or "and") will be applied to all items in
    the filters list. It is not possible to combine "or" and "and" within one list of filters. All filters will be
    either combined with "or" or with "and", but not a mix of both. """
    items: list[DmViewsPartialUpdateBodyDataFiltersItemsItem]
    """ List of filter items """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        conjunction = self.conjunction
        if not isinstance(conjunction, Unset):
            field_dict["conjunction"] = None if conjunction is None else conjunction.value

        items = self.items
        if not isinstance(items, Unset):
            field_dict["items"] = (
                None
                if items is None
                else []
                if items == []
                else [items_item_data.to_dict() for items_item_data in items]
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("conjunction", UNSET)
        if value is not None and value is not UNSET:
            value = DmViewsPartialUpdateBodyDataFiltersConjunction(value)
        obj.conjunction = value
        value = get("items", UNSET)
        if value is not None and value is not UNSET:
            value = (
                []
                if value == []
                else list(map(_import_DmViewsPartialUpdateBodyDataFiltersItemsItem().from_dict, value))
            )
        obj.items = value
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

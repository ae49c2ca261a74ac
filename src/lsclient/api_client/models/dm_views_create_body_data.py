from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dm_views_create_body_data_ordering_item import DmViewsCreateBodyDataOrderingItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_views_create_body_data_filters import DmViewsCreateBodyDataFilters


@functools.cache
def _import_DmViewsCreateBodyDataFilters() -> type[DmViewsCreateBodyDataFilters]:
    from ..models.dm_views_create_body_data_filters import DmViewsCreateBodyDataFilters

    return DmViewsCreateBodyDataFilters


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"filters", "ordering"})


T = TypeVar("T", bound="DmViewsCreateBodyData")


@_attrs_define
class DmViewsCreateBodyData:
    """Custom view data"""

    filters: DmViewsCreateBodyDataFilters | Unset = UNSET
    """ Filters to apply on tasks. You can use [the helper class `Filters` from this
    page](https://labelstud.io/sdk/data_manager.html) to create Data Manager Filters.<br>Example: `{"conjunction":
    "or", "items": [{"filter": "filter:tasks:completed_at", "operator": "greater", "type": "Datetime", "value":
    "2021-01-01T00:00:00.000Z"}]}` """
    ordering: list[DmViewsCreateBodyDataOrderingItem] | Unset = UNSET
    """ List of fields to order by. Fields are similar to filters but without the `filter:` prefix. To reverse the
    order, add a minus sign before the field name, e.g. `-tasks:created_at`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        filters = self.filters
        if not isinstance(filters, Unset):
            field_dict["filters"] = None if filters is None else filters.to_dict()

        ordering = self.ordering
        if not isinstance(ordering, Unset):
            field_dict["ordering"] = (
                None
                if ordering is None
                else []
                if ordering == []
                else [ordering_item_data.value for ordering_item_data in ordering]
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("filters", UNSET)
        if value is not None and value is not UNSET:
            value = _import_DmViewsCreateBodyDataFilters().from_dict(value)
        obj.filters = value
        value = get("ordering", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(DmViewsCreateBodyDataOrderingItem, value))
        obj.ordering = value
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

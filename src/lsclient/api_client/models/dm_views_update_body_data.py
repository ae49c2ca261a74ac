from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dm_views_update_body_data_ordering_item import DmViewsUpdateBodyDataOrderingItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_views_update_body_data_filters import DmViewsUpdateBodyDataFilters


T = TypeVar("T", bound="DmViewsUpdateBodyData")


@_attrs_define
class DmViewsUpdateBodyData:
    """Custom view data"""

    filters: DmViewsUpdateBodyDataFilters | Unset = UNSET
    """ Filters to apply on tasks. You can use [the helper class `Filters` from this
    page](https://labelstud.io/sdk/data_manager.html) to create Data Manager Filters.<br>Example: `{"conjunction":
    "or", "items": [{"filter": "filter:tasks:completed_at", "operator": "greater", "type": "Datetime", "value":
    "2021-01-01T00:00:00.000Z"}]}` """
    ordering: list[DmViewsUpdateBodyDataOrderingItem] | Unset = UNSET
    """ List of fields to order by. Fields are similar to filters but without the `filter:` prefix. To reverse the
    order, add a minus sign before the field name, e.g. `-tasks:created_at`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters: Any = UNSET
        if self.filters is None:
            filters = None
        elif not isinstance(self.filters, Unset):
            filters = UNSET
            if not isinstance(self.filters, Unset):
                filters = self.filters.to_dict()

        ordering: Any = UNSET
        if self.ordering is None:
            ordering = None
        elif not isinstance(self.ordering, Unset):
            ordering = UNSET
            if not isinstance(self.ordering, Unset):
                ordering = []
                for ordering_item_data in self.ordering:
                    ordering_item = ordering_item_data.value
                    ordering.append(ordering_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if filters is not UNSET:
            field_dict["filters"] = filters
        if ordering is not UNSET:
            field_dict["ordering"] = ordering

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dm_views_update_body_data_filters import DmViewsUpdateBodyDataFilters

        d = dict(src_dict)
        if d.get("filters", UNSET) is not None:
            _filters = d.pop("filters", UNSET)
            filters: DmViewsUpdateBodyDataFilters | Unset
            if isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = DmViewsUpdateBodyDataFilters.from_dict(_filters)

        else:
            filters = cast(Any, d.pop("filters"))

        if d.get("ordering", UNSET) is not None:
            _ordering = d.pop("ordering", UNSET)
            ordering: list[DmViewsUpdateBodyDataOrderingItem] | Unset = UNSET
            if _ordering is not UNSET:
                ordering = []
                for ordering_item_data in _ordering:
                    ordering_item = DmViewsUpdateBodyDataOrderingItem(ordering_item_data)

                    ordering.append(ordering_item)

        else:
            ordering = cast(Any, d.pop("ordering"))

        dm_views_update_body_data = cls(
            filters=filters,
            ordering=ordering,
        )

        dm_views_update_body_data.additional_properties = d
        return dm_views_update_body_data

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

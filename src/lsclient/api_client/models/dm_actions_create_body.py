from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dm_actions_create_body_ordering_item import DmActionsCreateBodyOrderingItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_actions_create_body_all_false import DmActionsCreateBodyAllFalse
    from ..models.dm_actions_create_body_all_true import DmActionsCreateBodyAllTrue
    from ..models.dm_actions_create_body_filters import DmActionsCreateBodyFilters


T = TypeVar("T", bound="DmActionsCreateBody")


@_attrs_define
class DmActionsCreateBody:
    """Data payload containing task filters, selected task items, and ordering

    Example:
        {'filters': {'conjunction': 'or', 'items': [{'filter': 'filter:tasks:id', 'operator': 'greater', 'type':
            'Number', 'value': 123}]}, 'ordering': ['tasks:total_annotations'], 'selectedItems': {'all': True, 'excluded':
            [124, 125, 126]}}

    """

    filters: DmActionsCreateBodyFilters | Unset = UNSET
    """ Filters to apply on tasks. You can use [the helper class `Filters` from this
    page](https://labelstud.io/sdk/data_manager.html) to create Data Manager Filters.<br>Example: `{"conjunction":
    "or", "items": [{"filter": "filter:tasks:completed_at", "operator": "greater", "type": "Datetime", "value":
    "2021-01-01T00:00:00.000Z"}]}` """
    ordering: list[DmActionsCreateBodyOrderingItem] | Unset = UNSET
    """ List of fields to order by. Fields are similar to filters but without the `filter:` prefix. To reverse the
    order, add a minus sign before the field name, e.g. `-tasks:created_at`. """
    selected_items: DmActionsCreateBodyAllFalse | DmActionsCreateBodyAllTrue | Unset = UNSET
    """ Task selection by IDs. If filters are applied, the selection will be applied to the filtered tasks.If "all"
    is `false`, `"included"` must be used. If "all" is `true`, `"excluded"` must be used.<br>Examples: `{"all":
    false, "included": [1, 2, 3]}` or `{"all": true, "excluded": [4, 5]}` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "selected_items": "selectedItems",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.dm_actions_create_body_all_false import DmActionsCreateBodyAllFalse

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

        selected_items: Any = UNSET
        if self.selected_items is None:
            selected_items = None
        elif not isinstance(self.selected_items, Unset):
            if isinstance(self.selected_items, Unset):
                selected_items = UNSET
            elif isinstance(self.selected_items, DmActionsCreateBodyAllFalse):
                selected_items = self.selected_items.to_dict()
            else:
                selected_items = self.selected_items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if filters is not UNSET:
            field_dict["filters"] = filters
        if ordering is not UNSET:
            field_dict["ordering"] = ordering
        if selected_items is not UNSET:
            field_dict["selectedItems"] = selected_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dm_actions_create_body_all_false import DmActionsCreateBodyAllFalse
        from ..models.dm_actions_create_body_all_true import DmActionsCreateBodyAllTrue
        from ..models.dm_actions_create_body_filters import DmActionsCreateBodyFilters

        d = dict(src_dict)
        if d.get("filters", UNSET) is not None:
            _filters = d.pop("filters", UNSET)
            filters: DmActionsCreateBodyFilters | Unset
            if isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = DmActionsCreateBodyFilters.from_dict(_filters)

        else:
            filters = cast(Any, d.pop("filters"))

        if d.get("ordering", UNSET) is not None:
            _ordering = d.pop("ordering", UNSET)
            ordering: list[DmActionsCreateBodyOrderingItem] | Unset = UNSET
            if _ordering is not UNSET:
                ordering = []
                for ordering_item_data in _ordering:
                    ordering_item = DmActionsCreateBodyOrderingItem(ordering_item_data)

                    ordering.append(ordering_item)

        else:
            ordering = cast(Any, d.pop("ordering"))

        if d.get("selectedItems", UNSET) is not None:

            def _parse_selected_items(data: object) -> DmActionsCreateBodyAllFalse | DmActionsCreateBodyAllTrue | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    selected_items_all_false = DmActionsCreateBodyAllFalse.from_dict(data)

                    return selected_items_all_false
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                selected_items_all_true = DmActionsCreateBodyAllTrue.from_dict(data)

                return selected_items_all_true

            selected_items = _parse_selected_items(d.pop("selectedItems", UNSET))

        else:
            selected_items = cast(Any, d.pop("selectedItems"))

        dm_actions_create_body = cls(
            filters=filters,
            ordering=ordering,
            selected_items=selected_items,
        )

        dm_actions_create_body.additional_properties = d
        return dm_actions_create_body

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

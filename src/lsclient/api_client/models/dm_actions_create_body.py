from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dm_actions_create_body_ordering_item import DmActionsCreateBodyOrderingItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_actions_create_body_all_false import DmActionsCreateBodyAllFalse
    from ..models.dm_actions_create_body_all_true import DmActionsCreateBodyAllTrue
    from ..models.dm_actions_create_body_filters import DmActionsCreateBodyFilters


@functools.cache
def _import_DmActionsCreateBodyAllFalse() -> type[DmActionsCreateBodyAllFalse]:
    from ..models.dm_actions_create_body_all_false import DmActionsCreateBodyAllFalse

    return DmActionsCreateBodyAllFalse


@functools.cache
def _import_DmActionsCreateBodyAllTrue() -> type[DmActionsCreateBodyAllTrue]:
    from ..models.dm_actions_create_body_all_true import DmActionsCreateBodyAllTrue

    return DmActionsCreateBodyAllTrue


@functools.cache
def _import_DmActionsCreateBodyFilters() -> type[DmActionsCreateBodyFilters]:
    from ..models.dm_actions_create_body_filters import DmActionsCreateBodyFilters

    return DmActionsCreateBodyFilters


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"filters", "ordering", "selectedItems"})


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
        DmActionsCreateBodyAllFalse = _import_DmActionsCreateBodyAllFalse()
        DmActionsCreateBodyAllTrue = _import_DmActionsCreateBodyAllTrue()
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

        selected_items = self.selected_items
        if not isinstance(selected_items, Unset):
            if selected_items is None:
                field_dict["selectedItems"] = None
            else:
                if isinstance(selected_items, DmActionsCreateBodyAllFalse):
                    field_dict["selectedItems"] = selected_items.to_dict()
                else:
                    field_dict["selectedItems"] = selected_items.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("filters", UNSET)
        if value is not None and value is not UNSET:
            value = _import_DmActionsCreateBodyFilters().from_dict(value)
        obj.filters = value
        value = get("ordering", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(DmActionsCreateBodyOrderingItem, value))
        obj.ordering = value
        value = get("selectedItems", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_selected_items(value)
        obj.selected_items = value
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


def _parse_selected_items(data: object) -> DmActionsCreateBodyAllFalse | DmActionsCreateBodyAllTrue | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return _import_DmActionsCreateBodyAllFalse().from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    return _import_DmActionsCreateBodyAllTrue().from_dict(data)

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_group import FilterGroup


@functools.cache
def _import_FilterGroup() -> type[FilterGroup]:
    from ..models.filter_group import FilterGroup

    return FilterGroup


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"id", "project", "data", "filter_group", "order", "ordering", "selected_items", "user"})


T = TypeVar("T", bound="View")


@_attrs_define
class View:
    id: int
    project: int
    """ Project ID """
    data: Any | Unset = UNSET
    """ Custom view data """
    filter_group: FilterGroup | Unset = UNSET
    order: int | None | Unset = UNSET
    """ Position of the tab, starting at the left in data manager and increasing as the tabs go left to right """
    ordering: Any | Unset = UNSET
    """ Ordering parameters """
    selected_items: Any | Unset = UNSET
    """ Selected items """
    user: int | None | Unset = UNSET
    """ User who made this view """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        data: Any = self.data
        if data is not UNSET:
            field_dict["data"] = data

        filter_group = self.filter_group
        if not isinstance(filter_group, Unset):
            field_dict["filter_group"] = None if filter_group is None else filter_group.to_dict()

        order: Any = self.order
        if order is not UNSET:
            field_dict["order"] = order

        ordering: Any = self.ordering
        if ordering is not UNSET:
            field_dict["ordering"] = ordering

        selected_items: Any = self.selected_items
        if selected_items is not UNSET:
            field_dict["selected_items"] = selected_items

        user: Any = self.user
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.id = get("id", UNSET)
        obj.project = get("project", UNSET)
        obj.data = get("data", UNSET)
        value = get("filter_group", UNSET)
        if value is not None and value is not UNSET:
            value = _import_FilterGroup().from_dict(value)
        obj.filter_group = value
        obj.order = get("order", UNSET)
        obj.ordering = get("ordering", UNSET)
        obj.selected_items = get("selected_items", UNSET)
        obj.user = get("user", UNSET)
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

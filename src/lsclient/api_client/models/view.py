from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_group import FilterGroup


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
        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        data: Any = UNSET
        if not isinstance(self.data, Unset):
            data = self.data

        filter_group: Any = UNSET
        if self.filter_group is None:
            filter_group = None
        elif not isinstance(self.filter_group, Unset):
            filter_group = UNSET
            if not isinstance(self.filter_group, Unset):
                filter_group = self.filter_group.to_dict()

        order: Any = UNSET
        if not isinstance(self.order, Unset):
            if isinstance(self.order, Unset):
                order = UNSET
            else:
                order = self.order

        ordering: Any = UNSET
        if not isinstance(self.ordering, Unset):
            ordering = self.ordering

        selected_items: Any = UNSET
        if not isinstance(self.selected_items, Unset):
            selected_items = self.selected_items

        user: Any = UNSET
        if not isinstance(self.user, Unset):
            if isinstance(self.user, Unset):
                user = UNSET
            else:
                user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if project is not UNSET:
            field_dict["project"] = project
        if data is not UNSET:
            field_dict["data"] = data
        if filter_group is not UNSET:
            field_dict["filter_group"] = filter_group
        if order is not UNSET:
            field_dict["order"] = order
        if ordering is not UNSET:
            field_dict["ordering"] = ordering
        if selected_items is not UNSET:
            field_dict["selected_items"] = selected_items
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.filter_group import FilterGroup

        d = dict(src_dict)
        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "project" not in d:
            project = cast(int, UNSET)
        else:
            project = d.pop("project")

        data = d.pop("data", UNSET)

        if d.get("filter_group", UNSET) is not None:
            _filter_group = d.pop("filter_group", UNSET)
            filter_group: FilterGroup | Unset
            if isinstance(_filter_group, Unset):
                filter_group = UNSET
            else:
                filter_group = FilterGroup.from_dict(_filter_group)

        else:
            filter_group = cast(Any, d.pop("filter_group"))

        def _parse_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        ordering = d.pop("ordering", UNSET)

        selected_items = d.pop("selected_items", UNSET)

        def _parse_user(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        view = cls(
            id=id,
            project=project,
            data=data,
            filter_group=filter_group,
            order=order,
            ordering=ordering,
            selected_items=selected_items,
            user=user,
        )

        view.additional_properties = d
        return view

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

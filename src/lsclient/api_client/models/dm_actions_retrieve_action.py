from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_actions_retrieve_action_dialog import DmActionsRetrieveActionDialog


@functools.cache
def _import_DmActionsRetrieveActionDialog() -> type[DmActionsRetrieveActionDialog]:
    from ..models.dm_actions_retrieve_action_dialog import DmActionsRetrieveActionDialog

    return DmActionsRetrieveActionDialog


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"dialog", "experimental", "id", "order", "permission", "title"})


T = TypeVar("T", bound="DmActionsRetrieveAction")


@_attrs_define
class DmActionsRetrieveAction:
    dialog: DmActionsRetrieveActionDialog | Unset = UNSET
    experimental: bool | Unset = UNSET
    id: str | Unset = UNSET
    order: int | Unset = UNSET
    permission: list[str] | str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        dialog = self.dialog
        if not isinstance(dialog, Unset):
            field_dict["dialog"] = None if dialog is None else dialog.to_dict()

        experimental: Any = self.experimental
        if experimental is not UNSET:
            field_dict["experimental"] = experimental

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        order: Any = self.order
        if order is not UNSET:
            field_dict["order"] = order

        permission = self.permission
        if not isinstance(permission, Unset):
            if permission is None:
                field_dict["permission"] = None
            else:
                if isinstance(permission, list):
                    field_dict["permission"] = permission

                else:
                    field_dict["permission"] = permission

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("dialog", UNSET)
        if value is not None and value is not UNSET:
            value = _import_DmActionsRetrieveActionDialog().from_dict(value)
        obj.dialog = value
        obj.experimental = get("experimental", UNSET)
        obj.id = get("id", UNSET)
        obj.order = get("order", UNSET)
        value = get("permission", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_permission(value)
        obj.permission = value
        obj.title = get("title", UNSET)
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


def _parse_permission(data: object) -> list[str] | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        return data
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]

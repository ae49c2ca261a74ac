from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DmActionsCreateResponse200")


@_attrs_define
class DmActionsCreateResponse200:
    """What the action did; the keys depend on the action ({} for some)."""

    detail: str | Unset = UNSET
    """ A message, e.g. 'Retrieved 3 predictions' """
    processed_items: int | Unset = UNSET
    """ How many tasks the action processed """
    reload: bool | Unset = UNSET
    """ Whether the Data Manager should reload (delete_tasks) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail: Any = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail

        processed_items: Any = UNSET
        if not isinstance(self.processed_items, Unset):
            processed_items = self.processed_items

        reload: Any = UNSET
        if not isinstance(self.reload, Unset):
            reload = self.reload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if detail is not UNSET:
            field_dict["detail"] = detail
        if processed_items is not UNSET:
            field_dict["processed_items"] = processed_items
        if reload is not UNSET:
            field_dict["reload"] = reload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        detail = d.pop("detail", UNSET)

        processed_items = d.pop("processed_items", UNSET)

        reload = d.pop("reload", UNSET)

        dm_actions_create_response_200 = cls(
            detail=detail,
            processed_items=processed_items,
            reload=reload,
        )

        dm_actions_create_response_200.additional_properties = d
        return dm_actions_create_response_200

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

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_columns_retrieve_response_200_columns_item import DmColumnsRetrieveResponse200ColumnsItem


@functools.cache
def _import_DmColumnsRetrieveResponse200ColumnsItem() -> type[DmColumnsRetrieveResponse200ColumnsItem]:
    from ..models.dm_columns_retrieve_response_200_columns_item import DmColumnsRetrieveResponse200ColumnsItem

    return DmColumnsRetrieveResponse200ColumnsItem


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"columns"})


T = TypeVar("T", bound="DmColumnsRetrieveResponse200")


@_attrs_define
class DmColumnsRetrieveResponse200:
    columns: list[DmColumnsRetrieveResponse200ColumnsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        columns = self.columns
        if not isinstance(columns, Unset):
            field_dict["columns"] = (
                None
                if columns is None
                else []
                if columns == []
                else [columns_item_data.to_dict() for columns_item_data in columns]
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("columns", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(_import_DmColumnsRetrieveResponse200ColumnsItem().from_dict, value))
        obj.columns = value
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

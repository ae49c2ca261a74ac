from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_columns_retrieve_response_200_columns_item import DmColumnsRetrieveResponse200ColumnsItem


T = TypeVar("T", bound="DmColumnsRetrieveResponse200")


@_attrs_define
class DmColumnsRetrieveResponse200:
    columns: list[DmColumnsRetrieveResponse200ColumnsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns: Any = UNSET
        if self.columns is None:
            columns = None
        elif not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if columns is not UNSET:
            field_dict["columns"] = columns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dm_columns_retrieve_response_200_columns_item import DmColumnsRetrieveResponse200ColumnsItem

        d = dict(src_dict)
        if "columns" not in d:
            columns = cast(list[DmColumnsRetrieveResponse200ColumnsItem], UNSET)
        elif d["columns"] is None:
            columns = cast(list[DmColumnsRetrieveResponse200ColumnsItem], d.pop("columns"))
        else:
            columns = []
            _columns = d.pop("columns")
            for columns_item_data in _columns:
                columns_item = DmColumnsRetrieveResponse200ColumnsItem.from_dict(columns_item_data)

                columns.append(columns_item)

        dm_columns_retrieve_response_200 = cls(
            columns=columns,
        )

        dm_columns_retrieve_response_200.additional_properties = d
        return dm_columns_retrieve_response_200

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

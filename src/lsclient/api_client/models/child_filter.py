from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChildFilter")


@_attrs_define
class ChildFilter:
    column: str
    """ Field name """
    id: int
    operator: str
    """ Filter operator """
    type_: str
    """ Field type """
    index: int | None | Unset = UNSET
    """ Display order among root filters only """
    parent: int | None | Unset = UNSET
    """ Optional parent filter to create one-level hierarchy (child filters are AND-merged with parent) """
    value: Any | Unset = UNSET
    """ Filter value """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    def to_dict(self) -> dict[str, Any]:
        column: Any = UNSET
        if not isinstance(self.column, Unset):
            column = self.column

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        operator: Any = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator

        type_: Any = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        index: Any = UNSET
        if not isinstance(self.index, Unset):
            if isinstance(self.index, Unset):
                index = UNSET
            else:
                index = self.index

        parent: Any = UNSET
        if not isinstance(self.parent, Unset):
            if isinstance(self.parent, Unset):
                parent = UNSET
            else:
                parent = self.parent

        value: Any = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if column is not UNSET:
            field_dict["column"] = column
        if id is not UNSET:
            field_dict["id"] = id
        if operator is not UNSET:
            field_dict["operator"] = operator
        if type_ is not UNSET:
            field_dict["type"] = type_
        if index is not UNSET:
            field_dict["index"] = index
        if parent is not UNSET:
            field_dict["parent"] = parent
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "column" not in d:
            column = cast(str, UNSET)
        else:
            column = d.pop("column")

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "operator" not in d:
            operator = cast(str, UNSET)
        else:
            operator = d.pop("operator")

        if "type" not in d:
            type_ = cast(str, UNSET)
        else:
            type_ = d.pop("type")

        def _parse_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        index = _parse_index(d.pop("index", UNSET))

        def _parse_parent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        value = d.pop("value", UNSET)

        child_filter = cls(
            column=column,
            id=id,
            operator=operator,
            type_=type_,
            index=index,
            parent=parent,
            value=value,
        )

        child_filter.additional_properties = d
        return child_filter

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

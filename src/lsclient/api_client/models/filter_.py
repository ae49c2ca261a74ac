from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.child_filter import ChildFilter


@functools.cache
def _import_ChildFilter() -> type[ChildFilter]:
    from ..models.child_filter import ChildFilter

    return ChildFilter


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"column", "id", "operator", "type", "child_filter", "index", "parent", "value"})


T = TypeVar("T", bound="Filter")


@_attrs_define
class Filter:
    column: str
    """ Field name """
    id: int
    operator: str
    """ Filter operator """
    type_: str
    """ Field type """
    child_filter: ChildFilter | Unset = UNSET
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        column: Any = self.column
        if column is not UNSET:
            field_dict["column"] = column

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        operator: Any = self.operator
        if operator is not UNSET:
            field_dict["operator"] = operator

        type_: Any = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_

        child_filter = self.child_filter
        if not isinstance(child_filter, Unset):
            field_dict["child_filter"] = None if child_filter is None else child_filter.to_dict()

        index: Any = self.index
        if index is not UNSET:
            field_dict["index"] = index

        parent: Any = self.parent
        if parent is not UNSET:
            field_dict["parent"] = parent

        value: Any = self.value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.column = get("column", UNSET)
        obj.id = get("id", UNSET)
        obj.operator = get("operator", UNSET)
        obj.type_ = get("type", UNSET)
        value = get("child_filter", UNSET)
        if value is not None and value is not UNSET:
            value = _import_ChildFilter().from_dict(value)
        obj.child_filter = value
        obj.index = get("index", UNSET)
        obj.parent = get("parent", UNSET)
        obj.value = get("value", UNSET)
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

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_columns_retrieve_response_200_columns_item_visibility_defaults import (
        DmColumnsRetrieveResponse200ColumnsItemVisibilityDefaults,
    )


@functools.cache
def _import_DmColumnsRetrieveResponse200ColumnsItemVisibilityDefaults() -> type[
    DmColumnsRetrieveResponse200ColumnsItemVisibilityDefaults
]:
    from ..models.dm_columns_retrieve_response_200_columns_item_visibility_defaults import (
        DmColumnsRetrieveResponse200ColumnsItemVisibilityDefaults,
    )

    return DmColumnsRetrieveResponse200ColumnsItemVisibilityDefaults


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {"id", "target", "title", "type", "children", "help", "parent", "project_defined", "visibility_defaults"}
)


T = TypeVar("T", bound="DmColumnsRetrieveResponse200ColumnsItem")


@_attrs_define
class DmColumnsRetrieveResponse200ColumnsItem:
    id: str
    target: str
    title: str
    type_: str
    children: list[str] | Unset = UNSET
    help_: str | Unset = UNSET
    parent: str | Unset = UNSET
    project_defined: bool | Unset = UNSET
    visibility_defaults: DmColumnsRetrieveResponse200ColumnsItemVisibilityDefaults | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "type_": "type",
        "help_": "help",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        target: Any = self.target
        if target is not UNSET:
            field_dict["target"] = target

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

        type_: Any = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_

        children: Any = self.children
        if children is not UNSET:
            field_dict["children"] = children

        help_: Any = self.help_
        if help_ is not UNSET:
            field_dict["help"] = help_

        parent: Any = self.parent
        if parent is not UNSET:
            field_dict["parent"] = parent

        project_defined: Any = self.project_defined
        if project_defined is not UNSET:
            field_dict["project_defined"] = project_defined

        visibility_defaults = self.visibility_defaults
        if not isinstance(visibility_defaults, Unset):
            field_dict["visibility_defaults"] = None if visibility_defaults is None else visibility_defaults.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.id = get("id", UNSET)
        obj.target = get("target", UNSET)
        obj.title = get("title", UNSET)
        obj.type_ = get("type", UNSET)
        obj.children = get("children", UNSET)
        obj.help_ = get("help", UNSET)
        obj.parent = get("parent", UNSET)
        obj.project_defined = get("project_defined", UNSET)
        value = get("visibility_defaults", UNSET)
        if value is not None and value is not UNSET:
            value = _import_DmColumnsRetrieveResponse200ColumnsItemVisibilityDefaults().from_dict(value)
        obj.visibility_defaults = value
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

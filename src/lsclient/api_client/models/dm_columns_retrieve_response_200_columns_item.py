from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_columns_retrieve_response_200_columns_item_visibility_defaults import (
        DmColumnsRetrieveResponse200ColumnsItemVisibilityDefaults,
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
        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        target: Any = UNSET
        if not isinstance(self.target, Unset):
            target = self.target

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        type_: Any = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        children: Any = UNSET
        if self.children is None:
            children = None
        elif not isinstance(self.children, Unset):
            children = UNSET
            if not isinstance(self.children, Unset):
                children = self.children

        help_: Any = UNSET
        if not isinstance(self.help_, Unset):
            help_ = self.help_

        parent: Any = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent

        project_defined: Any = UNSET
        if not isinstance(self.project_defined, Unset):
            project_defined = self.project_defined

        visibility_defaults: Any = UNSET
        if self.visibility_defaults is None:
            visibility_defaults = None
        elif not isinstance(self.visibility_defaults, Unset):
            visibility_defaults = UNSET
            if not isinstance(self.visibility_defaults, Unset):
                visibility_defaults = self.visibility_defaults.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if target is not UNSET:
            field_dict["target"] = target
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if children is not UNSET:
            field_dict["children"] = children
        if help_ is not UNSET:
            field_dict["help"] = help_
        if parent is not UNSET:
            field_dict["parent"] = parent
        if project_defined is not UNSET:
            field_dict["project_defined"] = project_defined
        if visibility_defaults is not UNSET:
            field_dict["visibility_defaults"] = visibility_defaults

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dm_columns_retrieve_response_200_columns_item_visibility_defaults import (
            DmColumnsRetrieveResponse200ColumnsItemVisibilityDefaults,
        )

        d = dict(src_dict)
        if "id" not in d:
            id = cast(str, UNSET)
        else:
            id = d.pop("id")

        if "target" not in d:
            target = cast(str, UNSET)
        else:
            target = d.pop("target")

        if "title" not in d:
            title = cast(str, UNSET)
        else:
            title = d.pop("title")

        if "type" not in d:
            type_ = cast(str, UNSET)
        else:
            type_ = d.pop("type")

        if d.get("children", UNSET) is not None:
            children = cast(list[str], d.pop("children", UNSET))

        else:
            children = cast(Any, d.pop("children"))

        help_ = d.pop("help", UNSET)

        parent = d.pop("parent", UNSET)

        project_defined = d.pop("project_defined", UNSET)

        if d.get("visibility_defaults", UNSET) is not None:
            _visibility_defaults = d.pop("visibility_defaults", UNSET)
            visibility_defaults: DmColumnsRetrieveResponse200ColumnsItemVisibilityDefaults | Unset
            if isinstance(_visibility_defaults, Unset):
                visibility_defaults = UNSET
            else:
                visibility_defaults = DmColumnsRetrieveResponse200ColumnsItemVisibilityDefaults.from_dict(
                    _visibility_defaults
                )

        else:
            visibility_defaults = cast(Any, d.pop("visibility_defaults"))

        dm_columns_retrieve_response_200_columns_item = cls(
            id=id,
            target=target,
            title=title,
            type_=type_,
            children=children,
            help_=help_,
            parent=parent,
            project_defined=project_defined,
            visibility_defaults=visibility_defaults,
        )

        dm_columns_retrieve_response_200_columns_item.additional_properties = d
        return dm_columns_retrieve_response_200_columns_item

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

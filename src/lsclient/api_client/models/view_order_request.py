from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewOrderRequest")


@_attrs_define
class ViewOrderRequest:
    ids: list[int]
    """ A list of view IDs in the desired order. """
    project: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: Any = UNSET
        if self.ids is None:
            ids = None
        elif not isinstance(self.ids, Unset):
            ids = self.ids

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ids is not UNSET:
            field_dict["ids"] = ids
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "ids" not in d:
            ids = cast(list[int], UNSET)
        elif d["ids"] is None:
            ids = cast(list[int], d.pop("ids"))
        else:
            ids = cast(list[int], d.pop("ids"))

        if "project" not in d:
            project = cast(int, UNSET)
        else:
            project = d.pop("project")

        view_order_request = cls(
            ids=ids,
            project=project,
        )

        view_order_request.additional_properties = d
        return view_order_request

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

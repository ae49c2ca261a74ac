from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelsBulkCreateBody")


@_attrs_define
class LabelsBulkCreateBody:
    new_label: Any
    """ Its replacement """
    old_label: Any
    """ The label value to replace, as in a result's value (e.g. ["Positive"]) """
    project: int | None | Unset = UNSET
    """ Only this project's annotations (default: the whole organization) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_label: Any = UNSET
        if not isinstance(self.new_label, Unset):
            new_label = self.new_label

        old_label: Any = UNSET
        if not isinstance(self.old_label, Unset):
            old_label = self.old_label

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            if isinstance(self.project, Unset):
                project = UNSET
            else:
                project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if new_label is not UNSET:
            field_dict["new_label"] = new_label
        if old_label is not UNSET:
            field_dict["old_label"] = old_label
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "new_label" not in d:
            new_label = cast(Any, UNSET)
        else:
            new_label = d.pop("new_label")

        if "old_label" not in d:
            old_label = cast(Any, UNSET)
        else:
            old_label = d.pop("old_label")

        def _parse_project(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        labels_bulk_create_body = cls(
            new_label=new_label,
            old_label=old_label,
            project=project,
        )

        labels_bulk_create_body.additional_properties = d
        return labels_bulk_create_body

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

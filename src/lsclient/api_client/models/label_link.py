from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelLink")


@_attrs_define
class LabelLink:
    """A ModelSerializer that takes additional arguments for
    "fields", "omit" and "expand" in order to
    control which fields are displayed, and whether to replace simple
    values with complex, nested serializations

    """

    from_name: str
    """ Tag name """
    id: int
    label: int
    project: int
    annotations_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_name: Any = UNSET
        if not isinstance(self.from_name, Unset):
            from_name = self.from_name

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        label: Any = UNSET
        if not isinstance(self.label, Unset):
            label = self.label

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        annotations_count: Any = UNSET
        if not isinstance(self.annotations_count, Unset):
            annotations_count = self.annotations_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if project is not UNSET:
            field_dict["project"] = project
        if annotations_count is not UNSET:
            field_dict["annotations_count"] = annotations_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "from_name" not in d:
            from_name = cast(str, UNSET)
        else:
            from_name = d.pop("from_name")

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "label" not in d:
            label = cast(int, UNSET)
        else:
            label = d.pop("label")

        if "project" not in d:
            project = cast(int, UNSET)
        else:
            project = d.pop("project")

        annotations_count = d.pop("annotations_count", UNSET)

        label_link = cls(
            from_name=from_name,
            id=id,
            label=label,
            project=project,
            annotations_count=annotations_count,
        )

        label_link.additional_properties = d
        return label_link

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

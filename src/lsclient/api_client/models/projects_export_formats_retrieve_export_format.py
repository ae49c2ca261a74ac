from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectsExportFormatsRetrieveExportFormat")


@_attrs_define
class ProjectsExportFormatsRetrieveExportFormat:
    name: str
    description: str | Unset = UNSET
    disabled: bool | Unset = UNSET
    link: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: Any = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        description: Any = UNSET
        if not isinstance(self.description, Unset):
            description = self.description

        disabled: Any = UNSET
        if not isinstance(self.disabled, Unset):
            disabled = self.disabled

        link: Any = UNSET
        if not isinstance(self.link, Unset):
            link = self.link

        tags: Any = UNSET
        if self.tags is None:
            tags = None
        elif not isinstance(self.tags, Unset):
            tags = UNSET
            if not isinstance(self.tags, Unset):
                tags = self.tags

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if link is not UNSET:
            field_dict["link"] = link
        if tags is not UNSET:
            field_dict["tags"] = tags
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "name" not in d:
            name = cast(str, UNSET)
        else:
            name = d.pop("name")

        description = d.pop("description", UNSET)

        disabled = d.pop("disabled", UNSET)

        link = d.pop("link", UNSET)

        if d.get("tags", UNSET) is not None:
            tags = cast(list[str], d.pop("tags", UNSET))

        else:
            tags = cast(Any, d.pop("tags"))

        title = d.pop("title", UNSET)

        projects_export_formats_retrieve_export_format = cls(
            name=name,
            description=description,
            disabled=disabled,
            link=link,
            tags=tags,
            title=title,
        )

        projects_export_formats_retrieve_export_format.additional_properties = d
        return projects_export_formats_retrieve_export_format

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"description", "path", "project", "regex_filter", "title", "use_blob_urls"})


T = TypeVar("T", bound="StoragesExportLocalfilesPartialUpdateBody")


@_attrs_define
class StoragesExportLocalfilesPartialUpdateBody:
    description: str | Unset = UNSET
    """ Storage description """
    path: str | Unset = UNSET
    """ Path to local directory """
    project: int | Unset = UNSET
    """ Project ID """
    regex_filter: str | Unset = UNSET
    """ Regex for filtering objects """
    title: str | Unset = UNSET
    """ Storage title """
    use_blob_urls: bool | Unset = UNSET
    """ Interpret objects as BLOBs and generate URLs. For example, if your directory contains images, you can use
    this option to generate URLs for these images. If set to False, it will read the content of the file and load it
    into Label Studio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        description: Any = self.description
        if description is not UNSET:
            field_dict["description"] = description

        path: Any = self.path
        if path is not UNSET:
            field_dict["path"] = path

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        regex_filter: Any = self.regex_filter
        if regex_filter is not UNSET:
            field_dict["regex_filter"] = regex_filter

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

        use_blob_urls: Any = self.use_blob_urls
        if use_blob_urls is not UNSET:
            field_dict["use_blob_urls"] = use_blob_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.description = get("description", UNSET)
        obj.path = get("path", UNSET)
        obj.project = get("project", UNSET)
        obj.regex_filter = get("regex_filter", UNSET)
        obj.title = get("title", UNSET)
        obj.use_blob_urls = get("use_blob_urls", UNSET)
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

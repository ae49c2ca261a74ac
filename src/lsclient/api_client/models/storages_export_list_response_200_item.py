from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoragesExportListResponse200Item")


@_attrs_define
class StoragesExportListResponse200Item:
    """One export storage of any kind (the fields of its kind follow)"""

    id: int
    project: int
    type_: str
    """ the storage kind: s3, gcs, azure, redis, localfiles """
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    def to_dict(self) -> dict[str, Any]:
        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        type_: Any = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            if isinstance(self.title, Unset):
                title = UNSET
            else:
                title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if project is not UNSET:
            field_dict["project"] = project
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "project" not in d:
            project = cast(int, UNSET)
        else:
            project = d.pop("project")

        if "type" not in d:
            type_ = cast(str, UNSET)
        else:
            type_ = d.pop("type")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        storages_export_list_response_200_item = cls(
            id=id,
            project=project,
            type_=type_,
            title=title,
        )

        storages_export_list_response_200_item.additional_properties = d
        return storages_export_list_response_200_item

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

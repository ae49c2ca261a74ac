from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, secret_repr

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {"account_key", "account_name", "can_delete_objects", "container", "description", "prefix", "project", "title"}
)


T = TypeVar("T", bound="StoragesExportAzureCreateBody")


@_attrs_define
class StoragesExportAzureCreateBody:
    account_key: str | Unset = UNSET
    """ Azure Blob account key """
    account_name: str | Unset = UNSET
    """ Azure Blob account name """
    can_delete_objects: bool | Unset = False
    """ Deletion from storage enabled """
    container: str | Unset = UNSET
    """ Azure blob container """
    description: str | Unset = UNSET
    """ Storage description """
    prefix: str | Unset = UNSET
    """ Azure blob prefix name """
    project: int | Unset = UNSET
    """ Project ID """
    title: str | Unset = UNSET
    """ Storage title """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: attributes holding credentials (tokens, passwords, keys): ``repr`` shows them as ``<hidden>``
    secret_fields: ClassVar[frozenset[str]] = frozenset({"account_key"})

    def __repr__(self) -> str:
        return secret_repr(self, self.secret_fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        account_key: Any = self.account_key
        if account_key is not UNSET:
            field_dict["account_key"] = account_key

        account_name: Any = self.account_name
        if account_name is not UNSET:
            field_dict["account_name"] = account_name

        can_delete_objects: Any = self.can_delete_objects
        if can_delete_objects is not UNSET:
            field_dict["can_delete_objects"] = can_delete_objects

        container: Any = self.container
        if container is not UNSET:
            field_dict["container"] = container

        description: Any = self.description
        if description is not UNSET:
            field_dict["description"] = description

        prefix: Any = self.prefix
        if prefix is not UNSET:
            field_dict["prefix"] = prefix

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.account_key = get("account_key", UNSET)
        obj.account_name = get("account_name", UNSET)
        obj.can_delete_objects = get("can_delete_objects", UNSET)
        obj.container = get("container", UNSET)
        obj.description = get("description", UNSET)
        obj.prefix = get("prefix", UNSET)
        obj.project = get("project", UNSET)
        obj.title = get("title", UNSET)
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, secret_repr

T = TypeVar("T", bound="StoragesExportAzurePartialUpdateBody")


@_attrs_define
class StoragesExportAzurePartialUpdateBody:
    account_key: str | Unset = UNSET
    """ Azure Blob account key """
    account_name: str | Unset = UNSET
    """ Azure Blob account name """
    can_delete_objects: bool | Unset = UNSET
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
        account_key: Any = UNSET
        if not isinstance(self.account_key, Unset):
            account_key = self.account_key

        account_name: Any = UNSET
        if not isinstance(self.account_name, Unset):
            account_name = self.account_name

        can_delete_objects: Any = UNSET
        if not isinstance(self.can_delete_objects, Unset):
            can_delete_objects = self.can_delete_objects

        container: Any = UNSET
        if not isinstance(self.container, Unset):
            container = self.container

        description: Any = UNSET
        if not isinstance(self.description, Unset):
            description = self.description

        prefix: Any = UNSET
        if not isinstance(self.prefix, Unset):
            prefix = self.prefix

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if account_key is not UNSET:
            field_dict["account_key"] = account_key
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if can_delete_objects is not UNSET:
            field_dict["can_delete_objects"] = can_delete_objects
        if container is not UNSET:
            field_dict["container"] = container
        if description is not UNSET:
            field_dict["description"] = description
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if project is not UNSET:
            field_dict["project"] = project
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_key = d.pop("account_key", UNSET)

        account_name = d.pop("account_name", UNSET)

        can_delete_objects = d.pop("can_delete_objects", UNSET)

        container = d.pop("container", UNSET)

        description = d.pop("description", UNSET)

        prefix = d.pop("prefix", UNSET)

        project = d.pop("project", UNSET)

        title = d.pop("title", UNSET)

        storages_export_azure_partial_update_body = cls(
            account_key=account_key,
            account_name=account_name,
            can_delete_objects=can_delete_objects,
            container=container,
            description=description,
            prefix=prefix,
            project=project,
            title=title,
        )

        storages_export_azure_partial_update_body.additional_properties = d
        return storages_export_azure_partial_update_body

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, secret_repr

T = TypeVar("T", bound="StoragesAzureValidateCreateBody")


@_attrs_define
class StoragesAzureValidateCreateBody:
    account_key: str | Unset = UNSET
    """ Azure Blob account key """
    account_name: str | Unset = UNSET
    """ Azure Blob account name """
    container: str | Unset = UNSET
    """ Azure blob container """
    description: str | Unset = UNSET
    """ Storage description """
    id: int | Unset = UNSET
    """ Storage ID. If set, storage with specified ID will be updated """
    prefix: str | Unset = UNSET
    """ Azure blob prefix name """
    presign: bool | Unset = True
    """ Presign URLs for direct download """
    presign_ttl: int | Unset = 1
    """ Presign TTL in minutes """
    project: int | Unset = UNSET
    """ Project ID """
    regex_filter: str | Unset = UNSET
    """ Cloud storage regex for filtering objects. You must specify it otherwise no objects will be imported. """
    title: str | Unset = UNSET
    """ Storage title """
    use_blob_urls: bool | Unset = False
    """ Interpret objects as BLOBs and generate URLs. For example, if your bucket contains images, you can use this
    option to generate URLs for these images. If set to False, it will read the content of the file and load it into
    Label Studio. """
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

        container: Any = UNSET
        if not isinstance(self.container, Unset):
            container = self.container

        description: Any = UNSET
        if not isinstance(self.description, Unset):
            description = self.description

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        prefix: Any = UNSET
        if not isinstance(self.prefix, Unset):
            prefix = self.prefix

        presign: Any = UNSET
        if not isinstance(self.presign, Unset):
            presign = self.presign

        presign_ttl: Any = UNSET
        if not isinstance(self.presign_ttl, Unset):
            presign_ttl = self.presign_ttl

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        regex_filter: Any = UNSET
        if not isinstance(self.regex_filter, Unset):
            regex_filter = self.regex_filter

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        use_blob_urls: Any = UNSET
        if not isinstance(self.use_blob_urls, Unset):
            use_blob_urls = self.use_blob_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if account_key is not UNSET:
            field_dict["account_key"] = account_key
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if container is not UNSET:
            field_dict["container"] = container
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if presign is not UNSET:
            field_dict["presign"] = presign
        if presign_ttl is not UNSET:
            field_dict["presign_ttl"] = presign_ttl
        if project is not UNSET:
            field_dict["project"] = project
        if regex_filter is not UNSET:
            field_dict["regex_filter"] = regex_filter
        if title is not UNSET:
            field_dict["title"] = title
        if use_blob_urls is not UNSET:
            field_dict["use_blob_urls"] = use_blob_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_key = d.pop("account_key", UNSET)

        account_name = d.pop("account_name", UNSET)

        container = d.pop("container", UNSET)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        prefix = d.pop("prefix", UNSET)

        presign = d.pop("presign", UNSET)

        presign_ttl = d.pop("presign_ttl", UNSET)

        project = d.pop("project", UNSET)

        regex_filter = d.pop("regex_filter", UNSET)

        title = d.pop("title", UNSET)

        use_blob_urls = d.pop("use_blob_urls", UNSET)

        storages_azure_validate_create_body = cls(
            account_key=account_key,
            account_name=account_name,
            container=container,
            description=description,
            id=id,
            prefix=prefix,
            presign=presign,
            presign_ttl=presign_ttl,
            project=project,
            regex_filter=regex_filter,
            title=title,
            use_blob_urls=use_blob_urls,
        )

        storages_azure_validate_create_body.additional_properties = d
        return storages_azure_validate_create_body

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

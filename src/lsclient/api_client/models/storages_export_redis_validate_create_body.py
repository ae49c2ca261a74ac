from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, secret_repr

T = TypeVar("T", bound="StoragesExportRedisValidateCreateBody")


@_attrs_define
class StoragesExportRedisValidateCreateBody:
    can_delete_objects: bool | Unset = False
    """ Deletion from storage enabled. """
    db: int | Unset = UNSET
    """ Database ID of database to use """
    description: str | Unset = UNSET
    """ Storage description """
    host: str | Unset = UNSET
    """ Server Host IP (optional) """
    id: int | Unset = UNSET
    """ Storage ID. If set, storage with specified ID will be updated """
    password: str | Unset = UNSET
    """ Server Password (optional) """
    path: str | Unset = UNSET
    """ Storage prefix (optional) """
    port: str | Unset = UNSET
    """ Server Port (optional) """
    project: int | Unset = UNSET
    """ Project ID """
    title: str | Unset = UNSET
    """ Storage title """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: attributes holding credentials (tokens, passwords, keys): ``repr`` shows them as ``<hidden>``
    secret_fields: ClassVar[frozenset[str]] = frozenset({"password"})

    def __repr__(self) -> str:
        return secret_repr(self, self.secret_fields)

    def to_dict(self) -> dict[str, Any]:
        can_delete_objects: Any = UNSET
        if not isinstance(self.can_delete_objects, Unset):
            can_delete_objects = self.can_delete_objects

        db: Any = UNSET
        if not isinstance(self.db, Unset):
            db = self.db

        description: Any = UNSET
        if not isinstance(self.description, Unset):
            description = self.description

        host: Any = UNSET
        if not isinstance(self.host, Unset):
            host = self.host

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        password: Any = UNSET
        if not isinstance(self.password, Unset):
            password = self.password

        path: Any = UNSET
        if not isinstance(self.path, Unset):
            path = self.path

        port: Any = UNSET
        if not isinstance(self.port, Unset):
            port = self.port

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if can_delete_objects is not UNSET:
            field_dict["can_delete_objects"] = can_delete_objects
        if db is not UNSET:
            field_dict["db"] = db
        if description is not UNSET:
            field_dict["description"] = description
        if host is not UNSET:
            field_dict["host"] = host
        if id is not UNSET:
            field_dict["id"] = id
        if password is not UNSET:
            field_dict["password"] = password
        if path is not UNSET:
            field_dict["path"] = path
        if port is not UNSET:
            field_dict["port"] = port
        if project is not UNSET:
            field_dict["project"] = project
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        can_delete_objects = d.pop("can_delete_objects", UNSET)

        db = d.pop("db", UNSET)

        description = d.pop("description", UNSET)

        host = d.pop("host", UNSET)

        id = d.pop("id", UNSET)

        password = d.pop("password", UNSET)

        path = d.pop("path", UNSET)

        port = d.pop("port", UNSET)

        project = d.pop("project", UNSET)

        title = d.pop("title", UNSET)

        storages_export_redis_validate_create_body = cls(
            can_delete_objects=can_delete_objects,
            db=db,
            description=description,
            host=host,
            id=id,
            password=password,
            path=path,
            port=port,
            project=project,
            title=title,
        )

        storages_export_redis_validate_create_body.additional_properties = d
        return storages_export_redis_validate_create_body

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, secret_repr

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {"can_delete_objects", "db", "description", "host", "id", "password", "path", "port", "project", "title"}
)


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        can_delete_objects: Any = self.can_delete_objects
        if can_delete_objects is not UNSET:
            field_dict["can_delete_objects"] = can_delete_objects

        db: Any = self.db
        if db is not UNSET:
            field_dict["db"] = db

        description: Any = self.description
        if description is not UNSET:
            field_dict["description"] = description

        host: Any = self.host
        if host is not UNSET:
            field_dict["host"] = host

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        password: Any = self.password
        if password is not UNSET:
            field_dict["password"] = password

        path: Any = self.path
        if path is not UNSET:
            field_dict["path"] = path

        port: Any = self.port
        if port is not UNSET:
            field_dict["port"] = port

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
        obj.can_delete_objects = get("can_delete_objects", UNSET)
        obj.db = get("db", UNSET)
        obj.description = get("description", UNSET)
        obj.host = get("host", UNSET)
        obj.id = get("id", UNSET)
        obj.password = get("password", UNSET)
        obj.path = get("path", UNSET)
        obj.port = get("port", UNSET)
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

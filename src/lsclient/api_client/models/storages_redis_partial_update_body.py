from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, secret_repr

T = TypeVar("T", bound="StoragesRedisPartialUpdateBody")


@_attrs_define
class StoragesRedisPartialUpdateBody:
    db: int | Unset = UNSET
    """ Server Database """
    description: str | Unset = UNSET
    """ Storage description """
    host: str | Unset = UNSET
    """ Server Host IP (optional) """
    password: str | Unset = UNSET
    """ Server Password (optional) """
    path: str | Unset = UNSET
    """ Storage prefix (optional) """
    port: str | Unset = UNSET
    """ Server Port (optional) """
    project: int | Unset = UNSET
    """ Project ID """
    regex_filter: str | Unset = UNSET
    """ Cloud storage regex for filtering objects. You must specify it otherwise no objects will be imported. """
    title: str | Unset = UNSET
    """ Storage title """
    use_blob_urls: bool | Unset = UNSET
    """ Interpret objects as BLOBs and generate URLs. For example, if your bucket contains images, you can use this
    option to generate URLs for these images. If set to False, it will read the content of the file and load it into
    Label Studio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: attributes holding credentials (tokens, passwords, keys): ``repr`` shows them as ``<hidden>``
    secret_fields: ClassVar[frozenset[str]] = frozenset({"password"})

    def __repr__(self) -> str:
        return secret_repr(self, self.secret_fields)

    def to_dict(self) -> dict[str, Any]:
        db: Any = UNSET
        if not isinstance(self.db, Unset):
            db = self.db

        description: Any = UNSET
        if not isinstance(self.description, Unset):
            description = self.description

        host: Any = UNSET
        if not isinstance(self.host, Unset):
            host = self.host

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
        if db is not UNSET:
            field_dict["db"] = db
        if description is not UNSET:
            field_dict["description"] = description
        if host is not UNSET:
            field_dict["host"] = host
        if password is not UNSET:
            field_dict["password"] = password
        if path is not UNSET:
            field_dict["path"] = path
        if port is not UNSET:
            field_dict["port"] = port
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
        db = d.pop("db", UNSET)

        description = d.pop("description", UNSET)

        host = d.pop("host", UNSET)

        password = d.pop("password", UNSET)

        path = d.pop("path", UNSET)

        port = d.pop("port", UNSET)

        project = d.pop("project", UNSET)

        regex_filter = d.pop("regex_filter", UNSET)

        title = d.pop("title", UNSET)

        use_blob_urls = d.pop("use_blob_urls", UNSET)

        storages_redis_partial_update_body = cls(
            db=db,
            description=description,
            host=host,
            password=password,
            path=path,
            port=port,
            project=project,
            regex_filter=regex_filter,
            title=title,
            use_blob_urls=use_blob_urls,
        )

        storages_redis_partial_update_body.additional_properties = d
        return storages_redis_partial_update_body

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

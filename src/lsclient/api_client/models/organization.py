from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, secret_repr

T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """A serializer mixin that takes an additional `fields` argument that controls
    which fields should be displayed.

    """

    created_at: datetime.datetime
    created_by: int | None
    id: int
    title: str
    updated_at: datetime.datetime
    users: list[int]
    contact_info: None | str | Unset = UNSET
    token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: attributes holding credentials (tokens, passwords, keys): ``repr`` shows them as ``<hidden>``
    secret_fields: ClassVar[frozenset[str]] = frozenset({"token"})

    def __repr__(self) -> str:
        return secret_repr(self, self.secret_fields)

    def to_dict(self) -> dict[str, Any]:
        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by: Any = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        updated_at: Any = UNSET
        if self.updated_at is None:
            updated_at = None
        elif not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        users: Any = UNSET
        if self.users is None:
            users = None
        elif not isinstance(self.users, Unset):
            users = self.users

        contact_info: Any = UNSET
        if not isinstance(self.contact_info, Unset):
            if isinstance(self.contact_info, Unset):
                contact_info = UNSET
            else:
                contact_info = self.contact_info

        token: Any = UNSET
        if not isinstance(self.token, Unset):
            if isinstance(self.token, Unset):
                token = UNSET
            else:
                token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if users is not UNSET:
            field_dict["users"] = users
        if contact_info is not UNSET:
            field_dict["contact_info"] = contact_info
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "created_at" not in d:
            created_at = cast(datetime.datetime, UNSET)
        elif d["created_at"] is None:
            created_at = cast(datetime.datetime, d.pop("created_at"))
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "created_by" not in d:
            created_by = cast(int | None, UNSET)
        else:

            def _parse_created_by(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            created_by = _parse_created_by(d.pop("created_by"))

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "title" not in d:
            title = cast(str, UNSET)
        else:
            title = d.pop("title")

        if "updated_at" not in d:
            updated_at = cast(datetime.datetime, UNSET)
        elif d["updated_at"] is None:
            updated_at = cast(datetime.datetime, d.pop("updated_at"))
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        if "users" not in d:
            users = cast(list[int], UNSET)
        elif d["users"] is None:
            users = cast(list[int], d.pop("users"))
        else:
            users = cast(list[int], d.pop("users"))

        def _parse_contact_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_info = _parse_contact_info(d.pop("contact_info", UNSET))

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        organization = cls(
            created_at=created_at,
            created_by=created_by,
            id=id,
            title=title,
            updated_at=updated_at,
            users=users,
            contact_info=contact_info,
            token=token,
        )

        organization.additional_properties = d
        return organization

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

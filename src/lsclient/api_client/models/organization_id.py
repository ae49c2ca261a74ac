from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationId")


@_attrs_define
class OrganizationId:
    """A serializer mixin that takes an additional `fields` argument that controls
    which fields should be displayed.

    """

    created_at: datetime.datetime
    id: int
    title: str
    contact_info: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        contact_info: Any = UNSET
        if not isinstance(self.contact_info, Unset):
            if isinstance(self.contact_info, Unset):
                contact_info = UNSET
            else:
                contact_info = self.contact_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if contact_info is not UNSET:
            field_dict["contact_info"] = contact_info

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

        if "id" not in d:
            id = cast(int, UNSET)
        else:
            id = d.pop("id")

        if "title" not in d:
            title = cast(str, UNSET)
        else:
            title = d.pop("title")

        def _parse_contact_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_info = _parse_contact_info(d.pop("contact_info", UNSET))

        organization_id = cls(
            created_at=created_at,
            id=id,
            title=title,
            contact_info=contact_info,
        )

        organization_id.additional_properties = d
        return organization_id

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

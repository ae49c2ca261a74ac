from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, secret_repr

T = TypeVar("T", bound="PatchedOrganizationRequest")


@_attrs_define
class PatchedOrganizationRequest:
    """A serializer mixin that takes an additional `fields` argument that controls
    which fields should be displayed.

    """

    contact_info: None | str | Unset = UNSET
    title: str | Unset = UNSET
    token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: attributes holding credentials (tokens, passwords, keys): ``repr`` shows them as ``<hidden>``
    secret_fields: ClassVar[frozenset[str]] = frozenset({"token"})

    def __repr__(self) -> str:
        return secret_repr(self, self.secret_fields)

    def to_dict(self) -> dict[str, Any]:
        contact_info: Any = UNSET
        if not isinstance(self.contact_info, Unset):
            if isinstance(self.contact_info, Unset):
                contact_info = UNSET
            else:
                contact_info = self.contact_info

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        token: Any = UNSET
        if not isinstance(self.token, Unset):
            if isinstance(self.token, Unset):
                token = UNSET
            else:
                token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if contact_info is not UNSET:
            field_dict["contact_info"] = contact_info
        if title is not UNSET:
            field_dict["title"] = title
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_contact_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_info = _parse_contact_info(d.pop("contact_info", UNSET))

        title = d.pop("title", UNSET)

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        patched_organization_request = cls(
            contact_info=contact_info,
            title=title,
            token=token,
        )

        patched_organization_request.additional_properties = d
        return patched_organization_request

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

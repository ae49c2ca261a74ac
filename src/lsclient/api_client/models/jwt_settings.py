from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, secret_repr

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"api_tokens_enabled", "legacy_api_tokens_enabled"})


T = TypeVar("T", bound="JWTSettings")


@_attrs_define
class JWTSettings:
    api_tokens_enabled: bool | Unset = UNSET
    """ Enable JWT API token authentication for this organization """
    legacy_api_tokens_enabled: bool | Unset = UNSET
    """ Enable legacy API token authentication for this organization """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: attributes holding credentials (tokens, passwords, keys): ``repr`` shows them as ``<hidden>``
    secret_fields: ClassVar[frozenset[str]] = frozenset({"api_tokens_enabled", "legacy_api_tokens_enabled"})

    def __repr__(self) -> str:
        return secret_repr(self, self.secret_fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        api_tokens_enabled: Any = self.api_tokens_enabled
        if api_tokens_enabled is not UNSET:
            field_dict["api_tokens_enabled"] = api_tokens_enabled

        legacy_api_tokens_enabled: Any = self.legacy_api_tokens_enabled
        if legacy_api_tokens_enabled is not UNSET:
            field_dict["legacy_api_tokens_enabled"] = legacy_api_tokens_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.api_tokens_enabled = get("api_tokens_enabled", UNSET)
        obj.legacy_api_tokens_enabled = get("legacy_api_tokens_enabled", UNSET)
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

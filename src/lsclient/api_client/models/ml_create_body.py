from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ml_create_body_auth_method import MlCreateBodyAuthMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_create_body_extra_params import MlCreateBodyExtraParams


@functools.cache
def _import_MlCreateBodyExtraParams() -> type[MlCreateBodyExtraParams]:
    from ..models.ml_create_body_extra_params import MlCreateBodyExtraParams

    return MlCreateBodyExtraParams


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "project",
        "url",
        "auth_method",
        "basic_auth_pass",
        "basic_auth_user",
        "description",
        "extra_params",
        "is_interactive",
        "timeout",
        "title",
    }
)


T = TypeVar("T", bound="MlCreateBody")


@_attrs_define
class MlCreateBody:
    project: int
    """ Project ID """
    url: str
    """ ML backend URL """
    auth_method: MlCreateBodyAuthMethod | Unset = UNSET
    """ Auth method """
    basic_auth_pass: str | Unset = UNSET
    """ Basic auth password """
    basic_auth_user: str | Unset = UNSET
    """ Basic auth user """
    description: str | Unset = UNSET
    """ Description """
    extra_params: MlCreateBodyExtraParams | Unset = UNSET
    """ Extra parameters """
    is_interactive: bool | Unset = UNSET
    """ Is interactive """
    timeout: int | Unset = UNSET
    """ Response model timeout """
    title: str | Unset = UNSET
    """ Title """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        url: Any = self.url
        if url is not UNSET:
            field_dict["url"] = url

        auth_method = self.auth_method
        if not isinstance(auth_method, Unset):
            field_dict["auth_method"] = None if auth_method is None else auth_method.value

        basic_auth_pass: Any = self.basic_auth_pass
        if basic_auth_pass is not UNSET:
            field_dict["basic_auth_pass"] = basic_auth_pass

        basic_auth_user: Any = self.basic_auth_user
        if basic_auth_user is not UNSET:
            field_dict["basic_auth_user"] = basic_auth_user

        description: Any = self.description
        if description is not UNSET:
            field_dict["description"] = description

        extra_params = self.extra_params
        if not isinstance(extra_params, Unset):
            field_dict["extra_params"] = None if extra_params is None else extra_params.to_dict()

        is_interactive: Any = self.is_interactive
        if is_interactive is not UNSET:
            field_dict["is_interactive"] = is_interactive

        timeout: Any = self.timeout
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.project = get("project", UNSET)
        obj.url = get("url", UNSET)
        value = get("auth_method", UNSET)
        if value is not None and value is not UNSET:
            value = MlCreateBodyAuthMethod(value)
        obj.auth_method = value
        obj.basic_auth_pass = get("basic_auth_pass", UNSET)
        obj.basic_auth_user = get("basic_auth_user", UNSET)
        obj.description = get("description", UNSET)
        value = get("extra_params", UNSET)
        if value is not None and value is not UNSET:
            value = _import_MlCreateBodyExtraParams().from_dict(value)
        obj.extra_params = value
        obj.is_interactive = get("is_interactive", UNSET)
        obj.timeout = get("timeout", UNSET)
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

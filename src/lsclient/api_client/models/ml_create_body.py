from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ml_create_body_auth_method import MlCreateBodyAuthMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_create_body_extra_params import MlCreateBodyExtraParams


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
        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        url: Any = UNSET
        if not isinstance(self.url, Unset):
            url = self.url

        auth_method: Any = UNSET
        if self.auth_method is None:
            auth_method = None
        elif not isinstance(self.auth_method, Unset):
            auth_method = UNSET
            if not isinstance(self.auth_method, Unset):
                auth_method = self.auth_method.value

        basic_auth_pass: Any = UNSET
        if not isinstance(self.basic_auth_pass, Unset):
            basic_auth_pass = self.basic_auth_pass

        basic_auth_user: Any = UNSET
        if not isinstance(self.basic_auth_user, Unset):
            basic_auth_user = self.basic_auth_user

        description: Any = UNSET
        if not isinstance(self.description, Unset):
            description = self.description

        extra_params: Any = UNSET
        if self.extra_params is None:
            extra_params = None
        elif not isinstance(self.extra_params, Unset):
            extra_params = UNSET
            if not isinstance(self.extra_params, Unset):
                extra_params = self.extra_params.to_dict()

        is_interactive: Any = UNSET
        if not isinstance(self.is_interactive, Unset):
            is_interactive = self.is_interactive

        timeout: Any = UNSET
        if not isinstance(self.timeout, Unset):
            timeout = self.timeout

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if project is not UNSET:
            field_dict["project"] = project
        if url is not UNSET:
            field_dict["url"] = url
        if auth_method is not UNSET:
            field_dict["auth_method"] = auth_method
        if basic_auth_pass is not UNSET:
            field_dict["basic_auth_pass"] = basic_auth_pass
        if basic_auth_user is not UNSET:
            field_dict["basic_auth_user"] = basic_auth_user
        if description is not UNSET:
            field_dict["description"] = description
        if extra_params is not UNSET:
            field_dict["extra_params"] = extra_params
        if is_interactive is not UNSET:
            field_dict["is_interactive"] = is_interactive
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_create_body_extra_params import MlCreateBodyExtraParams

        d = dict(src_dict)
        if "project" not in d:
            project = cast(int, UNSET)
        else:
            project = d.pop("project")

        if "url" not in d:
            url = cast(str, UNSET)
        else:
            url = d.pop("url")

        if d.get("auth_method", UNSET) is not None:
            _auth_method = d.pop("auth_method", UNSET)
            auth_method: MlCreateBodyAuthMethod | Unset
            if isinstance(_auth_method, Unset):
                auth_method = UNSET
            else:
                auth_method = MlCreateBodyAuthMethod(_auth_method)

        else:
            auth_method = cast(Any, d.pop("auth_method"))

        basic_auth_pass = d.pop("basic_auth_pass", UNSET)

        basic_auth_user = d.pop("basic_auth_user", UNSET)

        description = d.pop("description", UNSET)

        if d.get("extra_params", UNSET) is not None:
            _extra_params = d.pop("extra_params", UNSET)
            extra_params: MlCreateBodyExtraParams | Unset
            if isinstance(_extra_params, Unset):
                extra_params = UNSET
            else:
                extra_params = MlCreateBodyExtraParams.from_dict(_extra_params)

        else:
            extra_params = cast(Any, d.pop("extra_params"))

        is_interactive = d.pop("is_interactive", UNSET)

        timeout = d.pop("timeout", UNSET)

        title = d.pop("title", UNSET)

        ml_create_body = cls(
            project=project,
            url=url,
            auth_method=auth_method,
            basic_auth_pass=basic_auth_pass,
            basic_auth_user=basic_auth_user,
            description=description,
            extra_params=extra_params,
            is_interactive=is_interactive,
            timeout=timeout,
            title=title,
        )

        ml_create_body.additional_properties = d
        return ml_create_body

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

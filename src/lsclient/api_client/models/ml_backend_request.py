from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_method_enum import AuthMethodEnum
from ..models.state_enum import StateEnum
from ..types import UNSET, Unset

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "project",
        "url",
        "auth_method",
        "auto_update",
        "basic_auth_pass",
        "basic_auth_user",
        "description",
        "error_message",
        "extra_params",
        "is_interactive",
        "model_version",
        "state",
        "timeout",
        "title",
    }
)


T = TypeVar("T", bound="MLBackendRequest")


@_attrs_define
class MLBackendRequest:
    """Serializer for MLBackend model."""

    project: int
    url: str
    """ URL for the machine learning model server """
    auth_method: AuthMethodEnum | Unset = UNSET
    """ * `NONE` - None
    * `BASIC_AUTH` - Basic Auth """
    auto_update: bool | Unset = UNSET
    """ If false, model version is set by the user, if true - getting latest version from backend. """
    basic_auth_pass: None | str | Unset = UNSET
    basic_auth_user: None | str | Unset = UNSET
    """ HTTP Basic Auth user """
    description: None | str | Unset = UNSET
    """ Description for the machine learning backend """
    error_message: None | str | Unset = UNSET
    """ Error message in error state """
    extra_params: Any | Unset = UNSET
    """ Any extra parameters passed to the ML Backend during the setup """
    is_interactive: bool | Unset = UNSET
    """ Used to interactively annotate tasks. If true, model returns one list with results """
    model_version: None | str | Unset = UNSET
    """ Current model version associated with this machine learning backend """
    state: StateEnum | Unset = UNSET
    """ * `CO` - Connected
    * `DI` - Disconnected
    * `ER` - Error
    * `TR` - Training
    * `PR` - Predicting """
    timeout: float | Unset = UNSET
    """ Response model timeout """
    title: None | str | Unset = UNSET
    """ Name of the machine learning backend """
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

        auto_update: Any = self.auto_update
        if auto_update is not UNSET:
            field_dict["auto_update"] = auto_update

        basic_auth_pass: Any = self.basic_auth_pass
        if basic_auth_pass is not UNSET:
            field_dict["basic_auth_pass"] = basic_auth_pass

        basic_auth_user: Any = self.basic_auth_user
        if basic_auth_user is not UNSET:
            field_dict["basic_auth_user"] = basic_auth_user

        description: Any = self.description
        if description is not UNSET:
            field_dict["description"] = description

        error_message: Any = self.error_message
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        extra_params: Any = self.extra_params
        if extra_params is not UNSET:
            field_dict["extra_params"] = extra_params

        is_interactive: Any = self.is_interactive
        if is_interactive is not UNSET:
            field_dict["is_interactive"] = is_interactive

        model_version: Any = self.model_version
        if model_version is not UNSET:
            field_dict["model_version"] = model_version

        state = self.state
        if not isinstance(state, Unset):
            field_dict["state"] = None if state is None else state.value

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
            value = AuthMethodEnum(value)
        obj.auth_method = value
        obj.auto_update = get("auto_update", UNSET)
        obj.basic_auth_pass = get("basic_auth_pass", UNSET)
        obj.basic_auth_user = get("basic_auth_user", UNSET)
        obj.description = get("description", UNSET)
        obj.error_message = get("error_message", UNSET)
        obj.extra_params = get("extra_params", UNSET)
        obj.is_interactive = get("is_interactive", UNSET)
        obj.model_version = get("model_version", UNSET)
        value = get("state", UNSET)
        if value is not None and value is not UNSET:
            value = StateEnum(value)
        obj.state = value
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

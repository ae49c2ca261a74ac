from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_method_enum import AuthMethodEnum
from ..models.state_enum import StateEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="MLBackend")


@_attrs_define
class MLBackend:
    """Serializer for MLBackend model."""

    basic_auth_pass_is_set: bool
    created_at: datetime.datetime
    id: int
    project: int
    readable_state: str
    updated_at: datetime.datetime
    url: str
    """ URL for the machine learning model server """
    auth_method: AuthMethodEnum | Unset = UNSET
    """ * `NONE` - None
    * `BASIC_AUTH` - Basic Auth """
    auto_update: bool | Unset = UNSET
    """ If false, model version is set by the user, if true - getting latest version from backend. """
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
        basic_auth_pass_is_set: Any = UNSET
        if not isinstance(self.basic_auth_pass_is_set, Unset):
            basic_auth_pass_is_set = self.basic_auth_pass_is_set

        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        readable_state: Any = UNSET
        if not isinstance(self.readable_state, Unset):
            readable_state = self.readable_state

        updated_at: Any = UNSET
        if self.updated_at is None:
            updated_at = None
        elif not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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

        auto_update: Any = UNSET
        if not isinstance(self.auto_update, Unset):
            auto_update = self.auto_update

        basic_auth_user: Any = UNSET
        if not isinstance(self.basic_auth_user, Unset):
            if isinstance(self.basic_auth_user, Unset):
                basic_auth_user = UNSET
            else:
                basic_auth_user = self.basic_auth_user

        description: Any = UNSET
        if not isinstance(self.description, Unset):
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

        error_message: Any = UNSET
        if not isinstance(self.error_message, Unset):
            if isinstance(self.error_message, Unset):
                error_message = UNSET
            else:
                error_message = self.error_message

        extra_params: Any = UNSET
        if not isinstance(self.extra_params, Unset):
            extra_params = self.extra_params

        is_interactive: Any = UNSET
        if not isinstance(self.is_interactive, Unset):
            is_interactive = self.is_interactive

        model_version: Any = UNSET
        if not isinstance(self.model_version, Unset):
            if isinstance(self.model_version, Unset):
                model_version = UNSET
            else:
                model_version = self.model_version

        state: Any = UNSET
        if self.state is None:
            state = None
        elif not isinstance(self.state, Unset):
            state = UNSET
            if not isinstance(self.state, Unset):
                state = self.state.value

        timeout: Any = UNSET
        if not isinstance(self.timeout, Unset):
            timeout = self.timeout

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            if isinstance(self.title, Unset):
                title = UNSET
            else:
                title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if basic_auth_pass_is_set is not UNSET:
            field_dict["basic_auth_pass_is_set"] = basic_auth_pass_is_set
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if project is not UNSET:
            field_dict["project"] = project
        if readable_state is not UNSET:
            field_dict["readable_state"] = readable_state
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url
        if auth_method is not UNSET:
            field_dict["auth_method"] = auth_method
        if auto_update is not UNSET:
            field_dict["auto_update"] = auto_update
        if basic_auth_user is not UNSET:
            field_dict["basic_auth_user"] = basic_auth_user
        if description is not UNSET:
            field_dict["description"] = description
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if extra_params is not UNSET:
            field_dict["extra_params"] = extra_params
        if is_interactive is not UNSET:
            field_dict["is_interactive"] = is_interactive
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if state is not UNSET:
            field_dict["state"] = state
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "basic_auth_pass_is_set" not in d:
            basic_auth_pass_is_set = cast(bool, UNSET)
        else:
            basic_auth_pass_is_set = d.pop("basic_auth_pass_is_set")

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

        if "project" not in d:
            project = cast(int, UNSET)
        else:
            project = d.pop("project")

        if "readable_state" not in d:
            readable_state = cast(str, UNSET)
        else:
            readable_state = d.pop("readable_state")

        if "updated_at" not in d:
            updated_at = cast(datetime.datetime, UNSET)
        elif d["updated_at"] is None:
            updated_at = cast(datetime.datetime, d.pop("updated_at"))
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        if "url" not in d:
            url = cast(str, UNSET)
        else:
            url = d.pop("url")

        if d.get("auth_method", UNSET) is not None:
            _auth_method = d.pop("auth_method", UNSET)
            auth_method: AuthMethodEnum | Unset
            if isinstance(_auth_method, Unset):
                auth_method = UNSET
            else:
                auth_method = AuthMethodEnum(_auth_method)

        else:
            auth_method = cast(Any, d.pop("auth_method"))

        auto_update = d.pop("auto_update", UNSET)

        def _parse_basic_auth_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        basic_auth_user = _parse_basic_auth_user(d.pop("basic_auth_user", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        extra_params = d.pop("extra_params", UNSET)

        is_interactive = d.pop("is_interactive", UNSET)

        def _parse_model_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_version = _parse_model_version(d.pop("model_version", UNSET))

        if d.get("state", UNSET) is not None:
            _state = d.pop("state", UNSET)
            state: StateEnum | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = StateEnum(_state)

        else:
            state = cast(Any, d.pop("state"))

        timeout = d.pop("timeout", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        ml_backend = cls(
            basic_auth_pass_is_set=basic_auth_pass_is_set,
            created_at=created_at,
            id=id,
            project=project,
            readable_state=readable_state,
            updated_at=updated_at,
            url=url,
            auth_method=auth_method,
            auto_update=auto_update,
            basic_auth_user=basic_auth_user,
            description=description,
            error_message=error_message,
            extra_params=extra_params,
            is_interactive=is_interactive,
            model_version=model_version,
            state=state,
            timeout=timeout,
            title=title,
        )

        ml_backend.additional_properties = d
        return ml_backend

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

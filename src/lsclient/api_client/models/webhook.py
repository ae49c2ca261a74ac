from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actions_enum import ActionsEnum
from ..types import UNSET, Unset

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "created_at",
        "id",
        "organization",
        "updated_at",
        "url",
        "actions",
        "headers",
        "is_active",
        "project",
        "send_for_all_actions",
        "send_payload",
    }
)


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    created_at: datetime.datetime
    """ Creation time """
    id: int
    organization: int
    updated_at: datetime.datetime
    """ Last update time """
    url: str
    """ URL of webhook """
    actions: list[ActionsEnum] | Unset = UNSET
    headers: Any | Unset = UNSET
    """ Key Value Json of headers """
    is_active: bool | Unset = UNSET
    """ If value is False the webhook is disabled """
    project: int | None | Unset = UNSET
    send_for_all_actions: bool | Unset = UNSET
    """ If value is False - used only for actions from WebhookAction """
    send_payload: bool | Unset = UNSET
    """ If value is False send only action """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = None if created_at is None else created_at.isoformat()

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        organization: Any = self.organization
        if organization is not UNSET:
            field_dict["organization"] = organization

        updated_at = self.updated_at
        if not isinstance(updated_at, Unset):
            field_dict["updated_at"] = None if updated_at is None else updated_at.isoformat()

        url: Any = self.url
        if url is not UNSET:
            field_dict["url"] = url

        actions = self.actions
        if not isinstance(actions, Unset):
            field_dict["actions"] = (
                None
                if actions is None
                else []
                if actions == []
                else [actions_item_data.value for actions_item_data in actions]
            )

        headers: Any = self.headers
        if headers is not UNSET:
            field_dict["headers"] = headers

        is_active: Any = self.is_active
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        send_for_all_actions: Any = self.send_for_all_actions
        if send_for_all_actions is not UNSET:
            field_dict["send_for_all_actions"] = send_for_all_actions

        send_payload: Any = self.send_payload
        if send_payload is not UNSET:
            field_dict["send_payload"] = send_payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("created_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.created_at = value
        obj.id = get("id", UNSET)
        obj.organization = get("organization", UNSET)
        value = get("updated_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.updated_at = value
        obj.url = get("url", UNSET)
        value = get("actions", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(ActionsEnum, value))
        obj.actions = value
        obj.headers = get("headers", UNSET)
        obj.is_active = get("is_active", UNSET)
        obj.project = get("project", UNSET)
        obj.send_for_all_actions = get("send_for_all_actions", UNSET)
        obj.send_payload = get("send_payload", UNSET)
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

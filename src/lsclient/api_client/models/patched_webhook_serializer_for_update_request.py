from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actions_enum import ActionsEnum
from ..types import UNSET, Unset

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"actions", "headers", "is_active", "send_for_all_actions", "send_payload", "url"})


T = TypeVar("T", bound="PatchedWebhookSerializerForUpdateRequest")


@_attrs_define
class PatchedWebhookSerializerForUpdateRequest:
    """Serializer class for updating webhooks

    Used to forbid updating project field.

    """

    actions: list[ActionsEnum] | Unset = UNSET
    headers: Any | Unset = UNSET
    """ Key Value Json of headers """
    is_active: bool | Unset = UNSET
    """ If value is False the webhook is disabled """
    send_for_all_actions: bool | Unset = UNSET
    """ If value is False - used only for actions from WebhookAction """
    send_payload: bool | Unset = UNSET
    """ If value is False send only action """
    url: str | Unset = UNSET
    """ URL of webhook """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

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

        send_for_all_actions: Any = self.send_for_all_actions
        if send_for_all_actions is not UNSET:
            field_dict["send_for_all_actions"] = send_for_all_actions

        send_payload: Any = self.send_payload
        if send_payload is not UNSET:
            field_dict["send_payload"] = send_payload

        url: Any = self.url
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("actions", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(ActionsEnum, value))
        obj.actions = value
        obj.headers = get("headers", UNSET)
        obj.is_active = get("is_active", UNSET)
        obj.send_for_all_actions = get("send_for_all_actions", UNSET)
        obj.send_payload = get("send_payload", UNSET)
        obj.url = get("url", UNSET)
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

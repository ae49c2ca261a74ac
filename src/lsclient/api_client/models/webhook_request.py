from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actions_enum import ActionsEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookRequest")


@_attrs_define
class WebhookRequest:
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
        url: Any = UNSET
        if not isinstance(self.url, Unset):
            url = self.url

        actions: Any = UNSET
        if self.actions is None:
            actions = None
        elif not isinstance(self.actions, Unset):
            actions = UNSET
            if not isinstance(self.actions, Unset):
                actions = []
                for actions_item_data in self.actions:
                    actions_item = actions_item_data.value
                    actions.append(actions_item)

        headers: Any = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers

        is_active: Any = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            if isinstance(self.project, Unset):
                project = UNSET
            else:
                project = self.project

        send_for_all_actions: Any = UNSET
        if not isinstance(self.send_for_all_actions, Unset):
            send_for_all_actions = self.send_for_all_actions

        send_payload: Any = UNSET
        if not isinstance(self.send_payload, Unset):
            send_payload = self.send_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if url is not UNSET:
            field_dict["url"] = url
        if actions is not UNSET:
            field_dict["actions"] = actions
        if headers is not UNSET:
            field_dict["headers"] = headers
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if project is not UNSET:
            field_dict["project"] = project
        if send_for_all_actions is not UNSET:
            field_dict["send_for_all_actions"] = send_for_all_actions
        if send_payload is not UNSET:
            field_dict["send_payload"] = send_payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "url" not in d:
            url = cast(str, UNSET)
        else:
            url = d.pop("url")

        if d.get("actions", UNSET) is not None:
            _actions = d.pop("actions", UNSET)
            actions: list[ActionsEnum] | Unset = UNSET
            if _actions is not UNSET:
                actions = []
                for actions_item_data in _actions:
                    actions_item = ActionsEnum(actions_item_data)

                    actions.append(actions_item)

        else:
            actions = cast(Any, d.pop("actions"))

        headers = d.pop("headers", UNSET)

        is_active = d.pop("is_active", UNSET)

        def _parse_project(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        send_for_all_actions = d.pop("send_for_all_actions", UNSET)

        send_payload = d.pop("send_payload", UNSET)

        webhook_request = cls(
            url=url,
            actions=actions,
            headers=headers,
            is_active=is_active,
            project=project,
            send_for_all_actions=send_for_all_actions,
            send_payload=send_payload,
        )

        webhook_request.additional_properties = d
        return webhook_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_actions_retrieve_action_dialog import DmActionsRetrieveActionDialog


T = TypeVar("T", bound="DmActionsRetrieveAction")


@_attrs_define
class DmActionsRetrieveAction:
    dialog: DmActionsRetrieveActionDialog | Unset = UNSET
    experimental: bool | Unset = UNSET
    id: str | Unset = UNSET
    order: int | Unset = UNSET
    permission: list[str] | str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dialog: Any = UNSET
        if self.dialog is None:
            dialog = None
        elif not isinstance(self.dialog, Unset):
            dialog = UNSET
            if not isinstance(self.dialog, Unset):
                dialog = self.dialog.to_dict()

        experimental: Any = UNSET
        if not isinstance(self.experimental, Unset):
            experimental = self.experimental

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        order: Any = UNSET
        if not isinstance(self.order, Unset):
            order = self.order

        permission: Any = UNSET
        if self.permission is None:
            permission = None
        elif not isinstance(self.permission, Unset):
            if isinstance(self.permission, Unset):
                permission = UNSET
            elif isinstance(self.permission, list):
                permission = self.permission

            else:
                permission = self.permission

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dialog is not UNSET:
            field_dict["dialog"] = dialog
        if experimental is not UNSET:
            field_dict["experimental"] = experimental
        if id is not UNSET:
            field_dict["id"] = id
        if order is not UNSET:
            field_dict["order"] = order
        if permission is not UNSET:
            field_dict["permission"] = permission
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dm_actions_retrieve_action_dialog import DmActionsRetrieveActionDialog

        d = dict(src_dict)
        if d.get("dialog", UNSET) is not None:
            _dialog = d.pop("dialog", UNSET)
            dialog: DmActionsRetrieveActionDialog | Unset
            if isinstance(_dialog, Unset):
                dialog = UNSET
            else:
                dialog = DmActionsRetrieveActionDialog.from_dict(_dialog)

        else:
            dialog = cast(Any, d.pop("dialog"))

        experimental = d.pop("experimental", UNSET)

        id = d.pop("id", UNSET)

        order = d.pop("order", UNSET)

        if d.get("permission", UNSET) is not None:

            def _parse_permission(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    permission_type_1 = cast(list[str], data)

                    return permission_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | str | Unset, data)

            permission = _parse_permission(d.pop("permission", UNSET))

        else:
            permission = cast(Any, d.pop("permission"))

        title = d.pop("title", UNSET)

        dm_actions_retrieve_action = cls(
            dialog=dialog,
            experimental=experimental,
            id=id,
            order=order,
            permission=permission,
            title=title,
        )

        dm_actions_retrieve_action.additional_properties = d
        return dm_actions_retrieve_action

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

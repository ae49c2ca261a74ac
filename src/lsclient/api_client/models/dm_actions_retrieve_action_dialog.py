from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_actions_retrieve_action_dialog_form_type_0_item import DmActionsRetrieveActionDialogFormType0Item


T = TypeVar("T", bound="DmActionsRetrieveActionDialog")


@_attrs_define
class DmActionsRetrieveActionDialog:
    form: list[DmActionsRetrieveActionDialogFormType0Item] | None | Unset = UNSET
    text: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    def to_dict(self) -> dict[str, Any]:
        form: Any = UNSET
        if not isinstance(self.form, Unset):
            if isinstance(self.form, Unset):
                form = UNSET
            elif isinstance(self.form, list):
                form = []
                for form_type_0_item_data in self.form:
                    form_type_0_item = form_type_0_item_data.to_dict()
                    form.append(form_type_0_item)

            else:
                form = self.form

        text: Any = UNSET
        if not isinstance(self.text, Unset):
            if isinstance(self.text, Unset):
                text = UNSET
            else:
                text = self.text

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            if isinstance(self.title, Unset):
                title = UNSET
            else:
                title = self.title

        type_: Any = UNSET
        if not isinstance(self.type_, Unset):
            if isinstance(self.type_, Unset):
                type_ = UNSET
            else:
                type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if form is not UNSET:
            field_dict["form"] = form
        if text is not UNSET:
            field_dict["text"] = text
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dm_actions_retrieve_action_dialog_form_type_0_item import (
            DmActionsRetrieveActionDialogFormType0Item,
        )

        d = dict(src_dict)

        def _parse_form(data: object) -> list[DmActionsRetrieveActionDialogFormType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                form_type_0 = []
                _form_type_0 = data
                for form_type_0_item_data in _form_type_0:
                    form_type_0_item = DmActionsRetrieveActionDialogFormType0Item.from_dict(form_type_0_item_data)

                    form_type_0.append(form_type_0_item)

                return form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DmActionsRetrieveActionDialogFormType0Item] | None | Unset, data)

        form = _parse_form(d.pop("form", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        dm_actions_retrieve_action_dialog = cls(
            form=form,
            text=text,
            title=title,
            type_=type_,
        )

        dm_actions_retrieve_action_dialog.additional_properties = d
        return dm_actions_retrieve_action_dialog

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

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_actions_retrieve_action_dialog_form_type_0_item import DmActionsRetrieveActionDialogFormType0Item


@functools.cache
def _import_DmActionsRetrieveActionDialogFormType0Item() -> type[DmActionsRetrieveActionDialogFormType0Item]:
    from ..models.dm_actions_retrieve_action_dialog_form_type_0_item import DmActionsRetrieveActionDialogFormType0Item

    return DmActionsRetrieveActionDialogFormType0Item


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"form", "text", "title", "type"})


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
        DmActionsRetrieveActionDialogFormType0Item = _import_DmActionsRetrieveActionDialogFormType0Item()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        form = self.form
        if not isinstance(form, Unset):
            if form is None:
                field_dict["form"] = None
            else:
                if isinstance(form, list):
                    field_dict["form"] = []
                    for form_type_0_item_data in form:
                        form_type_0_item = form_type_0_item_data.to_dict()
                        field_dict["form"].append(form_type_0_item)

                else:
                    field_dict["form"] = form

        text: Any = self.text
        if text is not UNSET:
            field_dict["text"] = text

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

        type_: Any = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("form", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_form(value)
        obj.form = value
        obj.text = get("text", UNSET)
        obj.title = get("title", UNSET)
        obj.type_ = get("type", UNSET)
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


def _parse_form(data: object) -> list[DmActionsRetrieveActionDialogFormType0Item] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        return [] if data == [] else list(map(_import_DmActionsRetrieveActionDialogFormType0Item().from_dict, data))
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]

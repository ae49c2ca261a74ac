from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_model import StateModel


@functools.cache
def _import_StateModel() -> type[StateModel]:
    from ..models.state_model import StateModel

    return StateModel


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"new_state", "state_record", "success"})


T = TypeVar("T", bound="FSMTransitionExecuteResponse")


@_attrs_define
class FSMTransitionExecuteResponse:
    """Response serializer for manual FSM transition execution."""

    new_state: None | str
    state_record: None | StateModel
    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        StateModel = _import_StateModel()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        new_state: Any = self.new_state
        if new_state is not UNSET:
            field_dict["new_state"] = new_state

        state_record = self.state_record
        if not isinstance(state_record, Unset):
            if state_record is None:
                field_dict["state_record"] = None
            else:
                if isinstance(state_record, StateModel):
                    field_dict["state_record"] = state_record.to_dict()
                else:
                    field_dict["state_record"] = state_record

        success: Any = self.success
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.new_state = get("new_state", UNSET)
        value = get("state_record", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_state_record(value)
        obj.state_record = value
        obj.success = get("success", UNSET)
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


def _parse_state_record(data: object) -> None | StateModel:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return _import_StateModel().from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]

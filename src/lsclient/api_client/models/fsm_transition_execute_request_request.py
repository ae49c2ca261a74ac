from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fsm_transition_execute_request_request_transition_data_type_0 import (
        FSMTransitionExecuteRequestRequestTransitionDataType0,
    )


@functools.cache
def _import_FSMTransitionExecuteRequestRequestTransitionDataType0() -> type[
    FSMTransitionExecuteRequestRequestTransitionDataType0
]:
    from ..models.fsm_transition_execute_request_request_transition_data_type_0 import (
        FSMTransitionExecuteRequestRequestTransitionDataType0,
    )

    return FSMTransitionExecuteRequestRequestTransitionDataType0


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"transition_name", "transition_data"})


T = TypeVar("T", bound="FSMTransitionExecuteRequestRequest")


@_attrs_define
class FSMTransitionExecuteRequestRequest:
    """Request body serializer for executing a manual FSM transition."""

    transition_name: str
    transition_data: FSMTransitionExecuteRequestRequestTransitionDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        FSMTransitionExecuteRequestRequestTransitionDataType0 = (
            _import_FSMTransitionExecuteRequestRequestTransitionDataType0()
        )
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        transition_name: Any = self.transition_name
        if transition_name is not UNSET:
            field_dict["transition_name"] = transition_name

        transition_data = self.transition_data
        if not isinstance(transition_data, Unset):
            if transition_data is None:
                field_dict["transition_data"] = None
            else:
                if isinstance(transition_data, FSMTransitionExecuteRequestRequestTransitionDataType0):
                    field_dict["transition_data"] = transition_data.to_dict()
                else:
                    field_dict["transition_data"] = transition_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.transition_name = get("transition_name", UNSET)
        value = get("transition_data", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_transition_data(value)
        obj.transition_data = value
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


def _parse_transition_data(data: object) -> FSMTransitionExecuteRequestRequestTransitionDataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return _import_FSMTransitionExecuteRequestRequestTransitionDataType0().from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fsm_transition_execute_request_request_transition_data_type_0 import (
        FSMTransitionExecuteRequestRequestTransitionDataType0,
    )


T = TypeVar("T", bound="FSMTransitionExecuteRequestRequest")


@_attrs_define
class FSMTransitionExecuteRequestRequest:
    """Request body serializer for executing a manual FSM transition."""

    transition_name: str
    transition_data: FSMTransitionExecuteRequestRequestTransitionDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fsm_transition_execute_request_request_transition_data_type_0 import (
            FSMTransitionExecuteRequestRequestTransitionDataType0,
        )

        transition_name: Any = UNSET
        if not isinstance(self.transition_name, Unset):
            transition_name = self.transition_name

        transition_data: Any = UNSET
        if not isinstance(self.transition_data, Unset):
            if isinstance(self.transition_data, Unset):
                transition_data = UNSET
            elif isinstance(self.transition_data, FSMTransitionExecuteRequestRequestTransitionDataType0):
                transition_data = self.transition_data.to_dict()
            else:
                transition_data = self.transition_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if transition_name is not UNSET:
            field_dict["transition_name"] = transition_name
        if transition_data is not UNSET:
            field_dict["transition_data"] = transition_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fsm_transition_execute_request_request_transition_data_type_0 import (
            FSMTransitionExecuteRequestRequestTransitionDataType0,
        )

        d = dict(src_dict)
        if "transition_name" not in d:
            transition_name = cast(str, UNSET)
        else:
            transition_name = d.pop("transition_name")

        def _parse_transition_data(
            data: object,
        ) -> FSMTransitionExecuteRequestRequestTransitionDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transition_data_type_0 = FSMTransitionExecuteRequestRequestTransitionDataType0.from_dict(data)

                return transition_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FSMTransitionExecuteRequestRequestTransitionDataType0 | None | Unset, data)

        transition_data = _parse_transition_data(d.pop("transition_data", UNSET))

        fsm_transition_execute_request_request = cls(
            transition_name=transition_name,
            transition_data=transition_data,
        )

        fsm_transition_execute_request_request.additional_properties = d
        return fsm_transition_execute_request_request

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

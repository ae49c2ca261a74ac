from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_model import StateModel


T = TypeVar("T", bound="FSMTransitionExecuteResponse")


@_attrs_define
class FSMTransitionExecuteResponse:
    """Response serializer for manual FSM transition execution."""

    new_state: None | str
    state_record: None | StateModel
    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.state_model import StateModel

        new_state: Any = UNSET
        if not isinstance(self.new_state, Unset):
            new_state = self.new_state

        state_record: Any = UNSET
        if not isinstance(self.state_record, Unset):
            if isinstance(self.state_record, StateModel):
                state_record = self.state_record.to_dict()
            else:
                state_record = self.state_record

        success: Any = UNSET
        if not isinstance(self.success, Unset):
            success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if new_state is not UNSET:
            field_dict["new_state"] = new_state
        if state_record is not UNSET:
            field_dict["state_record"] = state_record
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.state_model import StateModel

        d = dict(src_dict)
        if "new_state" not in d:
            new_state = cast(None | str, UNSET)
        else:

            def _parse_new_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            new_state = _parse_new_state(d.pop("new_state"))

        if "state_record" not in d:
            state_record = cast(None | StateModel, UNSET)
        else:

            def _parse_state_record(data: object) -> None | StateModel:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    state_record_type_1 = StateModel.from_dict(data)

                    return state_record_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | StateModel, data)

            state_record = _parse_state_record(d.pop("state_record"))

        if "success" not in d:
            success = cast(bool, UNSET)
        else:
            success = d.pop("success")

        fsm_transition_execute_response = cls(
            new_state=new_state,
            state_record=state_record,
            success=success,
        )

        fsm_transition_execute_response.additional_properties = d
        return fsm_transition_execute_response

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.triggered_by import TriggeredBy


T = TypeVar("T", bound="StateModel")


@_attrs_define
class StateModel:
    """Serializer for FSM state models.

    Uses Serializer instead of ModelSerializer because BaseState is abstract.
    Works with any concrete state model that inherits from BaseState.

    """

    context_data: Any
    created_at: datetime.datetime
    id: UUID
    previous_state: None | str
    reason: None | str
    state: str
    transition_name: None | str
    triggered_by: None | TriggeredBy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.triggered_by import TriggeredBy

        context_data: Any = UNSET
        if not isinstance(self.context_data, Unset):
            context_data = self.context_data

        created_at: Any = UNSET
        if self.created_at is None:
            created_at = None
        elif not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id: Any = UNSET
        if self.id is None:
            id = None
        elif not isinstance(self.id, Unset):
            id = str(self.id)

        previous_state: Any = UNSET
        if not isinstance(self.previous_state, Unset):
            previous_state = self.previous_state

        reason: Any = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason

        state: Any = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        transition_name: Any = UNSET
        if not isinstance(self.transition_name, Unset):
            transition_name = self.transition_name

        triggered_by: Any = UNSET
        if not isinstance(self.triggered_by, Unset):
            if isinstance(self.triggered_by, TriggeredBy):
                triggered_by = self.triggered_by.to_dict()
            else:
                triggered_by = self.triggered_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if context_data is not UNSET:
            field_dict["context_data"] = context_data
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if previous_state is not UNSET:
            field_dict["previous_state"] = previous_state
        if reason is not UNSET:
            field_dict["reason"] = reason
        if state is not UNSET:
            field_dict["state"] = state
        if transition_name is not UNSET:
            field_dict["transition_name"] = transition_name
        if triggered_by is not UNSET:
            field_dict["triggered_by"] = triggered_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.triggered_by import TriggeredBy

        d = dict(src_dict)
        if "context_data" not in d:
            context_data = cast(Any, UNSET)
        else:
            context_data = d.pop("context_data")

        if "created_at" not in d:
            created_at = cast(datetime.datetime, UNSET)
        elif d["created_at"] is None:
            created_at = cast(datetime.datetime, d.pop("created_at"))
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "id" not in d:
            id = cast(UUID, UNSET)
        elif d["id"] is None:
            id = cast(UUID, d.pop("id"))
        else:
            id = UUID(d.pop("id"))

        if "previous_state" not in d:
            previous_state = cast(None | str, UNSET)
        else:

            def _parse_previous_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            previous_state = _parse_previous_state(d.pop("previous_state"))

        if "reason" not in d:
            reason = cast(None | str, UNSET)
        else:

            def _parse_reason(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            reason = _parse_reason(d.pop("reason"))

        if "state" not in d:
            state = cast(str, UNSET)
        else:
            state = d.pop("state")

        if "transition_name" not in d:
            transition_name = cast(None | str, UNSET)
        else:

            def _parse_transition_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            transition_name = _parse_transition_name(d.pop("transition_name"))

        if "triggered_by" not in d:
            triggered_by = cast(None | TriggeredBy, UNSET)
        else:

            def _parse_triggered_by(data: object) -> None | TriggeredBy:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    triggered_by_type_1 = TriggeredBy.from_dict(data)

                    return triggered_by_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | TriggeredBy, data)

            triggered_by = _parse_triggered_by(d.pop("triggered_by"))

        state_model = cls(
            context_data=context_data,
            created_at=created_at,
            id=id,
            previous_state=previous_state,
            reason=reason,
            state=state,
            transition_name=transition_name,
            triggered_by=triggered_by,
        )

        state_model.additional_properties = d
        return state_model

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

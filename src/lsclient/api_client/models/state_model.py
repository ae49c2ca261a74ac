from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.triggered_by import TriggeredBy


@functools.cache
def _import_TriggeredBy() -> type[TriggeredBy]:
    from ..models.triggered_by import TriggeredBy

    return TriggeredBy


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {"context_data", "created_at", "id", "previous_state", "reason", "state", "transition_name", "triggered_by"}
)


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
        TriggeredBy = _import_TriggeredBy()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        context_data: Any = self.context_data
        if context_data is not UNSET:
            field_dict["context_data"] = context_data

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = None if created_at is None else created_at.isoformat()

        id = self.id
        if not isinstance(id, Unset):
            field_dict["id"] = None if id is None else str(id)

        previous_state: Any = self.previous_state
        if previous_state is not UNSET:
            field_dict["previous_state"] = previous_state

        reason: Any = self.reason
        if reason is not UNSET:
            field_dict["reason"] = reason

        state: Any = self.state
        if state is not UNSET:
            field_dict["state"] = state

        transition_name: Any = self.transition_name
        if transition_name is not UNSET:
            field_dict["transition_name"] = transition_name

        triggered_by = self.triggered_by
        if not isinstance(triggered_by, Unset):
            if triggered_by is None:
                field_dict["triggered_by"] = None
            else:
                if isinstance(triggered_by, TriggeredBy):
                    field_dict["triggered_by"] = triggered_by.to_dict()
                else:
                    field_dict["triggered_by"] = triggered_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.context_data = get("context_data", UNSET)
        value = get("created_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.created_at = value
        value = get("id", UNSET)
        if value is not None and value is not UNSET:
            value = UUID(value)
        obj.id = value
        obj.previous_state = get("previous_state", UNSET)
        obj.reason = get("reason", UNSET)
        obj.state = get("state", UNSET)
        obj.transition_name = get("transition_name", UNSET)
        value = get("triggered_by", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_triggered_by(value)
        obj.triggered_by = value
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


def _parse_triggered_by(data: object) -> None | TriggeredBy:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return _import_TriggeredBy().from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLInteractiveAnnotatingRequestRequest")


@_attrs_define
class MLInteractiveAnnotatingRequestRequest:
    """Serializer for ML interactive annotating request."""

    task: int
    """ ID of task to annotate """
    context: Any | Unset = UNSET
    """ Context for ML model """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task: Any = UNSET
        if not isinstance(self.task, Unset):
            task = self.task

        context: Any = UNSET
        if not isinstance(self.context, Unset):
            context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if task is not UNSET:
            field_dict["task"] = task
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        if "task" not in d:
            task = cast(int, UNSET)
        else:
            task = d.pop("task")

        context = d.pop("context", UNSET)

        ml_interactive_annotating_request_request = cls(
            task=task,
            context=context,
        )

        ml_interactive_annotating_request_request.additional_properties = d
        return ml_interactive_annotating_request_request

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

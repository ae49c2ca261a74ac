from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_interactive_annotating_create_response_200_data import MlInteractiveAnnotatingCreateResponse200Data


T = TypeVar("T", bound="MlInteractiveAnnotatingCreateResponse200")


@_attrs_define
class MlInteractiveAnnotatingCreateResponse200:
    """Either data (success) or errors; both with status 200."""

    data: MlInteractiveAnnotatingCreateResponse200Data | Unset = UNSET
    """ The ML backend's first result for the task: a prediction (result, score, model_version) """
    errors: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: Any = UNSET
        if self.data is None:
            data = None
        elif not isinstance(self.data, Unset):
            data = UNSET
            if not isinstance(self.data, Unset):
                data = self.data.to_dict()

        errors: Any = UNSET
        if self.errors is None:
            errors = None
        elif not isinstance(self.errors, Unset):
            errors = UNSET
            if not isinstance(self.errors, Unset):
                errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_interactive_annotating_create_response_200_data import (
            MlInteractiveAnnotatingCreateResponse200Data,
        )

        d = dict(src_dict)
        if d.get("data", UNSET) is not None:
            _data = d.pop("data", UNSET)
            data: MlInteractiveAnnotatingCreateResponse200Data | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = MlInteractiveAnnotatingCreateResponse200Data.from_dict(_data)

        else:
            data = cast(Any, d.pop("data"))

        if d.get("errors", UNSET) is not None:
            errors = cast(list[str], d.pop("errors", UNSET))

        else:
            errors = cast(Any, d.pop("errors"))

        ml_interactive_annotating_create_response_200 = cls(
            data=data,
            errors=errors,
        )

        ml_interactive_annotating_create_response_200.additional_properties = d
        return ml_interactive_annotating_create_response_200

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

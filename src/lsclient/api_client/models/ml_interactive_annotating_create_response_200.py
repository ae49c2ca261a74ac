from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_interactive_annotating_create_response_200_data import MlInteractiveAnnotatingCreateResponse200Data


@functools.cache
def _import_MlInteractiveAnnotatingCreateResponse200Data() -> type[MlInteractiveAnnotatingCreateResponse200Data]:
    from ..models.ml_interactive_annotating_create_response_200_data import MlInteractiveAnnotatingCreateResponse200Data

    return MlInteractiveAnnotatingCreateResponse200Data


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"data", "errors"})


T = TypeVar("T", bound="MlInteractiveAnnotatingCreateResponse200")


@_attrs_define
class MlInteractiveAnnotatingCreateResponse200:
    """Either data (success) or errors; both with status 200."""

    data: MlInteractiveAnnotatingCreateResponse200Data | Unset = UNSET
    """ The ML backend's first result for the task: a prediction (result, score, model_version) """
    errors: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        data = self.data
        if not isinstance(data, Unset):
            field_dict["data"] = None if data is None else data.to_dict()

        errors: Any = self.errors
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("data", UNSET)
        if value is not None and value is not UNSET:
            value = _import_MlInteractiveAnnotatingCreateResponse200Data().from_dict(value)
        obj.data = value
        obj.errors = get("errors", UNSET)
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

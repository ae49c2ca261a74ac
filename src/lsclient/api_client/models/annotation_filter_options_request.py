from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"ground_truth", "skipped", "usual"})


T = TypeVar("T", bound="AnnotationFilterOptionsRequest")


@_attrs_define
class AnnotationFilterOptionsRequest:
    ground_truth: bool | None | Unset = UNSET
    """ Include ground truth annotations """
    skipped: bool | None | Unset = UNSET
    """ Include skipped annotations """
    usual: bool | None | Unset = True
    """ Include not skipped and not ground truth annotations """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        ground_truth: Any = self.ground_truth
        if ground_truth is not UNSET:
            field_dict["ground_truth"] = ground_truth

        skipped: Any = self.skipped
        if skipped is not UNSET:
            field_dict["skipped"] = skipped

        usual: Any = self.usual
        if usual is not UNSET:
            field_dict["usual"] = usual

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.ground_truth = get("ground_truth", UNSET)
        obj.skipped = get("skipped", UNSET)
        obj.usual = get("usual", UNSET)
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

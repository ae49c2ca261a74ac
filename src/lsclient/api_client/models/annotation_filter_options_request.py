from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        ground_truth: Any = UNSET
        if not isinstance(self.ground_truth, Unset):
            if isinstance(self.ground_truth, Unset):
                ground_truth = UNSET
            else:
                ground_truth = self.ground_truth

        skipped: Any = UNSET
        if not isinstance(self.skipped, Unset):
            if isinstance(self.skipped, Unset):
                skipped = UNSET
            else:
                skipped = self.skipped

        usual: Any = UNSET
        if not isinstance(self.usual, Unset):
            if isinstance(self.usual, Unset):
                usual = UNSET
            else:
                usual = self.usual

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ground_truth is not UNSET:
            field_dict["ground_truth"] = ground_truth
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if usual is not UNSET:
            field_dict["usual"] = usual

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_ground_truth(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ground_truth = _parse_ground_truth(d.pop("ground_truth", UNSET))

        def _parse_skipped(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        skipped = _parse_skipped(d.pop("skipped", UNSET))

        def _parse_usual(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        usual = _parse_usual(d.pop("usual", UNSET))

        annotation_filter_options_request = cls(
            ground_truth=ground_truth,
            skipped=skipped,
            usual=usual,
        )

        annotation_filter_options_request.additional_properties = d
        return annotation_filter_options_request

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

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.serialization_option import SerializationOption


@functools.cache
def _import_SerializationOption() -> type[SerializationOption]:
    from ..models.serialization_option import SerializationOption

    return SerializationOption


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {"annotations__completed_by", "drafts", "include_annotation_history", "interpolate_key_frames", "predictions"}
)


T = TypeVar("T", bound="SerializationOptions")


@_attrs_define
class SerializationOptions:
    annotations_completed_by: SerializationOption | Unset = UNSET
    drafts: SerializationOption | Unset = UNSET
    include_annotation_history: bool | Unset = False
    """ Include annotation history """
    interpolate_key_frames: bool | Unset = False
    """ Interpolate video key frames """
    predictions: SerializationOption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "annotations_completed_by": "annotations__completed_by",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        annotations_completed_by = self.annotations_completed_by
        if not isinstance(annotations_completed_by, Unset):
            field_dict["annotations__completed_by"] = (
                None if annotations_completed_by is None else annotations_completed_by.to_dict()
            )

        drafts = self.drafts
        if not isinstance(drafts, Unset):
            field_dict["drafts"] = None if drafts is None else drafts.to_dict()

        include_annotation_history: Any = self.include_annotation_history
        if include_annotation_history is not UNSET:
            field_dict["include_annotation_history"] = include_annotation_history

        interpolate_key_frames: Any = self.interpolate_key_frames
        if interpolate_key_frames is not UNSET:
            field_dict["interpolate_key_frames"] = interpolate_key_frames

        predictions = self.predictions
        if not isinstance(predictions, Unset):
            field_dict["predictions"] = None if predictions is None else predictions.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("annotations__completed_by", UNSET)
        if value is not None and value is not UNSET:
            value = _import_SerializationOption().from_dict(value)
        obj.annotations_completed_by = value
        value = get("drafts", UNSET)
        if value is not None and value is not UNSET:
            value = _import_SerializationOption().from_dict(value)
        obj.drafts = value
        obj.include_annotation_history = get("include_annotation_history", UNSET)
        obj.interpolate_key_frames = get("interpolate_key_frames", UNSET)
        value = get("predictions", UNSET)
        if value is not None and value is not UNSET:
            value = _import_SerializationOption().from_dict(value)
        obj.predictions = value
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

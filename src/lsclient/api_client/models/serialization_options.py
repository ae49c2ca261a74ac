from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.serialization_option import SerializationOption


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
        annotations_completed_by: Any = UNSET
        if self.annotations_completed_by is None:
            annotations_completed_by = None
        elif not isinstance(self.annotations_completed_by, Unset):
            annotations_completed_by = UNSET
            if not isinstance(self.annotations_completed_by, Unset):
                annotations_completed_by = self.annotations_completed_by.to_dict()

        drafts: Any = UNSET
        if self.drafts is None:
            drafts = None
        elif not isinstance(self.drafts, Unset):
            drafts = UNSET
            if not isinstance(self.drafts, Unset):
                drafts = self.drafts.to_dict()

        include_annotation_history: Any = UNSET
        if not isinstance(self.include_annotation_history, Unset):
            include_annotation_history = self.include_annotation_history

        interpolate_key_frames: Any = UNSET
        if not isinstance(self.interpolate_key_frames, Unset):
            interpolate_key_frames = self.interpolate_key_frames

        predictions: Any = UNSET
        if self.predictions is None:
            predictions = None
        elif not isinstance(self.predictions, Unset):
            predictions = UNSET
            if not isinstance(self.predictions, Unset):
                predictions = self.predictions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotations_completed_by is not UNSET:
            field_dict["annotations__completed_by"] = annotations_completed_by
        if drafts is not UNSET:
            field_dict["drafts"] = drafts
        if include_annotation_history is not UNSET:
            field_dict["include_annotation_history"] = include_annotation_history
        if interpolate_key_frames is not UNSET:
            field_dict["interpolate_key_frames"] = interpolate_key_frames
        if predictions is not UNSET:
            field_dict["predictions"] = predictions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.serialization_option import SerializationOption

        d = dict(src_dict)
        if d.get("annotations__completed_by", UNSET) is not None:
            _annotations_completed_by = d.pop("annotations__completed_by", UNSET)
            annotations_completed_by: SerializationOption | Unset
            if isinstance(_annotations_completed_by, Unset):
                annotations_completed_by = UNSET
            else:
                annotations_completed_by = SerializationOption.from_dict(_annotations_completed_by)

        else:
            annotations_completed_by = cast(Any, d.pop("annotations__completed_by"))

        if d.get("drafts", UNSET) is not None:
            _drafts = d.pop("drafts", UNSET)
            drafts: SerializationOption | Unset
            if isinstance(_drafts, Unset):
                drafts = UNSET
            else:
                drafts = SerializationOption.from_dict(_drafts)

        else:
            drafts = cast(Any, d.pop("drafts"))

        include_annotation_history = d.pop("include_annotation_history", UNSET)

        interpolate_key_frames = d.pop("interpolate_key_frames", UNSET)

        if d.get("predictions", UNSET) is not None:
            _predictions = d.pop("predictions", UNSET)
            predictions: SerializationOption | Unset
            if isinstance(_predictions, Unset):
                predictions = UNSET
            else:
                predictions = SerializationOption.from_dict(_predictions)

        else:
            predictions = cast(Any, d.pop("predictions"))

        serialization_options = cls(
            annotations_completed_by=annotations_completed_by,
            drafts=drafts,
            include_annotation_history=include_annotation_history,
            interpolate_key_frames=interpolate_key_frames,
            predictions=predictions,
        )

        serialization_options.additional_properties = d
        return serialization_options

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

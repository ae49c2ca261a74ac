from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotated_enum import AnnotatedEnum
from ..types import UNSET, Unset

#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"annotated", "finished", "only_with_annotations", "skipped", "view"})


T = TypeVar("T", bound="TaskFilterOptionsRequest")


@_attrs_define
class TaskFilterOptionsRequest:
    annotated: AnnotatedEnum | None | Unset = UNSET
    """ `only` - include all tasks with at least one not skipped annotation<br>`exclude` - exclude all tasks with at
    least one not skipped annotation

    * `only` - only
    * `exclude` - exclude
    * `None` - None """
    finished: AnnotatedEnum | None | Unset = UNSET
    """ `only` - include all finished tasks (is_labeled = true)<br>`exclude` - exclude all finished tasks

    * `only` - only
    * `exclude` - exclude
    * `None` - None """
    only_with_annotations: bool | Unset = False
    skipped: AnnotatedEnum | None | Unset = UNSET
    """ `only` - include all tasks with skipped annotations<br>`exclude` - exclude all tasks with skipped
    annotations

    * `only` - only
    * `exclude` - exclude
    * `None` - None """
    view: int | Unset = UNSET
    """ Apply filters from the view ID (a tab from the Data Manager) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        annotated = self.annotated
        if not isinstance(annotated, Unset):
            if annotated is None:
                field_dict["annotated"] = None
            else:
                if isinstance(annotated, AnnotatedEnum):
                    field_dict["annotated"] = annotated.value
                else:
                    field_dict["annotated"] = annotated

        finished = self.finished
        if not isinstance(finished, Unset):
            if finished is None:
                field_dict["finished"] = None
            else:
                if isinstance(finished, AnnotatedEnum):
                    field_dict["finished"] = finished.value
                else:
                    field_dict["finished"] = finished

        only_with_annotations: Any = self.only_with_annotations
        if only_with_annotations is not UNSET:
            field_dict["only_with_annotations"] = only_with_annotations

        skipped = self.skipped
        if not isinstance(skipped, Unset):
            if skipped is None:
                field_dict["skipped"] = None
            else:
                if isinstance(skipped, AnnotatedEnum):
                    field_dict["skipped"] = skipped.value
                else:
                    field_dict["skipped"] = skipped

        view: Any = self.view
        if view is not UNSET:
            field_dict["view"] = view

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("annotated", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_annotated(value)
        obj.annotated = value
        value = get("finished", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_finished(value)
        obj.finished = value
        obj.only_with_annotations = get("only_with_annotations", UNSET)
        value = get("skipped", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_skipped(value)
        obj.skipped = value
        obj.view = get("view", UNSET)
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


def _parse_annotated(data: object) -> AnnotatedEnum | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return AnnotatedEnum(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_finished(data: object) -> AnnotatedEnum | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return AnnotatedEnum(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_skipped(data: object) -> AnnotatedEnum | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return AnnotatedEnum(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]

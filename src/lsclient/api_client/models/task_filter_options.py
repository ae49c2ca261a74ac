from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotated_enum import AnnotatedEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskFilterOptions")


@_attrs_define
class TaskFilterOptions:
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
        annotated: Any = UNSET
        if not isinstance(self.annotated, Unset):
            if isinstance(self.annotated, Unset):
                annotated = UNSET
            elif isinstance(self.annotated, AnnotatedEnum):
                annotated = self.annotated.value
            else:
                annotated = self.annotated

        finished: Any = UNSET
        if not isinstance(self.finished, Unset):
            if isinstance(self.finished, Unset):
                finished = UNSET
            elif isinstance(self.finished, AnnotatedEnum):
                finished = self.finished.value
            else:
                finished = self.finished

        only_with_annotations: Any = UNSET
        if not isinstance(self.only_with_annotations, Unset):
            only_with_annotations = self.only_with_annotations

        skipped: Any = UNSET
        if not isinstance(self.skipped, Unset):
            if isinstance(self.skipped, Unset):
                skipped = UNSET
            elif isinstance(self.skipped, AnnotatedEnum):
                skipped = self.skipped.value
            else:
                skipped = self.skipped

        view: Any = UNSET
        if not isinstance(self.view, Unset):
            view = self.view

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotated is not UNSET:
            field_dict["annotated"] = annotated
        if finished is not UNSET:
            field_dict["finished"] = finished
        if only_with_annotations is not UNSET:
            field_dict["only_with_annotations"] = only_with_annotations
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if view is not UNSET:
            field_dict["view"] = view

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_annotated(data: object) -> AnnotatedEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                annotated_type_1 = AnnotatedEnum(data)

                return annotated_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnnotatedEnum | None | Unset, data)

        annotated = _parse_annotated(d.pop("annotated", UNSET))

        def _parse_finished(data: object) -> AnnotatedEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_type_1 = AnnotatedEnum(data)

                return finished_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnnotatedEnum | None | Unset, data)

        finished = _parse_finished(d.pop("finished", UNSET))

        only_with_annotations = d.pop("only_with_annotations", UNSET)

        def _parse_skipped(data: object) -> AnnotatedEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                skipped_type_1 = AnnotatedEnum(data)

                return skipped_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnnotatedEnum | None | Unset, data)

        skipped = _parse_skipped(d.pop("skipped", UNSET))

        view = d.pop("view", UNSET)

        task_filter_options = cls(
            annotated=annotated,
            finished=finished,
            only_with_annotations=only_with_annotations,
            skipped=skipped,
            view=view,
        )

        task_filter_options.additional_properties = d
        return task_filter_options

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

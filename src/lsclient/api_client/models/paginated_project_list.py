from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project import Project


@functools.cache
def _import_Project() -> type[Project]:
    from ..models.project import Project

    return Project


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"count", "results", "next", "previous"})


T = TypeVar("T", bound="PaginatedProjectList")


@_attrs_define
class PaginatedProjectList:
    count: int
    results: list[Project]
    next_: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "next_": "next",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        count: Any = self.count
        if count is not UNSET:
            field_dict["count"] = count

        results = self.results
        if not isinstance(results, Unset):
            field_dict["results"] = (
                None
                if results is None
                else []
                if results == []
                else [results_item_data.to_dict() for results_item_data in results]
            )

        next_: Any = self.next_
        if next_ is not UNSET:
            field_dict["next"] = next_

        previous: Any = self.previous
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.count = get("count", UNSET)
        value = get("results", UNSET)
        if value is not None and value is not UNSET:
            value = [] if value == [] else list(map(_import_Project().from_dict, value))
        obj.results = value
        obj.next_ = get("next", UNSET)
        obj.previous = get("previous", UNSET)
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

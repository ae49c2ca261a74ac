from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_member_list import OrganizationMemberList


T = TypeVar("T", bound="PaginatedOrganizationMemberListList")


@_attrs_define
class PaginatedOrganizationMemberListList:
    count: int
    results: list[OrganizationMemberList]
    next_: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "next_": "next",
    }

    def to_dict(self) -> dict[str, Any]:
        count: Any = UNSET
        if not isinstance(self.count, Unset):
            count = self.count

        results: Any = UNSET
        if self.results is None:
            results = None
        elif not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        next_: Any = UNSET
        if not isinstance(self.next_, Unset):
            if isinstance(self.next_, Unset):
                next_ = UNSET
            else:
                next_ = self.next_

        previous: Any = UNSET
        if not isinstance(self.previous, Unset):
            if isinstance(self.previous, Unset):
                previous = UNSET
            else:
                previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if count is not UNSET:
            field_dict["count"] = count
        if results is not UNSET:
            field_dict["results"] = results
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organization_member_list import OrganizationMemberList

        d = dict(src_dict)
        if "count" not in d:
            count = cast(int, UNSET)
        else:
            count = d.pop("count")

        if "results" not in d:
            results = cast(list[OrganizationMemberList], UNSET)
        elif d["results"] is None:
            results = cast(list[OrganizationMemberList], d.pop("results"))
        else:
            results = []
            _results = d.pop("results")
            for results_item_data in _results:
                results_item = OrganizationMemberList.from_dict(results_item_data)

                results.append(results_item)

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        def _parse_previous(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous = _parse_previous(d.pop("previous", UNSET))

        paginated_organization_member_list_list = cls(
            count=count,
            results=results,
            next_=next_,
            previous=previous,
        )

        paginated_organization_member_list_list.additional_properties = d
        return paginated_organization_member_list_list

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_views_partial_update_body_data import DmViewsPartialUpdateBodyData


T = TypeVar("T", bound="DmViewsPartialUpdateBody")


@_attrs_define
class DmViewsPartialUpdateBody:
    data: DmViewsPartialUpdateBodyData | Unset = UNSET
    """ Custom view data """
    project: int | Unset = UNSET
    """ Project ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: Any = UNSET
        if self.data is None:
            data = None
        elif not isinstance(self.data, Unset):
            data = UNSET
            if not isinstance(self.data, Unset):
                data = self.data.to_dict()

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dm_views_partial_update_body_data import DmViewsPartialUpdateBodyData

        d = dict(src_dict)
        if d.get("data", UNSET) is not None:
            _data = d.pop("data", UNSET)
            data: DmViewsPartialUpdateBodyData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = DmViewsPartialUpdateBodyData.from_dict(_data)

        else:
            data = cast(Any, d.pop("data"))

        project = d.pop("project", UNSET)

        dm_views_partial_update_body = cls(
            data=data,
            project=project,
        )

        dm_views_partial_update_body.additional_properties = d
        return dm_views_partial_update_body

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

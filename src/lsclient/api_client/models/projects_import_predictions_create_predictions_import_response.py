from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectsImportPredictionsCreatePredictionsImportResponse")


@_attrs_define
class ProjectsImportPredictionsCreatePredictionsImportResponse:
    """Import result"""

    created: int | Unset = UNSET
    """ Number of predictions created """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created: Any = UNSET
        if not isinstance(self.created, Unset):
            created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created = d.pop("created", UNSET)

        projects_import_predictions_create_predictions_import_response = cls(
            created=created,
        )

        projects_import_predictions_create_predictions_import_response.additional_properties = d
        return projects_import_predictions_create_predictions_import_response

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

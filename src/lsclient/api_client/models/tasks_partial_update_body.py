from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tasks_partial_update_body_task_data import TasksPartialUpdateBodyTaskData
    from ..models.tasks_partial_update_body_task_meta import TasksPartialUpdateBodyTaskMeta


T = TypeVar("T", bound="TasksPartialUpdateBody")


@_attrs_define
class TasksPartialUpdateBody:
    """
    Example:
        {'data': {'image': 'https://example.com/image.jpg', 'text': 'Hello, world!'}, 'project': 1}

    """

    data: TasksPartialUpdateBodyTaskData | Unset = UNSET
    """ Task data dictionary with arbitrary keys and values """
    meta: TasksPartialUpdateBodyTaskMeta | Unset = UNSET
    """ Meta information of the task (arbitrary keys and values) """
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

        meta: Any = UNSET
        if self.meta is None:
            meta = None
        elif not isinstance(self.meta, Unset):
            meta = UNSET
            if not isinstance(self.meta, Unset):
                meta = self.meta.to_dict()

        project: Any = UNSET
        if not isinstance(self.project, Unset):
            project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tasks_partial_update_body_task_data import TasksPartialUpdateBodyTaskData
        from ..models.tasks_partial_update_body_task_meta import TasksPartialUpdateBodyTaskMeta

        d = dict(src_dict)
        if d.get("data", UNSET) is not None:
            _data = d.pop("data", UNSET)
            data: TasksPartialUpdateBodyTaskData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = TasksPartialUpdateBodyTaskData.from_dict(_data)

        else:
            data = cast(Any, d.pop("data"))

        if d.get("meta", UNSET) is not None:
            _meta = d.pop("meta", UNSET)
            meta: TasksPartialUpdateBodyTaskMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = TasksPartialUpdateBodyTaskMeta.from_dict(_meta)

        else:
            meta = cast(Any, d.pop("meta"))

        project = d.pop("project", UNSET)

        tasks_partial_update_body = cls(
            data=data,
            meta=meta,
            project=project,
        )

        tasks_partial_update_body.additional_properties = d
        return tasks_partial_update_body

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

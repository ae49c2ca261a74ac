from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tasks_partial_update_body_task_data import TasksPartialUpdateBodyTaskData
    from ..models.tasks_partial_update_body_task_meta import TasksPartialUpdateBodyTaskMeta


@functools.cache
def _import_TasksPartialUpdateBodyTaskData() -> type[TasksPartialUpdateBodyTaskData]:
    from ..models.tasks_partial_update_body_task_data import TasksPartialUpdateBodyTaskData

    return TasksPartialUpdateBodyTaskData


@functools.cache
def _import_TasksPartialUpdateBodyTaskMeta() -> type[TasksPartialUpdateBodyTaskMeta]:
    from ..models.tasks_partial_update_body_task_meta import TasksPartialUpdateBodyTaskMeta

    return TasksPartialUpdateBodyTaskMeta


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"data", "meta", "project"})


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        data = self.data
        if not isinstance(data, Unset):
            field_dict["data"] = None if data is None else data.to_dict()

        meta = self.meta
        if not isinstance(meta, Unset):
            field_dict["meta"] = None if meta is None else meta.to_dict()

        project: Any = self.project
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("data", UNSET)
        if value is not None and value is not UNSET:
            value = _import_TasksPartialUpdateBodyTaskData().from_dict(value)
        obj.data = value
        value = get("meta", UNSET)
        if value is not None and value is not UNSET:
            value = _import_TasksPartialUpdateBodyTaskMeta().from_dict(value)
        obj.meta = value
        obj.project = get("project", UNSET)
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

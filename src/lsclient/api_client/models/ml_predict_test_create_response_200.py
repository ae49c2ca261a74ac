from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_predict_test_create_response_200_request import MlPredictTestCreateResponse200Request
    from ..models.ml_predict_test_create_response_200_response_type_0_item import (
        MlPredictTestCreateResponse200ResponseType0Item,
    )
    from ..models.ml_predict_test_create_response_200_task import MlPredictTestCreateResponse200Task


@functools.cache
def _import_MlPredictTestCreateResponse200Request() -> type[MlPredictTestCreateResponse200Request]:
    from ..models.ml_predict_test_create_response_200_request import MlPredictTestCreateResponse200Request

    return MlPredictTestCreateResponse200Request


@functools.cache
def _import_MlPredictTestCreateResponse200ResponseType0Item() -> type[MlPredictTestCreateResponse200ResponseType0Item]:
    from ..models.ml_predict_test_create_response_200_response_type_0_item import (
        MlPredictTestCreateResponse200ResponseType0Item,
    )

    return MlPredictTestCreateResponse200ResponseType0Item


@functools.cache
def _import_MlPredictTestCreateResponse200Task() -> type[MlPredictTestCreateResponse200Task]:
    from ..models.ml_predict_test_create_response_200_task import MlPredictTestCreateResponse200Task

    return MlPredictTestCreateResponse200Task


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"error_message", "request", "response", "status", "task", "url"})


T = TypeVar("T", bound="MlPredictTestCreateResponse200")


@_attrs_define
class MlPredictTestCreateResponse200:
    """The exchange with the ML backend's /predict for one random task of the project."""

    error_message: None | str
    request: MlPredictTestCreateResponse200Request
    """ The request sent: tasks, project, label_config, params """
    response: list[MlPredictTestCreateResponse200ResponseType0Item] | None
    """ The ML backend's results (one prediction per task: result, score, model_version) """
    status: int
    """ HTTP status of the ML backend's answer """
    task: MlPredictTestCreateResponse200Task
    """ The task sent """
    url: str
    """ The /predict URL of the ML backend """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        MlPredictTestCreateResponse200ResponseType0Item = _import_MlPredictTestCreateResponse200ResponseType0Item()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        error_message: Any = self.error_message
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        request = self.request
        if not isinstance(request, Unset):
            field_dict["request"] = None if request is None else request.to_dict()

        response = self.response
        if not isinstance(response, Unset):
            if response is None:
                field_dict["response"] = None
            else:
                if isinstance(response, list):
                    field_dict["response"] = []
                    for response_type_0_item_data in response:
                        response_type_0_item = response_type_0_item_data.to_dict()
                        field_dict["response"].append(response_type_0_item)

                else:
                    field_dict["response"] = response

        status: Any = self.status
        if status is not UNSET:
            field_dict["status"] = status

        task = self.task
        if not isinstance(task, Unset):
            field_dict["task"] = None if task is None else task.to_dict()

        url: Any = self.url
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.error_message = get("error_message", UNSET)
        value = get("request", UNSET)
        if value is not None and value is not UNSET:
            value = _import_MlPredictTestCreateResponse200Request().from_dict(value)
        obj.request = value
        value = get("response", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_response(value)
        obj.response = value
        obj.status = get("status", UNSET)
        value = get("task", UNSET)
        if value is not None and value is not UNSET:
            value = _import_MlPredictTestCreateResponse200Task().from_dict(value)
        obj.task = value
        obj.url = get("url", UNSET)
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


def _parse_response(data: object) -> list[MlPredictTestCreateResponse200ResponseType0Item] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        return (
            [] if data == [] else list(map(_import_MlPredictTestCreateResponse200ResponseType0Item().from_dict, data))
        )
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]

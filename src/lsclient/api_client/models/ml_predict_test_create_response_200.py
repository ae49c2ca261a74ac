from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_predict_test_create_response_200_request import MlPredictTestCreateResponse200Request
    from ..models.ml_predict_test_create_response_200_response_type_0_item import (
        MlPredictTestCreateResponse200ResponseType0Item,
    )
    from ..models.ml_predict_test_create_response_200_task import MlPredictTestCreateResponse200Task


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
        error_message: Any = UNSET
        if not isinstance(self.error_message, Unset):
            error_message = self.error_message

        request: Any = UNSET
        if self.request is None:
            request = None
        elif not isinstance(self.request, Unset):
            request = self.request.to_dict()

        response: Any = UNSET
        if not isinstance(self.response, Unset):
            if isinstance(self.response, list):
                response = []
                for response_type_0_item_data in self.response:
                    response_type_0_item = response_type_0_item_data.to_dict()
                    response.append(response_type_0_item)

            else:
                response = self.response

        status: Any = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        task: Any = UNSET
        if self.task is None:
            task = None
        elif not isinstance(self.task, Unset):
            task = self.task.to_dict()

        url: Any = UNSET
        if not isinstance(self.url, Unset):
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if request is not UNSET:
            field_dict["request"] = request
        if response is not UNSET:
            field_dict["response"] = response
        if status is not UNSET:
            field_dict["status"] = status
        if task is not UNSET:
            field_dict["task"] = task
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_predict_test_create_response_200_request import MlPredictTestCreateResponse200Request
        from ..models.ml_predict_test_create_response_200_response_type_0_item import (
            MlPredictTestCreateResponse200ResponseType0Item,
        )
        from ..models.ml_predict_test_create_response_200_task import MlPredictTestCreateResponse200Task

        d = dict(src_dict)
        if "error_message" not in d:
            error_message = cast(None | str, UNSET)
        else:

            def _parse_error_message(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            error_message = _parse_error_message(d.pop("error_message"))

        if "request" not in d:
            request = cast(MlPredictTestCreateResponse200Request, UNSET)
        elif d["request"] is None:
            request = cast(MlPredictTestCreateResponse200Request, d.pop("request"))
        else:
            request = MlPredictTestCreateResponse200Request.from_dict(d.pop("request"))

        if "response" not in d:
            response = cast(list[MlPredictTestCreateResponse200ResponseType0Item] | None, UNSET)
        else:

            def _parse_response(data: object) -> list[MlPredictTestCreateResponse200ResponseType0Item] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    response_type_0 = []
                    _response_type_0 = data
                    for response_type_0_item_data in _response_type_0:
                        response_type_0_item = MlPredictTestCreateResponse200ResponseType0Item.from_dict(
                            response_type_0_item_data
                        )

                        response_type_0.append(response_type_0_item)

                    return response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[MlPredictTestCreateResponse200ResponseType0Item] | None, data)

            response = _parse_response(d.pop("response"))

        if "status" not in d:
            status = cast(int, UNSET)
        else:
            status = d.pop("status")

        if "task" not in d:
            task = cast(MlPredictTestCreateResponse200Task, UNSET)
        elif d["task"] is None:
            task = cast(MlPredictTestCreateResponse200Task, d.pop("task"))
        else:
            task = MlPredictTestCreateResponse200Task.from_dict(d.pop("task"))

        if "url" not in d:
            url = cast(str, UNSET)
        else:
            url = d.pop("url")

        ml_predict_test_create_response_200 = cls(
            error_message=error_message,
            request=request,
            response=response,
            status=status,
            task=task,
            url=url,
        )

        ml_predict_test_create_response_200.additional_properties = d
        return ml_predict_test_create_response_200

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

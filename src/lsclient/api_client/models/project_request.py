from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sampling_enum import SamplingEnum
from ..models.skip_queue_enum import SkipQueueEnum
from ..types import UNSET, Unset, secret_repr

if TYPE_CHECKING:
    from ..models.project_request_control_weights_type_0 import ProjectRequestControlWeightsType0
    from ..models.user_simple_request import UserSimpleRequest


@functools.cache
def _import_ProjectRequestControlWeightsType0() -> type[ProjectRequestControlWeightsType0]:
    from ..models.project_request_control_weights_type_0 import ProjectRequestControlWeightsType0

    return ProjectRequestControlWeightsType0


@functools.cache
def _import_UserSimpleRequest() -> type[UserSimpleRequest]:
    from ..models.user_simple_request import UserSimpleRequest

    return UserSimpleRequest


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "annotator_evaluation_enabled",
        "color",
        "control_weights",
        "created_by",
        "description",
        "enable_empty_annotation",
        "evaluate_predictions_automatically",
        "expert_instruction",
        "is_draft",
        "is_published",
        "label_config",
        "maximum_annotations",
        "min_annotations_to_start_training",
        "model_version",
        "organization",
        "overlap_cohort_percentage",
        "pinned_at",
        "reveal_preannotations_interactively",
        "sampling",
        "show_annotation_history",
        "show_collab_predictions",
        "show_ground_truth_first",
        "show_instruction",
        "show_overlap_first",
        "show_skip_button",
        "skip_queue",
        "task_data_login",
        "task_data_password",
        "title",
    }
)


T = TypeVar("T", bound="ProjectRequest")


@_attrs_define
class ProjectRequest:
    """Serializer get numbers from project queryset annotation,
    make sure, that you use correct one(Project.objects.with_counts())

    """

    annotator_evaluation_enabled: bool | Unset = UNSET
    """ Enable annotator evaluation for the project """
    color: None | str | Unset = UNSET
    control_weights: None | ProjectRequestControlWeightsType0 | Unset = UNSET
    """ Dict of weights for each control tag in metric calculation. """
    created_by: UserSimpleRequest | Unset = UNSET
    """ A ModelSerializer that takes additional arguments for
    "fields", "omit" and "expand" in order to
    control which fields are displayed, and whether to replace simple
    values with complex, nested serializations """
    description: None | str | Unset = UNSET
    """ Project description """
    enable_empty_annotation: bool | Unset = UNSET
    """ Allow annotators to submit empty annotations """
    evaluate_predictions_automatically: bool | Unset = UNSET
    """ Retrieve and display predictions when loading a task """
    expert_instruction: None | str | Unset = UNSET
    """ Labeling instructions in HTML format """
    is_draft: bool | Unset = UNSET
    """ Whether or not the project is in the middle of being created """
    is_published: bool | Unset = UNSET
    """ Whether or not the project is published to annotators """
    label_config: None | str | Unset = UNSET
    """ Label config in XML format. See more about it in documentation """
    maximum_annotations: int | Unset = UNSET
    """ Maximum number of annotations for one task. If the number of annotations per task is equal or greater to
    this value, the task is completed (is_labeled=True) """
    min_annotations_to_start_training: int | Unset = UNSET
    """ Minimum number of completed tasks after which model training is started """
    model_version: None | str | Unset = UNSET
    """ Machine learning model version """
    organization: int | None | Unset = UNSET
    overlap_cohort_percentage: int | Unset = UNSET
    pinned_at: datetime.datetime | None | Unset = UNSET
    """ Pinned date and time """
    reveal_preannotations_interactively: bool | Unset = UNSET
    """ Reveal pre-annotations interactively """
    sampling: None | SamplingEnum | Unset = UNSET
    show_annotation_history: bool | Unset = UNSET
    """ Show annotation history to annotator """
    show_collab_predictions: bool | Unset = UNSET
    """ If set, the annotator can view model predictions """
    show_ground_truth_first: bool | Unset = UNSET
    """ Onboarding mode (true): show ground truth tasks first in the labeling stream """
    show_instruction: bool | Unset = UNSET
    """ Show instructions to the annotator before they start """
    show_overlap_first: bool | Unset = UNSET
    show_skip_button: bool | Unset = UNSET
    """ Show a skip button in interface and allow annotators to skip the task """
    skip_queue: None | SkipQueueEnum | Unset = UNSET
    task_data_login: None | str | Unset = UNSET
    """ Task data credentials: login """
    task_data_password: None | str | Unset = UNSET
    """ Task data credentials: password """
    title: None | str | Unset = UNSET
    """ Project name. Must be between 3 and 50 characters long. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: attributes holding credentials (tokens, passwords, keys): ``repr`` shows them as ``<hidden>``
    secret_fields: ClassVar[frozenset[str]] = frozenset({"task_data_password"})

    def __repr__(self) -> str:
        return secret_repr(self, self.secret_fields)

    def to_dict(self) -> dict[str, Any]:
        ProjectRequestControlWeightsType0 = _import_ProjectRequestControlWeightsType0()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        annotator_evaluation_enabled: Any = self.annotator_evaluation_enabled
        if annotator_evaluation_enabled is not UNSET:
            field_dict["annotator_evaluation_enabled"] = annotator_evaluation_enabled

        color: Any = self.color
        if color is not UNSET:
            field_dict["color"] = color

        control_weights = self.control_weights
        if not isinstance(control_weights, Unset):
            if control_weights is None:
                field_dict["control_weights"] = None
            else:
                if isinstance(control_weights, ProjectRequestControlWeightsType0):
                    field_dict["control_weights"] = control_weights.to_dict()
                else:
                    field_dict["control_weights"] = control_weights

        created_by = self.created_by
        if not isinstance(created_by, Unset):
            field_dict["created_by"] = None if created_by is None else created_by.to_dict()

        description: Any = self.description
        if description is not UNSET:
            field_dict["description"] = description

        enable_empty_annotation: Any = self.enable_empty_annotation
        if enable_empty_annotation is not UNSET:
            field_dict["enable_empty_annotation"] = enable_empty_annotation

        evaluate_predictions_automatically: Any = self.evaluate_predictions_automatically
        if evaluate_predictions_automatically is not UNSET:
            field_dict["evaluate_predictions_automatically"] = evaluate_predictions_automatically

        expert_instruction: Any = self.expert_instruction
        if expert_instruction is not UNSET:
            field_dict["expert_instruction"] = expert_instruction

        is_draft: Any = self.is_draft
        if is_draft is not UNSET:
            field_dict["is_draft"] = is_draft

        is_published: Any = self.is_published
        if is_published is not UNSET:
            field_dict["is_published"] = is_published

        label_config: Any = self.label_config
        if label_config is not UNSET:
            field_dict["label_config"] = label_config

        maximum_annotations: Any = self.maximum_annotations
        if maximum_annotations is not UNSET:
            field_dict["maximum_annotations"] = maximum_annotations

        min_annotations_to_start_training: Any = self.min_annotations_to_start_training
        if min_annotations_to_start_training is not UNSET:
            field_dict["min_annotations_to_start_training"] = min_annotations_to_start_training

        model_version: Any = self.model_version
        if model_version is not UNSET:
            field_dict["model_version"] = model_version

        organization: Any = self.organization
        if organization is not UNSET:
            field_dict["organization"] = organization

        overlap_cohort_percentage: Any = self.overlap_cohort_percentage
        if overlap_cohort_percentage is not UNSET:
            field_dict["overlap_cohort_percentage"] = overlap_cohort_percentage

        pinned_at = self.pinned_at
        if not isinstance(pinned_at, Unset):
            if pinned_at is None:
                field_dict["pinned_at"] = None
            else:
                if isinstance(pinned_at, datetime.datetime):
                    field_dict["pinned_at"] = pinned_at.isoformat()
                else:
                    field_dict["pinned_at"] = pinned_at

        reveal_preannotations_interactively: Any = self.reveal_preannotations_interactively
        if reveal_preannotations_interactively is not UNSET:
            field_dict["reveal_preannotations_interactively"] = reveal_preannotations_interactively

        sampling = self.sampling
        if not isinstance(sampling, Unset):
            if sampling is None:
                field_dict["sampling"] = None
            else:
                if isinstance(sampling, SamplingEnum):
                    field_dict["sampling"] = sampling.value
                else:
                    field_dict["sampling"] = sampling

        show_annotation_history: Any = self.show_annotation_history
        if show_annotation_history is not UNSET:
            field_dict["show_annotation_history"] = show_annotation_history

        show_collab_predictions: Any = self.show_collab_predictions
        if show_collab_predictions is not UNSET:
            field_dict["show_collab_predictions"] = show_collab_predictions

        show_ground_truth_first: Any = self.show_ground_truth_first
        if show_ground_truth_first is not UNSET:
            field_dict["show_ground_truth_first"] = show_ground_truth_first

        show_instruction: Any = self.show_instruction
        if show_instruction is not UNSET:
            field_dict["show_instruction"] = show_instruction

        show_overlap_first: Any = self.show_overlap_first
        if show_overlap_first is not UNSET:
            field_dict["show_overlap_first"] = show_overlap_first

        show_skip_button: Any = self.show_skip_button
        if show_skip_button is not UNSET:
            field_dict["show_skip_button"] = show_skip_button

        skip_queue = self.skip_queue
        if not isinstance(skip_queue, Unset):
            if skip_queue is None:
                field_dict["skip_queue"] = None
            else:
                if isinstance(skip_queue, SkipQueueEnum):
                    field_dict["skip_queue"] = skip_queue.value
                else:
                    field_dict["skip_queue"] = skip_queue

        task_data_login: Any = self.task_data_login
        if task_data_login is not UNSET:
            field_dict["task_data_login"] = task_data_login

        task_data_password: Any = self.task_data_password
        if task_data_password is not UNSET:
            field_dict["task_data_password"] = task_data_password

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.annotator_evaluation_enabled = get("annotator_evaluation_enabled", UNSET)
        obj.color = get("color", UNSET)
        value = get("control_weights", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_control_weights(value)
        obj.control_weights = value
        value = get("created_by", UNSET)
        if value is not None and value is not UNSET:
            value = _import_UserSimpleRequest().from_dict(value)
        obj.created_by = value
        obj.description = get("description", UNSET)
        obj.enable_empty_annotation = get("enable_empty_annotation", UNSET)
        obj.evaluate_predictions_automatically = get("evaluate_predictions_automatically", UNSET)
        obj.expert_instruction = get("expert_instruction", UNSET)
        obj.is_draft = get("is_draft", UNSET)
        obj.is_published = get("is_published", UNSET)
        obj.label_config = get("label_config", UNSET)
        obj.maximum_annotations = get("maximum_annotations", UNSET)
        obj.min_annotations_to_start_training = get("min_annotations_to_start_training", UNSET)
        obj.model_version = get("model_version", UNSET)
        obj.organization = get("organization", UNSET)
        obj.overlap_cohort_percentage = get("overlap_cohort_percentage", UNSET)
        value = get("pinned_at", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_pinned_at(value)
        obj.pinned_at = value
        obj.reveal_preannotations_interactively = get("reveal_preannotations_interactively", UNSET)
        value = get("sampling", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_sampling(value)
        obj.sampling = value
        obj.show_annotation_history = get("show_annotation_history", UNSET)
        obj.show_collab_predictions = get("show_collab_predictions", UNSET)
        obj.show_ground_truth_first = get("show_ground_truth_first", UNSET)
        obj.show_instruction = get("show_instruction", UNSET)
        obj.show_overlap_first = get("show_overlap_first", UNSET)
        obj.show_skip_button = get("show_skip_button", UNSET)
        value = get("skip_queue", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_skip_queue(value)
        obj.skip_queue = value
        obj.task_data_login = get("task_data_login", UNSET)
        obj.task_data_password = get("task_data_password", UNSET)
        obj.title = get("title", UNSET)
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


def _parse_control_weights(data: object) -> None | ProjectRequestControlWeightsType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return _import_ProjectRequestControlWeightsType0().from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_pinned_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return datetime.datetime.fromisoformat(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_sampling(data: object) -> None | SamplingEnum | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return SamplingEnum(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_skip_queue(data: object) -> None | SkipQueueEnum | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return SkipQueueEnum(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]

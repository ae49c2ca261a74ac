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
    from ..models.project_control_weights_type_0 import ProjectControlWeightsType0
    from ..models.project_parsed_label_config import ProjectParsedLabelConfig
    from ..models.user_simple import UserSimple


@functools.cache
def _import_ProjectControlWeightsType0() -> type[ProjectControlWeightsType0]:
    from ..models.project_control_weights_type_0 import ProjectControlWeightsType0

    return ProjectControlWeightsType0


@functools.cache
def _import_ProjectParsedLabelConfig() -> type[ProjectParsedLabelConfig]:
    from ..models.project_parsed_label_config import ProjectParsedLabelConfig

    return ProjectParsedLabelConfig


@functools.cache
def _import_UserSimple() -> type[UserSimple]:
    from ..models.user_simple import UserSimple

    return UserSimple


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "id",
        "task_number",
        "annotator_evaluation_enabled",
        "color",
        "config_has_control_tags",
        "config_suitable_for_bulk_annotation",
        "control_weights",
        "created_at",
        "created_by",
        "description",
        "enable_empty_annotation",
        "evaluate_predictions_automatically",
        "expert_instruction",
        "finished_task_number",
        "ground_truth_number",
        "is_draft",
        "is_published",
        "label_config",
        "maximum_annotations",
        "min_annotations_to_start_training",
        "model_version",
        "num_tasks_with_annotations",
        "organization",
        "overlap_cohort_percentage",
        "parsed_label_config",
        "pinned_at",
        "queue_done",
        "queue_total",
        "reveal_preannotations_interactively",
        "sampling",
        "show_annotation_history",
        "show_collab_predictions",
        "show_ground_truth_first",
        "show_instruction",
        "show_overlap_first",
        "show_skip_button",
        "skip_queue",
        "skipped_annotations_number",
        "start_training_on_annotation_update",
        "state",
        "task_data_login",
        "task_data_password",
        "title",
        "total_annotations_number",
        "total_predictions_number",
        "useful_annotation_number",
    }
)


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """Serializer get numbers from project queryset annotation,
    make sure, that you use correct one(Project.objects.with_counts())

    """

    id: int
    task_number: int | None
    """ Total task number in project """
    annotator_evaluation_enabled: bool | Unset = UNSET
    """ Enable annotator evaluation for the project """
    color: None | str | Unset = UNSET
    config_has_control_tags: bool | Unset = UNSET
    """ Flag to detect is project ready for labeling """
    config_suitable_for_bulk_annotation: bool | Unset = UNSET
    """ Flag to detect is project ready for bulk annotation """
    control_weights: None | ProjectControlWeightsType0 | Unset = UNSET
    """ Dict of weights for each control tag in metric calculation. """
    created_at: datetime.datetime | Unset = UNSET
    created_by: UserSimple | Unset = UNSET
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
    finished_task_number: int | None | Unset = UNSET
    """ Finished tasks """
    ground_truth_number: int | None | Unset = UNSET
    """ Honeypot annotation number in project """
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
    num_tasks_with_annotations: int | None | Unset = UNSET
    """ Tasks with annotations count """
    organization: int | None | Unset = UNSET
    overlap_cohort_percentage: int | Unset = UNSET
    parsed_label_config: ProjectParsedLabelConfig | Unset = UNSET
    """ JSON-formatted labeling configuration """
    pinned_at: datetime.datetime | None | Unset = UNSET
    """ Pinned date and time """
    queue_done: int | Unset = UNSET
    queue_total: int | Unset = UNSET
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
    skipped_annotations_number: int | None | Unset = UNSET
    """ Skipped by collaborators annotation number in project """
    start_training_on_annotation_update: bool | Unset = UNSET
    """ Start model training after any annotations are submitted or updated """
    state: None | str | Unset = UNSET
    task_data_login: None | str | Unset = UNSET
    """ Task data credentials: login """
    task_data_password: None | str | Unset = UNSET
    """ Task data credentials: password """
    title: None | str | Unset = UNSET
    """ Project name. Must be between 3 and 50 characters long. """
    total_annotations_number: int | None | Unset = UNSET
    """ Total annotations number in project including skipped_annotations_number and ground_truth_number. """
    total_predictions_number: int | None | Unset = UNSET
    """ Total predictions number in project including skipped_annotations_number, ground_truth_number, and
    useful_annotation_number. """
    useful_annotation_number: int | None | Unset = UNSET
    """ Useful annotation number in project not including skipped_annotations_number and ground_truth_number. Total
    annotations = annotation_number + skipped_annotations_number + ground_truth_number """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: attributes holding credentials (tokens, passwords, keys): ``repr`` shows them as ``<hidden>``
    secret_fields: ClassVar[frozenset[str]] = frozenset({"task_data_password"})

    def __repr__(self) -> str:
        return secret_repr(self, self.secret_fields)

    def to_dict(self) -> dict[str, Any]:
        ProjectControlWeightsType0 = _import_ProjectControlWeightsType0()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id: Any = self.id
        if id is not UNSET:
            field_dict["id"] = id

        task_number: Any = self.task_number
        if task_number is not UNSET:
            field_dict["task_number"] = task_number

        annotator_evaluation_enabled: Any = self.annotator_evaluation_enabled
        if annotator_evaluation_enabled is not UNSET:
            field_dict["annotator_evaluation_enabled"] = annotator_evaluation_enabled

        color: Any = self.color
        if color is not UNSET:
            field_dict["color"] = color

        config_has_control_tags: Any = self.config_has_control_tags
        if config_has_control_tags is not UNSET:
            field_dict["config_has_control_tags"] = config_has_control_tags

        config_suitable_for_bulk_annotation: Any = self.config_suitable_for_bulk_annotation
        if config_suitable_for_bulk_annotation is not UNSET:
            field_dict["config_suitable_for_bulk_annotation"] = config_suitable_for_bulk_annotation

        control_weights = self.control_weights
        if not isinstance(control_weights, Unset):
            if control_weights is None:
                field_dict["control_weights"] = None
            else:
                if isinstance(control_weights, ProjectControlWeightsType0):
                    field_dict["control_weights"] = control_weights.to_dict()
                else:
                    field_dict["control_weights"] = control_weights

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = None if created_at is None else created_at.isoformat()

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

        finished_task_number: Any = self.finished_task_number
        if finished_task_number is not UNSET:
            field_dict["finished_task_number"] = finished_task_number

        ground_truth_number: Any = self.ground_truth_number
        if ground_truth_number is not UNSET:
            field_dict["ground_truth_number"] = ground_truth_number

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

        num_tasks_with_annotations: Any = self.num_tasks_with_annotations
        if num_tasks_with_annotations is not UNSET:
            field_dict["num_tasks_with_annotations"] = num_tasks_with_annotations

        organization: Any = self.organization
        if organization is not UNSET:
            field_dict["organization"] = organization

        overlap_cohort_percentage: Any = self.overlap_cohort_percentage
        if overlap_cohort_percentage is not UNSET:
            field_dict["overlap_cohort_percentage"] = overlap_cohort_percentage

        parsed_label_config = self.parsed_label_config
        if not isinstance(parsed_label_config, Unset):
            field_dict["parsed_label_config"] = None if parsed_label_config is None else parsed_label_config.to_dict()

        pinned_at = self.pinned_at
        if not isinstance(pinned_at, Unset):
            if pinned_at is None:
                field_dict["pinned_at"] = None
            else:
                if isinstance(pinned_at, datetime.datetime):
                    field_dict["pinned_at"] = pinned_at.isoformat()
                else:
                    field_dict["pinned_at"] = pinned_at

        queue_done: Any = self.queue_done
        if queue_done is not UNSET:
            field_dict["queue_done"] = queue_done

        queue_total: Any = self.queue_total
        if queue_total is not UNSET:
            field_dict["queue_total"] = queue_total

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

        skipped_annotations_number: Any = self.skipped_annotations_number
        if skipped_annotations_number is not UNSET:
            field_dict["skipped_annotations_number"] = skipped_annotations_number

        start_training_on_annotation_update: Any = self.start_training_on_annotation_update
        if start_training_on_annotation_update is not UNSET:
            field_dict["start_training_on_annotation_update"] = start_training_on_annotation_update

        state: Any = self.state
        if state is not UNSET:
            field_dict["state"] = state

        task_data_login: Any = self.task_data_login
        if task_data_login is not UNSET:
            field_dict["task_data_login"] = task_data_login

        task_data_password: Any = self.task_data_password
        if task_data_password is not UNSET:
            field_dict["task_data_password"] = task_data_password

        title: Any = self.title
        if title is not UNSET:
            field_dict["title"] = title

        total_annotations_number: Any = self.total_annotations_number
        if total_annotations_number is not UNSET:
            field_dict["total_annotations_number"] = total_annotations_number

        total_predictions_number: Any = self.total_predictions_number
        if total_predictions_number is not UNSET:
            field_dict["total_predictions_number"] = total_predictions_number

        useful_annotation_number: Any = self.useful_annotation_number
        if useful_annotation_number is not UNSET:
            field_dict["useful_annotation_number"] = useful_annotation_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        obj.id = get("id", UNSET)
        obj.task_number = get("task_number", UNSET)
        obj.annotator_evaluation_enabled = get("annotator_evaluation_enabled", UNSET)
        obj.color = get("color", UNSET)
        obj.config_has_control_tags = get("config_has_control_tags", UNSET)
        obj.config_suitable_for_bulk_annotation = get("config_suitable_for_bulk_annotation", UNSET)
        value = get("control_weights", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_control_weights(value)
        obj.control_weights = value
        value = get("created_at", UNSET)
        if value is not None and value is not UNSET:
            value = datetime.datetime.fromisoformat(value)
        obj.created_at = value
        value = get("created_by", UNSET)
        if value is not None and value is not UNSET:
            value = _import_UserSimple().from_dict(value)
        obj.created_by = value
        obj.description = get("description", UNSET)
        obj.enable_empty_annotation = get("enable_empty_annotation", UNSET)
        obj.evaluate_predictions_automatically = get("evaluate_predictions_automatically", UNSET)
        obj.expert_instruction = get("expert_instruction", UNSET)
        obj.finished_task_number = get("finished_task_number", UNSET)
        obj.ground_truth_number = get("ground_truth_number", UNSET)
        obj.is_draft = get("is_draft", UNSET)
        obj.is_published = get("is_published", UNSET)
        obj.label_config = get("label_config", UNSET)
        obj.maximum_annotations = get("maximum_annotations", UNSET)
        obj.min_annotations_to_start_training = get("min_annotations_to_start_training", UNSET)
        obj.model_version = get("model_version", UNSET)
        obj.num_tasks_with_annotations = get("num_tasks_with_annotations", UNSET)
        obj.organization = get("organization", UNSET)
        obj.overlap_cohort_percentage = get("overlap_cohort_percentage", UNSET)
        value = get("parsed_label_config", UNSET)
        if value is not None and value is not UNSET:
            value = _import_ProjectParsedLabelConfig().from_dict(value)
        obj.parsed_label_config = value
        value = get("pinned_at", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_pinned_at(value)
        obj.pinned_at = value
        obj.queue_done = get("queue_done", UNSET)
        obj.queue_total = get("queue_total", UNSET)
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
        obj.skipped_annotations_number = get("skipped_annotations_number", UNSET)
        obj.start_training_on_annotation_update = get("start_training_on_annotation_update", UNSET)
        obj.state = get("state", UNSET)
        obj.task_data_login = get("task_data_login", UNSET)
        obj.task_data_password = get("task_data_password", UNSET)
        obj.title = get("title", UNSET)
        obj.total_annotations_number = get("total_annotations_number", UNSET)
        obj.total_predictions_number = get("total_predictions_number", UNSET)
        obj.useful_annotation_number = get("useful_annotation_number", UNSET)
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


def _parse_control_weights(data: object) -> None | ProjectControlWeightsType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return _import_ProjectControlWeightsType0().from_dict(data)
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

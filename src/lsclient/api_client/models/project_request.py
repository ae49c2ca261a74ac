from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sampling_enum import SamplingEnum
from ..models.skip_queue_enum import SkipQueueEnum
from ..types import UNSET, Unset, secret_repr

if TYPE_CHECKING:
    from ..models.project_request_control_weights_type_0 import ProjectRequestControlWeightsType0
    from ..models.user_simple_request import UserSimpleRequest


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
        from ..models.project_request_control_weights_type_0 import ProjectRequestControlWeightsType0

        annotator_evaluation_enabled: Any = UNSET
        if not isinstance(self.annotator_evaluation_enabled, Unset):
            annotator_evaluation_enabled = self.annotator_evaluation_enabled

        color: Any = UNSET
        if not isinstance(self.color, Unset):
            if isinstance(self.color, Unset):
                color = UNSET
            else:
                color = self.color

        control_weights: Any = UNSET
        if not isinstance(self.control_weights, Unset):
            if isinstance(self.control_weights, Unset):
                control_weights = UNSET
            elif isinstance(self.control_weights, ProjectRequestControlWeightsType0):
                control_weights = self.control_weights.to_dict()
            else:
                control_weights = self.control_weights

        created_by: Any = UNSET
        if self.created_by is None:
            created_by = None
        elif not isinstance(self.created_by, Unset):
            created_by = UNSET
            if not isinstance(self.created_by, Unset):
                created_by = self.created_by.to_dict()

        description: Any = UNSET
        if not isinstance(self.description, Unset):
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

        enable_empty_annotation: Any = UNSET
        if not isinstance(self.enable_empty_annotation, Unset):
            enable_empty_annotation = self.enable_empty_annotation

        evaluate_predictions_automatically: Any = UNSET
        if not isinstance(self.evaluate_predictions_automatically, Unset):
            evaluate_predictions_automatically = self.evaluate_predictions_automatically

        expert_instruction: Any = UNSET
        if not isinstance(self.expert_instruction, Unset):
            if isinstance(self.expert_instruction, Unset):
                expert_instruction = UNSET
            else:
                expert_instruction = self.expert_instruction

        is_draft: Any = UNSET
        if not isinstance(self.is_draft, Unset):
            is_draft = self.is_draft

        is_published: Any = UNSET
        if not isinstance(self.is_published, Unset):
            is_published = self.is_published

        label_config: Any = UNSET
        if not isinstance(self.label_config, Unset):
            if isinstance(self.label_config, Unset):
                label_config = UNSET
            else:
                label_config = self.label_config

        maximum_annotations: Any = UNSET
        if not isinstance(self.maximum_annotations, Unset):
            maximum_annotations = self.maximum_annotations

        min_annotations_to_start_training: Any = UNSET
        if not isinstance(self.min_annotations_to_start_training, Unset):
            min_annotations_to_start_training = self.min_annotations_to_start_training

        model_version: Any = UNSET
        if not isinstance(self.model_version, Unset):
            if isinstance(self.model_version, Unset):
                model_version = UNSET
            else:
                model_version = self.model_version

        organization: Any = UNSET
        if not isinstance(self.organization, Unset):
            if isinstance(self.organization, Unset):
                organization = UNSET
            else:
                organization = self.organization

        overlap_cohort_percentage: Any = UNSET
        if not isinstance(self.overlap_cohort_percentage, Unset):
            overlap_cohort_percentage = self.overlap_cohort_percentage

        pinned_at: Any = UNSET
        if not isinstance(self.pinned_at, Unset):
            if isinstance(self.pinned_at, Unset):
                pinned_at = UNSET
            elif isinstance(self.pinned_at, datetime.datetime):
                pinned_at = self.pinned_at.isoformat()
            else:
                pinned_at = self.pinned_at

        reveal_preannotations_interactively: Any = UNSET
        if not isinstance(self.reveal_preannotations_interactively, Unset):
            reveal_preannotations_interactively = self.reveal_preannotations_interactively

        sampling: Any = UNSET
        if not isinstance(self.sampling, Unset):
            if isinstance(self.sampling, Unset):
                sampling = UNSET
            elif isinstance(self.sampling, SamplingEnum):
                sampling = self.sampling.value
            else:
                sampling = self.sampling

        show_annotation_history: Any = UNSET
        if not isinstance(self.show_annotation_history, Unset):
            show_annotation_history = self.show_annotation_history

        show_collab_predictions: Any = UNSET
        if not isinstance(self.show_collab_predictions, Unset):
            show_collab_predictions = self.show_collab_predictions

        show_ground_truth_first: Any = UNSET
        if not isinstance(self.show_ground_truth_first, Unset):
            show_ground_truth_first = self.show_ground_truth_first

        show_instruction: Any = UNSET
        if not isinstance(self.show_instruction, Unset):
            show_instruction = self.show_instruction

        show_overlap_first: Any = UNSET
        if not isinstance(self.show_overlap_first, Unset):
            show_overlap_first = self.show_overlap_first

        show_skip_button: Any = UNSET
        if not isinstance(self.show_skip_button, Unset):
            show_skip_button = self.show_skip_button

        skip_queue: Any = UNSET
        if not isinstance(self.skip_queue, Unset):
            if isinstance(self.skip_queue, Unset):
                skip_queue = UNSET
            elif isinstance(self.skip_queue, SkipQueueEnum):
                skip_queue = self.skip_queue.value
            else:
                skip_queue = self.skip_queue

        task_data_login: Any = UNSET
        if not isinstance(self.task_data_login, Unset):
            if isinstance(self.task_data_login, Unset):
                task_data_login = UNSET
            else:
                task_data_login = self.task_data_login

        task_data_password: Any = UNSET
        if not isinstance(self.task_data_password, Unset):
            if isinstance(self.task_data_password, Unset):
                task_data_password = UNSET
            else:
                task_data_password = self.task_data_password

        title: Any = UNSET
        if not isinstance(self.title, Unset):
            if isinstance(self.title, Unset):
                title = UNSET
            else:
                title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotator_evaluation_enabled is not UNSET:
            field_dict["annotator_evaluation_enabled"] = annotator_evaluation_enabled
        if color is not UNSET:
            field_dict["color"] = color
        if control_weights is not UNSET:
            field_dict["control_weights"] = control_weights
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if description is not UNSET:
            field_dict["description"] = description
        if enable_empty_annotation is not UNSET:
            field_dict["enable_empty_annotation"] = enable_empty_annotation
        if evaluate_predictions_automatically is not UNSET:
            field_dict["evaluate_predictions_automatically"] = evaluate_predictions_automatically
        if expert_instruction is not UNSET:
            field_dict["expert_instruction"] = expert_instruction
        if is_draft is not UNSET:
            field_dict["is_draft"] = is_draft
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        if label_config is not UNSET:
            field_dict["label_config"] = label_config
        if maximum_annotations is not UNSET:
            field_dict["maximum_annotations"] = maximum_annotations
        if min_annotations_to_start_training is not UNSET:
            field_dict["min_annotations_to_start_training"] = min_annotations_to_start_training
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if organization is not UNSET:
            field_dict["organization"] = organization
        if overlap_cohort_percentage is not UNSET:
            field_dict["overlap_cohort_percentage"] = overlap_cohort_percentage
        if pinned_at is not UNSET:
            field_dict["pinned_at"] = pinned_at
        if reveal_preannotations_interactively is not UNSET:
            field_dict["reveal_preannotations_interactively"] = reveal_preannotations_interactively
        if sampling is not UNSET:
            field_dict["sampling"] = sampling
        if show_annotation_history is not UNSET:
            field_dict["show_annotation_history"] = show_annotation_history
        if show_collab_predictions is not UNSET:
            field_dict["show_collab_predictions"] = show_collab_predictions
        if show_ground_truth_first is not UNSET:
            field_dict["show_ground_truth_first"] = show_ground_truth_first
        if show_instruction is not UNSET:
            field_dict["show_instruction"] = show_instruction
        if show_overlap_first is not UNSET:
            field_dict["show_overlap_first"] = show_overlap_first
        if show_skip_button is not UNSET:
            field_dict["show_skip_button"] = show_skip_button
        if skip_queue is not UNSET:
            field_dict["skip_queue"] = skip_queue
        if task_data_login is not UNSET:
            field_dict["task_data_login"] = task_data_login
        if task_data_password is not UNSET:
            field_dict["task_data_password"] = task_data_password
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_request_control_weights_type_0 import ProjectRequestControlWeightsType0
        from ..models.user_simple_request import UserSimpleRequest

        d = dict(src_dict)
        annotator_evaluation_enabled = d.pop("annotator_evaluation_enabled", UNSET)

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_control_weights(data: object) -> None | ProjectRequestControlWeightsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                control_weights_type_0 = ProjectRequestControlWeightsType0.from_dict(data)

                return control_weights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectRequestControlWeightsType0 | Unset, data)

        control_weights = _parse_control_weights(d.pop("control_weights", UNSET))

        if d.get("created_by", UNSET) is not None:
            _created_by = d.pop("created_by", UNSET)
            created_by: UserSimpleRequest | Unset
            if isinstance(_created_by, Unset):
                created_by = UNSET
            else:
                created_by = UserSimpleRequest.from_dict(_created_by)

        else:
            created_by = cast(Any, d.pop("created_by"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        enable_empty_annotation = d.pop("enable_empty_annotation", UNSET)

        evaluate_predictions_automatically = d.pop("evaluate_predictions_automatically", UNSET)

        def _parse_expert_instruction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expert_instruction = _parse_expert_instruction(d.pop("expert_instruction", UNSET))

        is_draft = d.pop("is_draft", UNSET)

        is_published = d.pop("is_published", UNSET)

        def _parse_label_config(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_config = _parse_label_config(d.pop("label_config", UNSET))

        maximum_annotations = d.pop("maximum_annotations", UNSET)

        min_annotations_to_start_training = d.pop("min_annotations_to_start_training", UNSET)

        def _parse_model_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_version = _parse_model_version(d.pop("model_version", UNSET))

        def _parse_organization(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        overlap_cohort_percentage = d.pop("overlap_cohort_percentage", UNSET)

        def _parse_pinned_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pinned_at_type_0 = datetime.datetime.fromisoformat(data)

                return pinned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        pinned_at = _parse_pinned_at(d.pop("pinned_at", UNSET))

        reveal_preannotations_interactively = d.pop("reveal_preannotations_interactively", UNSET)

        def _parse_sampling(data: object) -> None | SamplingEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sampling_type_1 = SamplingEnum(data)

                return sampling_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SamplingEnum | Unset, data)

        sampling = _parse_sampling(d.pop("sampling", UNSET))

        show_annotation_history = d.pop("show_annotation_history", UNSET)

        show_collab_predictions = d.pop("show_collab_predictions", UNSET)

        show_ground_truth_first = d.pop("show_ground_truth_first", UNSET)

        show_instruction = d.pop("show_instruction", UNSET)

        show_overlap_first = d.pop("show_overlap_first", UNSET)

        show_skip_button = d.pop("show_skip_button", UNSET)

        def _parse_skip_queue(data: object) -> None | SkipQueueEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                skip_queue_type_1 = SkipQueueEnum(data)

                return skip_queue_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SkipQueueEnum | Unset, data)

        skip_queue = _parse_skip_queue(d.pop("skip_queue", UNSET))

        def _parse_task_data_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_data_login = _parse_task_data_login(d.pop("task_data_login", UNSET))

        def _parse_task_data_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_data_password = _parse_task_data_password(d.pop("task_data_password", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        project_request = cls(
            annotator_evaluation_enabled=annotator_evaluation_enabled,
            color=color,
            control_weights=control_weights,
            created_by=created_by,
            description=description,
            enable_empty_annotation=enable_empty_annotation,
            evaluate_predictions_automatically=evaluate_predictions_automatically,
            expert_instruction=expert_instruction,
            is_draft=is_draft,
            is_published=is_published,
            label_config=label_config,
            maximum_annotations=maximum_annotations,
            min_annotations_to_start_training=min_annotations_to_start_training,
            model_version=model_version,
            organization=organization,
            overlap_cohort_percentage=overlap_cohort_percentage,
            pinned_at=pinned_at,
            reveal_preannotations_interactively=reveal_preannotations_interactively,
            sampling=sampling,
            show_annotation_history=show_annotation_history,
            show_collab_predictions=show_collab_predictions,
            show_ground_truth_first=show_ground_truth_first,
            show_instruction=show_instruction,
            show_overlap_first=show_overlap_first,
            show_skip_button=show_skip_button,
            skip_queue=skip_queue,
            task_data_login=task_data_login,
            task_data_password=task_data_password,
            title=title,
        )

        project_request.additional_properties = d
        return project_request

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

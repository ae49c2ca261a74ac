from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhooks_info_retrieve_response_200annotationcreated import (
        WebhooksInfoRetrieveResponse200ANNOTATIONCREATED,
    )
    from ..models.webhooks_info_retrieve_response_200annotationscreated import (
        WebhooksInfoRetrieveResponse200ANNOTATIONSCREATED,
    )
    from ..models.webhooks_info_retrieve_response_200annotationsdeleted import (
        WebhooksInfoRetrieveResponse200ANNOTATIONSDELETED,
    )
    from ..models.webhooks_info_retrieve_response_200annotationupdated import (
        WebhooksInfoRetrieveResponse200ANNOTATIONUPDATED,
    )
    from ..models.webhooks_info_retrieve_response_200labellinkcreated import (
        WebhooksInfoRetrieveResponse200LABELLINKCREATED,
    )
    from ..models.webhooks_info_retrieve_response_200labellinkdeleted import (
        WebhooksInfoRetrieveResponse200LABELLINKDELETED,
    )
    from ..models.webhooks_info_retrieve_response_200labellinkupdated import (
        WebhooksInfoRetrieveResponse200LABELLINKUPDATED,
    )
    from ..models.webhooks_info_retrieve_response_200projectcreated import WebhooksInfoRetrieveResponse200PROJECTCREATED
    from ..models.webhooks_info_retrieve_response_200projectdeleted import WebhooksInfoRetrieveResponse200PROJECTDELETED
    from ..models.webhooks_info_retrieve_response_200projectupdated import WebhooksInfoRetrieveResponse200PROJECTUPDATED
    from ..models.webhooks_info_retrieve_response_200taskscreated import WebhooksInfoRetrieveResponse200TASKSCREATED
    from ..models.webhooks_info_retrieve_response_200tasksdeleted import WebhooksInfoRetrieveResponse200TASKSDELETED


T = TypeVar("T", bound="WebhooksInfoRetrieveResponse200")


@_attrs_define
class WebhooksInfoRetrieveResponse200:
    annotations_created: WebhooksInfoRetrieveResponse200ANNOTATIONSCREATED | Unset = UNSET
    annotations_deleted: WebhooksInfoRetrieveResponse200ANNOTATIONSDELETED | Unset = UNSET
    annotation_created: WebhooksInfoRetrieveResponse200ANNOTATIONCREATED | Unset = UNSET
    annotation_updated: WebhooksInfoRetrieveResponse200ANNOTATIONUPDATED | Unset = UNSET
    label_link_created: WebhooksInfoRetrieveResponse200LABELLINKCREATED | Unset = UNSET
    label_link_deleted: WebhooksInfoRetrieveResponse200LABELLINKDELETED | Unset = UNSET
    label_link_updated: WebhooksInfoRetrieveResponse200LABELLINKUPDATED | Unset = UNSET
    project_created: WebhooksInfoRetrieveResponse200PROJECTCREATED | Unset = UNSET
    project_deleted: WebhooksInfoRetrieveResponse200PROJECTDELETED | Unset = UNSET
    project_updated: WebhooksInfoRetrieveResponse200PROJECTUPDATED | Unset = UNSET
    tasks_created: WebhooksInfoRetrieveResponse200TASKSCREATED | Unset = UNSET
    tasks_deleted: WebhooksInfoRetrieveResponse200TASKSDELETED | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "annotations_created": "ANNOTATIONS_CREATED",
        "annotations_deleted": "ANNOTATIONS_DELETED",
        "annotation_created": "ANNOTATION_CREATED",
        "annotation_updated": "ANNOTATION_UPDATED",
        "label_link_created": "LABEL_LINK_CREATED",
        "label_link_deleted": "LABEL_LINK_DELETED",
        "label_link_updated": "LABEL_LINK_UPDATED",
        "project_created": "PROJECT_CREATED",
        "project_deleted": "PROJECT_DELETED",
        "project_updated": "PROJECT_UPDATED",
        "tasks_created": "TASKS_CREATED",
        "tasks_deleted": "TASKS_DELETED",
    }

    def to_dict(self) -> dict[str, Any]:
        annotations_created: Any = UNSET
        if self.annotations_created is None:
            annotations_created = None
        elif not isinstance(self.annotations_created, Unset):
            annotations_created = UNSET
            if not isinstance(self.annotations_created, Unset):
                annotations_created = self.annotations_created.to_dict()

        annotations_deleted: Any = UNSET
        if self.annotations_deleted is None:
            annotations_deleted = None
        elif not isinstance(self.annotations_deleted, Unset):
            annotations_deleted = UNSET
            if not isinstance(self.annotations_deleted, Unset):
                annotations_deleted = self.annotations_deleted.to_dict()

        annotation_created: Any = UNSET
        if self.annotation_created is None:
            annotation_created = None
        elif not isinstance(self.annotation_created, Unset):
            annotation_created = UNSET
            if not isinstance(self.annotation_created, Unset):
                annotation_created = self.annotation_created.to_dict()

        annotation_updated: Any = UNSET
        if self.annotation_updated is None:
            annotation_updated = None
        elif not isinstance(self.annotation_updated, Unset):
            annotation_updated = UNSET
            if not isinstance(self.annotation_updated, Unset):
                annotation_updated = self.annotation_updated.to_dict()

        label_link_created: Any = UNSET
        if self.label_link_created is None:
            label_link_created = None
        elif not isinstance(self.label_link_created, Unset):
            label_link_created = UNSET
            if not isinstance(self.label_link_created, Unset):
                label_link_created = self.label_link_created.to_dict()

        label_link_deleted: Any = UNSET
        if self.label_link_deleted is None:
            label_link_deleted = None
        elif not isinstance(self.label_link_deleted, Unset):
            label_link_deleted = UNSET
            if not isinstance(self.label_link_deleted, Unset):
                label_link_deleted = self.label_link_deleted.to_dict()

        label_link_updated: Any = UNSET
        if self.label_link_updated is None:
            label_link_updated = None
        elif not isinstance(self.label_link_updated, Unset):
            label_link_updated = UNSET
            if not isinstance(self.label_link_updated, Unset):
                label_link_updated = self.label_link_updated.to_dict()

        project_created: Any = UNSET
        if self.project_created is None:
            project_created = None
        elif not isinstance(self.project_created, Unset):
            project_created = UNSET
            if not isinstance(self.project_created, Unset):
                project_created = self.project_created.to_dict()

        project_deleted: Any = UNSET
        if self.project_deleted is None:
            project_deleted = None
        elif not isinstance(self.project_deleted, Unset):
            project_deleted = UNSET
            if not isinstance(self.project_deleted, Unset):
                project_deleted = self.project_deleted.to_dict()

        project_updated: Any = UNSET
        if self.project_updated is None:
            project_updated = None
        elif not isinstance(self.project_updated, Unset):
            project_updated = UNSET
            if not isinstance(self.project_updated, Unset):
                project_updated = self.project_updated.to_dict()

        tasks_created: Any = UNSET
        if self.tasks_created is None:
            tasks_created = None
        elif not isinstance(self.tasks_created, Unset):
            tasks_created = UNSET
            if not isinstance(self.tasks_created, Unset):
                tasks_created = self.tasks_created.to_dict()

        tasks_deleted: Any = UNSET
        if self.tasks_deleted is None:
            tasks_deleted = None
        elif not isinstance(self.tasks_deleted, Unset):
            tasks_deleted = UNSET
            if not isinstance(self.tasks_deleted, Unset):
                tasks_deleted = self.tasks_deleted.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotations_created is not UNSET:
            field_dict["ANNOTATIONS_CREATED"] = annotations_created
        if annotations_deleted is not UNSET:
            field_dict["ANNOTATIONS_DELETED"] = annotations_deleted
        if annotation_created is not UNSET:
            field_dict["ANNOTATION_CREATED"] = annotation_created
        if annotation_updated is not UNSET:
            field_dict["ANNOTATION_UPDATED"] = annotation_updated
        if label_link_created is not UNSET:
            field_dict["LABEL_LINK_CREATED"] = label_link_created
        if label_link_deleted is not UNSET:
            field_dict["LABEL_LINK_DELETED"] = label_link_deleted
        if label_link_updated is not UNSET:
            field_dict["LABEL_LINK_UPDATED"] = label_link_updated
        if project_created is not UNSET:
            field_dict["PROJECT_CREATED"] = project_created
        if project_deleted is not UNSET:
            field_dict["PROJECT_DELETED"] = project_deleted
        if project_updated is not UNSET:
            field_dict["PROJECT_UPDATED"] = project_updated
        if tasks_created is not UNSET:
            field_dict["TASKS_CREATED"] = tasks_created
        if tasks_deleted is not UNSET:
            field_dict["TASKS_DELETED"] = tasks_deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhooks_info_retrieve_response_200annotationcreated import (
            WebhooksInfoRetrieveResponse200ANNOTATIONCREATED,
        )
        from ..models.webhooks_info_retrieve_response_200annotationscreated import (
            WebhooksInfoRetrieveResponse200ANNOTATIONSCREATED,
        )
        from ..models.webhooks_info_retrieve_response_200annotationsdeleted import (
            WebhooksInfoRetrieveResponse200ANNOTATIONSDELETED,
        )
        from ..models.webhooks_info_retrieve_response_200annotationupdated import (
            WebhooksInfoRetrieveResponse200ANNOTATIONUPDATED,
        )
        from ..models.webhooks_info_retrieve_response_200labellinkcreated import (
            WebhooksInfoRetrieveResponse200LABELLINKCREATED,
        )
        from ..models.webhooks_info_retrieve_response_200labellinkdeleted import (
            WebhooksInfoRetrieveResponse200LABELLINKDELETED,
        )
        from ..models.webhooks_info_retrieve_response_200labellinkupdated import (
            WebhooksInfoRetrieveResponse200LABELLINKUPDATED,
        )
        from ..models.webhooks_info_retrieve_response_200projectcreated import (
            WebhooksInfoRetrieveResponse200PROJECTCREATED,
        )
        from ..models.webhooks_info_retrieve_response_200projectdeleted import (
            WebhooksInfoRetrieveResponse200PROJECTDELETED,
        )
        from ..models.webhooks_info_retrieve_response_200projectupdated import (
            WebhooksInfoRetrieveResponse200PROJECTUPDATED,
        )
        from ..models.webhooks_info_retrieve_response_200taskscreated import WebhooksInfoRetrieveResponse200TASKSCREATED
        from ..models.webhooks_info_retrieve_response_200tasksdeleted import WebhooksInfoRetrieveResponse200TASKSDELETED

        d = dict(src_dict)
        if d.get("ANNOTATIONS_CREATED", UNSET) is not None:
            _annotations_created = d.pop("ANNOTATIONS_CREATED", UNSET)
            annotations_created: WebhooksInfoRetrieveResponse200ANNOTATIONSCREATED | Unset
            if isinstance(_annotations_created, Unset):
                annotations_created = UNSET
            else:
                annotations_created = WebhooksInfoRetrieveResponse200ANNOTATIONSCREATED.from_dict(_annotations_created)

        else:
            annotations_created = cast(Any, d.pop("ANNOTATIONS_CREATED"))

        if d.get("ANNOTATIONS_DELETED", UNSET) is not None:
            _annotations_deleted = d.pop("ANNOTATIONS_DELETED", UNSET)
            annotations_deleted: WebhooksInfoRetrieveResponse200ANNOTATIONSDELETED | Unset
            if isinstance(_annotations_deleted, Unset):
                annotations_deleted = UNSET
            else:
                annotations_deleted = WebhooksInfoRetrieveResponse200ANNOTATIONSDELETED.from_dict(_annotations_deleted)

        else:
            annotations_deleted = cast(Any, d.pop("ANNOTATIONS_DELETED"))

        if d.get("ANNOTATION_CREATED", UNSET) is not None:
            _annotation_created = d.pop("ANNOTATION_CREATED", UNSET)
            annotation_created: WebhooksInfoRetrieveResponse200ANNOTATIONCREATED | Unset
            if isinstance(_annotation_created, Unset):
                annotation_created = UNSET
            else:
                annotation_created = WebhooksInfoRetrieveResponse200ANNOTATIONCREATED.from_dict(_annotation_created)

        else:
            annotation_created = cast(Any, d.pop("ANNOTATION_CREATED"))

        if d.get("ANNOTATION_UPDATED", UNSET) is not None:
            _annotation_updated = d.pop("ANNOTATION_UPDATED", UNSET)
            annotation_updated: WebhooksInfoRetrieveResponse200ANNOTATIONUPDATED | Unset
            if isinstance(_annotation_updated, Unset):
                annotation_updated = UNSET
            else:
                annotation_updated = WebhooksInfoRetrieveResponse200ANNOTATIONUPDATED.from_dict(_annotation_updated)

        else:
            annotation_updated = cast(Any, d.pop("ANNOTATION_UPDATED"))

        if d.get("LABEL_LINK_CREATED", UNSET) is not None:
            _label_link_created = d.pop("LABEL_LINK_CREATED", UNSET)
            label_link_created: WebhooksInfoRetrieveResponse200LABELLINKCREATED | Unset
            if isinstance(_label_link_created, Unset):
                label_link_created = UNSET
            else:
                label_link_created = WebhooksInfoRetrieveResponse200LABELLINKCREATED.from_dict(_label_link_created)

        else:
            label_link_created = cast(Any, d.pop("LABEL_LINK_CREATED"))

        if d.get("LABEL_LINK_DELETED", UNSET) is not None:
            _label_link_deleted = d.pop("LABEL_LINK_DELETED", UNSET)
            label_link_deleted: WebhooksInfoRetrieveResponse200LABELLINKDELETED | Unset
            if isinstance(_label_link_deleted, Unset):
                label_link_deleted = UNSET
            else:
                label_link_deleted = WebhooksInfoRetrieveResponse200LABELLINKDELETED.from_dict(_label_link_deleted)

        else:
            label_link_deleted = cast(Any, d.pop("LABEL_LINK_DELETED"))

        if d.get("LABEL_LINK_UPDATED", UNSET) is not None:
            _label_link_updated = d.pop("LABEL_LINK_UPDATED", UNSET)
            label_link_updated: WebhooksInfoRetrieveResponse200LABELLINKUPDATED | Unset
            if isinstance(_label_link_updated, Unset):
                label_link_updated = UNSET
            else:
                label_link_updated = WebhooksInfoRetrieveResponse200LABELLINKUPDATED.from_dict(_label_link_updated)

        else:
            label_link_updated = cast(Any, d.pop("LABEL_LINK_UPDATED"))

        if d.get("PROJECT_CREATED", UNSET) is not None:
            _project_created = d.pop("PROJECT_CREATED", UNSET)
            project_created: WebhooksInfoRetrieveResponse200PROJECTCREATED | Unset
            if isinstance(_project_created, Unset):
                project_created = UNSET
            else:
                project_created = WebhooksInfoRetrieveResponse200PROJECTCREATED.from_dict(_project_created)

        else:
            project_created = cast(Any, d.pop("PROJECT_CREATED"))

        if d.get("PROJECT_DELETED", UNSET) is not None:
            _project_deleted = d.pop("PROJECT_DELETED", UNSET)
            project_deleted: WebhooksInfoRetrieveResponse200PROJECTDELETED | Unset
            if isinstance(_project_deleted, Unset):
                project_deleted = UNSET
            else:
                project_deleted = WebhooksInfoRetrieveResponse200PROJECTDELETED.from_dict(_project_deleted)

        else:
            project_deleted = cast(Any, d.pop("PROJECT_DELETED"))

        if d.get("PROJECT_UPDATED", UNSET) is not None:
            _project_updated = d.pop("PROJECT_UPDATED", UNSET)
            project_updated: WebhooksInfoRetrieveResponse200PROJECTUPDATED | Unset
            if isinstance(_project_updated, Unset):
                project_updated = UNSET
            else:
                project_updated = WebhooksInfoRetrieveResponse200PROJECTUPDATED.from_dict(_project_updated)

        else:
            project_updated = cast(Any, d.pop("PROJECT_UPDATED"))

        if d.get("TASKS_CREATED", UNSET) is not None:
            _tasks_created = d.pop("TASKS_CREATED", UNSET)
            tasks_created: WebhooksInfoRetrieveResponse200TASKSCREATED | Unset
            if isinstance(_tasks_created, Unset):
                tasks_created = UNSET
            else:
                tasks_created = WebhooksInfoRetrieveResponse200TASKSCREATED.from_dict(_tasks_created)

        else:
            tasks_created = cast(Any, d.pop("TASKS_CREATED"))

        if d.get("TASKS_DELETED", UNSET) is not None:
            _tasks_deleted = d.pop("TASKS_DELETED", UNSET)
            tasks_deleted: WebhooksInfoRetrieveResponse200TASKSDELETED | Unset
            if isinstance(_tasks_deleted, Unset):
                tasks_deleted = UNSET
            else:
                tasks_deleted = WebhooksInfoRetrieveResponse200TASKSDELETED.from_dict(_tasks_deleted)

        else:
            tasks_deleted = cast(Any, d.pop("TASKS_DELETED"))

        webhooks_info_retrieve_response_200 = cls(
            annotations_created=annotations_created,
            annotations_deleted=annotations_deleted,
            annotation_created=annotation_created,
            annotation_updated=annotation_updated,
            label_link_created=label_link_created,
            label_link_deleted=label_link_deleted,
            label_link_updated=label_link_updated,
            project_created=project_created,
            project_deleted=project_deleted,
            project_updated=project_updated,
            tasks_created=tasks_created,
            tasks_deleted=tasks_deleted,
        )

        webhooks_info_retrieve_response_200.additional_properties = d
        return webhooks_info_retrieve_response_200

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

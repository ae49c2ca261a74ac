from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

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


@functools.cache
def _import_WebhooksInfoRetrieveResponse200ANNOTATIONCREATED() -> type[
    WebhooksInfoRetrieveResponse200ANNOTATIONCREATED
]:
    from ..models.webhooks_info_retrieve_response_200annotationcreated import (
        WebhooksInfoRetrieveResponse200ANNOTATIONCREATED,
    )

    return WebhooksInfoRetrieveResponse200ANNOTATIONCREATED


@functools.cache
def _import_WebhooksInfoRetrieveResponse200ANNOTATIONSCREATED() -> type[
    WebhooksInfoRetrieveResponse200ANNOTATIONSCREATED
]:
    from ..models.webhooks_info_retrieve_response_200annotationscreated import (
        WebhooksInfoRetrieveResponse200ANNOTATIONSCREATED,
    )

    return WebhooksInfoRetrieveResponse200ANNOTATIONSCREATED


@functools.cache
def _import_WebhooksInfoRetrieveResponse200ANNOTATIONSDELETED() -> type[
    WebhooksInfoRetrieveResponse200ANNOTATIONSDELETED
]:
    from ..models.webhooks_info_retrieve_response_200annotationsdeleted import (
        WebhooksInfoRetrieveResponse200ANNOTATIONSDELETED,
    )

    return WebhooksInfoRetrieveResponse200ANNOTATIONSDELETED


@functools.cache
def _import_WebhooksInfoRetrieveResponse200ANNOTATIONUPDATED() -> type[
    WebhooksInfoRetrieveResponse200ANNOTATIONUPDATED
]:
    from ..models.webhooks_info_retrieve_response_200annotationupdated import (
        WebhooksInfoRetrieveResponse200ANNOTATIONUPDATED,
    )

    return WebhooksInfoRetrieveResponse200ANNOTATIONUPDATED


@functools.cache
def _import_WebhooksInfoRetrieveResponse200LABELLINKCREATED() -> type[WebhooksInfoRetrieveResponse200LABELLINKCREATED]:
    from ..models.webhooks_info_retrieve_response_200labellinkcreated import (
        WebhooksInfoRetrieveResponse200LABELLINKCREATED,
    )

    return WebhooksInfoRetrieveResponse200LABELLINKCREATED


@functools.cache
def _import_WebhooksInfoRetrieveResponse200LABELLINKDELETED() -> type[WebhooksInfoRetrieveResponse200LABELLINKDELETED]:
    from ..models.webhooks_info_retrieve_response_200labellinkdeleted import (
        WebhooksInfoRetrieveResponse200LABELLINKDELETED,
    )

    return WebhooksInfoRetrieveResponse200LABELLINKDELETED


@functools.cache
def _import_WebhooksInfoRetrieveResponse200LABELLINKUPDATED() -> type[WebhooksInfoRetrieveResponse200LABELLINKUPDATED]:
    from ..models.webhooks_info_retrieve_response_200labellinkupdated import (
        WebhooksInfoRetrieveResponse200LABELLINKUPDATED,
    )

    return WebhooksInfoRetrieveResponse200LABELLINKUPDATED


@functools.cache
def _import_WebhooksInfoRetrieveResponse200PROJECTCREATED() -> type[WebhooksInfoRetrieveResponse200PROJECTCREATED]:
    from ..models.webhooks_info_retrieve_response_200projectcreated import WebhooksInfoRetrieveResponse200PROJECTCREATED

    return WebhooksInfoRetrieveResponse200PROJECTCREATED


@functools.cache
def _import_WebhooksInfoRetrieveResponse200PROJECTDELETED() -> type[WebhooksInfoRetrieveResponse200PROJECTDELETED]:
    from ..models.webhooks_info_retrieve_response_200projectdeleted import WebhooksInfoRetrieveResponse200PROJECTDELETED

    return WebhooksInfoRetrieveResponse200PROJECTDELETED


@functools.cache
def _import_WebhooksInfoRetrieveResponse200PROJECTUPDATED() -> type[WebhooksInfoRetrieveResponse200PROJECTUPDATED]:
    from ..models.webhooks_info_retrieve_response_200projectupdated import WebhooksInfoRetrieveResponse200PROJECTUPDATED

    return WebhooksInfoRetrieveResponse200PROJECTUPDATED


@functools.cache
def _import_WebhooksInfoRetrieveResponse200TASKSCREATED() -> type[WebhooksInfoRetrieveResponse200TASKSCREATED]:
    from ..models.webhooks_info_retrieve_response_200taskscreated import WebhooksInfoRetrieveResponse200TASKSCREATED

    return WebhooksInfoRetrieveResponse200TASKSCREATED


@functools.cache
def _import_WebhooksInfoRetrieveResponse200TASKSDELETED() -> type[WebhooksInfoRetrieveResponse200TASKSDELETED]:
    from ..models.webhooks_info_retrieve_response_200tasksdeleted import WebhooksInfoRetrieveResponse200TASKSDELETED

    return WebhooksInfoRetrieveResponse200TASKSDELETED


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset(
    {
        "ANNOTATIONS_CREATED",
        "ANNOTATIONS_DELETED",
        "ANNOTATION_CREATED",
        "ANNOTATION_UPDATED",
        "LABEL_LINK_CREATED",
        "LABEL_LINK_DELETED",
        "LABEL_LINK_UPDATED",
        "PROJECT_CREATED",
        "PROJECT_DELETED",
        "PROJECT_UPDATED",
        "TASKS_CREATED",
        "TASKS_DELETED",
    }
)


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        annotations_created = self.annotations_created
        if not isinstance(annotations_created, Unset):
            field_dict["ANNOTATIONS_CREATED"] = None if annotations_created is None else annotations_created.to_dict()

        annotations_deleted = self.annotations_deleted
        if not isinstance(annotations_deleted, Unset):
            field_dict["ANNOTATIONS_DELETED"] = None if annotations_deleted is None else annotations_deleted.to_dict()

        annotation_created = self.annotation_created
        if not isinstance(annotation_created, Unset):
            field_dict["ANNOTATION_CREATED"] = None if annotation_created is None else annotation_created.to_dict()

        annotation_updated = self.annotation_updated
        if not isinstance(annotation_updated, Unset):
            field_dict["ANNOTATION_UPDATED"] = None if annotation_updated is None else annotation_updated.to_dict()

        label_link_created = self.label_link_created
        if not isinstance(label_link_created, Unset):
            field_dict["LABEL_LINK_CREATED"] = None if label_link_created is None else label_link_created.to_dict()

        label_link_deleted = self.label_link_deleted
        if not isinstance(label_link_deleted, Unset):
            field_dict["LABEL_LINK_DELETED"] = None if label_link_deleted is None else label_link_deleted.to_dict()

        label_link_updated = self.label_link_updated
        if not isinstance(label_link_updated, Unset):
            field_dict["LABEL_LINK_UPDATED"] = None if label_link_updated is None else label_link_updated.to_dict()

        project_created = self.project_created
        if not isinstance(project_created, Unset):
            field_dict["PROJECT_CREATED"] = None if project_created is None else project_created.to_dict()

        project_deleted = self.project_deleted
        if not isinstance(project_deleted, Unset):
            field_dict["PROJECT_DELETED"] = None if project_deleted is None else project_deleted.to_dict()

        project_updated = self.project_updated
        if not isinstance(project_updated, Unset):
            field_dict["PROJECT_UPDATED"] = None if project_updated is None else project_updated.to_dict()

        tasks_created = self.tasks_created
        if not isinstance(tasks_created, Unset):
            field_dict["TASKS_CREATED"] = None if tasks_created is None else tasks_created.to_dict()

        tasks_deleted = self.tasks_deleted
        if not isinstance(tasks_deleted, Unset):
            field_dict["TASKS_DELETED"] = None if tasks_deleted is None else tasks_deleted.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("ANNOTATIONS_CREATED", UNSET)
        if value is not None and value is not UNSET:
            value = _import_WebhooksInfoRetrieveResponse200ANNOTATIONSCREATED().from_dict(value)
        obj.annotations_created = value
        value = get("ANNOTATIONS_DELETED", UNSET)
        if value is not None and value is not UNSET:
            value = _import_WebhooksInfoRetrieveResponse200ANNOTATIONSDELETED().from_dict(value)
        obj.annotations_deleted = value
        value = get("ANNOTATION_CREATED", UNSET)
        if value is not None and value is not UNSET:
            value = _import_WebhooksInfoRetrieveResponse200ANNOTATIONCREATED().from_dict(value)
        obj.annotation_created = value
        value = get("ANNOTATION_UPDATED", UNSET)
        if value is not None and value is not UNSET:
            value = _import_WebhooksInfoRetrieveResponse200ANNOTATIONUPDATED().from_dict(value)
        obj.annotation_updated = value
        value = get("LABEL_LINK_CREATED", UNSET)
        if value is not None and value is not UNSET:
            value = _import_WebhooksInfoRetrieveResponse200LABELLINKCREATED().from_dict(value)
        obj.label_link_created = value
        value = get("LABEL_LINK_DELETED", UNSET)
        if value is not None and value is not UNSET:
            value = _import_WebhooksInfoRetrieveResponse200LABELLINKDELETED().from_dict(value)
        obj.label_link_deleted = value
        value = get("LABEL_LINK_UPDATED", UNSET)
        if value is not None and value is not UNSET:
            value = _import_WebhooksInfoRetrieveResponse200LABELLINKUPDATED().from_dict(value)
        obj.label_link_updated = value
        value = get("PROJECT_CREATED", UNSET)
        if value is not None and value is not UNSET:
            value = _import_WebhooksInfoRetrieveResponse200PROJECTCREATED().from_dict(value)
        obj.project_created = value
        value = get("PROJECT_DELETED", UNSET)
        if value is not None and value is not UNSET:
            value = _import_WebhooksInfoRetrieveResponse200PROJECTDELETED().from_dict(value)
        obj.project_deleted = value
        value = get("PROJECT_UPDATED", UNSET)
        if value is not None and value is not UNSET:
            value = _import_WebhooksInfoRetrieveResponse200PROJECTUPDATED().from_dict(value)
        obj.project_updated = value
        value = get("TASKS_CREATED", UNSET)
        if value is not None and value is not UNSET:
            value = _import_WebhooksInfoRetrieveResponse200TASKSCREATED().from_dict(value)
        obj.tasks_created = value
        value = get("TASKS_DELETED", UNSET)
        if value is not None and value is not UNSET:
            value = _import_WebhooksInfoRetrieveResponse200TASKSDELETED().from_dict(value)
        obj.tasks_deleted = value
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

from enum import StrEnum
from typing import Self


class ActionsEnum(StrEnum):
    ANNOTATIONS_CREATED = "ANNOTATIONS_CREATED"
    ANNOTATIONS_DELETED = "ANNOTATIONS_DELETED"
    ANNOTATION_CREATED = "ANNOTATION_CREATED"
    ANNOTATION_UPDATED = "ANNOTATION_UPDATED"
    LABEL_LINK_CREATED = "LABEL_LINK_CREATED"
    LABEL_LINK_DELETED = "LABEL_LINK_DELETED"
    LABEL_LINK_UPDATED = "LABEL_LINK_UPDATED"
    PROJECT_CREATED = "PROJECT_CREATED"
    PROJECT_DELETED = "PROJECT_DELETED"
    PROJECT_UPDATED = "PROJECT_UPDATED"
    TASKS_CREATED = "TASKS_CREATED"
    TASKS_DELETED = "TASKS_DELETED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        """Keep a value this client does not know yet instead of rejecting the whole response."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

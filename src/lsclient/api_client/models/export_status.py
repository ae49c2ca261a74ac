from enum import StrEnum
from typing import Self


class ExportStatus(StrEnum):
    COMPLETED = "completed"
    CREATED = "created"
    FAILED = "failed"
    IN_PROGRESS = "in_progress"

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

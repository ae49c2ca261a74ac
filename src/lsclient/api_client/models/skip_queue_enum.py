from enum import StrEnum
from typing import Self


class SkipQueueEnum(StrEnum):
    IGNORE_SKIPPED = "IGNORE_SKIPPED"
    REQUEUE_FOR_ME = "REQUEUE_FOR_ME"
    REQUEUE_FOR_OTHERS = "REQUEUE_FOR_OTHERS"

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

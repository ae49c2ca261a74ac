from enum import StrEnum
from typing import Self


class DmViewsPartialUpdateBodyDataFiltersItemsItemOperator(StrEnum):
    CONTAINS = "contains"
    ENDS_WITH = "ends_with"
    EQUAL = "equal"
    EXISTS = "exists"
    GREATER = "greater"
    GREATER_OR_EQUAL = "greater_or_equal"
    IN = "in"
    LESS = "less"
    LESS_OR_EQUAL = "less_or_equal"
    NOT_CONTAINS = "not_contains"
    NOT_EQUAL = "not_equal"
    NOT_EXISTS = "not_exists"
    NOT_IN = "not_in"
    STARTS_WITH = "starts_with"

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

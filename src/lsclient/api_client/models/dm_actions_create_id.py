from enum import StrEnum
from typing import Self


class DmActionsCreateId(StrEnum):
    DELETE_ANNOTATORS = "delete_annotators"
    DELETE_GROUND_TRUTHS = "delete_ground_truths"
    DELETE_REVIEWERS = "delete_reviewers"
    DELETE_TASKS = "delete_tasks"
    DELETE_TASKS_ANNOTATIONS = "delete_tasks_annotations"
    DELETE_TASKS_PREDICTIONS = "delete_tasks_predictions"
    DELETE_TASKS_REVIEWS = "delete_tasks_reviews"
    PREDICTIONS_TO_ANNOTATIONS = "predictions_to_annotations"
    REMOVE_DUPLICATES = "remove_duplicates"
    RETRIEVE_TASKS_PREDICTIONS = "retrieve_tasks_predictions"

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

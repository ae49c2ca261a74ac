from enum import StrEnum
from typing import Self


class DmActionsCreateBodyOrderingItem(StrEnum):
    TASKSAGREEMENT = "tasks:agreement"
    TASKSANNOTATIONS_RESULTS = "tasks:annotations_results"
    TASKSANNOTATORS = "tasks:annotators"
    TASKSCANCELLED_ANNOTATIONS = "tasks:cancelled_annotations"
    TASKSCOMMENTS = "tasks:comments"
    TASKSCOMPLETED_AT = "tasks:completed_at"
    TASKSCREATED_AT = "tasks:created_at"
    TASKSFILE_UPLOAD = "tasks:file_upload"
    TASKSGROUND_TRUTH = "tasks:ground_truth"
    TASKSID = "tasks:id"
    TASKSINNER_ID = "tasks:inner_id"
    TASKSPREDICTIONS_MODEL_VERSIONS = "tasks:predictions_model_versions"
    TASKSPREDICTIONS_RESULTS = "tasks:predictions_results"
    TASKSPREDICTIONS_SCORE = "tasks:predictions_score"
    TASKSREVIEWED = "tasks:reviewed"
    TASKSREVIEWERS = "tasks:reviewers"
    TASKSREVIEWS_ACCEPTED = "tasks:reviews_accepted"
    TASKSREVIEWS_REJECTED = "tasks:reviews_rejected"
    TASKSTOTAL_ANNOTATIONS = "tasks:total_annotations"
    TASKSTOTAL_PREDICTIONS = "tasks:total_predictions"
    TASKSUNRESOLVED_COMMENT_COUNT = "tasks:unresolved_comment_count"
    TASKSUPDATED_AT = "tasks:updated_at"

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

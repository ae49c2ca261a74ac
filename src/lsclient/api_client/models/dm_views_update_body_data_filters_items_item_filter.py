from enum import StrEnum
from typing import Self


class DmViewsUpdateBodyDataFiltersItemsItemFilter(StrEnum):
    FILTERTASKSAGREEMENT = "filter:tasks:agreement"
    FILTERTASKSANNOTATIONS_RESULTS = "filter:tasks:annotations_results"
    FILTERTASKSANNOTATORS = "filter:tasks:annotators"
    FILTERTASKSCANCELLED_ANNOTATIONS = "filter:tasks:cancelled_annotations"
    FILTERTASKSCOMMENTS = "filter:tasks:comments"
    FILTERTASKSCOMPLETED_AT = "filter:tasks:completed_at"
    FILTERTASKSCREATED_AT = "filter:tasks:created_at"
    FILTERTASKSFILE_UPLOAD = "filter:tasks:file_upload"
    FILTERTASKSGROUND_TRUTH = "filter:tasks:ground_truth"
    FILTERTASKSID = "filter:tasks:id"
    FILTERTASKSINNER_ID = "filter:tasks:inner_id"
    FILTERTASKSPREDICTIONS_MODEL_VERSIONS = "filter:tasks:predictions_model_versions"
    FILTERTASKSPREDICTIONS_RESULTS = "filter:tasks:predictions_results"
    FILTERTASKSPREDICTIONS_SCORE = "filter:tasks:predictions_score"
    FILTERTASKSREVIEWED = "filter:tasks:reviewed"
    FILTERTASKSREVIEWERS = "filter:tasks:reviewers"
    FILTERTASKSREVIEWS_ACCEPTED = "filter:tasks:reviews_accepted"
    FILTERTASKSREVIEWS_REJECTED = "filter:tasks:reviews_rejected"
    FILTERTASKSTOTAL_ANNOTATIONS = "filter:tasks:total_annotations"
    FILTERTASKSTOTAL_PREDICTIONS = "filter:tasks:total_predictions"
    FILTERTASKSUNRESOLVED_COMMENT_COUNT = "filter:tasks:unresolved_comment_count"
    FILTERTASKSUPDATED_AT = "filter:tasks:updated_at"

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

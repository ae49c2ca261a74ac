"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (``from lsclient.api_client.models import Project``).
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .actions_enum import ActionsEnum
    from .annotated_enum import AnnotatedEnum
    from .annotation import Annotation
    from .annotation_annotation_result_items_regions import AnnotationAnnotationResultItemsRegions
    from .annotation_filter_options import AnnotationFilterOptions
    from .annotation_filter_options_request import AnnotationFilterOptionsRequest
    from .annotation_request import AnnotationRequest
    from .annotation_request_annotation_result_items_regions import AnnotationRequestAnnotationResultItemsRegions
    from .annotations_convert_to_draft_create_response_201 import AnnotationsConvertToDraftCreateResponse201
    from .annotations_convert_to_draft_create_response_201_result_item import (
        AnnotationsConvertToDraftCreateResponse201ResultItem,
    )
    from .annotations_partial_update_body import AnnotationsPartialUpdateBody
    from .annotations_partial_update_body_result_item import AnnotationsPartialUpdateBodyResultItem
    from .auth_method_enum import AuthMethodEnum
    from .azure_blob_export_storage import AzureBlobExportStorage
    from .azure_blob_import_storage import AzureBlobImportStorage
    from .base_task import BaseTask
    from .base_user import BaseUser
    from .base_user_active_organization_meta_type_0 import BaseUserActiveOrganizationMetaType0
    from .base_who_am_i_user import BaseWhoAmIUser
    from .base_who_am_i_user_active_organization_meta_type_0 import BaseWhoAmIUserActiveOrganizationMetaType0
    from .child_filter import ChildFilter
    from .converted_format import ConvertedFormat
    from .converted_format_request import ConvertedFormatRequest
    from .current_user_reset_token_create_response_201 import CurrentUserResetTokenCreateResponse201
    from .current_user_token_retrieve_response_200 import CurrentUserTokenRetrieveResponse200
    from .data_manager_task import DataManagerTask
    from .data_manager_task_annotations_item import DataManagerTaskAnnotationsItem
    from .data_manager_task_draft_object import DataManagerTaskDraftObject
    from .data_manager_task_draft_object_draft_result_item import DataManagerTaskDraftObjectDraftResultItem
    from .data_manager_task_prediction_object import DataManagerTaskPredictionObject
    from .data_manager_task_prediction_object_ml_backend_instance import (
        DataManagerTaskPredictionObjectMLBackendInstance,
    )
    from .data_manager_task_prediction_object_model_run_instance import DataManagerTaskPredictionObjectModelRunInstance
    from .data_manager_task_prediction_object_prediction_result_item import (
        DataManagerTaskPredictionObjectPredictionResultItem,
    )
    from .data_manager_task_user_i_ds import DataManagerTaskUserIDs
    from .dm_actions_create_body import DmActionsCreateBody
    from .dm_actions_create_body_all_false import DmActionsCreateBodyAllFalse
    from .dm_actions_create_body_all_true import DmActionsCreateBodyAllTrue
    from .dm_actions_create_body_filters import DmActionsCreateBodyFilters
    from .dm_actions_create_body_filters_conjunction import DmActionsCreateBodyFiltersConjunction
    from .dm_actions_create_body_filters_items_item import DmActionsCreateBodyFiltersItemsItem
    from .dm_actions_create_body_filters_items_item_dictionary import DmActionsCreateBodyFiltersItemsItemDictionary
    from .dm_actions_create_body_filters_items_item_filter import DmActionsCreateBodyFiltersItemsItemFilter
    from .dm_actions_create_body_filters_items_item_list import DmActionsCreateBodyFiltersItemsItemList
    from .dm_actions_create_body_filters_items_item_operator import DmActionsCreateBodyFiltersItemsItemOperator
    from .dm_actions_create_body_ordering_item import DmActionsCreateBodyOrderingItem
    from .dm_actions_create_id import DmActionsCreateId
    from .dm_actions_create_response_200 import DmActionsCreateResponse200
    from .dm_actions_form_retrieve_response_200_item import DmActionsFormRetrieveResponse200Item
    from .dm_actions_retrieve_action import DmActionsRetrieveAction
    from .dm_actions_retrieve_action_dialog import DmActionsRetrieveActionDialog
    from .dm_actions_retrieve_action_dialog_form_type_0_item import DmActionsRetrieveActionDialogFormType0Item
    from .dm_columns_retrieve_response_200 import DmColumnsRetrieveResponse200
    from .dm_columns_retrieve_response_200_columns_item import DmColumnsRetrieveResponse200ColumnsItem
    from .dm_columns_retrieve_response_200_columns_item_visibility_defaults import (
        DmColumnsRetrieveResponse200ColumnsItemVisibilityDefaults,
    )
    from .dm_project_retrieve_response_200 import DmProjectRetrieveResponse200
    from .dm_views_create_body import DmViewsCreateBody
    from .dm_views_create_body_data import DmViewsCreateBodyData
    from .dm_views_create_body_data_filters import DmViewsCreateBodyDataFilters
    from .dm_views_create_body_data_filters_conjunction import DmViewsCreateBodyDataFiltersConjunction
    from .dm_views_create_body_data_filters_items_item import DmViewsCreateBodyDataFiltersItemsItem
    from .dm_views_create_body_data_filters_items_item_dictionary import DmViewsCreateBodyDataFiltersItemsItemDictionary
    from .dm_views_create_body_data_filters_items_item_filter import DmViewsCreateBodyDataFiltersItemsItemFilter
    from .dm_views_create_body_data_filters_items_item_list import DmViewsCreateBodyDataFiltersItemsItemList
    from .dm_views_create_body_data_filters_items_item_operator import DmViewsCreateBodyDataFiltersItemsItemOperator
    from .dm_views_create_body_data_ordering_item import DmViewsCreateBodyDataOrderingItem
    from .dm_views_partial_update_body import DmViewsPartialUpdateBody
    from .dm_views_partial_update_body_data import DmViewsPartialUpdateBodyData
    from .dm_views_partial_update_body_data_filters import DmViewsPartialUpdateBodyDataFilters
    from .dm_views_partial_update_body_data_filters_conjunction import DmViewsPartialUpdateBodyDataFiltersConjunction
    from .dm_views_partial_update_body_data_filters_items_item import DmViewsPartialUpdateBodyDataFiltersItemsItem
    from .dm_views_partial_update_body_data_filters_items_item_dictionary import (
        DmViewsPartialUpdateBodyDataFiltersItemsItemDictionary,
    )
    from .dm_views_partial_update_body_data_filters_items_item_filter import (
        DmViewsPartialUpdateBodyDataFiltersItemsItemFilter,
    )
    from .dm_views_partial_update_body_data_filters_items_item_list import (
        DmViewsPartialUpdateBodyDataFiltersItemsItemList,
    )
    from .dm_views_partial_update_body_data_filters_items_item_operator import (
        DmViewsPartialUpdateBodyDataFiltersItemsItemOperator,
    )
    from .dm_views_partial_update_body_data_ordering_item import DmViewsPartialUpdateBodyDataOrderingItem
    from .dm_views_update_body import DmViewsUpdateBody
    from .dm_views_update_body_data import DmViewsUpdateBodyData
    from .dm_views_update_body_data_filters import DmViewsUpdateBodyDataFilters
    from .dm_views_update_body_data_filters_conjunction import DmViewsUpdateBodyDataFiltersConjunction
    from .dm_views_update_body_data_filters_items_item import DmViewsUpdateBodyDataFiltersItemsItem
    from .dm_views_update_body_data_filters_items_item_dictionary import DmViewsUpdateBodyDataFiltersItemsItemDictionary
    from .dm_views_update_body_data_filters_items_item_filter import DmViewsUpdateBodyDataFiltersItemsItemFilter
    from .dm_views_update_body_data_filters_items_item_list import DmViewsUpdateBodyDataFiltersItemsItemList
    from .dm_views_update_body_data_filters_items_item_operator import DmViewsUpdateBodyDataFiltersItemsItemOperator
    from .dm_views_update_body_data_ordering_item import DmViewsUpdateBodyDataOrderingItem
    from .export import Export
    from .export_convert_request import ExportConvertRequest
    from .export_create import ExportCreate
    from .export_create_request import ExportCreateRequest
    from .export_status import ExportStatus
    from .file_upload import FileUpload
    from .filter_ import Filter
    from .filter_group import FilterGroup
    from .fsm_transition_execute_request_request import FSMTransitionExecuteRequestRequest
    from .fsm_transition_execute_request_request_transition_data_type_0 import (
        FSMTransitionExecuteRequestRequestTransitionDataType0,
    )
    from .fsm_transition_execute_response import FSMTransitionExecuteResponse
    from .gcs_export_storage import GCSExportStorage
    from .gcs_import_storage import GCSImportStorage
    from .hotkeys import Hotkeys
    from .hotkeys_custom_hotkeys import HotkeysCustomHotkeys
    from .import_api_request import ImportApiRequest
    from .jwt_settings import JWTSettings
    from .jwt_settings_request import JWTSettingsRequest
    from .label import Label
    from .label_create import LabelCreate
    from .label_create_request import LabelCreateRequest
    from .label_link import LabelLink
    from .label_link_request import LabelLinkRequest
    from .labels_bulk_create_body import LabelsBulkCreateBody
    from .labels_bulk_create_response_200 import LabelsBulkCreateResponse200
    from .last_action_enum import LastActionEnum
    from .local_files_export_storage import LocalFilesExportStorage
    from .local_files_import_storage import LocalFilesImportStorage
    from .lsapi_token_blacklist_request import LSAPITokenBlacklistRequest
    from .lsapi_token_create import LSAPITokenCreate
    from .lsapi_token_list import LSAPITokenList
    from .lsapi_token_rotate_request import LSAPITokenRotateRequest
    from .ml_backend import MLBackend
    from .ml_backend_request import MLBackendRequest
    from .ml_create_body import MlCreateBody
    from .ml_create_body_auth_method import MlCreateBodyAuthMethod
    from .ml_create_body_extra_params import MlCreateBodyExtraParams
    from .ml_interactive_annotating_create_response_200 import MlInteractiveAnnotatingCreateResponse200
    from .ml_interactive_annotating_create_response_200_data import MlInteractiveAnnotatingCreateResponse200Data
    from .ml_interactive_annotating_request_request import MLInteractiveAnnotatingRequestRequest
    from .ml_partial_update_body import MlPartialUpdateBody
    from .ml_partial_update_body_auth_method import MlPartialUpdateBodyAuthMethod
    from .ml_partial_update_body_extra_params import MlPartialUpdateBodyExtraParams
    from .ml_predict_test_create_response_200 import MlPredictTestCreateResponse200
    from .ml_predict_test_create_response_200_request import MlPredictTestCreateResponse200Request
    from .ml_predict_test_create_response_200_response_type_0_item import (
        MlPredictTestCreateResponse200ResponseType0Item,
    )
    from .ml_predict_test_create_response_200_task import MlPredictTestCreateResponse200Task
    from .ml_predict_test_create_response_500 import MlPredictTestCreateResponse500
    from .ml_train_create_body import MlTrainCreateBody
    from .ml_versions_retrieve_response_200 import MlVersionsRetrieveResponse200
    from .ml_versions_retrieve_response_default import MlVersionsRetrieveResponseDefault
    from .organization import Organization
    from .organization_id import OrganizationId
    from .organization_invite import OrganizationInvite
    from .organization_member import OrganizationMember
    from .organization_member_contributed_to_projects_type_0_item import (
        OrganizationMemberContributedToProjectsType0Item,
    )
    from .organization_member_created_projects_type_0_item import OrganizationMemberCreatedProjectsType0Item
    from .organization_member_list import OrganizationMemberList
    from .organization_member_list_contributed_to_projects_type_0_item import (
        OrganizationMemberListContributedToProjectsType0Item,
    )
    from .organization_member_list_created_projects_type_0_item import OrganizationMemberListCreatedProjectsType0Item
    from .paginated_label_create_list import PaginatedLabelCreateList
    from .paginated_label_link_list import PaginatedLabelLinkList
    from .paginated_label_list import PaginatedLabelList
    from .paginated_organization_member_list_list import PaginatedOrganizationMemberListList
    from .paginated_project_counts_list import PaginatedProjectCountsList
    from .paginated_project_list import PaginatedProjectList
    from .paginated_state_model_list import PaginatedStateModelList
    from .patched_file_upload_request import PatchedFileUploadRequest
    from .patched_hotkeys_request import PatchedHotkeysRequest
    from .patched_hotkeys_request_custom_hotkeys import PatchedHotkeysRequestCustomHotkeys
    from .patched_label_link_request import PatchedLabelLinkRequest
    from .patched_label_request import PatchedLabelRequest
    from .patched_organization_request import PatchedOrganizationRequest
    from .patched_project_request import PatchedProjectRequest
    from .patched_project_request_control_weights_type_0 import PatchedProjectRequestControlWeightsType0
    from .patched_session_timeout_policy_request import PatchedSessionTimeoutPolicyRequest
    from .patched_webhook_serializer_for_update_request import PatchedWebhookSerializerForUpdateRequest
    from .prediction import Prediction
    from .prediction_prediction_result_items_regions import PredictionPredictionResultItemsRegions
    from .prediction_request import PredictionRequest
    from .prediction_request_prediction_result_items_regions import PredictionRequestPredictionResultItemsRegions
    from .predictions_create_body import PredictionsCreateBody
    from .predictions_create_body_result_item import PredictionsCreateBodyResultItem
    from .predictions_partial_update_body import PredictionsPartialUpdateBody
    from .predictions_partial_update_body_result_item import PredictionsPartialUpdateBodyResultItem
    from .predictions_update_body import PredictionsUpdateBody
    from .predictions_update_body_result_item import PredictionsUpdateBodyResultItem
    from .project import Project
    from .project_control_weights_type_0 import ProjectControlWeightsType0
    from .project_counts import ProjectCounts
    from .project_import import ProjectImport
    from .project_label_config import ProjectLabelConfig
    from .project_label_config_request import ProjectLabelConfigRequest
    from .project_parsed_label_config import ProjectParsedLabelConfig
    from .project_reimport import ProjectReimport
    from .project_request import ProjectRequest
    from .project_request_control_weights_type_0 import ProjectRequestControlWeightsType0
    from .projects_export_formats_retrieve_export_format import ProjectsExportFormatsRetrieveExportFormat
    from .projects_exports_convert_create_response_200 import ProjectsExportsConvertCreateResponse200
    from .projects_file_uploads_destroy_body import ProjectsFileUploadsDestroyBody
    from .projects_file_uploads_destroy_response_200 import ProjectsFileUploadsDestroyResponse200
    from .projects_import_create_incorrect_task_data import ProjectsImportCreateIncorrectTaskData
    from .projects_import_create_task_creation_response import ProjectsImportCreateTaskCreationResponse
    from .projects_import_predictions_create_predictions_import_response import (
        ProjectsImportPredictionsCreatePredictionsImportResponse,
    )
    from .projects_validate_label_config_response_200 import ProjectsValidateLabelConfigResponse200
    from .redis_export_storage import RedisExportStorage
    from .redis_import_storage import RedisImportStorage
    from .s3_export_storage import S3ExportStorage
    from .s3_import_storage import S3ImportStorage
    from .sampling_enum import SamplingEnum
    from .serialization_option import SerializationOption
    from .serialization_option_request import SerializationOptionRequest
    from .serialization_options import SerializationOptions
    from .serialization_options_request import SerializationOptionsRequest
    from .session_timeout_policy import SessionTimeoutPolicy
    from .skip_queue_enum import SkipQueueEnum
    from .state_enum import StateEnum
    from .state_model import StateModel
    from .storage_status import StorageStatus
    from .storages_azure_create_body import StoragesAzureCreateBody
    from .storages_azure_partial_update_body import StoragesAzurePartialUpdateBody
    from .storages_azure_validate_create_body import StoragesAzureValidateCreateBody
    from .storages_export_azure_create_body import StoragesExportAzureCreateBody
    from .storages_export_azure_partial_update_body import StoragesExportAzurePartialUpdateBody
    from .storages_export_azure_validate_create_body import StoragesExportAzureValidateCreateBody
    from .storages_export_gcs_create_body import StoragesExportGcsCreateBody
    from .storages_export_gcs_partial_update_body import StoragesExportGcsPartialUpdateBody
    from .storages_export_gcs_validate_create_body import StoragesExportGcsValidateCreateBody
    from .storages_export_list_response_200_item import StoragesExportListResponse200Item
    from .storages_export_localfiles_create_body import StoragesExportLocalfilesCreateBody
    from .storages_export_localfiles_partial_update_body import StoragesExportLocalfilesPartialUpdateBody
    from .storages_export_localfiles_validate_create_body import StoragesExportLocalfilesValidateCreateBody
    from .storages_export_redis_create_body import StoragesExportRedisCreateBody
    from .storages_export_redis_partial_update_body import StoragesExportRedisPartialUpdateBody
    from .storages_export_redis_validate_create_body import StoragesExportRedisValidateCreateBody
    from .storages_export_s3_create_body import StoragesExportS3CreateBody
    from .storages_export_s3_partial_update_body import StoragesExportS3PartialUpdateBody
    from .storages_export_s3_validate_create_body import StoragesExportS3ValidateCreateBody
    from .storages_export_types_retrieve_response_200_item import StoragesExportTypesRetrieveResponse200Item
    from .storages_gcs_create_body import StoragesGcsCreateBody
    from .storages_gcs_partial_update_body import StoragesGcsPartialUpdateBody
    from .storages_gcs_validate_create_body import StoragesGcsValidateCreateBody
    from .storages_list_response_200_item import StoragesListResponse200Item
    from .storages_localfiles_create_body import StoragesLocalfilesCreateBody
    from .storages_localfiles_partial_update_body import StoragesLocalfilesPartialUpdateBody
    from .storages_localfiles_validate_create_body import StoragesLocalfilesValidateCreateBody
    from .storages_redis_create_body import StoragesRedisCreateBody
    from .storages_redis_partial_update_body import StoragesRedisPartialUpdateBody
    from .storages_redis_validate_create_body import StoragesRedisValidateCreateBody
    from .storages_s3_create_body import StoragesS3CreateBody
    from .storages_s3_partial_update_body import StoragesS3PartialUpdateBody
    from .storages_s3_validate_create_body import StoragesS3ValidateCreateBody
    from .storages_types_retrieve_response_200_item import StoragesTypesRetrieveResponse200Item
    from .task_filter_options import TaskFilterOptions
    from .task_filter_options_request import TaskFilterOptionsRequest
    from .task_simple import TaskSimple
    from .tasks_annotations_create_body import TasksAnnotationsCreateBody
    from .tasks_annotations_create_body_result_item import TasksAnnotationsCreateBodyResultItem
    from .tasks_create_body import TasksCreateBody
    from .tasks_create_body_task_data import TasksCreateBodyTaskData
    from .tasks_list_fields import TasksListFields
    from .tasks_list_response_200 import TasksListResponse200
    from .tasks_partial_update_body import TasksPartialUpdateBody
    from .tasks_partial_update_body_task_data import TasksPartialUpdateBodyTaskData
    from .tasks_partial_update_body_task_meta import TasksPartialUpdateBodyTaskMeta
    from .token_blacklist_create_response_404 import TokenBlacklistCreateResponse404
    from .token_refresh_request import TokenRefreshRequest
    from .token_refresh_response import TokenRefreshResponse
    from .token_rotate_create_response_400 import TokenRotateCreateResponse400
    from .token_rotate_response import TokenRotateResponse
    from .triggered_by import TriggeredBy
    from .user_organization_member_list import UserOrganizationMemberList
    from .user_organization_member_list_active_organization_meta_type_0 import (
        UserOrganizationMemberListActiveOrganizationMetaType0,
    )
    from .user_organization_member_list_contributed_to_projects_type_0_item import (
        UserOrganizationMemberListContributedToProjectsType0Item,
    )
    from .user_organization_member_list_created_projects_type_0_item import (
        UserOrganizationMemberListCreatedProjectsType0Item,
    )
    from .user_simple import UserSimple
    from .user_simple_request import UserSimpleRequest
    from .users_create_body import UsersCreateBody
    from .users_partial_update_body import UsersPartialUpdateBody
    from .version_retrieve_response_200 import VersionRetrieveResponse200
    from .view import View
    from .view_order_request import ViewOrderRequest
    from .webhook import Webhook
    from .webhook_request import WebhookRequest
    from .webhook_serializer_for_update import WebhookSerializerForUpdate
    from .webhook_serializer_for_update_request import WebhookSerializerForUpdateRequest
    from .webhooks_info_retrieve_response_200 import WebhooksInfoRetrieveResponse200
    from .webhooks_info_retrieve_response_200annotationcreated import WebhooksInfoRetrieveResponse200ANNOTATIONCREATED
    from .webhooks_info_retrieve_response_200annotationscreated import WebhooksInfoRetrieveResponse200ANNOTATIONSCREATED
    from .webhooks_info_retrieve_response_200annotationsdeleted import WebhooksInfoRetrieveResponse200ANNOTATIONSDELETED
    from .webhooks_info_retrieve_response_200annotationupdated import WebhooksInfoRetrieveResponse200ANNOTATIONUPDATED
    from .webhooks_info_retrieve_response_200labellinkcreated import WebhooksInfoRetrieveResponse200LABELLINKCREATED
    from .webhooks_info_retrieve_response_200labellinkdeleted import WebhooksInfoRetrieveResponse200LABELLINKDELETED
    from .webhooks_info_retrieve_response_200labellinkupdated import WebhooksInfoRetrieveResponse200LABELLINKUPDATED
    from .webhooks_info_retrieve_response_200projectcreated import WebhooksInfoRetrieveResponse200PROJECTCREATED
    from .webhooks_info_retrieve_response_200projectdeleted import WebhooksInfoRetrieveResponse200PROJECTDELETED
    from .webhooks_info_retrieve_response_200projectupdated import WebhooksInfoRetrieveResponse200PROJECTUPDATED
    from .webhooks_info_retrieve_response_200taskscreated import WebhooksInfoRetrieveResponse200TASKSCREATED
    from .webhooks_info_retrieve_response_200tasksdeleted import WebhooksInfoRetrieveResponse200TASKSDELETED

_MODULES = {
    "ActionsEnum": ".actions_enum",
    "AnnotatedEnum": ".annotated_enum",
    "Annotation": ".annotation",
    "AnnotationAnnotationResultItemsRegions": ".annotation_annotation_result_items_regions",
    "AnnotationFilterOptions": ".annotation_filter_options",
    "AnnotationFilterOptionsRequest": ".annotation_filter_options_request",
    "AnnotationRequest": ".annotation_request",
    "AnnotationRequestAnnotationResultItemsRegions": ".annotation_request_annotation_result_items_regions",
    "AnnotationsConvertToDraftCreateResponse201": ".annotations_convert_to_draft_create_response_201",
    "AnnotationsConvertToDraftCreateResponse201ResultItem": ".annotations_convert_to_draft_create_response_201_result_item",
    "AnnotationsPartialUpdateBody": ".annotations_partial_update_body",
    "AnnotationsPartialUpdateBodyResultItem": ".annotations_partial_update_body_result_item",
    "AuthMethodEnum": ".auth_method_enum",
    "AzureBlobExportStorage": ".azure_blob_export_storage",
    "AzureBlobImportStorage": ".azure_blob_import_storage",
    "BaseTask": ".base_task",
    "BaseUser": ".base_user",
    "BaseUserActiveOrganizationMetaType0": ".base_user_active_organization_meta_type_0",
    "BaseWhoAmIUser": ".base_who_am_i_user",
    "BaseWhoAmIUserActiveOrganizationMetaType0": ".base_who_am_i_user_active_organization_meta_type_0",
    "ChildFilter": ".child_filter",
    "ConvertedFormat": ".converted_format",
    "ConvertedFormatRequest": ".converted_format_request",
    "CurrentUserResetTokenCreateResponse201": ".current_user_reset_token_create_response_201",
    "CurrentUserTokenRetrieveResponse200": ".current_user_token_retrieve_response_200",
    "DataManagerTask": ".data_manager_task",
    "DataManagerTaskAnnotationsItem": ".data_manager_task_annotations_item",
    "DataManagerTaskDraftObject": ".data_manager_task_draft_object",
    "DataManagerTaskDraftObjectDraftResultItem": ".data_manager_task_draft_object_draft_result_item",
    "DataManagerTaskPredictionObject": ".data_manager_task_prediction_object",
    "DataManagerTaskPredictionObjectMLBackendInstance": ".data_manager_task_prediction_object_ml_backend_instance",
    "DataManagerTaskPredictionObjectModelRunInstance": ".data_manager_task_prediction_object_model_run_instance",
    "DataManagerTaskPredictionObjectPredictionResultItem": ".data_manager_task_prediction_object_prediction_result_item",
    "DataManagerTaskUserIDs": ".data_manager_task_user_i_ds",
    "DmActionsCreateBody": ".dm_actions_create_body",
    "DmActionsCreateBodyAllFalse": ".dm_actions_create_body_all_false",
    "DmActionsCreateBodyAllTrue": ".dm_actions_create_body_all_true",
    "DmActionsCreateBodyFilters": ".dm_actions_create_body_filters",
    "DmActionsCreateBodyFiltersConjunction": ".dm_actions_create_body_filters_conjunction",
    "DmActionsCreateBodyFiltersItemsItem": ".dm_actions_create_body_filters_items_item",
    "DmActionsCreateBodyFiltersItemsItemDictionary": ".dm_actions_create_body_filters_items_item_dictionary",
    "DmActionsCreateBodyFiltersItemsItemFilter": ".dm_actions_create_body_filters_items_item_filter",
    "DmActionsCreateBodyFiltersItemsItemList": ".dm_actions_create_body_filters_items_item_list",
    "DmActionsCreateBodyFiltersItemsItemOperator": ".dm_actions_create_body_filters_items_item_operator",
    "DmActionsCreateBodyOrderingItem": ".dm_actions_create_body_ordering_item",
    "DmActionsCreateId": ".dm_actions_create_id",
    "DmActionsCreateResponse200": ".dm_actions_create_response_200",
    "DmActionsFormRetrieveResponse200Item": ".dm_actions_form_retrieve_response_200_item",
    "DmActionsRetrieveAction": ".dm_actions_retrieve_action",
    "DmActionsRetrieveActionDialog": ".dm_actions_retrieve_action_dialog",
    "DmActionsRetrieveActionDialogFormType0Item": ".dm_actions_retrieve_action_dialog_form_type_0_item",
    "DmColumnsRetrieveResponse200": ".dm_columns_retrieve_response_200",
    "DmColumnsRetrieveResponse200ColumnsItem": ".dm_columns_retrieve_response_200_columns_item",
    "DmColumnsRetrieveResponse200ColumnsItemVisibilityDefaults": ".dm_columns_retrieve_response_200_columns_item_visibility_defaults",
    "DmProjectRetrieveResponse200": ".dm_project_retrieve_response_200",
    "DmViewsCreateBody": ".dm_views_create_body",
    "DmViewsCreateBodyData": ".dm_views_create_body_data",
    "DmViewsCreateBodyDataFilters": ".dm_views_create_body_data_filters",
    "DmViewsCreateBodyDataFiltersConjunction": ".dm_views_create_body_data_filters_conjunction",
    "DmViewsCreateBodyDataFiltersItemsItem": ".dm_views_create_body_data_filters_items_item",
    "DmViewsCreateBodyDataFiltersItemsItemDictionary": ".dm_views_create_body_data_filters_items_item_dictionary",
    "DmViewsCreateBodyDataFiltersItemsItemFilter": ".dm_views_create_body_data_filters_items_item_filter",
    "DmViewsCreateBodyDataFiltersItemsItemList": ".dm_views_create_body_data_filters_items_item_list",
    "DmViewsCreateBodyDataFiltersItemsItemOperator": ".dm_views_create_body_data_filters_items_item_operator",
    "DmViewsCreateBodyDataOrderingItem": ".dm_views_create_body_data_ordering_item",
    "DmViewsPartialUpdateBody": ".dm_views_partial_update_body",
    "DmViewsPartialUpdateBodyData": ".dm_views_partial_update_body_data",
    "DmViewsPartialUpdateBodyDataFilters": ".dm_views_partial_update_body_data_filters",
    "DmViewsPartialUpdateBodyDataFiltersConjunction": ".dm_views_partial_update_body_data_filters_conjunction",
    "DmViewsPartialUpdateBodyDataFiltersItemsItem": ".dm_views_partial_update_body_data_filters_items_item",
    "DmViewsPartialUpdateBodyDataFiltersItemsItemDictionary": ".dm_views_partial_update_body_data_filters_items_item_dictionary",
    "DmViewsPartialUpdateBodyDataFiltersItemsItemFilter": ".dm_views_partial_update_body_data_filters_items_item_filter",
    "DmViewsPartialUpdateBodyDataFiltersItemsItemList": ".dm_views_partial_update_body_data_filters_items_item_list",
    "DmViewsPartialUpdateBodyDataFiltersItemsItemOperator": ".dm_views_partial_update_body_data_filters_items_item_operator",
    "DmViewsPartialUpdateBodyDataOrderingItem": ".dm_views_partial_update_body_data_ordering_item",
    "DmViewsUpdateBody": ".dm_views_update_body",
    "DmViewsUpdateBodyData": ".dm_views_update_body_data",
    "DmViewsUpdateBodyDataFilters": ".dm_views_update_body_data_filters",
    "DmViewsUpdateBodyDataFiltersConjunction": ".dm_views_update_body_data_filters_conjunction",
    "DmViewsUpdateBodyDataFiltersItemsItem": ".dm_views_update_body_data_filters_items_item",
    "DmViewsUpdateBodyDataFiltersItemsItemDictionary": ".dm_views_update_body_data_filters_items_item_dictionary",
    "DmViewsUpdateBodyDataFiltersItemsItemFilter": ".dm_views_update_body_data_filters_items_item_filter",
    "DmViewsUpdateBodyDataFiltersItemsItemList": ".dm_views_update_body_data_filters_items_item_list",
    "DmViewsUpdateBodyDataFiltersItemsItemOperator": ".dm_views_update_body_data_filters_items_item_operator",
    "DmViewsUpdateBodyDataOrderingItem": ".dm_views_update_body_data_ordering_item",
    "Export": ".export",
    "ExportConvertRequest": ".export_convert_request",
    "ExportCreate": ".export_create",
    "ExportCreateRequest": ".export_create_request",
    "ExportStatus": ".export_status",
    "FileUpload": ".file_upload",
    "Filter": ".filter_",
    "FilterGroup": ".filter_group",
    "FSMTransitionExecuteRequestRequest": ".fsm_transition_execute_request_request",
    "FSMTransitionExecuteRequestRequestTransitionDataType0": ".fsm_transition_execute_request_request_transition_data_type_0",
    "FSMTransitionExecuteResponse": ".fsm_transition_execute_response",
    "GCSExportStorage": ".gcs_export_storage",
    "GCSImportStorage": ".gcs_import_storage",
    "Hotkeys": ".hotkeys",
    "HotkeysCustomHotkeys": ".hotkeys_custom_hotkeys",
    "ImportApiRequest": ".import_api_request",
    "JWTSettings": ".jwt_settings",
    "JWTSettingsRequest": ".jwt_settings_request",
    "Label": ".label",
    "LabelCreate": ".label_create",
    "LabelCreateRequest": ".label_create_request",
    "LabelLink": ".label_link",
    "LabelLinkRequest": ".label_link_request",
    "LabelsBulkCreateBody": ".labels_bulk_create_body",
    "LabelsBulkCreateResponse200": ".labels_bulk_create_response_200",
    "LastActionEnum": ".last_action_enum",
    "LocalFilesExportStorage": ".local_files_export_storage",
    "LocalFilesImportStorage": ".local_files_import_storage",
    "LSAPITokenBlacklistRequest": ".lsapi_token_blacklist_request",
    "LSAPITokenCreate": ".lsapi_token_create",
    "LSAPITokenList": ".lsapi_token_list",
    "LSAPITokenRotateRequest": ".lsapi_token_rotate_request",
    "MLBackend": ".ml_backend",
    "MLBackendRequest": ".ml_backend_request",
    "MlCreateBody": ".ml_create_body",
    "MlCreateBodyAuthMethod": ".ml_create_body_auth_method",
    "MlCreateBodyExtraParams": ".ml_create_body_extra_params",
    "MlInteractiveAnnotatingCreateResponse200": ".ml_interactive_annotating_create_response_200",
    "MlInteractiveAnnotatingCreateResponse200Data": ".ml_interactive_annotating_create_response_200_data",
    "MLInteractiveAnnotatingRequestRequest": ".ml_interactive_annotating_request_request",
    "MlPartialUpdateBody": ".ml_partial_update_body",
    "MlPartialUpdateBodyAuthMethod": ".ml_partial_update_body_auth_method",
    "MlPartialUpdateBodyExtraParams": ".ml_partial_update_body_extra_params",
    "MlPredictTestCreateResponse200": ".ml_predict_test_create_response_200",
    "MlPredictTestCreateResponse200Request": ".ml_predict_test_create_response_200_request",
    "MlPredictTestCreateResponse200ResponseType0Item": ".ml_predict_test_create_response_200_response_type_0_item",
    "MlPredictTestCreateResponse200Task": ".ml_predict_test_create_response_200_task",
    "MlPredictTestCreateResponse500": ".ml_predict_test_create_response_500",
    "MlTrainCreateBody": ".ml_train_create_body",
    "MlVersionsRetrieveResponse200": ".ml_versions_retrieve_response_200",
    "MlVersionsRetrieveResponseDefault": ".ml_versions_retrieve_response_default",
    "Organization": ".organization",
    "OrganizationId": ".organization_id",
    "OrganizationInvite": ".organization_invite",
    "OrganizationMember": ".organization_member",
    "OrganizationMemberContributedToProjectsType0Item": ".organization_member_contributed_to_projects_type_0_item",
    "OrganizationMemberCreatedProjectsType0Item": ".organization_member_created_projects_type_0_item",
    "OrganizationMemberList": ".organization_member_list",
    "OrganizationMemberListContributedToProjectsType0Item": ".organization_member_list_contributed_to_projects_type_0_item",
    "OrganizationMemberListCreatedProjectsType0Item": ".organization_member_list_created_projects_type_0_item",
    "PaginatedLabelCreateList": ".paginated_label_create_list",
    "PaginatedLabelLinkList": ".paginated_label_link_list",
    "PaginatedLabelList": ".paginated_label_list",
    "PaginatedOrganizationMemberListList": ".paginated_organization_member_list_list",
    "PaginatedProjectCountsList": ".paginated_project_counts_list",
    "PaginatedProjectList": ".paginated_project_list",
    "PaginatedStateModelList": ".paginated_state_model_list",
    "PatchedFileUploadRequest": ".patched_file_upload_request",
    "PatchedHotkeysRequest": ".patched_hotkeys_request",
    "PatchedHotkeysRequestCustomHotkeys": ".patched_hotkeys_request_custom_hotkeys",
    "PatchedLabelLinkRequest": ".patched_label_link_request",
    "PatchedLabelRequest": ".patched_label_request",
    "PatchedOrganizationRequest": ".patched_organization_request",
    "PatchedProjectRequest": ".patched_project_request",
    "PatchedProjectRequestControlWeightsType0": ".patched_project_request_control_weights_type_0",
    "PatchedSessionTimeoutPolicyRequest": ".patched_session_timeout_policy_request",
    "PatchedWebhookSerializerForUpdateRequest": ".patched_webhook_serializer_for_update_request",
    "Prediction": ".prediction",
    "PredictionPredictionResultItemsRegions": ".prediction_prediction_result_items_regions",
    "PredictionRequest": ".prediction_request",
    "PredictionRequestPredictionResultItemsRegions": ".prediction_request_prediction_result_items_regions",
    "PredictionsCreateBody": ".predictions_create_body",
    "PredictionsCreateBodyResultItem": ".predictions_create_body_result_item",
    "PredictionsPartialUpdateBody": ".predictions_partial_update_body",
    "PredictionsPartialUpdateBodyResultItem": ".predictions_partial_update_body_result_item",
    "PredictionsUpdateBody": ".predictions_update_body",
    "PredictionsUpdateBodyResultItem": ".predictions_update_body_result_item",
    "Project": ".project",
    "ProjectControlWeightsType0": ".project_control_weights_type_0",
    "ProjectCounts": ".project_counts",
    "ProjectImport": ".project_import",
    "ProjectLabelConfig": ".project_label_config",
    "ProjectLabelConfigRequest": ".project_label_config_request",
    "ProjectParsedLabelConfig": ".project_parsed_label_config",
    "ProjectReimport": ".project_reimport",
    "ProjectRequest": ".project_request",
    "ProjectRequestControlWeightsType0": ".project_request_control_weights_type_0",
    "ProjectsExportFormatsRetrieveExportFormat": ".projects_export_formats_retrieve_export_format",
    "ProjectsExportsConvertCreateResponse200": ".projects_exports_convert_create_response_200",
    "ProjectsFileUploadsDestroyBody": ".projects_file_uploads_destroy_body",
    "ProjectsFileUploadsDestroyResponse200": ".projects_file_uploads_destroy_response_200",
    "ProjectsImportCreateIncorrectTaskData": ".projects_import_create_incorrect_task_data",
    "ProjectsImportCreateTaskCreationResponse": ".projects_import_create_task_creation_response",
    "ProjectsImportPredictionsCreatePredictionsImportResponse": ".projects_import_predictions_create_predictions_import_response",
    "ProjectsValidateLabelConfigResponse200": ".projects_validate_label_config_response_200",
    "RedisExportStorage": ".redis_export_storage",
    "RedisImportStorage": ".redis_import_storage",
    "S3ExportStorage": ".s3_export_storage",
    "S3ImportStorage": ".s3_import_storage",
    "SamplingEnum": ".sampling_enum",
    "SerializationOption": ".serialization_option",
    "SerializationOptionRequest": ".serialization_option_request",
    "SerializationOptions": ".serialization_options",
    "SerializationOptionsRequest": ".serialization_options_request",
    "SessionTimeoutPolicy": ".session_timeout_policy",
    "SkipQueueEnum": ".skip_queue_enum",
    "StateEnum": ".state_enum",
    "StateModel": ".state_model",
    "StorageStatus": ".storage_status",
    "StoragesAzureCreateBody": ".storages_azure_create_body",
    "StoragesAzurePartialUpdateBody": ".storages_azure_partial_update_body",
    "StoragesAzureValidateCreateBody": ".storages_azure_validate_create_body",
    "StoragesExportAzureCreateBody": ".storages_export_azure_create_body",
    "StoragesExportAzurePartialUpdateBody": ".storages_export_azure_partial_update_body",
    "StoragesExportAzureValidateCreateBody": ".storages_export_azure_validate_create_body",
    "StoragesExportGcsCreateBody": ".storages_export_gcs_create_body",
    "StoragesExportGcsPartialUpdateBody": ".storages_export_gcs_partial_update_body",
    "StoragesExportGcsValidateCreateBody": ".storages_export_gcs_validate_create_body",
    "StoragesExportListResponse200Item": ".storages_export_list_response_200_item",
    "StoragesExportLocalfilesCreateBody": ".storages_export_localfiles_create_body",
    "StoragesExportLocalfilesPartialUpdateBody": ".storages_export_localfiles_partial_update_body",
    "StoragesExportLocalfilesValidateCreateBody": ".storages_export_localfiles_validate_create_body",
    "StoragesExportRedisCreateBody": ".storages_export_redis_create_body",
    "StoragesExportRedisPartialUpdateBody": ".storages_export_redis_partial_update_body",
    "StoragesExportRedisValidateCreateBody": ".storages_export_redis_validate_create_body",
    "StoragesExportS3CreateBody": ".storages_export_s3_create_body",
    "StoragesExportS3PartialUpdateBody": ".storages_export_s3_partial_update_body",
    "StoragesExportS3ValidateCreateBody": ".storages_export_s3_validate_create_body",
    "StoragesExportTypesRetrieveResponse200Item": ".storages_export_types_retrieve_response_200_item",
    "StoragesGcsCreateBody": ".storages_gcs_create_body",
    "StoragesGcsPartialUpdateBody": ".storages_gcs_partial_update_body",
    "StoragesGcsValidateCreateBody": ".storages_gcs_validate_create_body",
    "StoragesListResponse200Item": ".storages_list_response_200_item",
    "StoragesLocalfilesCreateBody": ".storages_localfiles_create_body",
    "StoragesLocalfilesPartialUpdateBody": ".storages_localfiles_partial_update_body",
    "StoragesLocalfilesValidateCreateBody": ".storages_localfiles_validate_create_body",
    "StoragesRedisCreateBody": ".storages_redis_create_body",
    "StoragesRedisPartialUpdateBody": ".storages_redis_partial_update_body",
    "StoragesRedisValidateCreateBody": ".storages_redis_validate_create_body",
    "StoragesS3CreateBody": ".storages_s3_create_body",
    "StoragesS3PartialUpdateBody": ".storages_s3_partial_update_body",
    "StoragesS3ValidateCreateBody": ".storages_s3_validate_create_body",
    "StoragesTypesRetrieveResponse200Item": ".storages_types_retrieve_response_200_item",
    "TaskFilterOptions": ".task_filter_options",
    "TaskFilterOptionsRequest": ".task_filter_options_request",
    "TaskSimple": ".task_simple",
    "TasksAnnotationsCreateBody": ".tasks_annotations_create_body",
    "TasksAnnotationsCreateBodyResultItem": ".tasks_annotations_create_body_result_item",
    "TasksCreateBody": ".tasks_create_body",
    "TasksCreateBodyTaskData": ".tasks_create_body_task_data",
    "TasksListFields": ".tasks_list_fields",
    "TasksListResponse200": ".tasks_list_response_200",
    "TasksPartialUpdateBody": ".tasks_partial_update_body",
    "TasksPartialUpdateBodyTaskData": ".tasks_partial_update_body_task_data",
    "TasksPartialUpdateBodyTaskMeta": ".tasks_partial_update_body_task_meta",
    "TokenBlacklistCreateResponse404": ".token_blacklist_create_response_404",
    "TokenRefreshRequest": ".token_refresh_request",
    "TokenRefreshResponse": ".token_refresh_response",
    "TokenRotateCreateResponse400": ".token_rotate_create_response_400",
    "TokenRotateResponse": ".token_rotate_response",
    "TriggeredBy": ".triggered_by",
    "UserOrganizationMemberList": ".user_organization_member_list",
    "UserOrganizationMemberListActiveOrganizationMetaType0": ".user_organization_member_list_active_organization_meta_type_0",
    "UserOrganizationMemberListContributedToProjectsType0Item": ".user_organization_member_list_contributed_to_projects_type_0_item",
    "UserOrganizationMemberListCreatedProjectsType0Item": ".user_organization_member_list_created_projects_type_0_item",
    "UserSimple": ".user_simple",
    "UserSimpleRequest": ".user_simple_request",
    "UsersCreateBody": ".users_create_body",
    "UsersPartialUpdateBody": ".users_partial_update_body",
    "VersionRetrieveResponse200": ".version_retrieve_response_200",
    "View": ".view",
    "ViewOrderRequest": ".view_order_request",
    "Webhook": ".webhook",
    "WebhookRequest": ".webhook_request",
    "WebhookSerializerForUpdate": ".webhook_serializer_for_update",
    "WebhookSerializerForUpdateRequest": ".webhook_serializer_for_update_request",
    "WebhooksInfoRetrieveResponse200": ".webhooks_info_retrieve_response_200",
    "WebhooksInfoRetrieveResponse200ANNOTATIONCREATED": ".webhooks_info_retrieve_response_200annotationcreated",
    "WebhooksInfoRetrieveResponse200ANNOTATIONSCREATED": ".webhooks_info_retrieve_response_200annotationscreated",
    "WebhooksInfoRetrieveResponse200ANNOTATIONSDELETED": ".webhooks_info_retrieve_response_200annotationsdeleted",
    "WebhooksInfoRetrieveResponse200ANNOTATIONUPDATED": ".webhooks_info_retrieve_response_200annotationupdated",
    "WebhooksInfoRetrieveResponse200LABELLINKCREATED": ".webhooks_info_retrieve_response_200labellinkcreated",
    "WebhooksInfoRetrieveResponse200LABELLINKDELETED": ".webhooks_info_retrieve_response_200labellinkdeleted",
    "WebhooksInfoRetrieveResponse200LABELLINKUPDATED": ".webhooks_info_retrieve_response_200labellinkupdated",
    "WebhooksInfoRetrieveResponse200PROJECTCREATED": ".webhooks_info_retrieve_response_200projectcreated",
    "WebhooksInfoRetrieveResponse200PROJECTDELETED": ".webhooks_info_retrieve_response_200projectdeleted",
    "WebhooksInfoRetrieveResponse200PROJECTUPDATED": ".webhooks_info_retrieve_response_200projectupdated",
    "WebhooksInfoRetrieveResponse200TASKSCREATED": ".webhooks_info_retrieve_response_200taskscreated",
    "WebhooksInfoRetrieveResponse200TASKSDELETED": ".webhooks_info_retrieve_response_200tasksdeleted",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "ActionsEnum",
    "AnnotatedEnum",
    "Annotation",
    "AnnotationAnnotationResultItemsRegions",
    "AnnotationFilterOptions",
    "AnnotationFilterOptionsRequest",
    "AnnotationRequest",
    "AnnotationRequestAnnotationResultItemsRegions",
    "AnnotationsConvertToDraftCreateResponse201",
    "AnnotationsConvertToDraftCreateResponse201ResultItem",
    "AnnotationsPartialUpdateBody",
    "AnnotationsPartialUpdateBodyResultItem",
    "AuthMethodEnum",
    "AzureBlobExportStorage",
    "AzureBlobImportStorage",
    "BaseTask",
    "BaseUser",
    "BaseUserActiveOrganizationMetaType0",
    "BaseWhoAmIUser",
    "BaseWhoAmIUserActiveOrganizationMetaType0",
    "ChildFilter",
    "ConvertedFormat",
    "ConvertedFormatRequest",
    "CurrentUserResetTokenCreateResponse201",
    "CurrentUserTokenRetrieveResponse200",
    "DataManagerTask",
    "DataManagerTaskAnnotationsItem",
    "DataManagerTaskDraftObject",
    "DataManagerTaskDraftObjectDraftResultItem",
    "DataManagerTaskPredictionObject",
    "DataManagerTaskPredictionObjectMLBackendInstance",
    "DataManagerTaskPredictionObjectModelRunInstance",
    "DataManagerTaskPredictionObjectPredictionResultItem",
    "DataManagerTaskUserIDs",
    "DmActionsCreateBody",
    "DmActionsCreateBodyAllFalse",
    "DmActionsCreateBodyAllTrue",
    "DmActionsCreateBodyFilters",
    "DmActionsCreateBodyFiltersConjunction",
    "DmActionsCreateBodyFiltersItemsItem",
    "DmActionsCreateBodyFiltersItemsItemDictionary",
    "DmActionsCreateBodyFiltersItemsItemFilter",
    "DmActionsCreateBodyFiltersItemsItemList",
    "DmActionsCreateBodyFiltersItemsItemOperator",
    "DmActionsCreateBodyOrderingItem",
    "DmActionsCreateId",
    "DmActionsCreateResponse200",
    "DmActionsFormRetrieveResponse200Item",
    "DmActionsRetrieveAction",
    "DmActionsRetrieveActionDialog",
    "DmActionsRetrieveActionDialogFormType0Item",
    "DmColumnsRetrieveResponse200",
    "DmColumnsRetrieveResponse200ColumnsItem",
    "DmColumnsRetrieveResponse200ColumnsItemVisibilityDefaults",
    "DmProjectRetrieveResponse200",
    "DmViewsCreateBody",
    "DmViewsCreateBodyData",
    "DmViewsCreateBodyDataFilters",
    "DmViewsCreateBodyDataFiltersConjunction",
    "DmViewsCreateBodyDataFiltersItemsItem",
    "DmViewsCreateBodyDataFiltersItemsItemDictionary",
    "DmViewsCreateBodyDataFiltersItemsItemFilter",
    "DmViewsCreateBodyDataFiltersItemsItemList",
    "DmViewsCreateBodyDataFiltersItemsItemOperator",
    "DmViewsCreateBodyDataOrderingItem",
    "DmViewsPartialUpdateBody",
    "DmViewsPartialUpdateBodyData",
    "DmViewsPartialUpdateBodyDataFilters",
    "DmViewsPartialUpdateBodyDataFiltersConjunction",
    "DmViewsPartialUpdateBodyDataFiltersItemsItem",
    "DmViewsPartialUpdateBodyDataFiltersItemsItemDictionary",
    "DmViewsPartialUpdateBodyDataFiltersItemsItemFilter",
    "DmViewsPartialUpdateBodyDataFiltersItemsItemList",
    "DmViewsPartialUpdateBodyDataFiltersItemsItemOperator",
    "DmViewsPartialUpdateBodyDataOrderingItem",
    "DmViewsUpdateBody",
    "DmViewsUpdateBodyData",
    "DmViewsUpdateBodyDataFilters",
    "DmViewsUpdateBodyDataFiltersConjunction",
    "DmViewsUpdateBodyDataFiltersItemsItem",
    "DmViewsUpdateBodyDataFiltersItemsItemDictionary",
    "DmViewsUpdateBodyDataFiltersItemsItemFilter",
    "DmViewsUpdateBodyDataFiltersItemsItemList",
    "DmViewsUpdateBodyDataFiltersItemsItemOperator",
    "DmViewsUpdateBodyDataOrderingItem",
    "Export",
    "ExportConvertRequest",
    "ExportCreate",
    "ExportCreateRequest",
    "ExportStatus",
    "FSMTransitionExecuteRequestRequest",
    "FSMTransitionExecuteRequestRequestTransitionDataType0",
    "FSMTransitionExecuteResponse",
    "FileUpload",
    "Filter",
    "FilterGroup",
    "GCSExportStorage",
    "GCSImportStorage",
    "Hotkeys",
    "HotkeysCustomHotkeys",
    "ImportApiRequest",
    "JWTSettings",
    "JWTSettingsRequest",
    "LSAPITokenBlacklistRequest",
    "LSAPITokenCreate",
    "LSAPITokenList",
    "LSAPITokenRotateRequest",
    "Label",
    "LabelCreate",
    "LabelCreateRequest",
    "LabelLink",
    "LabelLinkRequest",
    "LabelsBulkCreateBody",
    "LabelsBulkCreateResponse200",
    "LastActionEnum",
    "LocalFilesExportStorage",
    "LocalFilesImportStorage",
    "MLBackend",
    "MLBackendRequest",
    "MLInteractiveAnnotatingRequestRequest",
    "MlCreateBody",
    "MlCreateBodyAuthMethod",
    "MlCreateBodyExtraParams",
    "MlInteractiveAnnotatingCreateResponse200",
    "MlInteractiveAnnotatingCreateResponse200Data",
    "MlPartialUpdateBody",
    "MlPartialUpdateBodyAuthMethod",
    "MlPartialUpdateBodyExtraParams",
    "MlPredictTestCreateResponse200",
    "MlPredictTestCreateResponse200Request",
    "MlPredictTestCreateResponse200ResponseType0Item",
    "MlPredictTestCreateResponse200Task",
    "MlPredictTestCreateResponse500",
    "MlTrainCreateBody",
    "MlVersionsRetrieveResponse200",
    "MlVersionsRetrieveResponseDefault",
    "Organization",
    "OrganizationId",
    "OrganizationInvite",
    "OrganizationMember",
    "OrganizationMemberContributedToProjectsType0Item",
    "OrganizationMemberCreatedProjectsType0Item",
    "OrganizationMemberList",
    "OrganizationMemberListContributedToProjectsType0Item",
    "OrganizationMemberListCreatedProjectsType0Item",
    "PaginatedLabelCreateList",
    "PaginatedLabelLinkList",
    "PaginatedLabelList",
    "PaginatedOrganizationMemberListList",
    "PaginatedProjectCountsList",
    "PaginatedProjectList",
    "PaginatedStateModelList",
    "PatchedFileUploadRequest",
    "PatchedHotkeysRequest",
    "PatchedHotkeysRequestCustomHotkeys",
    "PatchedLabelLinkRequest",
    "PatchedLabelRequest",
    "PatchedOrganizationRequest",
    "PatchedProjectRequest",
    "PatchedProjectRequestControlWeightsType0",
    "PatchedSessionTimeoutPolicyRequest",
    "PatchedWebhookSerializerForUpdateRequest",
    "Prediction",
    "PredictionPredictionResultItemsRegions",
    "PredictionRequest",
    "PredictionRequestPredictionResultItemsRegions",
    "PredictionsCreateBody",
    "PredictionsCreateBodyResultItem",
    "PredictionsPartialUpdateBody",
    "PredictionsPartialUpdateBodyResultItem",
    "PredictionsUpdateBody",
    "PredictionsUpdateBodyResultItem",
    "Project",
    "ProjectControlWeightsType0",
    "ProjectCounts",
    "ProjectImport",
    "ProjectLabelConfig",
    "ProjectLabelConfigRequest",
    "ProjectParsedLabelConfig",
    "ProjectReimport",
    "ProjectRequest",
    "ProjectRequestControlWeightsType0",
    "ProjectsExportFormatsRetrieveExportFormat",
    "ProjectsExportsConvertCreateResponse200",
    "ProjectsFileUploadsDestroyBody",
    "ProjectsFileUploadsDestroyResponse200",
    "ProjectsImportCreateIncorrectTaskData",
    "ProjectsImportCreateTaskCreationResponse",
    "ProjectsImportPredictionsCreatePredictionsImportResponse",
    "ProjectsValidateLabelConfigResponse200",
    "RedisExportStorage",
    "RedisImportStorage",
    "S3ExportStorage",
    "S3ImportStorage",
    "SamplingEnum",
    "SerializationOption",
    "SerializationOptionRequest",
    "SerializationOptions",
    "SerializationOptionsRequest",
    "SessionTimeoutPolicy",
    "SkipQueueEnum",
    "StateEnum",
    "StateModel",
    "StorageStatus",
    "StoragesAzureCreateBody",
    "StoragesAzurePartialUpdateBody",
    "StoragesAzureValidateCreateBody",
    "StoragesExportAzureCreateBody",
    "StoragesExportAzurePartialUpdateBody",
    "StoragesExportAzureValidateCreateBody",
    "StoragesExportGcsCreateBody",
    "StoragesExportGcsPartialUpdateBody",
    "StoragesExportGcsValidateCreateBody",
    "StoragesExportListResponse200Item",
    "StoragesExportLocalfilesCreateBody",
    "StoragesExportLocalfilesPartialUpdateBody",
    "StoragesExportLocalfilesValidateCreateBody",
    "StoragesExportRedisCreateBody",
    "StoragesExportRedisPartialUpdateBody",
    "StoragesExportRedisValidateCreateBody",
    "StoragesExportS3CreateBody",
    "StoragesExportS3PartialUpdateBody",
    "StoragesExportS3ValidateCreateBody",
    "StoragesExportTypesRetrieveResponse200Item",
    "StoragesGcsCreateBody",
    "StoragesGcsPartialUpdateBody",
    "StoragesGcsValidateCreateBody",
    "StoragesListResponse200Item",
    "StoragesLocalfilesCreateBody",
    "StoragesLocalfilesPartialUpdateBody",
    "StoragesLocalfilesValidateCreateBody",
    "StoragesRedisCreateBody",
    "StoragesRedisPartialUpdateBody",
    "StoragesRedisValidateCreateBody",
    "StoragesS3CreateBody",
    "StoragesS3PartialUpdateBody",
    "StoragesS3ValidateCreateBody",
    "StoragesTypesRetrieveResponse200Item",
    "TaskFilterOptions",
    "TaskFilterOptionsRequest",
    "TaskSimple",
    "TasksAnnotationsCreateBody",
    "TasksAnnotationsCreateBodyResultItem",
    "TasksCreateBody",
    "TasksCreateBodyTaskData",
    "TasksListFields",
    "TasksListResponse200",
    "TasksPartialUpdateBody",
    "TasksPartialUpdateBodyTaskData",
    "TasksPartialUpdateBodyTaskMeta",
    "TokenBlacklistCreateResponse404",
    "TokenRefreshRequest",
    "TokenRefreshResponse",
    "TokenRotateCreateResponse400",
    "TokenRotateResponse",
    "TriggeredBy",
    "UserOrganizationMemberList",
    "UserOrganizationMemberListActiveOrganizationMetaType0",
    "UserOrganizationMemberListContributedToProjectsType0Item",
    "UserOrganizationMemberListCreatedProjectsType0Item",
    "UserSimple",
    "UserSimpleRequest",
    "UsersCreateBody",
    "UsersPartialUpdateBody",
    "VersionRetrieveResponse200",
    "View",
    "ViewOrderRequest",
    "Webhook",
    "WebhookRequest",
    "WebhookSerializerForUpdate",
    "WebhookSerializerForUpdateRequest",
    "WebhooksInfoRetrieveResponse200",
    "WebhooksInfoRetrieveResponse200ANNOTATIONCREATED",
    "WebhooksInfoRetrieveResponse200ANNOTATIONSCREATED",
    "WebhooksInfoRetrieveResponse200ANNOTATIONSDELETED",
    "WebhooksInfoRetrieveResponse200ANNOTATIONUPDATED",
    "WebhooksInfoRetrieveResponse200LABELLINKCREATED",
    "WebhooksInfoRetrieveResponse200LABELLINKDELETED",
    "WebhooksInfoRetrieveResponse200LABELLINKUPDATED",
    "WebhooksInfoRetrieveResponse200PROJECTCREATED",
    "WebhooksInfoRetrieveResponse200PROJECTDELETED",
    "WebhooksInfoRetrieveResponse200PROJECTUPDATED",
    "WebhooksInfoRetrieveResponse200TASKSCREATED",
    "WebhooksInfoRetrieveResponse200TASKSDELETED",
)

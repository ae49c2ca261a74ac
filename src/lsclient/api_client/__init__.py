"""A client library for accessing lsclient-api-client"""

from functools import cached_property
from typing import TYPE_CHECKING

from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .api.annotations import AnnotationsApi, AsyncAnnotationsApi
    from .api.data_manager import AsyncDataManagerApi, DataManagerApi
    from .api.export import AsyncExportApi, ExportApi
    from .api.fsm import AsyncFsmApi, FsmApi
    from .api.import_ import AsyncImportApi, ImportApi
    from .api.invites import AsyncInvitesApi, InvitesApi
    from .api.jwt import AsyncJwtApi, JwtApi
    from .api.labels import AsyncLabelsApi, LabelsApi
    from .api.machine_learning import AsyncMachineLearningApi, MachineLearningApi
    from .api.organizations import AsyncOrganizationsApi, OrganizationsApi
    from .api.predictions import AsyncPredictionsApi, PredictionsApi
    from .api.projects import AsyncProjectsApi, ProjectsApi
    from .api.server import AsyncServerApi, ServerApi
    from .api.session_policy import AsyncSessionPolicyApi, SessionPolicyApi
    from .api.storage import AsyncStorageApi, StorageApi
    from .api.storage_azure import AsyncStorageAzureApi, StorageAzureApi
    from .api.storage_gcs import AsyncStorageGcsApi, StorageGcsApi
    from .api.storage_local import AsyncStorageLocalApi, StorageLocalApi
    from .api.storage_redis import AsyncStorageRedisApi, StorageRedisApi
    from .api.storage_s3 import AsyncStorageS3Api, StorageS3Api
    from .api.tasks import AsyncTasksApi, TasksApi
    from .api.users import AsyncUsersApi, UsersApi
    from .api.webhooks import AsyncWebhooksApi, WebhooksApi


class LabelStudioApi:
    """Every Label Studio operation, grouped by tag: ``api.projects.create(body=...)``.

    Each group is imported on first access; the operations are the generated functions, bound to ``client``.
    """

    def __init__(self, client: AuthenticatedClient) -> None:
        self.client = client

    @cached_property
    def annotations(self) -> "AnnotationsApi":
        """Operations tagged "annotations"."""
        from .api.annotations import AnnotationsApi

        return AnnotationsApi(self.client)

    @cached_property
    def data_manager(self) -> "DataManagerApi":
        """Operations tagged "data_manager"."""
        from .api.data_manager import DataManagerApi

        return DataManagerApi(self.client)

    @cached_property
    def export(self) -> "ExportApi":
        """Operations tagged "export"."""
        from .api.export import ExportApi

        return ExportApi(self.client)

    @cached_property
    def fsm(self) -> "FsmApi":
        """Operations tagged "fsm"."""
        from .api.fsm import FsmApi

        return FsmApi(self.client)

    @cached_property
    def import_(self) -> "ImportApi":
        """Operations tagged "import_"."""
        from .api.import_ import ImportApi

        return ImportApi(self.client)

    @cached_property
    def invites(self) -> "InvitesApi":
        """Operations tagged "invites"."""
        from .api.invites import InvitesApi

        return InvitesApi(self.client)

    @cached_property
    def jwt(self) -> "JwtApi":
        """Operations tagged "jwt"."""
        from .api.jwt import JwtApi

        return JwtApi(self.client)

    @cached_property
    def labels(self) -> "LabelsApi":
        """Operations tagged "labels"."""
        from .api.labels import LabelsApi

        return LabelsApi(self.client)

    @cached_property
    def machine_learning(self) -> "MachineLearningApi":
        """Operations tagged "machine_learning"."""
        from .api.machine_learning import MachineLearningApi

        return MachineLearningApi(self.client)

    @cached_property
    def organizations(self) -> "OrganizationsApi":
        """Operations tagged "organizations"."""
        from .api.organizations import OrganizationsApi

        return OrganizationsApi(self.client)

    @cached_property
    def predictions(self) -> "PredictionsApi":
        """Operations tagged "predictions"."""
        from .api.predictions import PredictionsApi

        return PredictionsApi(self.client)

    @cached_property
    def projects(self) -> "ProjectsApi":
        """Operations tagged "projects"."""
        from .api.projects import ProjectsApi

        return ProjectsApi(self.client)

    @cached_property
    def server(self) -> "ServerApi":
        """Operations tagged "server"."""
        from .api.server import ServerApi

        return ServerApi(self.client)

    @cached_property
    def session_policy(self) -> "SessionPolicyApi":
        """Operations tagged "session_policy"."""
        from .api.session_policy import SessionPolicyApi

        return SessionPolicyApi(self.client)

    @cached_property
    def storage(self) -> "StorageApi":
        """Operations tagged "storage"."""
        from .api.storage import StorageApi

        return StorageApi(self.client)

    @cached_property
    def storage_azure(self) -> "StorageAzureApi":
        """Operations tagged "storage_azure"."""
        from .api.storage_azure import StorageAzureApi

        return StorageAzureApi(self.client)

    @cached_property
    def storage_gcs(self) -> "StorageGcsApi":
        """Operations tagged "storage_gcs"."""
        from .api.storage_gcs import StorageGcsApi

        return StorageGcsApi(self.client)

    @cached_property
    def storage_local(self) -> "StorageLocalApi":
        """Operations tagged "storage_local"."""
        from .api.storage_local import StorageLocalApi

        return StorageLocalApi(self.client)

    @cached_property
    def storage_redis(self) -> "StorageRedisApi":
        """Operations tagged "storage_redis"."""
        from .api.storage_redis import StorageRedisApi

        return StorageRedisApi(self.client)

    @cached_property
    def storage_s3(self) -> "StorageS3Api":
        """Operations tagged "storage_s3"."""
        from .api.storage_s3 import StorageS3Api

        return StorageS3Api(self.client)

    @cached_property
    def tasks(self) -> "TasksApi":
        """Operations tagged "tasks"."""
        from .api.tasks import TasksApi

        return TasksApi(self.client)

    @cached_property
    def users(self) -> "UsersApi":
        """Operations tagged "users"."""
        from .api.users import UsersApi

        return UsersApi(self.client)

    @cached_property
    def webhooks(self) -> "WebhooksApi":
        """Operations tagged "webhooks"."""
        from .api.webhooks import WebhooksApi

        return WebhooksApi(self.client)


class AsyncLabelStudioApi:
    """Every Label Studio operation, grouped by tag (asyncio): ``api.projects.create(body=...)``.

    Each group is imported on first access; the operations are the generated functions, bound to ``client``.
    """

    def __init__(self, client: AuthenticatedClient) -> None:
        self.client = client

    @cached_property
    def annotations(self) -> "AsyncAnnotationsApi":
        """Operations tagged "annotations"."""
        from .api.annotations import AsyncAnnotationsApi

        return AsyncAnnotationsApi(self.client)

    @cached_property
    def data_manager(self) -> "AsyncDataManagerApi":
        """Operations tagged "data_manager"."""
        from .api.data_manager import AsyncDataManagerApi

        return AsyncDataManagerApi(self.client)

    @cached_property
    def export(self) -> "AsyncExportApi":
        """Operations tagged "export"."""
        from .api.export import AsyncExportApi

        return AsyncExportApi(self.client)

    @cached_property
    def fsm(self) -> "AsyncFsmApi":
        """Operations tagged "fsm"."""
        from .api.fsm import AsyncFsmApi

        return AsyncFsmApi(self.client)

    @cached_property
    def import_(self) -> "AsyncImportApi":
        """Operations tagged "import_"."""
        from .api.import_ import AsyncImportApi

        return AsyncImportApi(self.client)

    @cached_property
    def invites(self) -> "AsyncInvitesApi":
        """Operations tagged "invites"."""
        from .api.invites import AsyncInvitesApi

        return AsyncInvitesApi(self.client)

    @cached_property
    def jwt(self) -> "AsyncJwtApi":
        """Operations tagged "jwt"."""
        from .api.jwt import AsyncJwtApi

        return AsyncJwtApi(self.client)

    @cached_property
    def labels(self) -> "AsyncLabelsApi":
        """Operations tagged "labels"."""
        from .api.labels import AsyncLabelsApi

        return AsyncLabelsApi(self.client)

    @cached_property
    def machine_learning(self) -> "AsyncMachineLearningApi":
        """Operations tagged "machine_learning"."""
        from .api.machine_learning import AsyncMachineLearningApi

        return AsyncMachineLearningApi(self.client)

    @cached_property
    def organizations(self) -> "AsyncOrganizationsApi":
        """Operations tagged "organizations"."""
        from .api.organizations import AsyncOrganizationsApi

        return AsyncOrganizationsApi(self.client)

    @cached_property
    def predictions(self) -> "AsyncPredictionsApi":
        """Operations tagged "predictions"."""
        from .api.predictions import AsyncPredictionsApi

        return AsyncPredictionsApi(self.client)

    @cached_property
    def projects(self) -> "AsyncProjectsApi":
        """Operations tagged "projects"."""
        from .api.projects import AsyncProjectsApi

        return AsyncProjectsApi(self.client)

    @cached_property
    def server(self) -> "AsyncServerApi":
        """Operations tagged "server"."""
        from .api.server import AsyncServerApi

        return AsyncServerApi(self.client)

    @cached_property
    def session_policy(self) -> "AsyncSessionPolicyApi":
        """Operations tagged "session_policy"."""
        from .api.session_policy import AsyncSessionPolicyApi

        return AsyncSessionPolicyApi(self.client)

    @cached_property
    def storage(self) -> "AsyncStorageApi":
        """Operations tagged "storage"."""
        from .api.storage import AsyncStorageApi

        return AsyncStorageApi(self.client)

    @cached_property
    def storage_azure(self) -> "AsyncStorageAzureApi":
        """Operations tagged "storage_azure"."""
        from .api.storage_azure import AsyncStorageAzureApi

        return AsyncStorageAzureApi(self.client)

    @cached_property
    def storage_gcs(self) -> "AsyncStorageGcsApi":
        """Operations tagged "storage_gcs"."""
        from .api.storage_gcs import AsyncStorageGcsApi

        return AsyncStorageGcsApi(self.client)

    @cached_property
    def storage_local(self) -> "AsyncStorageLocalApi":
        """Operations tagged "storage_local"."""
        from .api.storage_local import AsyncStorageLocalApi

        return AsyncStorageLocalApi(self.client)

    @cached_property
    def storage_redis(self) -> "AsyncStorageRedisApi":
        """Operations tagged "storage_redis"."""
        from .api.storage_redis import AsyncStorageRedisApi

        return AsyncStorageRedisApi(self.client)

    @cached_property
    def storage_s3(self) -> "AsyncStorageS3Api":
        """Operations tagged "storage_s3"."""
        from .api.storage_s3 import AsyncStorageS3Api

        return AsyncStorageS3Api(self.client)

    @cached_property
    def tasks(self) -> "AsyncTasksApi":
        """Operations tagged "tasks"."""
        from .api.tasks import AsyncTasksApi

        return AsyncTasksApi(self.client)

    @cached_property
    def users(self) -> "AsyncUsersApi":
        """Operations tagged "users"."""
        from .api.users import AsyncUsersApi

        return AsyncUsersApi(self.client)

    @cached_property
    def webhooks(self) -> "AsyncWebhooksApi":
        """Operations tagged "webhooks"."""
        from .api.webhooks import AsyncWebhooksApi

        return AsyncWebhooksApi(self.client)


__all__ = (
    "AsyncLabelStudioApi",
    "AuthenticatedClient",
    "Client",
    "LabelStudioApi",
)

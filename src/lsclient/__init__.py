"""lsclient: a typed Python SDK for Label Studio.

Two layers:

* ``lsclient.api_client`` -- generated from Label Studio's OpenAPI schema; one function per REST
  operation, plus ``LabelStudioApi`` grouping them by tag (``api.projects.create(...)``).
* ``lsclient.core`` -- hand-written client, repositories and entity proxies on top of it; its main
  names are re-exported here.

Two flavours with the same API: ``make_client()`` / ``Client`` for plain code and ``make_async_client()`` /
``AsyncClient`` for asyncio programs (``await`` on every call that talks to the server, ``async for`` over
every list).

>>> from lsclient import make_client
>>> with make_client() as client:  # reads LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY now  # doctest: +SKIP
...     project = client.projects.create(title="Reviews", label_config=CONFIG)

>>> from lsclient import make_async_client
>>> async with make_async_client() as client:  # doctest: +SKIP
...     project = await client.projects.create(title="Reviews", label_config=CONFIG)
"""

from typing import TYPE_CHECKING, Any

from . import core
from .core import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    Client,
    ConfigurationError,
    ConflictError,
    DownloadError,
    DuplicateKeyError,
    F,
    Filter,
    IncompleteImportError,
    InvalidInputError,
    JobFailedError,
    JobTimeoutError,
    LabelConfig,
    LsClientError,
    NotFoundError,
    NullProgressReporter,
    ParsedConfig,
    PermissionDeniedError,
    PredictionImportError,
    ProgressReporter,
    Query,
    RateLimitError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    TaskImportError,
    TqdmProgressReporter,
    UnsupportedServerWarning,
    iter_export_tasks,
    make_client,
    parse_label_config,
)

if TYPE_CHECKING:
    from .core._async.annotations import AsyncAnnotation
    from .core._async.client import AsyncClient, make_async_client
    from .core._async.exports import AsyncExport
    from .core._async.members import AsyncMember
    from .core._async.predictions import AsyncPrediction
    from .core._async.projects import AsyncProject
    from .core._async.storages import AsyncDataset, AsyncTarget
    from .core._async.tasks import AsyncTask
    from .core._async.transport import AsyncRetryTransport
    from .core._async.users import AsyncUser
    from .core._async.webhooks import AsyncWebhook
    from .core._sync.annotations import Annotation
    from .core._sync.exports import Export
    from .core._sync.members import Member
    from .core._sync.predictions import Prediction
    from .core._sync.projects import Project
    from .core._sync.storages import Dataset, Target
    from .core._sync.tasks import Task
    from .core._sync.transport import RetryTransport
    from .core._sync.users import User
    from .core._sync.webhooks import Webhook


__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """Entity classes (``Project``, ``AsyncTask``...) and the async client are imported on first use."""
    if name in core._LAZY:
        return getattr(core, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "Annotation",
    "AsyncAnnotation",
    "AsyncClient",
    "AsyncDataset",
    "AsyncExport",
    "AsyncMember",
    "AsyncPrediction",
    "AsyncProject",
    "AsyncRetryTransport",
    "AsyncTarget",
    "AsyncTask",
    "AsyncUser",
    "AsyncWebhook",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "Dataset",
    "DownloadError",
    "DuplicateKeyError",
    "Export",
    "F",
    "Filter",
    "IncompleteImportError",
    "InvalidInputError",
    "JobFailedError",
    "JobTimeoutError",
    "LabelConfig",
    "LsClientError",
    "Member",
    "NotFoundError",
    "NullProgressReporter",
    "ParsedConfig",
    "PermissionDeniedError",
    "Prediction",
    "PredictionImportError",
    "ProgressReporter",
    "Project",
    "Query",
    "RateLimitError",
    "ResponseParseError",
    "RetryPolicy",
    "RetryTransport",
    "ServerError",
    "Target",
    "Task",
    "TaskImportError",
    "TqdmProgressReporter",
    "UnsupportedServerWarning",
    "User",
    "Webhook",
    "iter_export_tasks",
    "make_async_client",
    "make_client",
    "parse_label_config",
]

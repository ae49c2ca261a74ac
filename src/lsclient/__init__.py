"""lsclient: a typed Python SDK for Label Studio.

Two layers:

* ``lsclient.api_client`` -- generated from Label Studio's OpenAPI schema; one function per REST
  operation, plus ``LabelStudioApi`` grouping them by tag (``api.projects.create(...)``).
* ``lsclient.core`` -- hand-written client, repositories and entity proxies on top of it; its main
  names are re-exported here.

>>> from lsclient import make_client
>>> with make_client() as client:  # reads LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY now  # doctest: +SKIP
...     project = client.projects.create(title="Reviews", label_config=CONFIG)
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
    make_client,
    parse_label_config,
)

if TYPE_CHECKING:
    from .core import Annotation, Dataset, Export, Prediction, Project, Target, Task, User, Webhook, iter_export_tasks

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """Entity classes (``Project``, ``Task``...) are imported from :mod:`lsclient.core` on first use."""
    if name in core._LAZY:
        return getattr(core, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "Annotation",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "Dataset",
    "DownloadError",
    "DuplicateKeyError",
    "IncompleteImportError",
    "Export",
    "F",
    "Filter",
    "InvalidInputError",
    "JobFailedError",
    "JobTimeoutError",
    "LabelConfig",
    "LsClientError",
    "NotFoundError",
    "NullProgressReporter",
    "ParsedConfig",
    "PermissionDeniedError",
    "PredictionImportError",
    "Prediction",
    "ProgressReporter",
    "Project",
    "Query",
    "RateLimitError",
    "ResponseParseError",
    "RetryPolicy",
    "ServerError",
    "Target",
    "Task",
    "TaskImportError",
    "TqdmProgressReporter",
    "UnsupportedServerWarning",
    "User",
    "Webhook",
    "iter_export_tasks",
    "make_client",
    "parse_label_config",
]

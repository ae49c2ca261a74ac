"""Hand-written core of lsclient: the client, repositories, entity proxies, errors and helpers.

>>> from lsclient import make_client
>>> with make_client() as client:  # LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY  # doctest: +SKIP
...     project = client.projects.create(title="Reviews", label_config=CONFIG)
"""

import importlib
from typing import TYPE_CHECKING, Any

from .client import Client, UnsupportedServerWarning, make_client
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    DuplicateKeyError,
    IncompleteImportError,
    InvalidInputError,
    JobFailedError,
    JobTimeoutError,
    LsClientError,
    NotFoundError,
    PermissionDeniedError,
    PredictionImportError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    TaskImportError,
)
from .files import DownloadError
from .filters import F, Filter, Query
from .label_config import LabelConfig, ParsedConfig, parse_label_config
from .progress import NullProgressReporter, ProgressReporter, TqdmProgressReporter
from .transport import RetryPolicy

if TYPE_CHECKING:
    from .proxies.annotations import Annotation
    from .proxies.exports import Export, iter_export_tasks
    from .proxies.predictions import Prediction
    from .proxies.projects import Project
    from .proxies.storages import Dataset, Target
    from .proxies.tasks import Task
    from .proxies.users import User
    from .proxies.webhooks import Webhook

# Entity classes are imported on first use: most programs only need them for type hints.
_LAZY = {
    "Annotation": "annotations",
    "Dataset": "storages",
    "Export": "exports",
    "Prediction": "predictions",
    "Project": "projects",
    "Target": "storages",
    "Task": "tasks",
    "User": "users",
    "Webhook": "webhooks",
    "iter_export_tasks": "exports",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".proxies.{module}", __name__), name)
    globals()[name] = value
    return value


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

"""Hand-written core of lsclient: the clients, repositories, entity proxies, errors and helpers, in two flavours.

The I/O code is written once, as async code, in :mod:`lsclient.core._async`; the sync flavour
(:mod:`lsclient.core._sync`) is generated from it by ``scripts/unasync.py``. Pure logic (retry policy, paging
cursor, polling schedule, filters, label configs, batching, error mapping) lives in the modules beside them.

Every public name is imported on first use (:pep:`562`): ``import lsclient`` loads almost nothing, and
``from lsclient import make_client`` loads what a client needs, not the repositories, label configs, filters or the
generated operations, which come with their first use (``client.projects``...).

>>> from lsclient import make_client
>>> with make_client() as client:  # LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY  # doctest: +SKIP
...     project = client.projects.create(title="Reviews", label_config=CONFIG)

>>> from lsclient import make_async_client
>>> async with make_async_client() as client:  # doctest: +SKIP
...     project = await client.projects.create(title="Reviews", label_config=CONFIG)
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._async.annotations import AsyncAnnotation
    from ._async.client import AsyncClient, make_async_client
    from ._async.exports import AsyncExport
    from ._async.members import AsyncMember
    from ._async.predictions import AsyncPrediction
    from ._async.projects import AsyncProject
    from ._async.storages import AsyncDataset, AsyncTarget
    from ._async.tasks import AsyncTask
    from ._async.transport import AsyncRetryTransport
    from ._async.users import AsyncUser
    from ._async.webhooks import AsyncWebhook
    from ._sync.annotations import Annotation
    from ._sync.client import Client, make_client
    from ._sync.exports import Export
    from ._sync.members import Member
    from ._sync.predictions import Prediction
    from ._sync.projects import Project
    from ._sync.storages import Dataset, Target
    from ._sync.tasks import Task
    from ._sync.transport import RetryTransport
    from ._sync.users import User
    from ._sync.webhooks import Webhook
    from .config import UnsupportedServerWarning
    from .errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        CopyIncompleteError,
        DuplicateKeyError,
        FieldNotLoadedError,
        IncompleteImportError,
        InvalidInputError,
        InvalidTypeError,
        JobFailedError,
        JobTimeoutError,
        LocalFileError,
        LsClientError,
        NotFoundError,
        OutcomeUnknownError,
        OutcomeUnknownTimeoutError,
        PermissionDeniedError,
        PredictionImportError,
        RateLimitError,
        ResponseParseError,
        ServerError,
        TaskImportError,
    )
    from .export_files import iter_export_tasks
    from .files import DownloadError
    from .filters import F, Filter, Query
    from .label_config import LabelConfig, ParsedConfig, parse_label_config
    from .progress import NullProgressReporter, ProgressReporter, TqdmProgressReporter
    from .transport import RetryPolicy

_ERRORS = (
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "CopyIncompleteError",
    "DuplicateKeyError",
    "FieldNotLoadedError",
    "IncompleteImportError",
    "InvalidInputError",
    "InvalidTypeError",
    "JobFailedError",
    "JobTimeoutError",
    "LocalFileError",
    "LsClientError",
    "NotFoundError",
    "OutcomeUnknownError",
    "OutcomeUnknownTimeoutError",
    "PermissionDeniedError",
    "PredictionImportError",
    "RateLimitError",
    "ResponseParseError",
    "ServerError",
    "TaskImportError",
)

#: every public name -> the module (relative to this package) defining it, imported on first use: a program pays
#: for the flavour and the parts it uses (the TYPE_CHECKING imports above are what type checkers and IDEs read).
_LAZY: dict[str, str] = {
    "make_client": "._sync.client",
    "Client": "._sync.client",
    "make_async_client": "._async.client",
    "AsyncClient": "._async.client",
    "RetryTransport": "._sync.transport",
    "AsyncRetryTransport": "._async.transport",
    "RetryPolicy": ".transport",
    "UnsupportedServerWarning": ".config",
    **dict.fromkeys(_ERRORS, ".errors"),
    "DownloadError": ".files",
    "iter_export_tasks": ".export_files",
    "F": ".filters",
    "Filter": ".filters",
    "Query": ".filters",
    "LabelConfig": ".label_config",
    "ParsedConfig": ".label_config",
    "parse_label_config": ".label_config",
    "NullProgressReporter": ".progress",
    "ProgressReporter": ".progress",
    "TqdmProgressReporter": ".progress",
    "Annotation": "._sync.annotations",
    "AsyncAnnotation": "._async.annotations",
    "Dataset": "._sync.storages",
    "AsyncDataset": "._async.storages",
    "Export": "._sync.exports",
    "AsyncExport": "._async.exports",
    "Member": "._sync.members",
    "AsyncMember": "._async.members",
    "Prediction": "._sync.predictions",
    "AsyncPrediction": "._async.predictions",
    "Project": "._sync.projects",
    "AsyncProject": "._async.projects",
    "Target": "._sync.storages",
    "AsyncTarget": "._async.storages",
    "Task": "._sync.tasks",
    "AsyncTask": "._async.tasks",
    "User": "._sync.users",
    "AsyncUser": "._async.users",
    "Webhook": "._sync.webhooks",
    "AsyncWebhook": "._async.webhooks",
}


if not TYPE_CHECKING:  # hidden from type checkers, so that they still report a misspelt name

    def __getattr__(name: str) -> Any:
        """Import a public name's module on first use; the value is kept here, so later reads are plain lookups."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    """The module's own names and every public name, imported or not yet."""
    return sorted(set(globals()) | set(__all__))


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
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "CopyIncompleteError",
    "Dataset",
    "DownloadError",
    "DuplicateKeyError",
    "Export",
    "F",
    "FieldNotLoadedError",
    "Filter",
    "IncompleteImportError",
    "InvalidInputError",
    "InvalidTypeError",
    "JobFailedError",
    "JobTimeoutError",
    "LabelConfig",
    "LocalFileError",
    "LsClientError",
    "Member",
    "NotFoundError",
    "NullProgressReporter",
    "OutcomeUnknownError",
    "OutcomeUnknownTimeoutError",
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

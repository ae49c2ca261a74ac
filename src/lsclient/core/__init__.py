"""Hand-written core of lsclient: the client, repositories, entity proxies, errors and helpers.

>>> from lsclient import make_client
>>> with make_client() as client:  # LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY  # doctest: +SKIP
...     project = client.projects.create(title="Reviews", label_config=CONFIG)
"""

from .client import Client, UnsupportedServerWarning, make_client
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InvalidInputError,
    JobFailedError,
    JobTimeoutError,
    LsClientError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServerError,
)
from .filters import F, Filter, Query
from .progress import NullProgressReporter, ProgressReporter, TqdmProgressReporter
from .transport import RetryPolicy

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "F",
    "Filter",
    "InvalidInputError",
    "JobFailedError",
    "JobTimeoutError",
    "LsClientError",
    "NotFoundError",
    "NullProgressReporter",
    "PermissionDeniedError",
    "ProgressReporter",
    "Query",
    "RateLimitError",
    "ResponseParseError",
    "RetryPolicy",
    "ServerError",
    "TqdmProgressReporter",
    "UnsupportedServerWarning",
    "make_client",
]

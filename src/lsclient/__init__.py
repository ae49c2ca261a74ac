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

from .core import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    Client,
    ConfigurationError,
    ConflictError,
    F,
    InvalidInputError,
    JobFailedError,
    JobTimeoutError,
    LsClientError,
    NotFoundError,
    PermissionDeniedError,
    Query,
    RateLimitError,
    ResponseParseError,
    ServerError,
    make_client,
)

__version__ = "0.1.0"

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
    "InvalidInputError",
    "JobFailedError",
    "JobTimeoutError",
    "LsClientError",
    "NotFoundError",
    "PermissionDeniedError",
    "Query",
    "RateLimitError",
    "ResponseParseError",
    "ServerError",
    "make_client",
]

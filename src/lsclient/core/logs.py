"""Keeping credentials out of log records: httpcore's DEBUG traces print every response header, cookies included.

With logging at DEBUG, httpcore (the connection layer under httpx) logs each response's headers, so Label Studio's
``Set-Cookie: sessionid=...`` (the session of a password login, which is as good as the password for two weeks)
and ``csrftoken`` would reach every log handler. :func:`protect_logs` adds :class:`CredentialFilter` to httpcore's
loggers, which replaces the values of credential headers in those records by ``<hidden>``; every lsclient client
and authentication calls it when made. Nothing else of the records changes, and lsclient's own log lines never
carry a credential (they name methods and paths only).

>>> record = logging.LogRecord("httpcore.http11", logging.DEBUG, __file__, 1,
...     "receive_response_headers.complete return_value=(b'HTTP/1.1', 200, b'OK', [(b'Set-Cookie', b'sessionid=abc')])",
...     None, None)
>>> CredentialFilter().filter(record), record.getMessage()
(True, "receive_response_headers.complete return_value=(b'HTTP/1.1', 200, b'OK', [(b'Set-Cookie', b'<hidden>')])")
"""

from __future__ import annotations

import logging
import re
import threading

__all__ = ["HTTPCORE_LOGGERS", "CredentialFilter", "protect_logs"]

#: The loggers httpcore traces requests with (one per connection kind).
HTTPCORE_LOGGERS = ("httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy", "httpcore.socks")

# A header as httpcore's traces print it: a tuple of two bytes literals, ``(b'Set-Cookie', b'sessionid=...')``.
_BYTES = r"""b(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
_CREDENTIAL_HEADER = re.compile(
    rf"""\((b['"](?:set-cookie|cookie|authorization|proxy-authorization|x-api-key)['"]), {_BYTES}\)""",
    re.IGNORECASE,
)
_lock = threading.Lock()


class CredentialFilter(logging.Filter):
    """A ``logging.Filter`` that hides the values of credential headers (cookies, ``Authorization``) in a record's
    message; it never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite ``record`` in place when its message shows a credential header; always keep it."""
        try:
            message = record.getMessage()
        except Exception:  # a record whose arguments do not format is left for the handler to report
            return True
        hidden = _CREDENTIAL_HEADER.sub(r"(\1, b'<hidden>')", message)
        if hidden != message:
            record.msg, record.args = hidden, None
        return True


def protect_logs() -> None:
    """Add one :class:`CredentialFilter` to each of httpcore's loggers (:data:`HTTPCORE_LOGGERS`); calling it again
    changes nothing."""
    with _lock:
        for name in HTTPCORE_LOGGERS:
            logger = logging.getLogger(name)
            if not any(isinstance(existing, CredentialFilter) for existing in logger.filters):
                logger.addFilter(CredentialFilter())

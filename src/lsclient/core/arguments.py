"""Checks of the plain arguments public methods take — ids, counts, durations, JSON values, text — made before any
request, each raising :class:`~lsclient.core.errors.InvalidInputError` (or its :class:`InvalidTypeError`) that
names the argument.

A value of the wrong type would otherwise fail deep inside (a ``TypeError`` comparing a ``str`` with an ``int``, a
``ValueError`` from ``json.dumps`` for a NaN, a ``UnicodeEncodeError`` for a lone surrogate), or worse, reach the
server as text: ``retrieve("..")`` once read ``/api/``, ``page_size=1.5`` was sent as is.

>>> check_id(7, "projects.retrieve(): id")
7
>>> check_json({"text": float("nan")}, "tasks.create(): data")
Traceback (most recent call last):
...
lsclient.core.errors.InvalidInputError: tasks.create(): data['text'] is nan: JSON has no NaN or infinity
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

import httpx

from .errors import InvalidInputError, InvalidTypeError

__all__ = [
    "MAX_ID",
    "MAX_JSON_DEPTH",
    "NUL_REFUSED",
    "check_count",
    "check_id",
    "check_json",
    "check_seconds",
    "check_text",
    "check_timeout",
    "json_fields",
]

#: The largest id a server can hold (a signed 64-bit integer: SQLite's and PostgreSQL's largest key).
MAX_ID = 2**63 - 1
#: Why a NUL character is refused, for the messages that refuse one.
NUL_REFUSED = "which Label Studio cannot store (refused in text, a server error in JSON on PostgreSQL)"
#: The deepest nesting of lists and objects sent as JSON. Label Studio 1.23 stores data nested 500 deep, but answers
#: 500 (its encoder's recursion limit) for about 900, and Python's own encoder fails near 1,000.
MAX_JSON_DEPTH = 500


def check_id(value: object, what: str) -> int:
    """``value`` if it can be an object's id: an ``int`` (not a ``bool``) from 1 to :data:`MAX_ID`.

    :raises InvalidTypeError: not an int (a ``str``, ``float``, ``bool``, ``None``...).
    :raises InvalidInputError: below 1 or above :data:`MAX_ID` (no object has such an id).
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(f"{what} must be an id (an int), not {type(value).__name__} {_shown(value)}")
    if not 1 <= value <= MAX_ID:
        raise InvalidInputError(f"{what} must be an id from 1 to 2**63 - 1, got {_shown(value)}")
    return value


def check_count(value: object, what: str, *, minimum: int = 1) -> int:
    """``value`` if it is an ``int`` (not a ``bool``) of at least ``minimum``.

    >>> check_count(0, "limit", minimum=0)
    0

    :raises InvalidTypeError: not an int.
    :raises InvalidInputError: below ``minimum``.
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(f"{what} must be an int >= {minimum}, not {type(value).__name__} {_shown(value)}")
    if value < minimum:
        raise InvalidInputError(f"{what} must be an int >= {minimum}, got {value}")
    return value


def check_seconds(value: object, what: str, *, allow_zero: bool = False) -> float:
    """``value`` as a finite number of seconds above 0 (or 0 too, with ``allow_zero``), as a ``float``.

    :raises InvalidTypeError: not an int or float (a ``str`` such as ``"5"``, a ``bool``...).
    :raises InvalidInputError: NaN, infinite, negative, or 0 without ``allow_zero``.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidTypeError(f"{what} must be a number of seconds, not {type(value).__name__} {_shown(value)}")
    try:
        seconds = float(value)
    except OverflowError:  # an int beyond any float
        seconds = math.inf
    if not math.isfinite(seconds) or seconds < 0 or (seconds == 0 and not allow_zero):
        bound = ">= 0" if allow_zero else "> 0"
        raise InvalidInputError(f"{what} must be a finite number of seconds {bound}, got {value!r}")
    return seconds


def check_timeout(value: object, what: str = "timeout") -> float | httpx.Timeout | None:
    """A client's request timeout: ``None`` (wait forever), seconds above 0, or an ``httpx.Timeout`` whose every
    part is ``None`` or seconds above 0.

    :raises InvalidTypeError: another type (a ``str``, a ``bool``...).
    :raises InvalidInputError: NaN, infinite, 0 or negative seconds (0 would fail every connection at once).
    """
    if value is None:
        return None
    if isinstance(value, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            seconds = getattr(value, part)
            if seconds is not None:
                check_seconds(seconds, f"{what}.{part}")
        return value
    return check_seconds(value, what)


def check_text(value: object, what: str, *, empty: bool = True) -> str:
    """``value`` if it is a ``str`` that can be sent: UTF-8 encodable (no lone surrogate such as ``"\\ud800"``) and
    without a NUL character (``"\\x00"``, which Label Studio refuses in text).

    :param empty: whether ``""`` is accepted.
    :raises InvalidTypeError: not a str.
    :raises InvalidInputError: a lone surrogate or a NUL, or empty when ``empty`` is False.
    """
    if not isinstance(value, str):
        raise InvalidTypeError(f"{what} must be a str, not {type(value).__name__} {_shown(value, what)}")
    if not empty and not value:
        raise InvalidInputError(f"{what} must not be empty")
    _check_encodable(value, what)
    return value


def check_json(value: object, what: str) -> None:
    """Check that ``value`` can be sent as JSON exactly as given; the error says where the first problem is.

    JSON carries ``dict`` (keys ``str``, or ``int``/``float``/``bool``/``None``, which become text), ``list`` and
    ``tuple``, ``str``, finite ``int`` and ``float``, ``bool`` and ``None``, nested at most :data:`MAX_JSON_DEPTH`
    deep. Anything else — NaN or infinity, ``bytes``, a ``set``, a ``datetime``, a ``Decimal``, an object of your
    own, a lone surrogate in a string, an integer of more than 4,300 digits — is refused here rather than failing
    inside the HTTP library; so is a NUL character (``"\\x00"``) in a string or key, which Label Studio cannot
    store (refused in text fields, answered with 500 in JSON fields on PostgreSQL).

    :raises InvalidInputError: naming the place, e.g. ``tasks.create(): data['when'] is a datetime ...``.
    """
    # Iterative, so that a deeply nested value cannot exhaust the interpreter's stack before the depth check.
    stack: list[tuple[object, str, int]] = [(value, what, 0)]
    while stack:
        item, where, depth = stack.pop()
        if isinstance(item, str):
            _check_encodable(item, where)
        elif item is None or isinstance(item, bool):
            continue
        elif isinstance(item, int):
            try:
                str(item)
            except ValueError:
                raise InvalidInputError(f"{where} is an int too large for JSON (more than 4,300 digits)") from None
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise InvalidInputError(f"{where} is {item!r}: JSON has no NaN or infinity")
        elif isinstance(item, Mapping | list | tuple):
            if depth >= MAX_JSON_DEPTH:
                raise InvalidInputError(f"{what} is nested more than {MAX_JSON_DEPTH} levels deep")
            if isinstance(item, Mapping):
                for key, sub in item.items():
                    if isinstance(key, str):
                        _check_encodable(key, f"{where} key {key!r}")
                    elif not (key is None or isinstance(key, int | float)) or (
                        isinstance(key, float) and not math.isfinite(key)
                    ):
                        raise InvalidInputError(
                            f"{where} has a key of type {type(key).__name__} ({_shown(key, where)}): JSON keys are text"
                        )
                    stack.append((sub, f"{where}[{key!r}]", depth + 1))
            else:
                stack.extend((sub, f"{where}[{index}]", depth + 1) for index, sub in enumerate(item))
        else:
            raise InvalidInputError(
                f"{where} is a {type(item).__name__} ({_shown(item, where)}), which JSON cannot carry: "
                "use str, int, float, bool, None, list or dict"
            )


def _check_encodable(text: str, where: str) -> None:
    """Refuse a text Label Studio cannot take: a lone surrogate (not UTF-8) or a NUL character.

    NUL (``"\\x00"``) is valid JSON, but Label Studio refuses it in every text field (400, "Null characters are
    not allowed") and cannot store it in a JSON field on PostgreSQL, whose ``jsonb`` has no NUL: task data, meta,
    annotation and prediction results and Data Manager views are answered with 500 ("unsupported Unicode escape
    sequence") and nothing is stored. SQLite stores it, but a project holding one could not move to a PostgreSQL
    server, and lsclient cannot tell which database is behind the API: NUL is refused everywhere.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        shown = "a character" if _names_secret(where) else repr(text[exc.start : exc.end])
        raise InvalidInputError(
            f"{where} holds {shown} at position {exc.start}, a lone surrogate that UTF-8 cannot carry"
        ) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise InvalidInputError(f"{where} holds a NUL character ('\\x00') at position {nul}, {NUL_REFUSED}")


#: parts of a name (split at ``_`` and ``-``) that make its value a possible secret; ``key`` counts with another
#: part (``api_key``, ``aws_access_key_id``, ``X-Api-Key``), not alone (a data key, ``find(key=...)``)
_SECRET_PARTS = frozenset(
    {"password", "passwd", "secret", "token", "credential", "credentials", "authorization", "cookie", "signature"}
)
_SECRET_NAMES = frozenset({"account_name", "auth"})  # Azure's account name is one of its storage's credentials
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


def _names_secret(where: str) -> bool:
    """Whether a name in ``where`` (an argument, a field, a key) says that its value may be a secret."""
    for name in _NAME.findall(where):
        lowered = name.lower()
        parts = re.split(r"[_-]", lowered)
        if lowered in _SECRET_NAMES or _SECRET_PARTS.intersection(parts) or ("key" in parts and len(parts) > 1):
            return True
    return False


def _shown(value: object, where: str = "") -> str:
    """A short, safe rendering of a refused value for a message; none when ``where`` names what may be a secret."""
    if _names_secret(where):
        return "<not shown: it may be a secret>"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return f"<an int of {value.bit_length()} bits>"
    try:
        text = repr(value)
    except Exception:  # a broken __repr__ of the caller's object must not hide the real problem
        text = f"<{type(value).__name__}>"
    return text if len(text) <= 60 else text[:57] + "..."


def json_fields(fields: Mapping[str, Any], what: str) -> None:
    """:func:`check_json` for each field of a request body, naming the field: ``projects.create(): title``."""
    for name, value in fields.items():
        check_json(value, f"{what}: {name}")

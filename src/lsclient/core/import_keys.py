"""Import keys: the tag ``meta["lsclient_import"] = "<key>:<input index>"`` that makes a keyed import resumable.

:func:`~lsclient.core._async.importing.import_tasks` with ``key=`` tags every task it sends; before sending, and
after a request whose fate is unknown, it asks the server which input indexes of the key are already there
(:func:`key_query`, read back with :class:`KeyedTasks`), so a re-run imports only what is missing.

>>> task = {"data": {"text": "a"}}
>>> tag_task(task, "nightly", 7)
>>> task["meta"]
{'lsclient_import': 'nightly:7'}
>>> key_index(task["meta"], "nightly")
7
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .errors import InvalidInputError
from .filters import F, Query

__all__ = ["IMPORT_KEY_FIELD", "KeyedTasks", "check_key", "key_index", "key_query", "tag_task"]

#: The meta field that carries ``"<key>:<input index>"`` when an import key is used.
IMPORT_KEY_FIELD = "lsclient_import"

# Printable ASCII without quote, backslash or space: stored verbatim in the meta JSON, so a substring filter finds it.
_KEY_PATTERN = re.compile(r"[!#-\[\]-~]{1,200}")


def check_key(key: str) -> str:
    """Return ``key`` if it can serve as an import key, else raise :class:`InvalidInputError`.

    1 to 200 printable ASCII characters without spaces, ``"`` or ``\\``, so it is stored verbatim in the meta JSON.

    >>> check_key("nightly-2026-11-22")
    'nightly-2026-11-22'
    """
    if not isinstance(key, str) or not _KEY_PATTERN.fullmatch(key):
        raise InvalidInputError(
            f"key must be 1-200 printable ASCII characters without spaces, double quotes or backslashes, got {key!r}"
        )
    return key


def tag_task(task: dict[str, Any], key: str, index: int) -> None:
    """Merge ``{IMPORT_KEY_FIELD: "<key>:<index>"}`` into the task's ``meta`` (a new dict; other fields are kept).

    :raises InvalidInputError: the task's ``meta`` is not a mapping.
    """
    meta = task.get("meta")
    if meta is None:
        meta = {}
    if not isinstance(meta, Mapping):
        raise InvalidInputError(f"task #{index}: meta must be a mapping to carry the import key, not {meta!r}")
    task["meta"] = {**meta, IMPORT_KEY_FIELD: f"{key}:{index}"}


def key_index(meta: object, key: str) -> int | None:
    """The input index a task's ``meta`` carries for exactly ``key`` (None if it carries none, or another key's).

    >>> key_index({"lsclient_import": "Nightly:3"}, "nightly") is None  # keys are case-sensitive
    True
    """
    value = meta.get(IMPORT_KEY_FIELD) if isinstance(meta, Mapping) else None
    prefix = f"{key}:"
    if not isinstance(value, str) or not value.startswith(prefix):
        return None
    digits = value[len(prefix) :]
    return int(digits) if digits.isascii() and digits.isdigit() else None


def key_query(key: str, *, above_id: int = 0) -> str:
    """The data-manager query (JSON) for the tasks that may carry ``key``, by ascending id (ids > ``above_id`` only).

    It filters on the meta text ``"<key>:``; Label Studio's ``contains`` ignores case, so the matches are checked
    again with :func:`key_index`.
    """
    check_key(key)
    condition = F.meta.contains(f'"{key}:')
    if above_id > 0:
        condition = condition & (F.id > above_id)
    return Query(condition, ordering=F.id.asc()).to_json()


class KeyedTasks:
    """Collects ``{input index: task id}`` from ``(task id, meta)`` pairs of one import key, one task at a time.

    The lowest id wins an index; :attr:`duplicates` counts tasks that carry an index already seen (a request
    imported twice).

    >>> keyed = KeyedTasks("k")
    >>> for task_id, meta in [(5, {"lsclient_import": "k:0"}), (4, {"lsclient_import": "k:0"}), (6, {})]:
    ...     keyed.add(task_id, meta)
    >>> keyed.found, keyed.duplicates
    ({0: 4}, 1)
    """

    def __init__(self, key: str) -> None:
        self.key = key
        self.found: dict[int, int] = {}
        self.duplicates = 0

    def add(self, task_id: int, meta: object) -> None:
        """Record one task, if its meta carries this key."""
        index = key_index(meta, self.key)
        if index is None:
            return
        if index in self.found:
            self.duplicates += 1
            self.found[index] = min(self.found[index], task_id)
        else:
            self.found[index] = task_id

    def __repr__(self) -> str:
        return f"KeyedTasks({self.key!r}, found={len(self.found)}, duplicates={self.duplicates})"

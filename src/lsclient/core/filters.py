"""Typed filters and ordering for Label Studio's data-manager task query (``GET /api/tasks/?query=``).

Build conditions from the columns on :class:`F`, combine them with ``&`` and ``|``, and wrap them in a
:class:`Query`::

    >>> from lsclient.core.filters import F, Query
    >>> f = F.data("text").contains("great") & (F.total_annotations == 0)
    >>> Query(f, ordering=F.id.desc()).to_json()[:80]
    '{"filters":{"conjunction":"and","items":[{"filter":"filter:tasks:data.text","ope'

:class:`F` has every column Label Studio 1.23.2 lists at ``GET /api/dm/columns/?project=ID``
(``data_manager/functions.get_all_columns``) plus the task fields ``is_labeled`` and ``meta``; :class:`Column`
refuses any other name. What the server does with the query (read in ``data_manager/managers.py`` and checked on a
server):

* Operators: ``equal not_equal less greater less_or_equal greater_or_equal`` (scalar value), ``in not_in``
  (``{"min", "max"}``, both ends inclusive), ``in_list not_in_list`` (a list), ``empty`` (true/false),
  ``contains not_contains`` (case-insensitive) and ``regex`` (case-sensitive). Any other operator name,
  including ``starts_with``/``ends_with``/``exists`` from the server's own OpenAPI text, silently acts as
  ``equal`` (``not_equal`` if it starts with ``not_``); an invalid regex silently matches nothing.
* ``type`` drives the cast: ``Number`` -> float (``data.<key>`` is cast too), ``Datetime`` -> exactly
  ``%Y-%m-%dT%H:%M:%S.%fZ`` read as UTC (any other format is a 500), ``Boolean`` -> bool.
* ``data.<key>`` looks up a key of the task data; an unknown key matches nothing. An unknown column is a 500
  ("Cannot resolve keyword"); ``value: null`` is a 500.
* ``meta`` (and ``data`` as a whole): only the whole JSON, as text: ``contains`` is a substring match that also
  sees the keys, and its spacing differs by database. ``meta.<key>`` is a 500 and ``meta__<key>`` a 400.
* ``predictions_score`` averages only the predictions of the project's ``model_version``; with none set
  (the default ``""``) it is null for every task.
* Columns with their own code on the server: ``annotators``/``updated_by`` take a user id (``contains``,
  ``not_contains``, ``empty``; any other operator compares the text of the ids); ``annotations_ids`` turns a
  ``contains`` text into a list of ids; ``predictions_model_versions`` iterates the value, so ``contains`` needs a
  *list* of versions (a str is read one character at a time) and an empty list matches every task.
* ``storage_filename`` is the keys of the five import storage kinds joined by ``;`` (``";;;/data/a.txt;"``), and
  ``file_upload`` the stored path ``upload/<project id>/<name>``: ``equal``, ``in_list``, ``empty`` and regex
  anchors never match what the task shows, so ``F`` sends those conditions as regexes about one key or name.
* One conjunction per query. Each item may carry one ``child_filter`` ANDed with it, so ``or`` can join
  pairs: ``(a & b) | c`` works, ``(a & b & c) | d`` and ``(a | b) & c`` cannot be expressed (a grandchild
  is silently dropped). The server prepares a computed column (``completed_at``, ``annotators``, ...) only for the
  columns of top-level items: as a child it is a 500, or a task comes back once per matching annotation or
  prediction. So such a condition is always made the parent of its pair.
* Ordering: only the first key counts, ties come back in database order. ``data.<key>`` sorts as text
  unless the query's ``columnsDisplayType`` says ``Number``. On PostgreSQL that order differs between the
  LIMIT/OFFSET queries of successive pages, so paging a list sorted on a column with ties would repeat some tasks
  and miss others: ``tasks.list`` reads the order once, as ids, then fetches by id
  (tests/integration/test_ordering_pages.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from typing import Any, Final, Generic, Literal, NamedTuple, NoReturn, TypeVar, final, overload

from lsclient.core.arguments import check_json, check_text
from lsclient.core.errors import InvalidInputError, InvalidTypeError

__all__ = ["Column", "F", "Filter", "Ordering", "Query"]

V = TypeVar("V")

# Characters Django refuses in a column alias (FORBIDDEN_ALIAS_PATTERN), which is what a data key becomes.
_UNFILTERABLE_KEY = re.compile(r"['`\"\]\[;\s]|--|/\*|\*/")

Kind = Literal["Number", "String", "Datetime", "Boolean", "List", "Json", "Ids", "Versions"]
DataType = Literal["String", "Number", "Boolean"]
DatetimeLike = datetime | date | str

# The one table of what each kind of column can do; every builder method checks it. Each operator of each kind is
# checked on a real server (tests/integration/test_columns_live.py, test_filters_live.py); what the server ignores
# or answers wrongly is left out.
OPERATORS: Final[dict[Kind, frozenset[str]]] = {
    "Number": frozenset(
        "equal not_equal less greater less_or_equal greater_or_equal in not_in in_list not_in_list empty".split()
    ),
    "Datetime": frozenset("equal not_equal less greater less_or_equal greater_or_equal in not_in empty".split()),
    "String": frozenset("equal not_equal contains not_contains regex in_list not_in_list empty".split()),
    "Boolean": frozenset({"equal", "not_equal"}),
    "List": frozenset({"contains", "not_contains", "empty"}),  # annotators, updated_by: the value is a user id
    "Json": frozenset({"contains", "not_contains"}),  # substring of the JSON text
    "Ids": frozenset({"contains", "not_contains", "in_list", "not_in_list", "empty"}),  # annotation ids
    "Versions": frozenset({"contains", "not_contains", "empty"}),  # prediction model versions
}
# What the server's "type" field says for each kind.
WIRE_TYPE: Final[dict[Kind, str]] = {
    "Number": "Number",
    "String": "String",
    "Datetime": "Datetime",
    "Boolean": "Boolean",
    "List": "List",
    "Json": "String",
    "Ids": "String",
    "Versions": "List",
}
_EXPECTED: Final[dict[Kind, str]] = {
    "Number": "a number (int or float)",
    "String": "a str",
    "Datetime": "a datetime, a date or an ISO 8601 str",
    "Boolean": "a bool",
    "List": "a user id (int)",
    "Json": "a str",
    "Ids": "an annotation id (int)",
    "Versions": "a model version (str) or a non-empty iterable of them",
}
# Every column GET /api/dm/columns/ lists in Label Studio 1.23.2 (the "data" root and its children are F.data),
# plus the task fields is_labeled and meta; the kind follows the column's "type" there ("Time" is seconds).
_COLUMNS: Final[dict[str, Kind]] = {
    "id": "Number",
    "inner_id": "Number",
    "total_annotations": "Number",
    "cancelled_annotations": "Number",
    "total_predictions": "Number",
    "predictions_score": "Number",
    "avg_lead_time": "Number",
    "completed_at": "Datetime",
    "created_at": "Datetime",
    "updated_at": "Datetime",
    "is_labeled": "Boolean",
    "draft_exists": "Boolean",
    "annotators": "List",
    "updated_by": "List",
    "annotations_ids": "Ids",
    "predictions_model_versions": "Versions",
    "file_upload": "String",
    "storage_filename": "String",
    "meta": "Json",
    "annotations_results": "Json",
    "predictions_results": "Json",
    "data": "Json",
}
# The server's own negated operators: ~ never invents one.
_NEGATED: Final[dict[str, str]] = {
    "equal": "not_equal",
    "not_equal": "equal",
    "contains": "not_contains",
    "not_contains": "contains",
    "in": "not_in",
    "not_in": "in",
    "in_list": "not_in_list",
    "not_in_list": "in_list",
}
_SYMBOL: Final[dict[str, str]] = {
    "equal": "==",
    "not_equal": "!=",
    "less": "<",
    "greater": ">",
    "less_or_equal": "<=",
    "greater_or_equal": ">=",
}
# Columns the server computes per query (managers.DATA_MANAGER_ANNOTATIONS_MAP), but only for the columns of
# top-level items: as a child_filter the first six are a 500, the last three join annotations or predictions and
# return a task once per matching row.
_TOP_LEVEL_ONLY: Final[frozenset[str]] = frozenset(
    {
        "completed_at",
        "predictions_score",
        "avg_lead_time",
        "draft_exists",
        "storage_filename",
        "file_upload",
        "annotators",
        "predictions_model_versions",
        "annotations_ids",
    }
)
_DATETIME_FORMAT: Final = "%Y-%m-%dT%H:%M:%S.%fZ"


def _reanchor(pattern: str, start: str, end: str) -> str:
    """``pattern`` with each anchor outside a character class (``^``, ``$``, ``\\A``, ``\\Z``) replaced by
    ``start`` or ``end``; the pattern is known to compile."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            pair = pattern[i : i + 2]
            out.append({"\\A": start, "\\Z": end}.get(pair, pair))
            i += 2
        elif char == "[":  # copy the class: ^ and $ inside it are not anchors
            j = i + 1
            j += pattern.startswith("^", j)
            j += pattern.startswith("]", j)  # a ] first in the class is a literal
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i : j + 1])
            i = j + 1
        else:
            out.append(start if char == "^" else end if char == "$" else char)
            i += 1
    return "".join(out)


def _alternatives(values: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, values))


def _rewrite_storage_filename(operator: str, value: Any) -> tuple[str, Any]:
    # The server's value is the keys of the five import storage kinds (S3, GCS, Azure, local files, Redis) joined
    # by ";", "" where the task has none: ";;;/data/a.txt;". Equality, lists, emptiness and anchors are made
    # regexes about one key (contains works as it is).
    if operator in ("equal", "not_equal"):
        operator, value = ("in_list" if operator == "equal" else "not_in_list"), (value,)
    if operator in ("in_list", "not_in_list") and value:
        keys = f"(?:{_alternatives(value)})(?:;|$)"
        return ("regex", f"(?:^|;){keys}") if operator == "in_list" else ("regex", f"^(?!(?:.*;)?{keys})")
    if operator == "empty":
        return "regex", "^;*$" if value else "[^;]"
    if operator == "regex":
        return "regex", _reanchor(value, "(?<![^;])", "(?![^;])")
    return operator, value


def _rewrite_file_upload(operator: str, value: Any) -> tuple[str, Any]:
    # The server's value is the stored path "upload/<project id>/<8 hex>-<name>"; a task shows "<8 hex>-<name>".
    # Equality and lists are made regexes on the last path segment; ^ anchors at that segment.
    if operator in ("equal", "not_equal"):
        operator, value = ("in_list" if operator == "equal" else "not_in_list"), (value,)
    if operator in ("in_list", "not_in_list") and value:
        names = f"(?:{_alternatives(value)})$"
        return ("regex", f"(?:^|/){names}") if operator == "in_list" else ("regex", f"^(?!(?:.*/)?{names})")
    if operator == "regex":
        return "regex", _reanchor(value, "(?<![^/])(?![^/]*/)", "$")
    return operator, value


def _rewrite_annotations_ids(operator: str, value: Any) -> tuple[str, Any]:
    # The server splits a contains value on ",; " into ids (and drops what is not digits): it must be text.
    return (operator, str(value)) if operator in ("contains", "not_contains") else (operator, value)


#: How an item on these columns is sent, when what the server does with the plain item is not what it means.
#: The regexes use only what both databases' engines read alike (Python's re on SQLite, PostgreSQL's ARE).
_REWRITES: Final[dict[str, Callable[[str, Any], tuple[str, Any]]]] = {
    "storage_filename": _rewrite_storage_filename,
    "file_upload": _rewrite_file_upload,
    "annotations_ids": _rewrite_annotations_ids,
}


class _Frozen:
    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is immutable")


class _Item(NamedTuple):
    """One filter item as the server reads it; ``value`` is already serialisable."""

    column: str
    operator: str
    type: str
    value: Any

    def to_dict(self) -> dict[str, Any]:
        operator, value, type_ = self.operator, self.value, self.type
        rewrite = _REWRITES.get(self.column)
        if rewrite is not None:
            operator, value = rewrite(operator, value)
        if operator == "empty" and self.column.startswith("data."):
            # As a Number the server finds only missing keys, not "n": null; as a String it finds both.
            type_ = "String"
        value = {"min": value[0], "max": value[1]} if operator in ("in", "not_in") else value
        value = list(value) if isinstance(value, tuple) else value
        return {"filter": f"filter:tasks:{self.column}", "operator": operator, "type": type_, "value": value}

    def __repr__(self) -> str:
        if self.operator in _SYMBOL:
            return f"{self.column} {_SYMBOL[self.operator]} {self.value!r}"
        return f"{self.column} {self.operator} {self.value!r}"


@final
class Filter(_Frozen):
    """An immutable condition on tasks: one item, an AND of items, or an OR of items and item pairs.

    Made by comparing a :class:`Column`; combined with ``&``, ``|`` and ``~``. Never use ``and``, ``or``,
    ``not`` or ``if`` on a filter: ``bool(filter)`` raises :class:`TypeError`.

    >>> (F.id > 4) | (F.data("text") == "meh")
    Filter(id > 4 | data.text == 'meh')
    """

    __slots__ = ("_conjunction", "_groups")
    _conjunction: Literal["and", "or"]
    _groups: tuple[tuple[_Item, ...], ...]  # "and": one item each; "or": one or two items (parent, child)

    def __init__(self, conjunction: Literal["and", "or"], groups: tuple[tuple[_Item, ...], ...]) -> None:
        object.__setattr__(self, "_conjunction", conjunction)
        object.__setattr__(self, "_groups", groups)

    @classmethod
    def _of(cls, item: _Item) -> Filter:
        return cls("and", ((item,),))

    @property
    def conjunction(self) -> Literal["and", "or"]:
        """How the top-level items are joined: ``"and"`` or ``"or"``."""
        return self._conjunction

    def _and_items(self, role: str) -> tuple[_Item, ...]:
        if self._conjunction == "or":
            raise InvalidInputError(
                f"cannot {role} an OR of filters: Label Studio's query has a single conjunction and can only "
                "AND a child into an OR item, e.g. (a & b) | c; (a | b) & c cannot be expressed"
            )
        return tuple(item for (item,) in self._groups)

    def _or_groups(self) -> tuple[tuple[_Item, ...], ...]:
        if self._conjunction == "or":
            return self._groups
        items = self._and_items("OR")
        if len(items) > 2:
            raise InvalidInputError(
                f"cannot OR an AND of {len(items)} conditions: inside an OR Label Studio can AND at most two "
                "(an item and its one child_filter)"
            )
        if len(items) == 2:
            parent, child = items
            if child.column in _TOP_LEVEL_ONLY:
                if parent.column in _TOP_LEVEL_ONLY and parent.column != child.column:
                    raise InvalidInputError(
                        f"cannot AND {parent.column} and {child.column} inside an OR: Label Studio computes both "
                        "columns only for a top-level item, and a pair has one"
                    )
                parent, child = child, parent
            return ((parent, child),)
        return (items,)

    def __and__(self, other: Filter) -> Filter:
        if isinstance(other, Column):
            return NotImplemented  # Column's reflected operator explains the precedence mistake
        if not isinstance(other, Filter):
            raise InvalidTypeError(f"& combines two filters, not a Filter and a {type(other).__name__}")
        items = self._and_items("AND") + other._and_items("AND")
        return Filter("and", tuple((item,) for item in items))

    def __or__(self, other: Filter) -> Filter:
        if isinstance(other, Column):
            return NotImplemented  # Column's reflected operator explains the precedence mistake
        if not isinstance(other, Filter):
            raise InvalidTypeError(f"| combines two filters, not a Filter and a {type(other).__name__}")
        return Filter("or", self._or_groups() + other._or_groups())

    def __invert__(self) -> Filter:
        if len(self._groups) != 1 or len(self._groups[0]) != 1:
            raise InvalidTypeError("~ negates a single condition; negate each condition of a combined filter instead")
        item = self._groups[0][0]
        if item.operator == "empty":
            return Filter._of(item._replace(value=not item.value))
        if item.operator not in _NEGATED:
            raise InvalidTypeError(
                f"Label Studio has no negation of {item.operator!r} ({item.column}); "
                "write the opposite comparison, e.g. >= for ~(<)"
            )
        return Filter._of(item._replace(operator=_NEGATED[item.operator]))

    def __bool__(self) -> NoReturn:
        raise InvalidTypeError(
            "a Filter has no truth value: combine filters with &, | and ~ (not and/or/not), "
            "and compare one column at a time (not a < F.x < b)"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Filter):
            return NotImplemented
        return (self._conjunction, self._groups) == (other._conjunction, other._groups)

    def __hash__(self) -> int:
        return hash((self._conjunction, self._groups))

    def to_dict(self) -> dict[str, Any]:
        """The ``filters`` object of the query: ``{"conjunction", "items"}``."""
        items = []
        for group in self._groups:
            item = group[0].to_dict()
            if len(group) == 2:
                item["child_filter"] = group[1].to_dict()
            items.append(item)
        return {"conjunction": self._conjunction, "items": items}

    def __repr__(self) -> str:
        joiner = " & " if self._conjunction == "and" else " | "
        parts = [" & ".join(map(repr, g)) if len(g) == 1 else f"({' & '.join(map(repr, g))})" for g in self._groups]
        return f"Filter({joiner.join(parts)})"


@final
class Ordering(_Frozen):
    """One sort key: made by :meth:`Column.asc` / :meth:`Column.desc`.

    >>> F.created_at.desc()
    Ordering('-tasks:created_at')
    """

    __slots__ = ("key", "numeric")
    key: str
    numeric: bool  # ask the server to sort a data key as a number (columnsDisplayType)

    def __init__(self, key: str, numeric: bool = False) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "numeric", numeric)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Ordering):
            return NotImplemented
        return (self.key, self.numeric) == (other.key, other.numeric)

    def __hash__(self) -> int:
        return hash((self.key, self.numeric))

    def __repr__(self) -> str:
        return f"Ordering({self.key!r})"


def _check_column(name: str, kind: Kind, label: str) -> None:
    """Refuse a column the server cannot filter on, before any request."""
    if not isinstance(name, str) or not name:
        raise InvalidTypeError(f"{label}: a column name is a non-empty str, got {name!r}")
    if name.startswith("data."):
        if name == "data.":
            raise InvalidTypeError(f"{label}: a data key is a non-empty str")
        if kind not in ("String", "Number", "Boolean"):
            raise InvalidTypeError(f"{label}: a data key is 'String', 'Number' or 'Boolean', not {kind!r}")
        if _UNFILTERABLE_KEY.search(name):
            # Label Studio turns the key into an SQL column alias, which Django refuses for these characters; the
            # server then drops the whole filter (a list is a 500, an export takes every task), so refuse it here.
            raise InvalidInputError(
                f"{label}: Label Studio cannot filter or sort on a data key containing whitespace, quotes, "
                "brackets, ';', '--', '/*' or '*/' (it would silently ignore the filter); rename the key"
            )
        return
    known = _COLUMNS.get(name)
    if known is None:
        raise InvalidInputError(
            f"{label}: Label Studio has no task column {name!r} to filter on (it would answer a 500); "
            f"the columns are {', '.join(sorted(_COLUMNS))}, and data keys are F.data('key')"
        )
    if kind != known:
        raise InvalidTypeError(f"{label}: {name} is a {known} column, not {kind}; use F.{name}")


def _check_ordering_key(key: str) -> None:
    """Refuse a raw ordering key the server cannot sort by: it answers a 500 for an unknown column and sorts
    by nothing, silently, for a data key it cannot alias (nor can it take a NUL character or a lone surrogate)."""
    check_text(key, "Query ordering")
    column = (key[1:] if key.startswith("-") else key).removeprefix("tasks:")  # the server drops the prefix too
    if not column:
        raise InvalidInputError(
            f"Query ordering: {key!r} names no column; Label Studio's sort keys are 'tasks:<column>' or "
            "'-tasks:<column>' (descending), e.g. '-tasks:id' or 'tasks:data.text'; or use F.<column>.asc() / .desc()"
        )
    if column.startswith("data."):
        if column == "data." or _UNFILTERABLE_KEY.search(column):
            raise InvalidInputError(
                f"Query ordering: {key!r}: Label Studio cannot sort on an empty data key or one containing "
                "whitespace, quotes, brackets, ';', '--', '/*' or '*/' (it would silently not sort); rename the key"
            )
    elif column not in _COLUMNS:
        raise InvalidInputError(
            f"Query ordering: {key!r}: Label Studio has no task column {column!r} to sort on (it would answer a "
            f"500); the columns are {', '.join(sorted(_COLUMNS))}, and data keys are 'tasks:data.<key>'"
        )


@final
class Column(_Frozen, Generic[V]):
    """A task column: compare it to get a :class:`Filter`, call :meth:`asc`/:meth:`desc` to sort by it.

    Get columns from :class:`F`; each knows its Label Studio type and refuses operators and values that
    do not fit it with a :class:`TypeError`. Made directly, ``Column(name, kind)`` accepts only a column
    :class:`F` has (with its kind) or ``data.<key>`` (``String``, ``Number`` or ``Boolean``), and raises
    :class:`~lsclient.core.errors.InvalidInputError` otherwise: Label Studio answers an unknown column with a 500,
    and drops the whole filter for a data key it cannot alias.

    >>> F.total_annotations >= 2
    Filter(total_annotations >= 2)
    >>> F.data("n", type="Number").between(1, 5)
    Filter(data.n in (1, 5))
    """

    __slots__ = ("name", "kind", "_label")
    name: str
    kind: Kind
    _label: str

    def __init__(self, name: str, kind: Kind, label: str | None = None) -> None:
        _check_column(name, kind, label or f"Column({name!r}, {kind!r})")
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "_label", label or f"F.{name}")

    def __repr__(self) -> str:
        return self._label

    # -- building items -------------------------------------------------------------------------------------

    def _check(self, operator: str) -> None:
        allowed = OPERATORS[self.kind]
        if operator not in allowed:
            raise InvalidTypeError(
                f"{self._label} ({self.kind}) does not support {operator!r}; it supports {', '.join(sorted(allowed))}"
            )

    def _item(self, operator: str, value: Any) -> Filter:
        self._check(operator)
        return Filter._of(_Item(self.name, operator, WIRE_TYPE[self.kind], value))

    def _value(self, value: object) -> Any:
        """Check one value against the column's kind and return it as the server wants it."""
        kind = self.kind
        if kind == "Versions":
            return self._versions(value)
        ok = {
            "Number": isinstance(value, int | float) and not isinstance(value, bool),
            "List": isinstance(value, int) and not isinstance(value, bool),
            "Ids": isinstance(value, int) and not isinstance(value, bool),
            "String": isinstance(value, str),
            "Json": isinstance(value, str),
            "Boolean": isinstance(value, bool),
            "Datetime": isinstance(value, datetime | date | str),
        }[kind]
        if not ok:
            raise InvalidTypeError(f"{self._label} expects {_EXPECTED[kind]}, got {type(value).__name__} {value!r}")
        if kind == "Datetime":
            return self._datetime(value)  # type: ignore[arg-type]
        # The query travels as JSON: no NaN or infinity, no lone surrogate.
        check_json(value, f"{self._label}: the value")
        return value

    def _versions(self, value: object) -> tuple[str, ...]:
        # The server iterates the value: a str would be read one character at a time, so it is always sent as a
        # list; an empty list would match every task.
        versions = (value,) if isinstance(value, str) else value
        if isinstance(versions, bytes) or not isinstance(versions, Iterable):
            raise InvalidTypeError(f"{self._label} expects {_EXPECTED['Versions']}, got {type(value).__name__}")
        versions = tuple(versions)
        wrong = [v for v in versions if not isinstance(v, str)]
        if wrong:
            raise InvalidTypeError(f"{self._label} expects model versions as str, got {wrong[0]!r}")
        if not versions:
            raise InvalidInputError(
                f"{self._label}: give at least one model version (Label Studio matches every task for none)"
            )
        return versions

    def _datetime(self, value: DatetimeLike) -> str:
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                raise InvalidInputError(f"{self._label}: {value!r} is not an ISO 8601 date or datetime") from None
        if not isinstance(value, datetime):
            value = datetime(value.year, value.month, value.day)
        # naive means UTC, as on the server (TIME_ZONE = "UTC")
        value = value.astimezone(UTC) if value.tzinfo else value
        return value.strftime(_DATETIME_FORMAT)

    def _compare(self, operator: str, value: object) -> Filter:
        self._check(operator)  # operator first: F.meta < 3 is about the operator, not the 3
        return self._item(operator, self._value(value))

    # -- comparisons ----------------------------------------------------------------------------------------

    def __eq__(self, value: V) -> Filter:  # type: ignore[override]
        """``equal``."""
        return self._compare("equal", value)

    def __ne__(self, value: V) -> Filter:  # type: ignore[override]
        """``not_equal``."""
        return self._compare("not_equal", value)

    def __lt__(self, value: V) -> Filter:
        """``less``."""
        return self._compare("less", value)

    def __le__(self, value: V) -> Filter:
        """``less_or_equal``."""
        return self._compare("less_or_equal", value)

    def __gt__(self, value: V) -> Filter:
        """``greater``."""
        return self._compare("greater", value)

    def __ge__(self, value: V) -> Filter:
        """``greater_or_equal``."""
        return self._compare("greater_or_equal", value)

    def contains(self, value: V) -> Filter:
        """``contains``: a case-insensitive substring. On a List column (:attr:`F.annotators`,
        :attr:`F.updated_by`) a user id among them; on :attr:`F.annotations_ids` an annotation id among the task's;
        on :attr:`F.predictions_model_versions` a version, or a list of them, contained in one of the task's
        predictions' versions (a substring: ``"v1"`` also finds ``"v10"``)."""
        return self._compare("contains", value)

    def not_contains(self, value: V) -> Filter:
        """``not_contains``: the negation of :meth:`contains`."""
        return self._compare("not_contains", value)

    def regex(self, pattern: str) -> Filter:
        """``regex``: a case-sensitive search; the pattern must compile (Label Studio ignores bad ones).

        On :attr:`F.storage_filename` ``^`` and ``$`` anchor at the storage key, on :attr:`F.file_upload` ``^``
        anchors at the file name the task shows (``lsclient`` rewrites them for the value the server stores).
        """
        self._check("regex")
        if not isinstance(pattern, str):
            raise InvalidTypeError(f"{self._label}.regex() expects a str pattern, got {type(pattern).__name__}")
        check_text(pattern, f"{self._label}.regex(): the pattern")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise InvalidInputError(f"{self._label}.regex(): invalid pattern {pattern!r}: {exc}") from None
        return self._item("regex", pattern)

    def between(self, low: V, high: V) -> Filter:
        """``in``: ``low <= column <= high``."""
        return self._range("in", low, high)

    def not_between(self, low: V, high: V) -> Filter:
        """``not_in``: outside ``[low, high]``."""
        return self._range("not_in", low, high)

    def _range(self, operator: str, low: object, high: object) -> Filter:
        self._check(operator)
        bounds = (self._value(low), self._value(high))
        if bounds[0] > bounds[1]:  # Datetime bounds are fixed-width UTC strings: they sort like the times
            raise InvalidInputError(f"{self._label}: between() got low {low!r} > high {high!r}")
        return self._item(operator, bounds)

    def one_of(self, values: Iterable[V]) -> Filter:
        """``in_list``: equal to one of ``values`` (an empty list matches nothing)."""
        return self._list("in_list", values)

    def not_one_of(self, values: Iterable[V]) -> Filter:
        """``not_in_list``: equal to none of ``values``."""
        return self._list("not_in_list", values)

    def _list(self, operator: str, values: Iterable[object]) -> Filter:
        self._check(operator)
        if isinstance(values, str | bytes) or not isinstance(values, Iterable):
            raise InvalidTypeError(
                f"{self._label}: one_of() expects an iterable of values, got {type(values).__name__}"
            )
        return self._item(operator, tuple(self._value(v) for v in values))

    def is_empty(self) -> Filter:
        """``empty: true``: null or missing (counts: 0; annotation ids, model versions: none). For a data key
        ``""`` counts too only when the server's first task has a str there: use ``== ""`` for the empty string."""
        return self._item("empty", True)

    def is_not_empty(self) -> Filter:
        """``empty: false``."""
        return self._item("empty", False)

    # -- ordering -------------------------------------------------------------------------------------------

    def asc(self) -> Ordering:
        """Sort ascending by this column (nulls last)."""
        return Ordering(f"tasks:{self.name}", numeric=self._numeric_data)

    def desc(self) -> Ordering:
        """Sort descending by this column (nulls last)."""
        return Ordering(f"-tasks:{self.name}", numeric=self._numeric_data)

    @property
    def _numeric_data(self) -> bool:
        return self.kind == "Number" and self.name.startswith("data.")

    # -- guards ---------------------------------------------------------------------------------------------

    __hash__ = None  # type: ignore[assignment]

    def __bool__(self) -> NoReturn:
        raise InvalidTypeError(f"{self._label} has no truth value: compare it, e.g. {self._label} == ...")

    def _precedence(self, other: object) -> NoReturn:
        raise InvalidTypeError(
            f"cannot combine {self._label} with & or |: & and | bind tighter than comparisons, "
            "so parenthesise them: (F.id > 1) & (F.id < 5)"
        )

    __and__ = __rand__ = __or__ = __ror__ = _precedence


@final
class _TaskData(_Frozen):
    """``F.data``: call it for one key of the task data, or search the whole data JSON as text.

    >>> F.data("score", type="Number") > 0.5
    Filter(data.score > 0.5)
    >>> F.data.contains("Berlin")
    Filter(data contains 'Berlin')
    """

    __slots__ = ()

    @overload
    def __call__(self, key: str, type: Literal["String"] = ...) -> Column[str]: ...
    @overload
    def __call__(self, key: str, type: Literal["Number"]) -> Column[float]: ...
    @overload
    def __call__(self, key: str, type: Literal["Boolean"]) -> Column[bool]: ...
    def __call__(self, key: str, type: DataType = "String") -> Column[Any]:
        """A key of the task data; ``type="Number"`` compares (and sorts) it as a number.

        :raises InvalidInputError: a key Label Studio cannot filter on (whitespace, quotes, brackets, ``;``,
            ``--``, ``/*``, ``*/``): the server would silently drop the whole filter.
        """
        if not isinstance(key, str) or not key:
            raise InvalidTypeError(f"F.data() expects a non-empty str key, got {key!r}")
        check_text(key, "F.data(): the key")
        if type not in ("String", "Number", "Boolean"):
            raise InvalidTypeError(f"F.data({key!r}): type must be 'String', 'Number' or 'Boolean', got {type!r}")
        return Column(f"data.{key}", type, label=f"F.data({key!r})")

    def contains(self, value: str) -> Filter:
        """``contains``: a case-insensitive substring of the whole task data as JSON text (keys included)."""
        return _WHOLE_DATA.contains(value)

    def not_contains(self, value: str) -> Filter:
        """``not_contains``: the negation of :meth:`contains`."""
        return _WHOLE_DATA.not_contains(value)

    def asc(self) -> NoReturn:
        """Refused: Label Studio sorts by one data key, e.g. ``F.data("text").asc()``."""
        raise InvalidTypeError("F.data is the whole task data: sort by one key, e.g. F.data('text').asc()")

    def desc(self) -> NoReturn:
        """Refused: Label Studio sorts by one data key, e.g. ``F.data("text").desc()``."""
        raise InvalidTypeError("F.data is the whole task data: sort by one key, e.g. F.data('text').desc()")

    def __repr__(self) -> str:
        return "F.data"

    def _compare(self, other: object) -> NoReturn:
        raise InvalidTypeError(
            "F.data is the whole task data: compare one key, e.g. F.data('text') == 'x', "
            "or search the data as text with F.data.contains('x')"
        )

    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = _compare
    __hash__ = None  # type: ignore[assignment]


_WHOLE_DATA: Final = Column[str]("data", "Json", label="F.data")


@final
class F:
    """Every task column Label Studio can filter and sort on.

    The server's ``GET /api/dm/columns/?project=ID`` lists them (with the task data keys as ``F.data(key)``);
    ``is_labeled`` and ``meta`` are task fields it filters on too.

    >>> F.data("text").contains("great") & (F.meta.contains("batch-7"))
    Filter(data.text contains 'great' & meta contains 'batch-7')
    >>> F.storage_filename == "/srv/files/a.txt"
    Filter(storage_filename == '/srv/files/a.txt')
    """

    __slots__ = ()

    id: Final = Column[float]("id", "Number")
    inner_id: Final = Column[float]("inner_id", "Number")  # 1, 2, ... within the project
    data: Final = _TaskData()  # F.data("key"): a key of the task data; F.data.contains(): all of it as text
    meta: Final = Column[str]("meta", "Json")  # the task's meta JSON as text: contains / not_contains only
    total_annotations: Final = Column[float]("total_annotations", "Number")
    cancelled_annotations: Final = Column[float]("cancelled_annotations", "Number")
    total_predictions: Final = Column[float]("total_predictions", "Number")  # a counter: not lowered on removal
    predictions_score: Final = Column[float]("predictions_score", "Number")  # of the project's model_version
    avg_lead_time: Final = Column[float]("avg_lead_time", "Number")  # seconds, averaged over the annotations
    annotators: Final = Column[int]("annotators", "List")  # contains(user_id): among the annotations' authors
    updated_by: Final = Column[int]("updated_by", "List")  # contains(user_id): the user who last updated the task
    annotations_ids: Final = Column[int]("annotations_ids", "Ids")  # contains(annotation_id), one_of([...])
    annotations_results: Final = Column[str]("annotations_results", "Json")
    predictions_results: Final = Column[str]("predictions_results", "Json")
    # contains("v1") or contains(["v1", "v2"]): a prediction whose model_version contains one of them
    predictions_model_versions: Final = Column[str | Iterable[str]]("predictions_model_versions", "Versions")
    is_labeled: Final = Column[bool]("is_labeled", "Boolean")
    draft_exists: Final = Column[bool]("draft_exists", "Boolean")  # a draft by anyone
    file_upload: Final = Column[str]("file_upload", "String")  # the uploaded file's name, as task.file_upload
    storage_filename: Final = Column[str]("storage_filename", "String")  # the key in the source storage
    completed_at: Final = Column[DatetimeLike]("completed_at", "Datetime")  # null until the task is labeled
    created_at: Final = Column[DatetimeLike]("created_at", "Datetime")
    updated_at: Final = Column[DatetimeLike]("updated_at", "Datetime")


@final
class Query(_Frozen):
    """The data-manager query: a filter and one sort key (Label Studio ignores all but the first).

    ``ordering`` is an :class:`Ordering` or a raw key such as ``"-tasks:id"``.

    >>> q = Query(F.id > 4, ordering=F.id.desc())
    >>> q.to_dict()["filters"]["items"]
    [{'filter': 'filter:tasks:id', 'operator': 'greater', 'type': 'Number', 'value': 4}]
    >>> q.to_json().partition('"value"')[2]
    ':4}]},"ordering":["-tasks:id"],"selectedItems":{"all":true,"excluded":[]}}'
    """

    __slots__ = ("filters", "ordering")
    filters: Filter | None
    ordering: Ordering | None

    def __init__(self, filters: Filter | None = None, ordering: Ordering | str | None = None) -> None:
        if filters is not None and not isinstance(filters, Filter):
            raise InvalidTypeError(f"Query filters must be a Filter, got {type(filters).__name__}")
        if isinstance(ordering, str):
            _check_ordering_key(ordering)
            ordering = Ordering(ordering)
        elif ordering is not None and not isinstance(ordering, Ordering):
            raise InvalidTypeError(
                f"Query ordering must be one Ordering or str (Label Studio sorts by the first key only), "
                f"got {type(ordering).__name__}"
            )
        object.__setattr__(self, "filters", filters)
        object.__setattr__(self, "ordering", ordering)

    def to_dict(self) -> dict[str, Any]:
        """The query as a dict (see :meth:`to_json`)."""
        query: dict[str, Any] = {}
        if self.filters is not None:
            query["filters"] = self.filters.to_dict()
        query["ordering"] = [self.ordering.key] if self.ordering else []
        query["selectedItems"] = {"all": True, "excluded": []}
        if self.ordering and self.ordering.numeric:
            query["columnsDisplayType"] = {self.ordering.key.lstrip("-"): "Number"}
        return query

    def to_json(self) -> str:
        """The compact JSON for ``GET /api/tasks/?project=ID&query=...``."""
        return json.dumps(self.to_dict(), separators=(",", ":"))

    def __repr__(self) -> str:
        return f"Query({self.filters!r}, ordering={self.ordering!r})"

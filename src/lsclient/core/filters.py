"""Typed filters and ordering for Label Studio's data-manager task query (``GET /api/tasks/?query=``).

Build conditions from the columns on :class:`F`, combine them with ``&`` and ``|``, and wrap them in a
:class:`Query`::

    >>> from lsclient.core.filters import F, Query
    >>> f = F.data("text").contains("great") & (F.total_annotations == 0)
    >>> Query(f, ordering=F.id.desc()).to_json()[:80]
    '{"filters":{"conjunction":"and","items":[{"filter":"filter:tasks:data.text","ope'

What Label Studio 1.23.2 does with the query (read in ``data_manager/managers.py`` and checked on a server):

* Operators: ``equal not_equal less greater less_or_equal greater_or_equal`` (scalar value), ``in not_in``
  (``{"min", "max"}``, both ends inclusive), ``in_list not_in_list`` (a list), ``empty`` (true/false),
  ``contains not_contains`` (case-insensitive) and ``regex`` (case-sensitive). Any other operator name,
  including ``starts_with``/``ends_with``/``exists`` from the server's own OpenAPI text, silently acts as
  ``equal`` (``not_equal`` if it starts with ``not_``); an invalid regex silently matches nothing.
* ``type`` drives the cast: ``Number`` -> float (``data.<key>`` is cast too), ``Datetime`` -> exactly
  ``%Y-%m-%dT%H:%M:%S.%fZ`` read as UTC (any other format is a 500), ``Boolean`` -> bool.
* ``data.<key>`` looks up a key of the task data; an unknown key matches nothing. An unknown column is a 500
  ("Cannot resolve keyword"); ``value: null`` is a 500.
* ``meta``: only the whole JSON, as text: ``contains`` is a substring match that also sees the keys, and its
  spacing differs by database. ``meta.<key>`` is a 500 and ``meta__<key>`` a 400: no per-key lookup.
* ``predictions_score`` averages only the predictions of the project's ``model_version``; with none set
  (the default ``""``) it is null for every task.
* One conjunction per query. Each item may carry one ``child_filter`` ANDed with it, so ``or`` can join
  pairs: ``(a & b) | c`` works, ``(a & b & c) | d`` and ``(a | b) & c`` cannot be expressed (a grandchild
  is silently dropped). A child on a column the server computes (``completed_at``, ``predictions_score``)
  is a 500 unless a top-level item names the same column, so such a condition is always made the parent.
* Ordering: only the first key counts, ties come back in database order. ``data.<key>`` sorts as text
  unless the query's ``columnsDisplayType`` says ``Number``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any, Final, Generic, Literal, NamedTuple, NoReturn, TypeVar, final, overload

from lsclient.core.arguments import check_json, check_text
from lsclient.core.errors import InvalidInputError, InvalidTypeError

__all__ = ["Column", "F", "Filter", "Ordering", "Query"]

V = TypeVar("V")

# Characters Django refuses in a column alias (FORBIDDEN_ALIAS_PATTERN), which is what a data key becomes.
_UNFILTERABLE_KEY = re.compile(r"['`\"\]\[;\s]|--|/\*|\*/")

Kind = Literal["Number", "String", "Datetime", "Boolean", "List", "Json"]
DataType = Literal["String", "Number", "Boolean"]
DatetimeLike = datetime | date | str

# The one table of what each kind of column can do; every builder method checks it.
OPERATORS: Final[dict[Kind, frozenset[str]]] = {
    "Number": frozenset(
        "equal not_equal less greater less_or_equal greater_or_equal in not_in in_list not_in_list empty".split()
    ),
    "Datetime": frozenset("equal not_equal less greater less_or_equal greater_or_equal in not_in empty".split()),
    "String": frozenset("equal not_equal contains not_contains regex in_list not_in_list empty".split()),
    "Boolean": frozenset({"equal", "not_equal"}),
    "List": frozenset({"contains", "not_contains", "empty"}),  # annotators: the value is a user id
    "Json": frozenset({"contains", "not_contains"}),  # substring of the JSON text
}
# What the server's "type" field says for each kind.
WIRE_TYPE: Final[dict[Kind, str]] = {
    "Number": "Number",
    "String": "String",
    "Datetime": "Datetime",
    "Boolean": "Boolean",
    "List": "List",
    "Json": "String",
}
_EXPECTED: Final[dict[Kind, str]] = {
    "Number": "a number (int or float)",
    "String": "a str",
    "Datetime": "a datetime, a date or an ISO 8601 str",
    "Boolean": "a bool",
    "List": "a user id (int)",
    "Json": "a str",
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
# Columns the server computes per query, only for columns named by a top-level item.
_COMPUTED: Final[frozenset[str]] = frozenset({"completed_at", "predictions_score"})
_DATETIME_FORMAT: Final = "%Y-%m-%dT%H:%M:%S.%fZ"


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
        value = {"min": self.value[0], "max": self.value[1]} if self.operator in ("in", "not_in") else self.value
        value = list(value) if isinstance(value, tuple) else value
        return {"filter": f"filter:tasks:{self.column}", "operator": self.operator, "type": self.type, "value": value}

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
            if child.column in _COMPUTED:
                if parent.column in _COMPUTED and parent.column != child.column:
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


@final
class Column(_Frozen, Generic[V]):
    """A task column: compare it to get a :class:`Filter`, call :meth:`asc`/:meth:`desc` to sort by it.

    Get columns from :class:`F`; each knows its Label Studio type and refuses operators and values that
    do not fit it with a :class:`TypeError`.

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
        ok = {
            "Number": isinstance(value, int | float) and not isinstance(value, bool),
            "List": isinstance(value, int) and not isinstance(value, bool),
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
        """``contains``: a case-insensitive substring (for :attr:`F.annotators`: a user id among them)."""
        return self._compare("contains", value)

    def not_contains(self, value: V) -> Filter:
        """``not_contains``: the negation of :meth:`contains`."""
        return self._compare("not_contains", value)

    def regex(self, pattern: str) -> Filter:
        """``regex``: a case-sensitive search; the pattern must compile (Label Studio ignores bad ones)."""
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
        """``empty: true``: null or missing (strings: also ``""``; counts: 0)."""
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
class F:
    """The task columns Label Studio can filter and sort on.

    >>> F.data("text").contains("great") & (F.meta.contains("batch-7"))
    Filter(data.text contains 'great' & meta contains 'batch-7')
    """

    __slots__ = ()

    id: Final = Column[float]("id", "Number")
    inner_id: Final = Column[float]("inner_id", "Number")  # 1, 2, ... within the project
    meta: Final = Column[str]("meta", "Json")  # the task's meta JSON as text: contains / not_contains only
    total_annotations: Final = Column[float]("total_annotations", "Number")
    cancelled_annotations: Final = Column[float]("cancelled_annotations", "Number")
    total_predictions: Final = Column[float]("total_predictions", "Number")
    predictions_score: Final = Column[float]("predictions_score", "Number")  # of the project's model_version
    annotators: Final = Column[int]("annotators", "List")  # contains(user_id)
    annotations_results: Final = Column[str]("annotations_results", "Json")
    predictions_results: Final = Column[str]("predictions_results", "Json")
    is_labeled: Final = Column[bool]("is_labeled", "Boolean")
    completed_at: Final = Column[DatetimeLike]("completed_at", "Datetime")  # null until the task is labeled
    created_at: Final = Column[DatetimeLike]("created_at", "Datetime")
    updated_at: Final = Column[DatetimeLike]("updated_at", "Datetime")

    @overload
    @staticmethod
    def data(key: str, type: Literal["String"] = ...) -> Column[str]: ...
    @overload
    @staticmethod
    def data(key: str, type: Literal["Number"]) -> Column[float]: ...
    @overload
    @staticmethod
    def data(key: str, type: Literal["Boolean"]) -> Column[bool]: ...
    @staticmethod
    def data(key: str, type: DataType = "String") -> Column[Any]:
        """A key of the task data; ``type="Number"`` compares (and sorts) it as a number.

        >>> F.data("score", type="Number") > 0.5
        Filter(data.score > 0.5)
        """
        if not isinstance(key, str) or not key:
            raise InvalidTypeError(f"F.data() expects a non-empty str key, got {key!r}")
        check_text(key, "F.data(): the key")
        if type not in ("String", "Number", "Boolean"):
            raise InvalidTypeError(f"F.data({key!r}): type must be 'String', 'Number' or 'Boolean', got {type!r}")
        if _UNFILTERABLE_KEY.search(key):
            # Label Studio turns the key into an SQL column alias, which Django refuses for these characters; the
            # server then drops the whole filter (a list is a 500, an export takes every task), so refuse it here.
            raise InvalidInputError(
                f"F.data({key!r}): Label Studio cannot filter or sort on a data key containing whitespace, quotes, "
                "brackets, ';', '--', '/*' or '*/' (it would silently ignore the filter); rename the key"
            )
        return Column(f"data.{key}", type, label=f"F.data({key!r})")


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
            if not ordering.strip("-"):
                raise InvalidInputError(f"Query ordering: {ordering!r} names no column")
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

"""The filter builder produces exactly the data-manager JSON Label Studio reads, and refuses what it cannot express."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from lsclient.core.errors import InvalidInputError, InvalidTypeError
from lsclient.core.filters import OPERATORS, WIRE_TYPE, Column, F, Filter, Ordering, Query


def item(column: str, operator: str, type_: str, value: Any) -> dict[str, Any]:
    return {"filter": f"filter:tasks:{column}", "operator": operator, "type": type_, "value": value}


def only_item(f: Filter) -> dict[str, Any]:
    d = f.to_dict()
    assert d["conjunction"] == "and" and len(d["items"]) == 1
    return d["items"][0]  # type: ignore[no-any-return]


TEXT = F.data("text")
N = F.data("n", type="Number")

OPERATOR_CASES = [
    # Number
    (F.id == 3, item("id", "equal", "Number", 3)),
    (F.id != 3, item("id", "not_equal", "Number", 3)),
    (F.id < 3, item("id", "less", "Number", 3)),
    (F.id <= 3, item("id", "less_or_equal", "Number", 3)),
    (F.id > 3, item("id", "greater", "Number", 3)),
    (F.id >= 3, item("id", "greater_or_equal", "Number", 3)),
    (F.inner_id.between(2, 5), item("inner_id", "in", "Number", {"min": 2, "max": 5})),
    (F.inner_id.not_between(2, 5.5), item("inner_id", "not_in", "Number", {"min": 2, "max": 5.5})),
    (F.id.one_of([4, 2]), item("id", "in_list", "Number", [4, 2])),
    (F.id.not_one_of(range(2, 4)), item("id", "not_in_list", "Number", [2, 3])),
    (F.total_annotations.is_empty(), item("total_annotations", "empty", "Number", True)),
    (F.total_predictions.is_not_empty(), item("total_predictions", "empty", "Number", False)),
    (F.cancelled_annotations == 0, item("cancelled_annotations", "equal", "Number", 0)),
    (F.predictions_score > 0.5, item("predictions_score", "greater", "Number", 0.5)),
    (N >= 2.5, item("data.n", "greater_or_equal", "Number", 2.5)),
    (N.is_empty(), item("data.n", "empty", "String", True)),  # as a Number, "n": null would not count
    # String (task data)
    (TEXT == "meh", item("data.text", "equal", "String", "meh")),
    (TEXT != "meh", item("data.text", "not_equal", "String", "meh")),
    (TEXT.contains("great"), item("data.text", "contains", "String", "great")),
    (TEXT.not_contains("great"), item("data.text", "not_contains", "String", "great")),
    (TEXT.regex(r"^g\w+"), item("data.text", "regex", "String", r"^g\w+")),
    (F.data("lang").one_of(("en", "fr")), item("data.lang", "in_list", "String", ["en", "fr"])),
    (F.data("lang").not_one_of(["en"]), item("data.lang", "not_in_list", "String", ["en"])),
    (TEXT.is_empty(), item("data.text", "empty", "String", True)),
    (TEXT.is_not_empty(), item("data.text", "empty", "String", False)),
    # Boolean
    (F.is_labeled == True, item("is_labeled", "equal", "Boolean", True)),  # noqa: E712
    (F.data("flag", type="Boolean") != False, item("data.flag", "not_equal", "Boolean", False)),  # noqa: E712
    # List (annotators: user ids)
    (F.annotators.contains(7), item("annotators", "contains", "List", 7)),
    (F.annotators.not_contains(7), item("annotators", "not_contains", "List", 7)),
    (F.annotators.is_empty(), item("annotators", "empty", "List", True)),
    (F.updated_by.contains(7), item("updated_by", "contains", "List", 7)),
    # annotation ids: a contains value is text to the server
    (F.annotations_ids.contains(12), item("annotations_ids", "contains", "String", "12")),
    (F.annotations_ids.not_contains(12), item("annotations_ids", "not_contains", "String", "12")),
    (F.annotations_ids.one_of([12, 13]), item("annotations_ids", "in_list", "String", [12, 13])),
    (F.annotations_ids.not_one_of([12]), item("annotations_ids", "not_in_list", "String", [12])),
    (F.annotations_ids.is_empty(), item("annotations_ids", "empty", "String", True)),
    # model versions: always a list, which the server iterates
    (F.predictions_model_versions.contains("v1"), item("predictions_model_versions", "contains", "List", ["v1"])),
    (
        F.predictions_model_versions.not_contains(("v1", "v2")),
        item("predictions_model_versions", "not_contains", "List", ["v1", "v2"]),
    ),
    (F.predictions_model_versions.is_not_empty(), item("predictions_model_versions", "empty", "List", False)),
    # the other new columns
    (F.avg_lead_time > 30, item("avg_lead_time", "greater", "Number", 30)),
    (F.draft_exists == True, item("draft_exists", "equal", "Boolean", True)),  # noqa: E712
    (F.data.contains("Berlin"), item("data", "contains", "String", "Berlin")),
    (F.data.not_contains("Berlin"), item("data", "not_contains", "String", "Berlin")),
    # JSON text columns
    (F.meta.contains("batch-7"), item("meta", "contains", "String", "batch-7")),
    (F.meta.not_contains("b1"), item("meta", "not_contains", "String", "b1")),
    (F.annotations_results.contains("positive"), item("annotations_results", "contains", "String", "positive")),
    (F.predictions_results.not_contains("x"), item("predictions_results", "not_contains", "String", "x")),
    # Datetime: always %Y-%m-%dT%H:%M:%S.%fZ in UTC
    (
        F.created_at > datetime(2024, 5, 6, 7, 8, 9, 10, tzinfo=UTC),
        item("created_at", "greater", "Datetime", "2024-05-06T07:08:09.000010Z"),
    ),
    (
        F.updated_at <= datetime(2024, 5, 6, 9, 0, tzinfo=timezone(timedelta(hours=2))),
        item("updated_at", "less_or_equal", "Datetime", "2024-05-06T07:00:00.000000Z"),
    ),
    (F.created_at < datetime(2024, 1, 2, 3), item("created_at", "less", "Datetime", "2024-01-02T03:00:00.000000Z")),
    (
        F.created_at >= date(2024, 1, 2),
        item("created_at", "greater_or_equal", "Datetime", "2024-01-02T00:00:00.000000Z"),
    ),
    (F.created_at == "2024-01-02T03:04:05Z", item("created_at", "equal", "Datetime", "2024-01-02T03:04:05.000000Z")),
    (
        F.completed_at.between(date(2024, 1, 1), "2024-02-01T00:00:00+01:00"),
        item(
            "completed_at",
            "in",
            "Datetime",
            {"min": "2024-01-01T00:00:00.000000Z", "max": "2024-01-31T23:00:00.000000Z"},
        ),
    ),
    (
        F.updated_at.not_between("2024-01-01", "2024-01-01T12:00"),
        item(
            "updated_at",
            "not_in",
            "Datetime",
            {"min": "2024-01-01T00:00:00.000000Z", "max": "2024-01-01T12:00:00.000000Z"},
        ),
    ),
    (F.created_at != date(2024, 1, 2), item("created_at", "not_equal", "Datetime", "2024-01-02T00:00:00.000000Z")),
    (F.completed_at.is_empty(), item("completed_at", "empty", "Datetime", True)),
]


@pytest.mark.parametrize(("built", "expected"), OPERATOR_CASES, ids=[repr(c[0]) for c in OPERATOR_CASES])
def test_each_operator_gives_the_exact_item(built: Filter, expected: dict[str, Any]) -> None:
    assert only_item(built) == expected


def test_every_operator_of_the_table_is_covered_above() -> None:
    covered = {(_kind_of(only_item(f)), only_item(f)["operator"]) for f, _ in OPERATOR_CASES}
    assert covered == {(kind, op) for kind, ops in OPERATORS.items() for op in ops}


def _kind_of(d: dict[str, Any]) -> str:
    name = d["filter"].removeprefix("filter:tasks:")
    if name.startswith("data."):
        return str(d["type"])  # String, Number or Boolean
    if name == "data":
        return "Json"  # F.data.contains(): the whole data as text
    column = getattr(F, name)
    assert isinstance(column, Column)
    return column.kind


def test_wire_types() -> None:
    assert WIRE_TYPE["Json"] == "String" and WIRE_TYPE["List"] == "List"
    assert WIRE_TYPE["Ids"] == "String" and WIRE_TYPE["Versions"] == "List"


# -- columns whose server value is not what the task shows: sent as regexes -----------------------------------

S = "filter:tasks:storage_filename"
U = "filter:tasks:file_upload"


@pytest.mark.parametrize(
    ("built", "operator", "value"),
    [
        (F.storage_filename == "/d/a.txt", "regex", r"(?:^|;)(?:/d/a\.txt)(?:;|$)"),
        (F.storage_filename != "/d/a.txt", "regex", r"^(?!(?:.*;)?(?:/d/a\.txt)(?:;|$))"),
        (F.storage_filename.one_of(["a", "b|c"]), "regex", r"(?:^|;)(?:a|b\|c)(?:;|$)"),
        (F.storage_filename.not_one_of(["a"]), "regex", r"^(?!(?:.*;)?(?:a)(?:;|$))"),
        (F.storage_filename.one_of([]), "in_list", []),  # the server's own: matches nothing
        (F.storage_filename.is_empty(), "regex", "^;*$"),
        (F.storage_filename.is_not_empty(), "regex", "[^;]"),
        (~F.storage_filename.is_empty(), "regex", "[^;]"),
        (F.storage_filename.regex(r"^/d/[^$^]\.txt$"), "regex", r"(?<![^;])/d/[^$^]\.txt(?![^;])"),
        (F.storage_filename.regex(r"\A/d\Z|x\^y"), "regex", r"(?<![^;])/d(?![^;])|x\^y"),
        (F.storage_filename.regex(r"[]^]$"), "regex", r"[]^](?![^;])"),
        (F.storage_filename.contains("a.txt"), "contains", "a.txt"),
        (F.storage_filename.not_contains("a.txt"), "not_contains", "a.txt"),
    ],
    ids=repr,
)
def test_storage_filename_is_matched_key_by_key(built: Filter, operator: str, value: Any) -> None:
    assert only_item(built) == {"filter": S, "operator": operator, "type": "String", "value": value}


@pytest.mark.parametrize(
    ("built", "operator", "value"),
    [
        (F.file_upload == "1a2b3c4d-x.json", "regex", r"(?:^|/)(?:1a2b3c4d\-x\.json)$"),
        (F.file_upload != "x.json", "regex", r"^(?!(?:.*/)?(?:x\.json)$)"),
        (F.file_upload.one_of(["x.json", "y.csv"]), "regex", r"(?:^|/)(?:x\.json|y\.csv)$"),
        (F.file_upload.not_one_of(["x.json"]), "regex", r"^(?!(?:.*/)?(?:x\.json)$)"),
        (F.file_upload.regex("^1a2b"), "regex", r"(?<![^/])(?![^/]*/)1a2b"),
        (F.file_upload.regex(r"json$"), "regex", "json$"),
        (F.file_upload.is_empty(), "empty", True),
        (F.file_upload.contains("x.json"), "contains", "x.json"),
    ],
    ids=repr,
)
def test_file_upload_is_matched_on_the_name_the_task_shows(built: Filter, operator: str, value: Any) -> None:
    assert only_item(built) == {"filter": U, "operator": operator, "type": "String", "value": value}


def test_rewritten_items_keep_their_meaning_for_negation_and_repr() -> None:
    f = F.storage_filename == "a"
    assert repr(f) == "Filter(storage_filename == 'a')"
    assert only_item(~f) == only_item(F.storage_filename != "a")


# -- combinations ---------------------------------------------------------------------------------------------


def test_and_flattens_into_one_and_list() -> None:
    f = (F.id > 1) & TEXT.contains("a") & ((F.is_labeled == False) & (N < 3))  # noqa: E712
    assert f.to_dict() == {
        "conjunction": "and",
        "items": [
            item("id", "greater", "Number", 1),
            item("data.text", "contains", "String", "a"),
            item("is_labeled", "equal", "Boolean", False),
            item("data.n", "less", "Number", 3),
        ],
    }


def test_or_flattens_into_one_or_list() -> None:
    f = (F.id == 1) | (F.id == 2) | ((F.id == 3) | (F.id == 4))
    assert f.to_dict() == {"conjunction": "or", "items": [item("id", "equal", "Number", i) for i in (1, 2, 3, 4)]}


def test_an_and_pair_inside_or_becomes_parent_and_child_filter() -> None:
    f = ((F.data("lang") == "en") & (N > 5)) | (F.id == 3)
    assert f.to_dict() == {
        "conjunction": "or",
        "items": [
            {**item("data.lang", "equal", "String", "en"), "child_filter": item("data.n", "greater", "Number", 5)},
            item("id", "equal", "Number", 3),
        ],
    }


def test_a_computed_column_is_made_the_parent_of_a_pair() -> None:
    f = (F.id == 3) | ((F.id > 0) & F.completed_at.is_not_empty())
    parent = f.to_dict()["items"][1]
    assert parent["filter"] == "filter:tasks:completed_at"
    assert parent["child_filter"] == item("id", "greater", "Number", 0)


def test_a_pair_on_one_computed_column_is_fine() -> None:
    f = (F.id == 3) | ((F.completed_at > date(2024, 1, 1)) & (F.completed_at < date(2025, 1, 1)))
    assert f.to_dict()["items"][1]["child_filter"]["filter"] == "filter:tasks:completed_at"


def test_a_pair_on_two_computed_columns_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="completed_at and predictions_score"):
        _ = (F.id == 3) | (F.completed_at.is_not_empty() & (F.predictions_score > 0.5))


def test_and_of_an_or_is_refused() -> None:
    with pytest.raises(ValueError, match=r"cannot AND an OR .*\(a \| b\) & c cannot be expressed"):
        _ = ((F.id == 1) | (F.id == 2)) & (F.id == 3)
    with pytest.raises(ValueError, match="cannot AND an OR"):
        _ = (F.id == 3) & ((F.id == 1) | (F.id == 2))


def test_or_of_three_anded_conditions_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot OR an AND of 3 conditions"):
        _ = ((F.id > 1) & (F.id < 9) & (F.id != 5)) | (F.id == 20)


def test_invert_uses_the_servers_negated_operators() -> None:
    cases = [
        (F.id == 3, "not_equal", 3),
        (F.id != 3, "equal", 3),
        (TEXT.contains("x"), "not_contains", "x"),
        (TEXT.not_contains("x"), "contains", "x"),
        (F.id.between(1, 2), "not_in", {"min": 1, "max": 2}),
        (F.id.not_between(1, 2), "in", {"min": 1, "max": 2}),
        (F.id.one_of([1]), "not_in_list", [1]),
        (F.id.not_one_of([1]), "in_list", [1]),
    ]
    for f, operator, value in cases:
        assert only_item(~f)["operator"] == operator
        assert only_item(~f)["value"] == value
        assert ~~f == f
    assert only_item(~TEXT.is_empty())["value"] is False
    assert ~TEXT.is_not_empty() == TEXT.is_empty()


@pytest.mark.parametrize("f", [F.id < 3, F.id >= 3, TEXT.regex("x")], ids=repr)
def test_invert_without_a_server_negation_is_a_type_error(f: Filter) -> None:
    with pytest.raises(TypeError, match="no negation of"):
        _ = ~f


def test_invert_of_a_combination_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="single condition"):
        _ = ~((F.id == 1) & (F.id == 2))


def test_filters_are_values() -> None:
    assert (F.id == 1) == (F.id == 1)
    assert (F.id == 1) != (F.id == 2)
    assert len({F.id == 1, F.id == 1}) == 1
    with pytest.raises(AttributeError, match="immutable"):
        (F.id == 1)._conjunction = "or"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        F.id.name = "x"  # type: ignore[misc]


# -- errors ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: F.id == "abc", r"F.id expects a number \(int or float\), got str 'abc'"),
        (lambda: F.id > True, "F.id expects a number"),
        (lambda: N.between(1, "5"), r"F.data\('n'\) expects a number"),
        (lambda: TEXT == 3, r"F.data\('text'\) expects a str, got int 3"),
        (lambda: F.is_labeled == 1, "F.is_labeled expects a bool, got int 1"),
        (lambda: F.annotators.contains("bob"), r"F.annotators expects a user id \(int\)"),
        (lambda: F.created_at > 1700000000, "F.created_at expects a datetime, a date or an ISO 8601 str"),
        (lambda: F.id.one_of([1, "2"]), "F.id expects a number"),
        (lambda: F.id.one_of("12"), "expects an iterable of values, got str"),
        (lambda: F.id.contains(3), r"F.id \(Number\) does not support 'contains'"),
        (lambda: F.meta == "b1", r"F.meta \(Json\) does not support 'equal'; it supports contains, not_contains"),
        (lambda: F.meta.is_empty(), "does not support 'empty'"),
        (lambda: F.annotators == 1, "F.annotators .* does not support 'equal'"),
        (lambda: F.is_labeled.is_empty(), "does not support 'empty'"),
        (lambda: F.created_at.regex("x"), "does not support 'regex'"),
        (lambda: TEXT < "b", "does not support 'less'"),
        (lambda: TEXT.between("a", "b"), "does not support 'in'"),
        (lambda: TEXT.regex(3), "expects a str pattern"),
        (lambda: F.data(""), "non-empty str key"),
        (lambda: F.data("x", type="Datetime"), "type must be 'String', 'Number' or 'Boolean'"),  # type: ignore
        (lambda: F.data == "x", r"F.data is the whole task data: compare one key, e.g. F.data\('text'\)"),
        (lambda: F.data < 3, "F.data is the whole task data"),
        (lambda: F.updated_by.contains("bob"), r"F.updated_by expects a user id \(int\)"),
        (lambda: F.updated_by == 1, r"F.updated_by \(List\) does not support 'equal'"),
        (lambda: F.annotations_ids.contains("7"), r"F.annotations_ids expects an annotation id \(int\)"),
        (lambda: F.annotations_ids == 7, r"does not support 'equal'"),
        (lambda: F.predictions_model_versions.contains(7), "expects a model version"),
        (lambda: F.predictions_model_versions.contains(["v1", 2]), "expects model versions as str, got 2"),
        (lambda: F.predictions_model_versions == "v1", "does not support 'equal'"),
        (lambda: F.draft_exists.is_empty(), "does not support 'empty'"),
        (lambda: Column("id", "String"), "id is a Number column, not String; use F.id"),
        (lambda: Column("data.x", "Json"), "a data key is 'String', 'Number' or 'Boolean'"),  # type: ignore
        (lambda: Query(F.id), "filters must be a Filter"),  # type: ignore[arg-type]
        (lambda: Query(ordering=[F.id.asc(), F.id.desc()]), "one Ordering or str"),  # type: ignore[arg-type]
    ],
)
def test_wrong_types_and_operators_are_type_errors(build: Any, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        build()


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: F.id.between(5, 1), "low 5 > high 1"),
        (lambda: F.created_at.between(date(2025, 1, 1), date(2024, 1, 1)), "low .* > high"),
        (lambda: F.created_at > "yesterday", "'yesterday' is not an ISO 8601 date or datetime"),
        (lambda: TEXT.regex("("), r"invalid pattern '\('"),
        (lambda: F.predictions_model_versions.contains([]), "at least one model version"),
        (lambda: Column("reviewed", "Boolean"), "Label Studio has no task column 'reviewed' .* storage_filename"),
        (lambda: Column("meta.batch", "String"), "no task column 'meta.batch'"),
        (lambda: Column("data.Source filename", "String"), "cannot filter or sort on a data key"),
        (lambda: Query(ordering="-"), "names no column"),
        (lambda: Query(ordering="tasks:"), "names no column"),
        (lambda: Query(ordering="lang"), "no task column 'lang' to sort on"),
        (lambda: Query(ordering="-tasks:nope"), "no task column 'nope' to sort on"),
        (lambda: Query(ordering="tasks:data.Source filename"), "cannot sort on an empty data key or one containing"),
        (lambda: Query(ordering="data."), "cannot sort on an empty data key"),
    ],
)
def test_bad_values_are_invalid_input(build: Any, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        build()


def test_bool_of_a_filter_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="no truth value"):
        bool(F.id == 1)
    with pytest.raises(TypeError, match="no truth value"):
        _ = (F.id == 1) and (F.id == 2)
    with pytest.raises(TypeError, match="no truth value"):
        _ = 1 < F.id < 5  # chained comparison calls bool() on the first half
    with pytest.raises(TypeError, match="no truth value"):
        bool(F.id)


def test_precedence_mistake_is_explained() -> None:
    with pytest.raises(TypeError, match=r"parenthesise them: \(F.id > 1\) & \(F.id < 5\)"):
        _ = F.id > 1 & F.id < 5  # type: ignore[operator]
    with pytest.raises(TypeError, match="parenthesise"):
        _ = (F.id > 1) | F.id  # type: ignore[operator]


def test_columns_are_unhashable() -> None:
    with pytest.raises(TypeError):
        hash(F.id)


def test_reprs() -> None:
    assert repr(F.data("text")) == "F.data('text')"
    assert repr(F.id) == "F.id"
    f = ((F.id > 4) & TEXT.contains("x")) | (F.meta.contains("b"))
    assert repr(f) == "Filter((id > 4 & data.text contains 'x') | meta contains 'b')"
    assert repr(F.created_at.desc()) == "Ordering('-tasks:created_at')"


# -- Query ----------------------------------------------------------------------------------------------------


def test_query_json_is_exactly_what_the_server_reads() -> None:
    q = Query((F.id > 4) | TEXT.contains("great"), ordering=F.created_at.desc())
    assert json.loads(q.to_json()) == {
        "filters": {
            "conjunction": "or",
            "items": [item("id", "greater", "Number", 4), item("data.text", "contains", "String", "great")],
        },
        "ordering": ["-tasks:created_at"],
        "selectedItems": {"all": True, "excluded": []},
    }
    assert " " not in q.to_json().replace("created at", "")


def test_empty_query() -> None:
    assert Query().to_json() == '{"ordering":[],"selectedItems":{"all":true,"excluded":[]}}'


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        (F.id.asc(), ["tasks:id"]),
        (F.id.desc(), ["-tasks:id"]),
        (TEXT.asc(), ["tasks:data.text"]),
        ("-tasks:inner_id", ["-tasks:inner_id"]),
    ],
)
def test_ordering(ordering: Ordering | str, expected: list[str]) -> None:
    d = Query(ordering=ordering).to_dict()
    assert d["ordering"] == expected
    assert "columnsDisplayType" not in d


def test_numeric_data_ordering_asks_for_number_display_type() -> None:
    d = Query(ordering=N.desc()).to_dict()
    assert d["ordering"] == ["-tasks:data.n"]
    assert d["columnsDisplayType"] == {"tasks:data.n": "Number"}


@pytest.mark.parametrize(
    "key", ["-tasks:id", "tasks:id", "id", "-id", "tasks:data.text", "data.text", "-tasks:completed_at"]
)
def test_raw_ordering_keys_the_server_sorts_by_are_kept(key: str) -> None:
    assert json.loads(Query(ordering=key).to_json())["ordering"] == [key]


@pytest.mark.parametrize("method", ["asc", "desc"])
def test_sorting_by_the_whole_task_data_is_refused(method: str) -> None:
    with pytest.raises(InvalidTypeError, match=r"sort by one key, e.g. F.data\('text'\)"):
        getattr(F.data, method)()

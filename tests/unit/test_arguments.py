"""Arguments of the wrong kind are refused before any request with an InvalidInputError naming them."""

from __future__ import annotations

from typing import Any

import pytest

from lsclient import InvalidInputError
from lsclient.api_client.models.project import Project as ProjectModel
from lsclient.core._sync.projects import Project
from lsclient.core.resources import id_of
from lsclient.core.task_sources import open_source


def test_an_id_argument_takes_an_int_or_the_object() -> None:
    project = Project(object(), ProjectModel.from_dict({"id": 7}))
    assert id_of(7, "project") == 7
    assert id_of(project, "project") == 7
    for bad in ("7", None, 7.0, True, object()):
        with pytest.raises(InvalidInputError, match="webhooks.create\\(\\): project must be an id"):
            id_of(bad, "webhooks.create(): project")


async def _agen() -> Any:
    yield {"text": "a"}


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (5, "not int"),
        (None, "not NoneType"),
        ({"text": "one task"}, "wrap a single task in a list"),
        (b"[]", "not bytes"),
        (_agen(), "async iterable"),
    ],
)
def test_an_import_source_of_the_wrong_kind(source: object, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        open_source(source)  # type: ignore[arg-type]


def test_request_fields_are_named_as_the_server_names_them() -> None:
    """Every attribute whose JSON key differs from its Python name is accepted in both spellings and sent under
    the JSON key (``annotations__completed_by``, ``selectedItems``, ``type``)."""
    from lsclient.api_client.models.dm_actions_create_body import DmActionsCreateBody
    from lsclient.api_client.models.serialization_options_request import SerializationOptionsRequest
    from lsclient.core.resources import build_request, json_names

    names = json_names(SerializationOptionsRequest)
    assert names["annotations_completed_by"] == names["annotations__completed_by"] == "annotations__completed_by"
    body = build_request(
        SerializationOptionsRequest, {"annotations__completed_by": {"only_id": False}}, {}, what="serialization"
    )
    assert body.to_dict() == {"annotations__completed_by": {"only_id": False}}
    assert json_names(DmActionsCreateBody)["selected_items"] == "selectedItems"


def test_misuse_of_filters_progress_and_waits_is_an_lsclient_error() -> None:
    """Wrong types stay TypeErrors (and wrong values ValueErrors), and are LsClientErrors too."""
    from lsclient import F, LsClientError
    from lsclient.core._sync.waiting import wait_for
    from lsclient.core.errors import InvalidTypeError
    from lsclient.core.progress import default_progress

    cases = [
        lambda: bool(F.id > 1),
        lambda: F.data("n", type="Float"),  # type: ignore[call-overload]
        lambda: F.data("text").one_of("abc"),
        lambda: default_progress("yes"),  # type: ignore[arg-type]
        lambda: wait_for(lambda: None, status_of=str, job="x", timeout=-1),
    ]
    for case in cases:
        with pytest.raises(LsClientError) as caught:
            case()
        assert isinstance(caught.value, TypeError | ValueError)
    assert issubclass(InvalidTypeError, TypeError) and issubclass(InvalidTypeError, InvalidInputError)

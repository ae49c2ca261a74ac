"""Label configs against the real server: built configs are accepted and parsed alike, validation failures, and
adding a label to a live project without invalidating its annotations."""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from flavours import connect, in_flavour_of

from lsclient import BadRequestError, Client, InvalidInputError, NotFoundError, Project
from lsclient.api_client import AuthenticatedClient
from lsclient.api_client.api.projects import projects_validate_create
from lsclient.api_client.models.project_label_config_request import ProjectLabelConfigRequest
from lsclient.core import label_config_rules
from lsclient.core._sync import label_configs
from lsclient.core.errors import TaskImportError
from lsclient.core.label_config import (
    LabelConfig,
    LabelConfigSyntaxError,
    parse_label_config,
    with_label,
    without_label,
)

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def client(label_studio: Any, flavour: str) -> Iterator[Client]:
    with connect(flavour, label_studio.url, label_studio.api_key) as client:
        yield client


@pytest.fixture
def new_project(client: Client) -> Iterator[Callable[[str | LabelConfig], Project]]:
    """Create projects with a given config; every one is deleted afterwards."""
    made: list[Project] = []

    def make(config: str | LabelConfig) -> Project:
        project = client.projects.create(title=f"lc-{uuid.uuid4().hex[:8]}", label_config=str(config))
        made.append(project)
        return project

    yield make
    for project in made:
        try:
            project.remove()
        except NotFoundError:
            pass


def require_annotation_signals(client: Client, task_id: int) -> None:
    """Fail clearly if the server no longer counts annotations (its model signals are disconnected).

    Label Studio's project DELETE disconnects every Django model signal process-wide for its duration
    (``temporary_disconnect_all_signals``); two deletes overlapping in the threaded server leave them disconnected
    until a restart. Annotations are then still saved, but the project summary that the validate endpoint checks
    them against stays empty, so label removals would be wrongly accepted.
    """
    if client.tasks.retrieve(task_id).total_annotations == 0:
        pytest.fail(
            f"the server at {client.url} saved an annotation of task {task_id} without counting it: its model "
            "signals are disconnected (concurrent project deletes); restart it",
            pytrace=False,
        )


def choice(value: str, control: str = "sentiment") -> dict[str, Any]:
    return {"from_name": control, "to_name": "text", "type": "choices", "value": {"choices": [value]}}


def span(label: str) -> dict[str, Any]:
    return {
        "from_name": "entities",
        "to_name": "text",
        "type": "labels",
        "value": {"start": 0, "end": 5, "text": "Alice", "labels": [label]},
    }


def box(label: str) -> dict[str, Any]:
    return {
        "from_name": "boxes",
        "to_name": "image",
        "type": "rectanglelabels",
        "original_width": 100,
        "original_height": 100,
        "value": {"x": 10, "y": 10, "width": 20, "height": 20, "rotation": 0, "rectanglelabels": [label]},
    }


def polygon(label: str) -> dict[str, Any]:
    return {
        "from_name": "regions",
        "to_name": "image",
        "type": "polygonlabels",
        "original_width": 100,
        "original_height": 100,
        "value": {"points": [[10, 10], [50, 10], [30, 40]], "polygonlabels": [label]},
    }


BUILT = {
    "text_classification": LabelConfig.text_classification("sentiment", ["positive", "negative"]),
    "text_multiple": LabelConfig.text_classification("topics", ["a", "b", "c"], text_field="body", multiple=True),
    "ner": LabelConfig.ner("entities", {"PER": {"background": "red"}, "ORG": {"background": "#00ff00"}}),
    "image_bounding_boxes": LabelConfig.image_bounding_boxes("boxes", ["car", "bus"]),
    "image_polygons": LabelConfig.image_polygons("regions", ["road", "sky"], image_field="photo"),
    "audio_transcription": LabelConfig.audio_transcription(),
    "audio_segments": LabelConfig.audio_transcription(segment_labels=["Speech", "Noise"]),
    "generic_two_objects": LabelConfig()
    .header("Does the caption fit?")
    .object("Image", name="img", value="$image")
    .object("Text", name="caption", value="$caption")
    .control("Choices", name="fit", to_name=["img", "caption"], labels=["yes", "no"]),
    "escaped_labels": LabelConfig.text_classification(
        "odd", ['R&D "core" <team>', "it's", "naïve ≠ 你好", "a > b & c", "$not_data"]
    ),
}


def test_checked_attributes_are_accepted_and_round_trip(
    client: Client, new_project: Callable[[str | LabelConfig], Project]
) -> None:
    # Attributes in Python spelling and any case, each one the editor reads, written as Label Studio spells them.
    config = (
        LabelConfig(style="padding: 8px", class_name="main")
        .header("Mark the names", underline=True)
        .control("Labels", name="ner", to_name="text", labels={"PER": {"hot_key": "p", "background": "#ff0000"}})
        .object("Text", name="text", value="$text", highlight_color="#00ff00", granularity="word")
        .control("Choices", name="fit", to_name="text", labels={"yes": {"HOTKEY": "y"}}, showinline=True)
        .control("Rating", name="stars", to_name="text", max_rating=10)
    )
    assert client.validate_label_config(config) is None  # POST /api/projects/validate/
    project = new_project(config)
    stored = ET.fromstring(project.fetch().label_config or "")
    assert label_config_rules.attribute_problems(stored) == []
    written = {(element.tag, name): value for element in stored.iter() for name, value in element.attrib.items()}
    assert {
        ("View", "className"): "main",
        ("Header", "underline"): "true",
        ("Label", "hotkey"): "p",
        ("Label", "background"): "#ff0000",
        ("Text", "highlightColor"): "#00ff00",
        ("Choice", "hotkey"): "y",
        ("Choices", "showInline"): "true",
        ("Rating", "maxRating"): "10",
    }.items() <= written.items()

    assert project.add_label("ner", "ORG", hot_key="o", Background="#ffa500") is True
    added = ET.fromstring(project.fetch().label_config or "").find(".//Label[@value='ORG']")
    assert added is not None and added.attrib == {"value": "ORG", "hotkey": "o", "background": "#ffa500"}
    before = project.label_config
    with pytest.raises(InvalidInputError, match="hotKeys is not an attribute of <Label> .*; did you mean hotkey"):
        project.add_label("ner", "LOC", hot_keys="l")
    with pytest.raises(InvalidInputError, match="hotkey 'P' of label 'LOC' is already the hotkey of"):
        project.add_label("ner", "LOC", hot_key="P")
    assert project.fetch().label_config == before


@pytest.mark.parametrize("name", list(BUILT))
def test_built_config_is_accepted_and_parsed_like_the_server(
    client: Client, new_project: Callable[[str | LabelConfig], Project], name: str
) -> None:
    config = BUILT[name]
    assert in_flavour_of(label_configs.validate_label_config, client)(client, config) is None

    project = new_project(config)
    assert project.label_config == config.to_xml()
    ours = config.parse()
    server = project.parsed_label_config.to_dict()
    assert list(server) == list(ours.control_names)
    for control in ours.controls:
        assert server[control.name]["type"] == control.type
        assert server[control.name]["to_name"] == list(control.to_name)
        assert server[control.name]["labels"] == list(control.labels)
        inputs = [ours.object(target) for target in control.to_name]
        assert [(i["type"], i["value"]) for i in server[control.name]["inputs"]] == [
            (obj.type, obj.data_key) for obj in inputs
        ]
    # The same config validated against the (empty) project it configures is accepted too.
    assert in_flavour_of(label_configs.validate_label_config, client)(client, config, project_id=project.id) is None


@pytest.mark.parametrize("name", ["text_multiple", "generic_two_objects", "audio_segments"])
def test_data_keys_are_what_the_server_requires_on_import(
    new_project: Callable[[str | LabelConfig], Project], name: str
) -> None:
    project = new_project(BUILT[name])
    keys = BUILT[name].parse().data_keys
    task = {key: f"https://example.com/{key}" for key in keys}
    for missing in keys:
        with pytest.raises(TaskImportError) as caught:
            project.import_tasks([{k: v for k, v in task.items() if k != missing}], progress=False)
        assert isinstance(caught.value.__cause__, BadRequestError)
        assert f'"{missing}" key is expected in task data' in str(caught.value.__cause__)
    assert len(project.import_tasks([task], progress=False)) == 1


# -- validation failures -------------------------------------------------------------------------------------------

VALID = str(BUILT["text_classification"])
MALFORMED = '<View><Text name="text" value="$text"></View>'
DANGLING = '<View><Text name="text" value="$text"/><Choices name="c" toName="txt"><Choice value="a"/></Choices></View>'
DUPLICATE_NAMES = (
    '<View><Text name="x" value="$text"/><Choices name="x" toName="x"><Choice value="a"/></Choices></View>'
)


@pytest.mark.parametrize(
    ("xml", "field", "message"),
    [
        (DANGLING, "label_config", "toName=\"txt\" not found in names: ['c', 'text']"),
        (DUPLICATE_NAMES, "label_config", "Label config contains non-unique names"),
    ],
    ids=["dangling-toName", "duplicate-names"],
)
def test_validate_new_config_rejections(client: Client, xml: str, field: str, message: str) -> None:
    with pytest.raises(BadRequestError) as caught:
        in_flavour_of(label_configs.validate_label_config, client)(client, xml)
    error = caught.value
    assert error.status_code == 400
    assert error.validation_errors == {field: [message]}
    assert message in str(error)


@pytest.fixture
def annotated(client: Client, new_project: Callable[[str | LabelConfig], Project]) -> tuple[Project, list[int]]:
    """A text-classification project with 3 tasks, the first 2 annotated "positive"."""
    project = new_project(BUILT["text_classification"])
    task_ids = project.import_tasks([{"text": "great"}, {"text": "fine"}, {"text": "so-so"}], progress=False)
    for task_id in task_ids[:2]:
        client.tasks.retrieve(task_id).annotations.create(result=[choice("positive")])
    require_annotation_signals(client, task_ids[0])
    return project, task_ids


@pytest.mark.parametrize(
    ("make_xml", "detail", "message"),
    [
        (lambda xml: DANGLING, "Validation error", "toName=\"txt\" not found in names: ['c', 'text']"),
        (
            lambda xml: without_label(xml, "sentiment", "positive"),
            "Validation error",
            "These labels still exist in annotations or drafts:\npositive (2 annotations)\nPlease add labels to tag "
            'with name="sentiment".',
        ),
        (
            lambda xml: xml.replace('name="sentiment"', 'name="mood"'),
            "Validation error",
            "Created annotations are incompatible with provided labeling schema, we found:\n"
            "2 with from_name=sentiment, to_name=text, type=choices",
        ),
    ],
    ids=["dangling-toName", "remove-used-label", "rename-used-control"],
)
def test_validate_project_config_rejections(
    client: Client, annotated: tuple[Project, list[int]], make_xml: Any, detail: str, message: str | None
) -> None:
    project, _ = annotated
    before = project.fetch().label_config
    with pytest.raises(BadRequestError) as caught:
        in_flavour_of(label_configs.validate_label_config, client)(client, make_xml(before), project_id=project.id)
    error = caught.value
    assert error.detail == detail
    assert error.validation_errors == ({"non_field_errors": [message]} if message else {})
    assert (message or detail) in str(error)
    assert project.fetch().label_config == before


def test_malformed_xml_is_refused_before_any_request(
    client: Client, annotated: tuple[Project, list[int]], legacy_client: AuthenticatedClient
) -> None:
    project, _ = annotated
    before = project.fetch().label_config
    for call in (
        lambda: in_flavour_of(label_configs.validate_label_config, client)(client, MALFORMED),
        lambda: in_flavour_of(label_configs.validate_label_config, client)(client, MALFORMED, project_id=project.id),
        lambda: project.set_label_config(MALFORMED),
        lambda: client.projects.create(title="never created", label_config=MALFORMED),
    ):
        with pytest.raises(LabelConfigSyntaxError) as caught:
            call()
        assert (caught.value.line, caught.value.column, caught.value.reason) == (1, 41, "mismatched tag")
    assert project.fetch().label_config == before
    # What the server itself would have said.
    answer = projects_validate_create.sync_detailed(
        client=legacy_client, body=ProjectLabelConfigRequest(label_config=MALFORMED)
    )
    assert answer.status_code == 400 and b"mismatched tag: line 1, column 40" in answer.content


def test_validate_project_config_acceptances(client: Client, annotated: tuple[Project, list[int]]) -> None:
    project, _ = annotated
    xml = str(project.fetch().label_config)
    for accepted in (xml, with_label(xml, "sentiment", "neutral"), without_label(xml, "sentiment", "negative")):
        assert (
            in_flavour_of(label_configs.validate_label_config, client)(client, accepted, project_id=project.id) is None
        )
    # The new-config endpoint knows nothing of annotations: removing the used label passes there.
    assert (
        in_flavour_of(label_configs.validate_label_config, client)(client, without_label(xml, "sentiment", "positive"))
        is None
    )


def test_validate_unknown_project(client: Client) -> None:
    with pytest.raises(NotFoundError):
        in_flavour_of(label_configs.validate_label_config, client)(client, VALID, project_id=999_999_999)


# -- adding a label to a live project ------------------------------------------------------------------------------


def test_add_label_keeps_existing_annotations_valid(client: Client, annotated: tuple[Project, list[int]]) -> None:
    project, task_ids = annotated
    annotations_before = {
        task_id: [a.to_dict() for a in client.tasks.retrieve(task_id).annotations.list()] for task_id in task_ids
    }

    assert project.add_label("sentiment", "neutral") is True

    assert parse_label_config(str(project.label_config)).control("sentiment").labels == (
        "positive",
        "negative",
        "neutral",
    )
    fresh = client.projects.retrieve(project.id)
    assert fresh.label_config == project.label_config
    assert fresh.parsed_label_config.to_dict()["sentiment"]["labels"] == ["positive", "negative", "neutral"]
    annotations_after = {
        task_id: [a.to_dict() for a in client.tasks.retrieve(task_id).annotations.list()] for task_id in task_ids
    }
    assert annotations_after == annotations_before
    assert [len(annotations_after[t]) for t in task_ids] == [1, 1, 0]

    created = client.tasks.retrieve(task_ids[2]).annotations.create(result=[choice("neutral")])
    assert created.fetch().result[0]["value"] == {"choices": ["neutral"]}
    assert fresh.fetch().total_annotations_number == 3
    # The server now counts "neutral" as a used label: removing it is refused, and the config as saved is valid.
    assert (
        in_flavour_of(label_configs.validate_label_config, client)(
            client, str(fresh.label_config), project_id=project.id
        )
        is None
    )
    with pytest.raises(BadRequestError, match=r"neutral \(1 annotation\)"):
        in_flavour_of(label_configs.validate_label_config, client)(
            client, without_label(str(fresh.label_config), "sentiment", "neutral"), project_id=fresh.id
        )

    # Adding it again changes nothing.
    saved = fresh.label_config
    assert project.add_label("sentiment", "neutral") is False
    assert client.projects.retrieve(project.id).label_config == saved


def test_removing_a_used_label_is_refused_and_the_project_is_unchanged(annotated: tuple[Project, list[int]]) -> None:
    project, _ = annotated
    before = str(project.fetch().label_config)
    with pytest.raises(BadRequestError, match=r"positive \(2 annotations\)"):
        project.set_label_config(without_label(before, "sentiment", "positive"))
    assert project.fetch().label_config == before
    assert project.parsed_label_config.to_dict()["sentiment"]["labels"] == ["positive", "negative"]

    # An unused label can go.
    project.set_label_config(without_label(before, "sentiment", "negative"))
    assert project.fetch().parsed_label_config.to_dict()["sentiment"]["labels"] == ["positive"]


def test_server_fact_a_plain_patch_does_not_protect_annotations(annotated: tuple[Project, list[int]]) -> None:
    """Why update_label_config validates first: Label Studio's PATCH alone accepts dropping a used label."""
    project, _ = annotated
    before = str(project.fetch().label_config)
    project.update(label_config=without_label(before, "sentiment", "positive"))
    assert project.fetch().parsed_label_config.to_dict()["sentiment"]["labels"] == ["negative"]
    assert project.total_annotations_number == 2  # annotations that now use a label the config no longer has


def test_add_label_refusals_leave_the_project_unchanged(annotated: tuple[Project, list[int]]) -> None:
    project, _ = annotated
    config = LabelConfig.text_classification("sentiment", ["positive", "negative"]).control(
        "TextArea", name="comment", to_name="text"
    )
    project.set_label_config(config)
    before = project.label_config
    with pytest.raises(InvalidInputError, match=r"no control tag named 'sentimnt'; control tags: 'sentiment' "):
        project.add_label("sentimnt", "neutral")
    with pytest.raises(InvalidInputError, match="is a TextArea, which has no labels"):
        project.add_label("comment", "neutral")
    assert project.fetch().label_config == before


@dataclass(frozen=True)
class RegionCase:
    config: LabelConfig
    control: str
    task: dict[str, str]
    region: Callable[[str], dict[str, Any]]
    used: str
    added: str


REGION_CASES = {
    "ner": RegionCase(BUILT["ner"], "entities", {"text": "Alice met Bob"}, span, "PER", "LOC"),
    "bounding_boxes": RegionCase(
        BUILT["image_bounding_boxes"], "boxes", {"image": "https://example.com/a.png"}, box, "car", "truck"
    ),
    "polygons": RegionCase(
        LabelConfig.image_polygons("regions", ["road", "sky"]),
        "regions",
        {"image": "https://example.com/a.png"},
        polygon,
        "road",
        "water",
    ),
}


@pytest.mark.parametrize("name", list(REGION_CASES))
def test_add_label_to_region_controls(
    client: Client, new_project: Callable[[str | LabelConfig], Project], name: str
) -> None:
    case = REGION_CASES[name]
    project = new_project(case.config)
    first, second = project.import_tasks([case.task, case.task], progress=False)
    annotation = client.tasks.retrieve(first).annotations.create(result=[case.region(case.used)])
    require_annotation_signals(client, first)
    before = annotation.to_dict()

    assert project.add_label(case.control, case.added, background="#123456") is True

    labels = project.fetch().parsed_label_config.to_dict()[case.control]["labels"]
    assert labels[-1] == case.added and case.used in labels
    assert parse_label_config(str(project.label_config)).control(case.control).labels == tuple(labels)
    assert annotation.fetch().to_dict() == before
    client.tasks.retrieve(second).annotations.create(result=[case.region(case.added)])
    with pytest.raises(BadRequestError, match=rf"{case.used} \(1 annotation\)"):
        project.set_label_config(without_label(str(project.label_config), case.control, case.used))

"""Label configs offline: builder -> XML -> parser round trips, escaping, malformed XML, editing labels."""

from __future__ import annotations

import asyncio
import doctest
import json
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from lsclient.api_client.models.project import Project as ProjectModel
from lsclient.core import label_config as label_config_module
from lsclient.core._async.client import make_async_client
from lsclient.core._async.label_configs import validate_label_config as async_validate_label_config
from lsclient.core._sync.client import Client, make_client
from lsclient.core._sync.label_configs import add_label, set_label_config, validate_label_config
from lsclient.core._sync.projects import Project
from lsclient.core.auth import LegacyTokenAuth
from lsclient.core.errors import InvalidInputError
from lsclient.core.label_config import (
    ControlTag,
    LabelConfig,
    LabelConfigSyntaxError,
    ObjectTag,
    config_text,
    parse_label_config,
    with_label,
    without_label,
)


@dataclass(frozen=True)
class Case:
    """A built config and what parsing its XML must give back."""

    id: str
    config: LabelConfig
    controls: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]  # name, type, to_name, labels
    objects: list[tuple[str, str, str]]  # name, type, value
    data_keys: tuple[str, ...]


CASES = [
    Case(
        "text_classification",
        LabelConfig.text_classification("sentiment", ["positive", "negative"]),
        [("sentiment", "Choices", ("text",), ("positive", "negative"))],
        [("text", "Text", "$text")],
        ("text",),
    ),
    Case(
        "text_classification_multiple",
        LabelConfig.text_classification("topics", ["sport", "politics", "tech"], text_field="body", multiple=True),
        [("topics", "Choices", ("body",), ("sport", "politics", "tech"))],
        [("body", "Text", "$body")],
        ("body",),
    ),
    Case(
        "ner",
        LabelConfig.ner("entities", {"PER": {"background": "red"}, "ORG": {"background": "#00ff00", "hotkey": "o"}}),
        [("entities", "Labels", ("text",), ("PER", "ORG"))],
        [("text", "Text", "$text")],
        ("text",),
    ),
    Case(
        "image_bounding_boxes",
        LabelConfig.image_bounding_boxes("boxes", ["car", "bus"], image_field="$photo"),
        [("boxes", "RectangleLabels", ("photo",), ("car", "bus"))],
        [("photo", "Image", "$photo")],
        ("photo",),
    ),
    Case(
        "image_polygons",
        LabelConfig.image_polygons("regions", ["road", "sky"]),
        [("regions", "PolygonLabels", ("image",), ("road", "sky"))],
        [("image", "Image", "$image")],
        ("image",),
    ),
    Case(
        "audio_transcription",
        LabelConfig.audio_transcription(),
        [("transcription", "TextArea", ("audio",), ())],
        [("audio", "Audio", "$audio")],
        ("audio",),
    ),
    Case(
        "audio_transcription_segments",
        LabelConfig.audio_transcription("words", audio_field="clip", segment_labels=["Speech", "Noise"]),
        [("segments", "Labels", ("clip",), ("Speech", "Noise")), ("words", "TextArea", ("clip",), ())],
        [("clip", "Audio", "$clip")],
        ("clip",),
    ),
    Case(
        "generic_two_objects",
        LabelConfig()
        .header("Does the caption fit the image?")
        .object("Image", name="img", value="$image")
        .object("Text", name="caption", value="$caption")
        .control("Choices", name="fit", to_name=["img", "caption"], labels=["yes", "no"], required=True)
        .control("Rating", name="quality", to_name="img", max_rating=5),
        [("fit", "Choices", ("img", "caption"), ("yes", "no")), ("quality", "Rating", ("img",), ())],
        [("img", "Image", "$image"), ("caption", "Text", "$caption")],
        ("image", "caption"),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_builder_round_trip(case: Case) -> None:
    xml = str(case.config)
    parsed = parse_label_config(xml)
    assert [(c.name, c.type, c.to_name, c.labels) for c in parsed.controls] == case.controls
    assert [(o.name, o.type, o.value) for o in parsed.objects] == case.objects
    assert parsed.data_keys == case.data_keys
    assert parsed.xml == xml
    # One-line and indented forms are the same config.
    one_line = parse_label_config(case.config.to_xml(indent=None))
    assert (one_line.controls, one_line.objects, one_line.data_keys) == (
        parsed.controls,
        parsed.objects,
        parsed.data_keys,
    )
    assert case.config.parse().controls == parsed.controls


def test_text_classification_xml_is_exact() -> None:
    assert LabelConfig.text_classification("sentiment", ["positive", "negative"]).to_xml() == (
        "<View>\n"
        '  <Text name="text" value="$text" />\n'
        '  <Choices name="sentiment" toName="text" choice="single" showInline="true">\n'
        '    <Choice value="positive" />\n'
        '    <Choice value="negative" />\n'
        "  </Choices>\n"
        "</View>"
    )


@pytest.mark.parametrize(
    ("built", "by_hand"),
    [
        (
            LabelConfig.ner("ner", ["PER"]),
            LabelConfig()
            .control("Labels", name="ner", to_name="text", labels=["PER"])
            .object("Text", name="text", value="$text"),
        ),
        (
            LabelConfig.image_polygons("poly", ["a"]),
            LabelConfig()
            .object("Image", name="image", value="$image", zoom=True)
            .control("PolygonLabels", name="poly", to_name="image", labels=["a"], strokeWidth=3),
        ),
        (
            LabelConfig.audio_transcription(),
            LabelConfig()
            .object("Audio", name="audio", value="$audio")
            .control("TextArea", name="transcription", to_name="audio", rows=4, editable=True, maxSubmissions=1),
        ),
    ],
    ids=["ner", "polygons", "audio"],
)
def test_classmethods_equal_the_generic_builder(built: LabelConfig, by_hand: LabelConfig) -> None:
    assert built.to_xml() == by_hand.to_xml()


def test_attributes_python_spelling_and_values() -> None:
    config = LabelConfig(style="padding: 4px").object(
        "Image", name="img", value="$image", zoom_control=True, rotate_control=False, max_width=750, zoom_by=1.5
    )
    config.control("KeyPointLabels", name="kp", to_name="img", labels=["eye"], smart=None, stroke_width=2)
    parsed = config.parse()
    root_xml = config.to_xml(indent=None)
    assert root_xml.startswith('<View style="padding: 4px">')
    assert 'zoomControl="true" rotateControl="false" maxWidth="750" zoomBy="1.5"' in root_xml
    assert parsed.control("kp").attrs == {"name": "kp", "toName": "img", "strokeWidth": "2"}  # None is left out


ESCAPED_LABELS = ['R&D "core" <team>', "it's", "naïve ≠ 你好", "tab\there", "line\nbreak", "a > b & c", "$not_data"]


def test_escaping_round_trips_every_label() -> None:
    config = LabelConfig.text_classification("odd", ESCAPED_LABELS, text_field="text")
    xml = config.to_xml()
    assert 'value="R&amp;D &quot;core&quot; &lt;team&gt;"' in xml
    assert "&#10;" in xml and "&#09;" in xml  # whitespace inside attributes survives a parse
    parsed = parse_label_config(xml)
    assert parsed.control("odd").labels == tuple(ESCAPED_LABELS)
    assert parsed.data_keys == ("text",)  # a label's "$..." is not a data field


def test_escaping_in_header_and_label_attributes() -> None:
    config = (
        LabelConfig()
        .header('Say "hi" & <wave>')
        .object("Text", name="t", value="$t")
        .control("Labels", name="l", to_name="t", labels={"x": {"alias": "<x&y>", "hint": "'q' \"w\""}})
    )
    parsed = config.parse()
    assert parsed.control("l").labels == ("<x&y>",)  # the alias is the label, like the server's parser
    assert "Say &quot;hi&quot; &amp; &lt;wave&gt;" in config.to_xml()


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: LabelConfig().object("Text", name="t", value="$t").object("Image", name="t", value="$i"), "unique"),
        (lambda: LabelConfig().object("Text", name="a,b", value="$t"), "without spaces or commas"),
        (lambda: LabelConfig().object("Text", name="", value="$t"), "non-empty"),
        (lambda: LabelConfig().object("Text", name="t", value=""), r"non-empty string like '\$text'"),
        (lambda: LabelConfig().object("<Text>", name="t", value="$t"), "not a Label Studio tag name"),
        (lambda: LabelConfig().control("TextArea", name="c", to_name="t", labels=["a"]), "takes no labels"),
        (lambda: LabelConfig().control("Choices", name="c", to_name="t", labels="ab"), "not a single string"),
        (lambda: LabelConfig().control("Choices", name="c", to_name="t", labels=["a", "a"]), "given twice"),
        (lambda: LabelConfig().control("Choices", name="c", to_name="t", labels=["a", ""]), "non-empty string"),
        (lambda: LabelConfig().control("Choices", name="c", to_name=[], labels=["a"]), "at least one to_name"),
        (lambda: LabelConfig().object("Text", name="t", value="$t", granularity=[1]), "must be a str, int"),
        (lambda: LabelConfig.text_classification("text", ["a"]), "unique"),
        (lambda: LabelConfig.text_classification("c", ["a"], text_field=""), "text_field"),
    ],
)
def test_builder_rejects_bad_input(build: Any, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        build()


def test_dangling_to_name_is_reported_when_serialising() -> None:
    config = LabelConfig().object("Text", name="text", value="$text").control("Choices", name="c", to_name="txt")
    with pytest.raises(InvalidInputError, match=r"to_name='txt'.*names: c, text"):
        config.to_xml()
    # Controls may come before their object: the check waits for the whole config.
    ok = (
        LabelConfig().control("Choices", name="c", to_name="text", labels=["a"]).object("Text", name="text", value="$t")
    )
    assert ok.parse().control("c").to_name == ("text",)


def test_repr() -> None:
    assert repr(LabelConfig.ner("ner", ["A"])) == "<LabelConfig Labels:ner, Text:text>"
    assert repr(LabelConfig()) == "<LabelConfig empty>"


# -- parser --------------------------------------------------------------------------------------------------------

HAND_WRITTEN = """<View style="display: flex">
  <!-- a comment -->
  <Header value="$title"/>
  <View>
    <Image name="img" value="$image" valueType="url"/>
    <Paragraphs name="dialog" value="$dialog" layout="dialogue"/>
    <Image name="gallery" valueList="$images"/>
  </View>
  <Choices name="quality" toName="img,dialog" choice="multiple">
    <View style="columns: 2">
      <Choice value="good" alias="g"/>
      <Choice value="bad"/>
      <Choice value="good" alias="g"/>
    </View>
  </Choices>
  <Choices name="dynamic" toName="img" value="$options"/>
  <Filter name="filter" toName="quality"/>
  <Relations><Relation value="refers to"/></Relations>
  <Labels name="spans" toName="dialog">
    <Label value="Q"/>
    <Label/>
  </Labels>
  <TextArea name="notes" toName="dialog" perRegion="true" whenTagName="spans"/>
</View>"""


def test_parser_on_a_hand_written_config() -> None:
    parsed = parse_label_config(HAND_WRITTEN)
    assert parsed.control_names == ("quality", "dynamic", "spans", "notes")  # Filter is not a control
    assert parsed.labels == {"quality": ("g", "bad"), "dynamic": (), "spans": ("Q",), "notes": ()}
    assert parsed.control("quality").to_name == ("img", "dialog")
    assert parsed.control("dynamic").dynamic_labels and not parsed.control("quality").dynamic_labels
    assert parsed.control("notes").attrs["whenTagName"] == "spans"
    assert parsed.objects == (
        ObjectTag(name="img", type="Image", value="$image", data_key="image", value_type="url"),
        ObjectTag(name="dialog", type="Paragraphs", value="$dialog", data_key="dialog"),
        ObjectTag(name="gallery", type="Image", value="$images", data_key="images"),
    )
    # Unnamed tags (the Header) are display-only: the server does not require their field on import.
    assert parsed.data_keys == ("image", "dialog", "images", "options")
    assert parsed.object("gallery").type == "Image"


def test_parser_lookup_errors_list_what_exists() -> None:
    parsed = parse_label_config(str(LabelConfig.ner("ner", ["A"])))
    with pytest.raises(InvalidInputError, match=r"no control tag named 'nre'; control tags: 'ner' \(Labels\)"):
        parsed.control("nre")
    with pytest.raises(InvalidInputError, match=r"no object tag named 'txt'; object tags: 'text' \(Text\)"):
        parsed.object("txt")


def test_parser_data_key_forms() -> None:
    parsed = parse_label_config(
        '<View><HyperText name="h" value="Title: $title, body $body"/><Text name="t" value="static"/></View>'
    )
    assert [(o.name, o.data_key) for o in parsed.objects] == [("h", "title"), ("t", None)]
    assert parsed.data_keys == ("title",)  # only the first variable of a template, like the server


def test_control_tag_is_hashable_and_comparable() -> None:
    a = ControlTag(name="c", type="Choices", to_name=("t",), labels=("x",), attrs={"name": "c"})
    b = ControlTag(name="c", type="Choices", to_name=("t",), labels=("x",), attrs={"name": "c"})
    assert a == b and hash(a) == hash(b)


@pytest.mark.parametrize(
    ("xml", "reason", "line", "column"),
    [
        ('<View><Text name="text" value="$text"></View>', "mismatched tag", 1, 41),
        ("<View>\n  <Text name='t' value='$t'/>\n  <Choices name='c' toName='t'>\n</View>", "mismatched tag", 4, 3),
        ("<View>", "no element found", 1, 7),
        ('<View><Text name="a" name="b" value="$t"/></View>', "duplicate attribute", 1, 22),
        ("<View>&nbsp;</View>", "undefined entity", 1, 7),
        ("<View/><View/>", "junk after document element", 1, 8),
        ("not xml at all", "syntax error", 1, 1),
    ],
    ids=["mismatched", "multiline", "unclosed", "duplicate-attribute", "entity", "two-roots", "text"],
)
def test_malformed_xml_names_line_and_column(xml: str, reason: str, line: int, column: int) -> None:
    with pytest.raises(LabelConfigSyntaxError) as caught:
        parse_label_config(xml)
    error = caught.value
    assert isinstance(error, InvalidInputError)
    assert (error.reason, error.line, error.column) == (reason, line, column)
    assert f"{reason} at line {line}, column {column}" in str(error)


@pytest.mark.parametrize("xml", ["", "   \n", None, b"<View/>"])
def test_empty_or_non_string_config(xml: Any) -> None:
    with pytest.raises(InvalidInputError, match="empty|must be a string"):
        parse_label_config(xml)


# -- editing -------------------------------------------------------------------------------------------------------

INDENTED = """<View>
  <!-- keep me -->
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text" choice="single">
    <Choice value="positive"/>
    <Choice value="negative"/>
  </Choices>
  <TextArea name="comment" toName="text"/>
</View>"""


def test_with_label_keeps_layout_and_comments() -> None:
    assert with_label(INDENTED, "sentiment", "neutral", hotkey="n") == (
        "<View>\n"
        "  <!-- keep me -->\n"
        '  <Text name="text" value="$text" />\n'
        '  <Choices name="sentiment" toName="text" choice="single">\n'
        '    <Choice value="positive" />\n'
        '    <Choice value="negative" />\n'
        '    <Choice value="neutral" hotkey="n" />\n'
        "  </Choices>\n"
        '  <TextArea name="comment" toName="text" />\n'
        "</View>"
    )


def test_with_label_is_a_no_op_for_the_same_label() -> None:
    assert with_label(INDENTED, "sentiment", "positive") is INDENTED
    aliased = (
        '<View><Text name="t" value="$t"/><Labels name="l" toName="t"><Label value="Person" alias="PER"/>'
        "</Labels></View>"
    )
    assert with_label(aliased, "l", "Person", alias="PER") is aliased
    # Only the value, or only the alias, is another label that could not be told apart: refused
    # (tests/unit/test_label_config_edits.py has the whole table).
    with pytest.raises(InvalidInputError, match="already has <Label value=\"Person\"> \\(alias 'PER'\\)"):
        with_label(aliased, "l", "PER")


def test_with_label_in_nested_views_and_empty_controls() -> None:
    nested = parse_label_config(with_label(HAND_WRITTEN, "quality", "ugly"))
    assert nested.labels["quality"] == ("g", "bad", "ugly")
    assert nested.labels["spans"] == ("Q",)
    empty = '<View><Image name="i" value="$i"/><RectangleLabels name="r" toName="i"/></View>'
    assert parse_label_config(with_label(empty, "r", "car")).labels == {"r": ("car",)}
    assert with_label(empty, "r", "car") == (
        '<View><Image name="i" value="$i" /><RectangleLabels name="r" toName="i"><Label value="car" />'
        "</RectangleLabels></View>"
    )
    # A dynamic-label control still takes static ones.
    assert parse_label_config(with_label(HAND_WRITTEN, "dynamic", "extra")).labels["dynamic"] == ("extra",)


def test_with_label_keeps_everything_else() -> None:
    before = parse_label_config(HAND_WRITTEN)
    after = parse_label_config(with_label(HAND_WRITTEN, "spans", "A"))
    assert after.objects == before.objects and after.data_keys == before.data_keys
    assert [c for c in after.controls if c.name != "spans"] == [c for c in before.controls if c.name != "spans"]
    assert "<!-- a comment -->" in with_label(HAND_WRITTEN, "spans", "A")


@pytest.mark.parametrize(
    ("control", "label", "message"),
    [
        ("sentimnt", "x", r"no control tag named 'sentimnt'; control tags: 'sentiment' \(Choices\), 'comment'"),
        ("comment", "x", "is a TextArea, which has no labels to add to"),
        ("sentiment", "", "non-empty string"),
    ],
)
def test_with_label_refuses(control: str, label: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        with_label(INDENTED, control, label)


def test_without_label() -> None:
    removed = without_label(INDENTED, "sentiment", "negative")
    assert parse_label_config(removed).labels["sentiment"] == ("positive",)
    assert '    <Choice value="positive" />\n  </Choices>' in removed  # the list is still closed properly
    assert without_label(INDENTED, "sentiment", "absent") is INDENTED
    # Two choices called "g": which one is meant cannot be told, so neither is removed.
    with pytest.raises(InvalidInputError, match="'g' is the value or alias of 2 labels at the top level"):
        without_label(HAND_WRITTEN, "quality", "g")
    with pytest.raises(InvalidInputError, match="control tags: 'sentiment'"):
        without_label(INDENTED, "nope", "positive")


def test_add_then_remove_gives_the_same_config() -> None:
    one_line = LabelConfig.text_classification("s", ["a", "b"]).to_xml(indent=None)
    assert without_label(with_label(one_line, "s", "c"), "s", "c") == one_line


# -- before any request --------------------------------------------------------------------------------------------


TOKEN = "0123456789abcdef0123456789abcdef01234567"


def test_validate_refuses_an_empty_config_before_any_request() -> None:
    # Nothing listens on port 9: a request would fail with a connection error, not InvalidInputError.
    with make_client("http://127.0.0.1:9", TOKEN, check_version=False) as client:
        with pytest.raises(InvalidInputError, match="empty"):
            validate_label_config(client, "  ")
        with pytest.raises(InvalidInputError, match="empty"):
            validate_label_config(client, "", project_id=1)

    async def main() -> None:
        async with make_async_client("http://127.0.0.1:9", TOKEN, check_version=False) as client:
            await async_validate_label_config(client, "\n", project_id=1)

    with pytest.raises(InvalidInputError, match="empty"):
        asyncio.run(main())


def test_config_text() -> None:
    assert config_text("<View/>") == "<View/>"
    assert config_text(LabelConfig.ner("ner", ["PER"])) == LabelConfig.ner("ner", ["PER"]).to_xml()
    with pytest.raises(InvalidInputError, match="XML text or a LabelConfig"):
        config_text(42)  # type: ignore[arg-type]


# -- live edits against a fake server ------------------------------------------------------------------------------

CHOICES = '<View><Text name="t" value="$t"/><Choices name="s" toName="t"><Choice value="a"/></Choices></View>'


def project_json(label_config: str) -> dict[str, Any]:
    counters = (
        "finished_task_number ground_truth_number num_tasks_with_annotations queue_done queue_total "
        "skipped_annotations_number task_number total_annotations_number total_predictions_number "
        "useful_annotation_number"
    )
    return {
        **dict.fromkeys(counters.split(), 0),
        "id": 7,
        "title": "Reviews",
        "label_config": label_config,
        "parsed_label_config": {},
        "config_has_control_tags": True,
        "config_suitable_for_bulk_annotation": True,
        "created_at": "2026-01-01T00:00:00Z",
        "start_training_on_annotation_update": False,
        "state": "CREATED",
    }


class FakeProjectServer:
    """A project whose config lives here: GET reads it, validate checks the XML parses, PATCH saves it."""

    def __init__(self, label_config: str) -> None:
        self.label_config = label_config
        self.requests: list[tuple[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append((request.method, request.url.path))
        if request.url.path == "/api/projects/7/validate/":
            return httpx.Response(200, json=json.loads(request.content))
        if request.url.path == "/api/projects/validate/":
            return httpx.Response(204)
        if request.method == "PATCH":
            self.label_config = json.loads(request.content)["label_config"]
        return httpx.Response(200, json=project_json(self.label_config))


def fake_project(server: FakeProjectServer, stale_config: str) -> Project:
    http = httpx.Client(transport=httpx.MockTransport(server))
    client = Client("http://ls.test", LegacyTokenAuth(TOKEN), httpx_client=http)
    return Project(client, ProjectModel.from_dict(project_json(stale_config)))


def test_add_label_reads_validates_then_saves() -> None:
    server = FakeProjectServer(CHOICES)
    project = fake_project(server, "<View/>")  # a stale proxy: the label goes into the server's config

    assert add_label(project, "s", "b") is True
    # An added label cannot invalidate an annotation: the config itself is validated.
    assert server.requests == [
        ("GET", "/api/projects/7/"),
        ("POST", "/api/projects/validate/"),
        ("PATCH", "/api/projects/7/"),
    ]
    assert project.parsed_config.control("s").labels == ("a", "b")

    server.requests.clear()
    assert add_label(project, "s", "b") is False
    assert server.requests == [("GET", "/api/projects/7/")]
    with pytest.raises(InvalidInputError, match="no control tag named 'x'"):
        add_label(project, "x", "b")


def test_set_label_config_parses_before_any_request() -> None:
    server = FakeProjectServer(CHOICES)
    project = fake_project(server, CHOICES)

    with pytest.raises(LabelConfigSyntaxError):
        set_label_config(project, "<View><Text></View>")
    assert server.requests == []
    set_label_config(project, with_label(CHOICES, "s", "c"))
    assert [method for method, _ in server.requests] == ["POST", "PATCH"]
    assert project.parsed_config.labels == {"s": ("a", "c")}


def test_module_examples_run() -> None:
    result = doctest.testmod(label_config_module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 15

"""Label Studio's tag set: configs its editor would refuse are refused before any request, and the vendored tag set
(src/lsclient/core/ls_tags.py) is the one of the installed Label Studio release."""

from __future__ import annotations

import asyncio
import doctest
import importlib.util
import re
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from lsclient.core import label_config_rules, ls_tag_attributes, ls_tags
from lsclient.core._async.client import make_async_client
from lsclient.core._sync.client import make_client
from lsclient.core.errors import InvalidInputError
from lsclient.core.label_config import LabelConfigError, check_label_config, parse_label_config

ROOT = Path(__file__).resolve().parents[2]
LS_VENV = ROOT / ".server" / "venv"
TOKEN = "0123456789abcdef0123456789abcdef01234567"
TEXT = '<Text name="t" value="$t"/>'


def view(*tags: str) -> str:
    return "<View>" + "".join(tags) + "</View>"


PROBLEMS = [
    ("valid", view(TEXT, '<Choices name="c" toName="t"><Choice value="a"/></Choices>'), []),
    (
        "misspelt-control",
        view(TEXT, '<Chioces name="c" toName="t"><Choice value="a"/></Chioces>'),
        ['<Chioces name="c"> is not a Label Studio tag; did you mean <Choices>?'],
    ),
    (
        "misspelt-object",
        view('<Txet name="t" value="$t"/>', '<TextArea name="n" toName="t"/>'),
        ['<Txet name="t"> is not a Label Studio tag; did you mean <Text>?'],
    ),
    (
        "lower-case",
        view(TEXT, '<choices name="c" toName="t"><choice value="a"/></choices>'),
        [
            '<choices name="c"> is spelt <Choices> in Label Studio (its server reads tags case-sensitively)',
            '<choice value="a"> is spelt <Choice> in Label Studio (its server reads tags case-sensitively)',
        ],
    ),
    (
        "enterprise",
        view('<Chat name="chat" value="$messages"/>'),
        ['<Chat name="chat"> is a Label Studio Enterprise tag, which Label Studio 1.23.2 (Community) does not know'],
    ),
    ("html-in-view", view(TEXT, "<div>hello</div>"), ["<div> is not a Label Studio tag (Label Studio 1.23.2)"]),
    ("html-in-hypertext", view(TEXT, "<HyperText><div><b>markup</b></div></HyperText>"), []),
    ("root", '<Choices name="c" toName="t"/>', ["the root tag must be <View>, not <Choices>"]),
    (
        "control-without-toName",
        view(TEXT, '<Choices name="c"><Choice value="a"/></Choices>'),
        ['<Choices name="c"> needs toName (the name of the object tag it labels)'],
    ),
    ("control-without-name", view(TEXT, '<Rating toName="t"/>'), ["<Rating> needs name"]),
    ("object-without-value", view('<Image name="i"/>'), ['<Image name="i"> needs value (e.g. value="$text")']),
    ("object-with-valueList", view('<Image name="i" valueList="$images"/>'), []),
    ("object-without-name", view('<Audio value="$a"/>'), ['<Audio value="$a"> needs name']),
    (
        "choice-without-value",
        view(TEXT, '<Choices name="c" toName="t"><Choice alias="x"/></Choices>'),
        ["<Choice> needs a value"],
    ),
    (
        "choice-outside-choices",
        view(TEXT, '<Labels name="l" toName="t"><Choice value="a"/></Labels>'),
        ['<Choice value="a"> must be inside <Choices> or <Taxonomy>'],
    ),
    (
        "label-inside-choices",
        view(TEXT, '<Choices name="c" toName="t"><Label value="a"/></Choices>'),
        ['<Label value="a"> is inside <Choices name="c">, which takes <Choice>, not <Label>'],
    ),
    (
        "wrong-object",
        view(TEXT, '<RectangleLabels name="r" toName="t"><Label value="car"/></RectangleLabels>'),
        ['<RectangleLabels name="r"> points at <Text name="t">, but a <RectangleLabels> can only label <Image>'],
    ),
    (
        "channel-outside-timeseries",
        view('<Channel column="a"/>'),
        ["<Channel> must be inside <TimeSeries>"],
    ),
    ("comments-and-repeater", view("<!-- note -->", '<Repeater on="$images">', TEXT, "</Repeater>"), []),
    (
        "several",
        view('<Txet name="t" value="$t"/>', '<Choices name="c"><Choice/></Choices>'),
        [
            '<Txet name="t"> is not a Label Studio tag; did you mean <Text>?',
            '<Choices name="c"> needs toName (the name of the object tag it labels)',
            "<Choice> needs a value",
        ],
    ),
]


@pytest.mark.parametrize(("xml", "problems"), [(x, p) for _, x, p in PROBLEMS], ids=[i for i, _, _ in PROBLEMS])
def test_problems(xml: str, problems: list[str]) -> None:
    parsed = parse_label_config(xml)  # reading never raises: a stored config is read whatever it holds
    assert list(parsed.problems) == problems
    if problems:
        with pytest.raises(LabelConfigError) as caught:
            check_label_config(xml)
        assert caught.value.problems == tuple(problems)
        assert isinstance(caught.value, InvalidInputError)
        assert all(problem in str(caught.value) for problem in problems)
    else:
        assert check_label_config(xml) == parsed


def test_a_stored_misspelt_config_is_read_and_reported() -> None:
    parsed = parse_label_config(view(TEXT, '<Chioces name="c" toName="t"><Choice value="a"/></Chioces>'))
    # Parsed the way the server parses it (name + toName make a control), with the problem said.
    assert parsed.control("c").type == "Chioces" and parsed.labels == {"c": ("a",)}
    assert parsed.problems == ('<Chioces name="c"> is not a Label Studio tag; did you mean <Choices>?',)


MISSPELT = view(TEXT, '<Chioces name="c" toName="t"><Choice value="a"/></Chioces>')


def test_nothing_is_sent_with_a_misspelt_tag() -> None:
    # Nothing listens on port 9: a request would fail with a connection error, not LabelConfigError.
    with make_client("http://127.0.0.1:9", TOKEN, check_version=False) as client:
        with pytest.raises(LabelConfigError, match="did you mean <Choices>"):
            client.projects.create(title="x", label_config=MISSPELT)
        with pytest.raises(LabelConfigError, match="did you mean <Choices>"):
            client.projects.create({"title": "x", "label_config": MISSPELT})
        with pytest.raises(LabelConfigError, match="did you mean <Choices>"):
            client.validate_label_config(MISSPELT)

    async def main() -> None:
        async with make_async_client("http://127.0.0.1:9", TOKEN, check_version=False) as client:
            await client.projects.create(title="x", label_config=MISSPELT)

    with pytest.raises(LabelConfigError, match="did you mean <Choices>"):
        asyncio.run(main())


def test_module_examples_run() -> None:
    result = doctest.testmod(label_config_rules)
    assert result.failed == 0 and result.attempted >= 5


# -- the vendored tag set against the installed Label Studio -------------------------------------------------------


def installed_label_studio() -> Path:
    packages = sorted(LS_VENV.glob("lib/python*/site-packages"))
    if not packages or not (packages[-1] / "label_studio").is_dir():
        pytest.skip(f"no Label Studio installed in {LS_VENV} (scripts/ls_server.py start installs it)")
    return packages[-1]


def vendor_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("vendor_ls_tags", ROOT / "scripts" / "vendor_ls_tags.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_vendored_tags_are_the_installed_release() -> None:
    installed_label_studio()
    script = vendor_script()
    derived = script.derive(LS_VENV)
    assert derived.version == ls_tags.LABEL_STUDIO_VERSION
    assert derived.roles == dict(ls_tags.TAGS)
    assert derived.parent_types == dict(ls_tags.PARENT_TYPES)
    assert derived.to_name_types == dict(ls_tags.TO_NAME_TYPES)
    assert frozenset(derived.enterprise) == ls_tags.ENTERPRISE_TAGS
    assert script.render(derived) == (ROOT / "src" / "lsclient" / "core" / "ls_tags.py").read_text(encoding="utf-8")
    assert derived.attributes == {tag: dict(names) for tag, names in ls_tag_attributes.ATTRIBUTES.items()}
    assert derived.unchecked == dict(ls_tag_attributes.UNCHECKED)
    vendored = (ROOT / "src" / "lsclient" / "core" / "ls_tag_attributes.py").read_text(encoding="utf-8")
    assert script.render_attributes(derived) == vendored


def test_vendored_tags_agree_with_the_server_parser() -> None:
    packages = installed_label_studio()
    source = (packages / "label_studio" / "core" / "label_config.py").read_text(encoding="utf-8")
    label_tags = set(re.findall(r"'(\w+)'", re.search(r"_LABEL_TAGS = \{([^}]*)\}", source).group(1)))  # type: ignore[union-attr]
    assert label_tags == {tag for tag, role in ls_tags.TAGS.items() if role == "label"}
    # The tags the server's own schema knows are all in the set, spelt alike.
    schema = (packages / "label_studio" / "core" / "utils" / "schema" / "label_config_schema.json").read_text()
    assert {"View", "Choices", "Labels", "Choice", "Label", "Image", "Text", "HyperText", "TextArea", "Number"} <= set(
        ls_tags.TAGS
    )
    assert all(f'"{tag}"' in schema for tag in ("Choices", "Labels", "TextArea", "Number", "HyperText"))


# LS 1.23.2's own template "generative-ai/chatbot-assessment" has <Rating name="likert_scale" maxRating="7"/> without
# the toName that the Rating docs require; the server then does not count it as a control (not in
# parsed_label_config), so its ratings are tied to no object.
KNOWN_TEMPLATE_PROBLEMS = {
    "generative-ai/chatbot-assessment": [
        '<Rating name="likert_scale"> needs toName (the name of the object tag it labels)'
    ]
}


def template_configs(packages: Path) -> list[tuple[str, bool, str]]:
    """``(template, is Enterprise, config)`` of every template bundled with Label Studio (YAML read by hand: the
    config is the indented block after ``config: |``)."""
    found = []
    for path in sorted((packages / "label_studio" / "annotation_templates").rglob("config.yml")):
        lines = path.read_text(encoding="utf-8").split("\n")
        block = []
        for line in lines[lines.index("config: |") + 1 :]:
            if line.strip() and not line.startswith(" "):
                break
            block.append(line)
        name = str(path.parent.relative_to(path.parents[2]))
        found.append((name, "type: enterprise" in lines, textwrap.dedent("\n".join(block))))
    return found


def test_every_bundled_template_passes() -> None:
    templates = template_configs(installed_label_studio())
    assert len(templates) > 50
    for name, enterprise, config in templates:
        problems = list(parse_label_config(config).problems)
        if enterprise and problems:
            assert all("is a Label Studio Enterprise tag" in problem for problem in problems), (name, problems)
        else:
            assert problems == KNOWN_TEMPLATE_PROBLEMS.get(name, []), name
    enterprise_tags = {
        tag for _, enterprise, config in templates if enterprise for tag in re.findall(r"<([A-Z]\w*)", config)
    }
    assert ls_tags.ENTERPRISE_TAGS <= enterprise_tags


# Attributes of LS 1.23.2's own templates that its editor drops (each checked in the editor's sources: the tag's model
# declares no such property, and nothing else reads it): a Choice has no background (a Label has), Labels no hotkey
# (each Label has one) nor zoom, maxUsage is maxUsages misspelt, Choices has no "selection", Paragraphs no
# granularity, Header and Image no className (View has), Text and TextArea no style, Header no name.
KNOWN_TEMPLATE_ATTRIBUTES = {
    "audio-speech-processing/conversational-analysis": [("Paragraphs", "granularity")],
    "audio-speech-processing/sound-event-detection": [("Labels", "zoom"), ("Labels", "hotkey")],
    "audio-speech-processing/speaker-segmentation": [("Labels", "zoom"), ("Labels", "hotkey")],
    "community-contributions/breast-cancer-mammogram-classification": [
        *[("Header", "className"), ("Image", "className")] * 4,
        ("TextArea", "style"),
    ],
    "community-contributions/two-level-sentiment-analysis-of-x-twitter-posts": [
        ("Header", "name"),
        ("Text", "style"),
        ("Text", "style"),
    ],
    "natural-language-processing/content-moderation": [("Choice", "background")] * 6,
    "natural-language-processing/question-answering": [("Label", "maxUsage")],
    "ranking-and-scoring/asr-hypotheses": [("Choices", "selection")],
    "ranking-and-scoring/serp-ranking": [("Choices", "selection")],
}


def test_every_bundled_template_has_only_attributes_the_editor_reads() -> None:
    # The check of attribute names refuses nothing that Label Studio's own templates use, but for the attributes its
    # editor drops (above). Spellings other than Label Studio's (showInLine, allownested) are accepted, as the editor
    # lower-cases names; a Repeater takes the attributes of the view it becomes.
    templates = template_configs(installed_label_studio())
    seen = {}
    for name, _, config in templates:
        problems = label_config_rules.attribute_problems(parse_root(config))
        found = [re.match(r"<(\w+)[^>]*>: (\w+) is not an attribute of <\1>", problem) for problem in problems]
        assert all(found), problems
        seen[name] = [match.groups() for match in found if match]
    assert {name: pairs for name, pairs in seen.items() if pairs} == KNOWN_TEMPLATE_ATTRIBUTES
    # No template has a Repeater; the one of Label Studio's documentation:
    repeater = (
        '<View><Repeater on="$images" indexFlag="{{idx}}" mode="pagination" style="display: flex">'
        '<Image name="image_{{idx}}" value="$images[{{idx}}].url"/></Repeater></View>'
    )
    assert label_config_rules.attribute_problems(parse_root(repeater)) == []


def parse_root(config: str) -> ET.Element:
    return ET.fromstring(config)


# (id, editor sources, the tag, the attributes found): how the vendor script reads model definitions
MODEL_SOURCES = [
    (
        "compose-mixins-flags",
        {
            "tags/control/Thing.jsx": """import { types } from "mobx-state-tree";
import Registry from "../../core/Registry";
import Mixin, { Other as Renamed } from "../../mixins/Mixin";

const TagAttrs = types.model({
  toname: types.maybeNull(types.string),
  showinline: types.optional(types.boolean, false),
  children: types.array(types.string),
  _value: "",
  isControlTag: true,
  ...(isFF(FLAG) ? { flagged: types.string } : {}),
});

const Model = types
  .model({ type: "thing", store: Store })
  .views((self) => ({
    get text() {
      return `it's ${self.showinline ? "<b>" : ""}`;
    },
  }))
  .preProcessSnapshot((sn) => {
    sn.written = 1;
    return { ...sn, read: sn.fromsnapshot };
  });

const Store = types.maybeNull(types.reference(Other));

const ThingModel = types.compose(
  "ThingModel",
  TagAttrs,
  Model,
  Mixin.props({ propped: "" }),
  ...(isFF(F) ? [Renamed] : []),
);

Registry.addTag("thing", ThingModel, HtxThing);
""",
            "mixins/Mixin.js": """import { types } from "mobx-state-tree";

const Mixin = types.model("Mixin", { fromdefault: types.maybeNull(types.string) }).volatile<Props>(() => ({ a: 1 }));

export const Other = types.compose(types.model({ fromother: "" }));

export default Mixin;
""",
        },
        "thing",
        {"toname", "showinline", "flagged", "fromsnapshot", "fromdefault", "propped", "fromother"},
    ),
]


@pytest.mark.parametrize(
    ("sources", "tag", "expected"), [(s, t, e) for _, s, t, e in MODEL_SOURCES], ids=[i for i, *_ in MODEL_SOURCES]
)
def test_the_vendor_script_reads_model_definitions(sources: dict[str, str], tag: str, expected: set[str]) -> None:
    script = vendor_script()
    path, model = script.registered_models(sources)[tag]
    properties, unreadable = script.ModelReader(sources).evaluate(path, model)
    assert unreadable == ()
    # isControlTag: not lower case, so no attribute can reach it; _value: internal; type, children: the parser's;
    # store (a reference) and children (an array) cannot hold an attribute's text; written: set, not read.
    assert {name for name in properties if name == name.lower()} - script.PARSER_PROPERTIES == expected


def test_the_vendor_script_says_what_it_cannot_read() -> None:
    script = vendor_script()
    sources = {
        "tags/control/Made.jsx": 'const Made = makeModel("x");\n\nRegistry.addTag("made", Made, View);\n',
    }
    path, model = script.registered_models(sources)["made"]
    assert script.ModelReader(sources).evaluate(path, model)[1] == ("tags/control/Made.jsx: a model made by a call",)

"""Attribute names given to the label-config builder and to ``with_label`` are checked against the tag's attributes in
Label Studio's editor (src/lsclient/core/ls_tag_attributes.py): a misspelt one is refused with the likely intended
ones, any case is accepted (the editor lower-cases names) and written as Label Studio spells it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lsclient.core.errors import InvalidInputError
from lsclient.core.label_config import LabelConfig, parse_label_config, with_label
from lsclient.core.label_config_rules import attribute_problem, attribute_spelling, label_tag_of
from lsclient.core.ls_tag_attributes import ATTRIBUTES, UNCHECKED
from lsclient.core.ls_tags import TAGS

CHOICES = '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice value="a"/></Choices></View>'
NER = '<View><Text name="t" value="$t"/><Labels name="ner" toName="t"><Label value="PER" hotkey="p"/></Labels></View>'


def text() -> LabelConfig:
    return LabelConfig().object("Text", name="t", value="$t")


# (id, what builds the config, the whole message expected)
MISSPELT: list[tuple[str, Callable[[], object], str]] = [
    (
        "view",
        lambda: LabelConfig(sytle="padding: 4px"),
        "sytle is not an attribute of <View> (Label Studio 1.23.2 ignores it); did you mean style?",
    ),
    (
        "object",
        lambda: LabelConfig().object("Image", name="i", value="$i", zoom_contol=True),
        "zoom_contol=True: zoomContol is not an attribute of <Image> (Label Studio 1.23.2 ignores it); did you mean "
        "zoomControl?",
    ),
    (
        "control",
        lambda: text().control("Choices", name="c", to_name="t", labels=["a"], choise="multiple"),
        "choise is not an attribute of <Choices> (Label Studio 1.23.2 ignores it); did you mean choice?",
    ),
    (
        "control-case-and-typo",
        lambda: text().control("Choices", name="c", to_name="t", labels=["a"], showinlin=True),
        "showinlin is not an attribute of <Choices> (Label Studio 1.23.2 ignores it); did you mean showInline?",
    ),
    (
        "label-of-labels",
        lambda: text().control("Labels", name="n", to_name="t", labels={"PER": {"backgroud": "red"}}),
        "backgroud is not an attribute of <Label> (Label Studio 1.23.2 ignores it); did you mean background?",
    ),
    (
        "choice-has-no-background",
        lambda: text().control("Choices", name="c", to_name="t", labels={"a": {"background": "red"}}),
        "background is not an attribute of <Choice> (Label Studio 1.23.2 ignores it); its documented attributes: "
        "alias, category, color, hint, hotkey, html, model_index, selected, style, value",
    ),
    (
        "label-python-spelling",
        lambda: LabelConfig.ner("n", {"PER": {"hot_keys": "p"}}),
        "hot_keys='p': hotKeys is not an attribute of <Label> (Label Studio 1.23.2 ignores it); did you mean hotkey?",
    ),
    (
        "header",
        lambda: LabelConfig().header("Title", undeline=True),
        "undeline is not an attribute of <Header> (Label Studio 1.23.2 ignores it); did you mean underline?",
    ),
    (
        "object-style-is-the-views",
        lambda: LabelConfig().object("Text", name="t", value="$t", style="color: red"),
        "style is not an attribute of <Text> (Label Studio 1.23.2 ignores it); its documented attributes: "
        "clickableLinks, encoding, granularity, highlightColor, inline, name, saveTextResult, selectionEnabled, "
        "showLabels, value, valueType",
    ),
    (
        "with-label-choice",
        lambda: with_label(CHOICES, "c", "b", hot_keys="x"),
        "hot_keys='x': hotKeys is not an attribute of <Choice> (Label Studio 1.23.2 ignores it); did you mean hotkey?",
    ),
    (
        "with-label-label",
        lambda: with_label(NER, "ner", "ORG", max_usage=1),
        "max_usage=1: maxUsage is not an attribute of <Label> (Label Studio 1.23.2 ignores it); did you mean "
        "maxUsages?",
    ),
    (
        "given-twice",
        lambda: with_label(NER, "ner", "ORG", hotkey="o", hot_key="q"),
        "hotkey= and hot_key= are both the attribute hotkey of <Label>; give it once",
    ),
]


@pytest.mark.parametrize(("build", "message"), [(b, m) for _, b, m in MISSPELT], ids=[i for i, _, _ in MISSPELT])
def test_misspelt_attributes_are_refused_with_the_likely_one(build: Callable[[], object], message: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        build()
    assert str(caught.value) == message


# (id, what builds the config, the XML expected in it): any case and Python spelling, written as Label Studio does
SPELT = [
    ("python-spelling", lambda: LabelConfig.ner("n", {"PER": {"hot_key": "p"}}), '<Label value="PER" hotkey="p" />'),
    (
        "lower-case",
        lambda: text().control("Choices", name="c", to_name="t", labels=["a"], showinline=True),
        '<Choices name="c" toName="t" showInline="true">',
    ),
    (
        "upper-case",
        lambda: text().control("Rating", name="r", to_name="t", MAX_RATING=10),
        '<Rating name="r" toName="t" maxRating="10" />',
    ),
    (
        "common-attributes",
        lambda: LabelConfig(class_name="main", style="padding: 4px", visible_when="choice-selected"),
        '<View className="main" style="padding: 4px" visibleWhen="choice-selected" />',
    ),
    (
        "mixins",
        lambda: text().control("Choices", name="c", to_name="t", labels=["a"], per_region=True, when_tag_name="x"),
        '<Choices name="c" toName="t" perRegion="true" whenTagName="x">',
    ),
    ("documented-only", lambda: LabelConfig.ner("n", {"PER": {"category": 1}}), '<Label value="PER" category="1" />'),
    (
        "read-by-the-export",
        lambda: (
            LabelConfig()
            .object("Image", name="i", value="$i")
            .control("KeyPointLabels", name="kp", to_name="i", labels={"nose": {"model_index": 0}})
        ),
        '<Label value="nose" model_index="0" />',
    ),
    (
        "unchecked-tag-python-spelling",
        lambda: text().control("CustomInterface", name="x", to_name="t", some_option=1),
        '<CustomInterface name="x" toName="t" someOption="1" />',
    ),
    (
        "with-label",
        lambda: with_label(NER, "ner", "ORG", Background="#ffa500", hot_key="o"),
        '<Label value="ORG" background="#ffa500" hotkey="o" />',
    ),
    (
        "unchecked-tag",
        lambda: text().control("CustomInterface", name="x", to_name="t", outputs="a,b"),
        '<CustomInterface name="x" toName="t" outputs="a,b" />',
    ),
]


@pytest.mark.parametrize(("build", "xml"), [(b, x) for _, b, x in SPELT], ids=[i for i, _, _ in SPELT])
def test_attributes_in_any_case_are_written_as_label_studio_spells_them(
    build: Callable[[], LabelConfig | str], xml: str
) -> None:
    built = build()
    assert xml in (built if isinstance(built, str) else built.to_xml())


def test_a_hotkey_given_in_python_spelling_is_seen_by_the_duplicate_check() -> None:
    # hot_key used to be written as hotKey, which the duplicate-hotkey checks (reading "hotkey") did not see.
    with pytest.raises(InvalidInputError, match="hotkey 'P' of label 'ORG' is already the hotkey of"):
        LabelConfig.ner("n", {"PER": {"hotkey": "p"}, "ORG": {"hot_key": "P"}})
    with pytest.raises(InvalidInputError, match="hotkey 'p' of label 'ORG' is already the hotkey of"):
        with_label(NER.replace('hotkey="p"', 'hotKey="p"'), "ner", "ORG", hot_key="p")


def test_refused_attributes_leave_the_config_unchanged() -> None:
    config = text()
    with pytest.raises(InvalidInputError):
        config.control("Choices", name="c", to_name="t", labels={"a": {"backgroud": "red"}})
    with pytest.raises(InvalidInputError):
        config.control("Choices", name="c", to_name="t", labels=["a"], choise="multiple")
    assert config.to_xml(indent=None) == '<View><Text name="t" value="$t" /></View>'  # the name "c" is still free
    config.control("Choices", name="c", to_name="t", labels=["a"])


def test_lookups() -> None:
    assert attribute_spelling("Label", "HOTKEY") == "hotkey"
    assert attribute_spelling("Choices", "allownested") == "allowNested"
    assert attribute_spelling("Label", "hotkeys") is None
    assert attribute_spelling("CustomInterface", "anything") == "anything"  # unchecked: taken as given
    assert attribute_spelling("Chioces", "anything") == "anything"  # not a tag: the tag check says so
    assert attribute_problem("Label", "Background") is None


def test_the_vendored_attributes_cover_what_the_builder_writes() -> None:
    assert set(ATTRIBUTES) | set(UNCHECKED) == set(TAGS)
    assert not set(ATTRIBUTES) & set(UNCHECKED)
    for tag, role in TAGS.items():
        if tag in UNCHECKED:
            continue
        written = {"control": ("name", "toName"), "object": ("name", "value"), "label": ("value",)}.get(role, ())
        assert all(name in ATTRIBUTES[tag] for name in written), tag
        child = label_tag_of(tag) if role == "control" else None
        if child is not None:
            assert {"value", "alias", "hotkey"} <= set(ATTRIBUTES[child])
    assert set(ATTRIBUTES["Header"]) >= {"value", "style"}
    for names in ATTRIBUTES.values():  # one spelling per name, as the editor tells names apart
        assert len({name.lower() for name in names}) == len(names)


def test_a_config_built_with_labels_attributes_parses_back() -> None:
    config = LabelConfig.ner("n", {"PER": {"background": "red", "hot_key": "p", "alias": "P"}})
    assert parse_label_config(config.to_xml()).control("n").labels == ("P",)

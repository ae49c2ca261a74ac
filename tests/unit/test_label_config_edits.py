"""Label-config edits act on exactly the label the user names, or refuse saying why: nested Taxonomy choices,
values repeated at other depths, aliases, hotkeys, the label tag of each control kind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from lsclient.core.errors import InvalidInputError
from lsclient.core.label_config import (
    LabelConfig,
    LabelConfigError,
    LabelPath,
    parse_label_config,
    unprotected_removals,
    with_label,
    without_label,
)

TEXT = '<Text name="t" value="$t"/>'
TAX = (
    f'<View>{TEXT}<Taxonomy name="tax" toName="t"><Choice value="A"/>'
    '<Choice value="B"><Choice value="B1"/></Choice></Taxonomy></View>'
)
TAX_ALIASES = (
    f'<View>{TEXT}<Taxonomy name="tax" toName="t"><Choice value="Bee" alias="B"><Choice value="B1"/></Choice>'
    '<Choice value="X" alias="Y"/><Choice value="Y"/></Taxonomy></View>'
)
NESTED_CHOICES = (
    f'<View>{TEXT}<Choices name="c" toName="t" allowNested="true"><Choice value="A"><Choice value="A1"/></Choice>'
    "</Choices></View>"
)
FLAT_CHOICES = f'<View>{TEXT}<Choices name="c" toName="t"><Choice value="A"/></Choices></View>'
NER = (
    f'<View>{TEXT}<Labels name="ner" toName="t"><Label value="Person" alias="PER" hotkey="P"/>'
    '<Label value="Org"/></Labels><Choices name="kind" toName="t"><Choice value="news" hotkey="n"/></Choices></View>'
)

Edit = Callable[[str], str]


@dataclass(frozen=True)
class Case:
    id: str
    xml: str
    edit: Edit
    control: str
    paths: tuple[LabelPath, ...] | None = None  # the control's label paths afterwards; None: unchanged xml
    error: str | None = None  # a regular expression the InvalidInputError matches


CASES = [
    # -- the example: a top-level add goes to the top level -----------------------------------------------
    Case("tax-add-top", TAX, lambda x: with_label(x, "tax", "C"), "tax", (("A",), ("B",), ("B", "B1"), ("C",))),
    Case("tax-add-top-B1", TAX, lambda x: with_label(x, "tax", "B1"), "tax", (("A",), ("B",), ("B", "B1"), ("B1",))),
    Case(
        "tax-add-under-B",
        TAX,
        lambda x: with_label(x, "tax", "B2", parent=("B",)),
        "tax",
        (("A",), ("B",), ("B", "B1"), ("B", "B2")),
    ),
    Case(
        "tax-add-under-B-as-str",
        TAX,
        lambda x: with_label(x, "tax", "B2", parent="B"),
        "tax",
        (("A",), ("B",), ("B", "B1"), ("B", "B2")),
    ),
    Case(
        "tax-add-under-leaf",
        TAX,
        lambda x: with_label(x, "tax", "A1", parent=["A"]),
        "tax",
        (("A",), ("A", "A1"), ("B",), ("B", "B1")),
    ),
    Case(
        "tax-add-two-deep",
        TAX,
        lambda x: with_label(x, "tax", "x", parent=("B", "B1")),
        "tax",
        (("A",), ("B",), ("B", "B1"), ("B", "B1", "x")),
    ),
    Case(
        "tax-add-empty-parent-is-top",
        TAX,
        lambda x: with_label(x, "tax", "C", parent=()),
        "tax",
        (("A",), ("B",), ("B", "B1"), ("C",)),
    ),
    Case("tax-add-existing-top", TAX, lambda x: with_label(x, "tax", "A"), "tax"),
    Case("tax-add-existing-nested", TAX, lambda x: with_label(x, "tax", "B1", parent="B"), "tax"),
    Case(
        "tax-parent-missing",
        TAX,
        lambda x: with_label(x, "tax", "C", parent="X"),
        "tax",
        error=r"parent=\('X',\): control 'tax' has no label 'X' at the top level \(labels there: 'A', 'B'\)",
    ),
    Case(
        "tax-parent-only-nested",
        TAX,
        lambda x: with_label(x, "tax", "C", parent="B1"),
        "tax",
        error=r"parent=\('B1',\): control 'tax' has no label 'B1' at the top level",
    ),
    Case(
        "tax-parent-missing-deeper",
        TAX,
        lambda x: with_label(x, "tax", "C", parent=("B", "Q")),
        "tax",
        error=r"no label 'Q' under B \(labels there: 'B1'\)",
    ),
    Case(
        "tax-parent-empty-step",
        TAX,
        lambda x: with_label(x, "tax", "C", parent=("B", "")),
        "tax",
        error="every step must be a non-empty label value",
    ),
    Case(
        "tax-parent-not-a-path",
        TAX,
        lambda x: with_label(x, "tax", "C", parent=5),
        "tax",  # type: ignore[arg-type]
        error="parent must be a label value or a sequence of them",
    ),
    Case(
        "tax-parent-by-alias",
        TAX_ALIASES,
        lambda x: with_label(x, "tax", "B2", parent="B"),
        "tax",
        (("B",), ("B", "B1"), ("B", "B2"), ("Y",), ("Y",)),
    ),
    Case(
        "tax-parent-by-value-of-aliased",
        TAX_ALIASES,
        lambda x: with_label(x, "tax", "B2", parent="Bee"),
        "tax",
        (("B",), ("B", "B1"), ("B", "B2"), ("Y",), ("Y",)),
    ),
    Case(
        "tax-parent-ambiguous",
        TAX_ALIASES,
        lambda x: with_label(x, "tax", "z", parent="Y"),
        "tax",
        error=r"'Y' is the value or alias of 2 labels at the top level of control 'tax' \(<Choice value=\"X\">, "
        r"<Choice value=\"Y\">\)",
    ),
    # -- removing: exactly the choice named, at the level named ---------------------------------------------------
    Case("tax-remove-nested", TAX, lambda x: without_label(x, "tax", "B1", parent="B"), "tax", (("A",), ("B",))),
    Case(
        "tax-remove-nested-without-parent",
        TAX,
        lambda x: without_label(x, "tax", "B1"),
        "tax",
        error=r"no label 'B1' at the top level; it has one under B \(parent=\('B',\)\)",
    ),
    Case("tax-remove-subtree", TAX, lambda x: without_label(x, "tax", "B"), "tax", (("A",),)),
    Case("tax-remove-absent", TAX, lambda x: without_label(x, "tax", "Z"), "tax"),
    Case(
        "tax-remove-top-keeps-nested-twin",
        with_label(TAX, "tax", "B1"),
        lambda x: without_label(x, "tax", "B1"),
        "tax",
        (("A",), ("B",), ("B", "B1")),
    ),
    Case(
        "tax-remove-nested-keeps-top-twin",
        with_label(TAX, "tax", "B1"),
        lambda x: without_label(x, "tax", "B1", parent="B"),
        "tax",
        (("A",), ("B",), ("B1",)),
    ),
    Case("tax-remove-by-alias", TAX_ALIASES, lambda x: without_label(x, "tax", "B"), "tax", (("Y",), ("Y",))),
    Case(
        "tax-remove-ambiguous",
        TAX_ALIASES,
        lambda x: without_label(x, "tax", "Y"),
        "tax",
        error="'Y' is the value or alias of 2 labels at the top level",
    ),
    Case(
        "tax-remove-bad-parent",
        TAX,
        lambda x: without_label(x, "tax", "B1", parent="Q"),
        "tax",
        error=r"parent=\('Q',\): control 'tax' has no label 'Q'",
    ),
    # -- nested Choices: only with allowNested="true" --------------------------------------------------------------
    Case(
        "choices-nested-add",
        NESTED_CHOICES,
        lambda x: with_label(x, "c", "A2", parent="A"),
        "c",
        (("A",), ("A", "A1"), ("A", "A2")),
    ),
    Case(
        "choices-nested-add-top",
        NESTED_CHOICES,
        lambda x: with_label(x, "c", "A1"),
        "c",
        (("A",), ("A", "A1"), ("A1",)),
    ),
    Case(
        "choices-flat-parent",
        FLAT_CHOICES,
        lambda x: with_label(x, "c", "A1", parent="A"),
        "c",
        error=r'is a <Choices> without allowNested="true" \(Label Studio leaves its nested choices out of '
        r"annotations\)",
    ),
    Case(
        "labels-parent",
        NER,
        lambda x: with_label(x, "ner", "x", parent="Org"),
        "ner",
        error="a <Labels>, whose labels do not nest",
    ),
    # -- values and aliases: told apart among siblings -------------------------------------------------------------
    Case("alias-same-label", NER, lambda x: with_label(x, "ner", "Person", alias="PER", hotkey="P"), "ner"),
    Case(
        "alias-value-only",
        NER,
        lambda x: with_label(x, "ner", "Person"),
        "ner",
        error=r"already has <Label value=\"Person\"> \(alias 'PER'\) at the top level: a label with value 'Person' "
        r"would share 'Person' with it",
    ),
    Case(
        "alias-as-value",
        NER,
        lambda x: with_label(x, "ner", "PER"),
        "ner",
        error=r"a label with value 'PER' would share 'PER'",
    ),
    Case(
        "alias-taken",
        NER,
        lambda x: with_label(x, "ner", "Personal", alias="PER"),
        "ner",
        error=r"value 'Personal' and alias 'PER' would share 'PER'",
    ),
    Case(
        "alias-is-another-value",
        NER,
        lambda x: with_label(x, "ner", "Organisation", alias="Org"),
        "ner",
        error=r"already has <Label value=\"Org\"> at the top level",
    ),
    Case(
        "alias-new", NER, lambda x: with_label(x, "ner", "Location", alias="LOC"), "ner", (("PER",), ("Org",), ("LOC",))
    ),
    Case(
        "same-label-other-attributes",
        NER,
        lambda x: with_label(x, "ner", "Org", background="red"),
        "ner",
        error=r"already has the label 'Org' at the top level, without background='red'",
    ),
    # -- hotkeys: one per config, letters in any case ---------------------------------------------------------------
    Case(
        "hotkey-taken-other-case",
        NER,
        lambda x: with_label(x, "ner", "Loc", hotkey="p"),
        "ner",
        error=r"hotkey 'p' of label 'Loc' is already the hotkey of <Label value=\"Person\">",
    ),
    Case(
        "hotkey-taken-other-control",
        NER,
        lambda x: with_label(x, "ner", "Loc", hotkey="n"),
        "ner",
        error=r"already the hotkey of <Choice value=\"news\">",
    ),
    Case("hotkey-free", NER, lambda x: with_label(x, "ner", "Loc", hotkey="l"), "ner", (("PER",), ("Org",), ("Loc",))),
    # -- the control named, and its label tag ----------------------------------------------------------------------
    Case(
        "no-such-control",
        TAX,
        lambda x: with_label(x, "taxo", "C"),
        "tax",
        error=r"no control tag named 'taxo'; control tags: 'tax' \(Taxonomy\)",
    ),
    Case(
        "misspelt-control",
        f'<View>{TEXT}<Chioces name="c" toName="t"><Choice value="a"/></Chioces></View>',
        lambda x: with_label(x, "c", "b"),
        "c",
        error=r"control 'c': <Chioces name=\"c\"> is not a Label Studio tag; did you mean <Choices>\?",
    ),
    Case(
        "no-labels",
        f'<View>{TEXT}<TextArea name="n" toName="t"/></View>',
        lambda x: with_label(x, "n", "b"),
        "n",
        error="is a TextArea, which has no labels to add to",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_edit(case: Case) -> None:
    if case.error is not None:
        with pytest.raises(InvalidInputError, match=case.error):
            case.edit(case.xml)
        return
    edited = case.edit(case.xml)
    if case.paths is None:
        assert edited is case.xml
        return
    parsed = parse_label_config(edited)
    assert parsed.control(case.control).label_paths == case.paths
    assert parsed.problems == ()
    # Nothing else moved: the other controls and the objects are as they were.
    before = parse_label_config(case.xml)
    assert [c for c in parsed.controls if c.name != case.control] == [
        c for c in before.controls if c.name != case.control
    ]
    assert parsed.objects == before.objects


@pytest.mark.parametrize(
    ("control_tag", "label_tag"),
    [
        ("Choices", "Choice"),
        ("Taxonomy", "Choice"),
        ("Labels", "Label"),
        ("RectangleLabels", "Label"),
        ("HyperTextLabels", "Label"),
        ("TimeSeriesLabels", "Label"),
    ],
)
def test_each_control_gets_its_own_label_tag(control_tag: str, label_tag: str) -> None:
    obj = {"RectangleLabels": "Image", "HyperTextLabels": "HyperText", "TimeSeriesLabels": "TimeSeries"}.get(
        control_tag, "Text"
    )
    xml = f'<View><{obj} name="o" value="$o"/><{control_tag} name="c" toName="o"/></View>'
    edited = with_label(xml, "c", "x")
    assert f'<{control_tag} name="c" toName="o"><{label_tag} value="x" /></{control_tag}>' in edited
    assert parse_label_config(edited).problems == ()


INDENTED_TAX = """<View>
  <Text name="t" value="$t"/>
  <Taxonomy name="tax" toName="t">
    <Choice value="A"/>
    <Choice value="B">
      <Choice value="B1"/>
    </Choice>
  </Taxonomy>
</View>"""


def test_nested_edits_keep_the_layout() -> None:
    assert with_label(INDENTED_TAX, "tax", "C") == (
        "<View>\n"
        '  <Text name="t" value="$t" />\n'
        '  <Taxonomy name="tax" toName="t">\n'
        '    <Choice value="A" />\n'
        '    <Choice value="B">\n'
        '      <Choice value="B1" />\n'
        "    </Choice>\n"
        '    <Choice value="C" />\n'
        "  </Taxonomy>\n"
        "</View>"
    )
    under_a = with_label(INDENTED_TAX, "tax", "A1", parent="A")
    assert '    <Choice value="A">\n      <Choice value="A1" />\n    </Choice>\n    <Choice value="B">' in under_a
    assert without_label(under_a, "tax", "A1", parent="A") == with_label(INDENTED_TAX, "tax", "C").replace(
        '    <Choice value="C" />\n', ""
    )
    assert '    <Choice value="B" />\n  </Taxonomy>' in without_label(INDENTED_TAX, "tax", "B1", parent="B")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (TAX, with_label(TAX, "tax", "C"), {}),  # nothing removed
        (TAX, without_label(TAX, "tax", "B1", parent="B"), {}),  # B1 is gone everywhere: the server checks it
        (
            with_label(TAX, "tax", "B1"),
            without_label(with_label(TAX, "tax", "B1"), "tax", "B1", parent="B"),
            {"tax": (("B", "B1"),)},
        ),
        (with_label(TAX, "tax", "B1"), without_label(with_label(TAX, "tax", "B1"), "tax", "B1"), {"tax": (("B1",),)}),
        # B1 moved from under B to the top level: annotations of ["B", "B1"] would point at nothing
        (TAX, with_label(without_label(TAX, "tax", "B1", parent="B"), "tax", "B1"), {"tax": (("B", "B1"),)}),
        (
            NESTED_CHOICES,
            with_label(without_label(NESTED_CHOICES, "c", "A1", parent="A"), "c", "A1"),
            {"c": (("A", "A1"),)},
        ),
        # nested Choices: the server cannot check any path (it counts ["A", "A1"] as the label "['A', 'A1']")
        (NESTED_CHOICES, without_label(NESTED_CHOICES, "c", "A"), {"c": (("A",), ("A", "A1"))}),
        # flat controls hold values, not paths: the server's check is exact there
        (NER, without_label(NER, "ner", "Org"), {}),
        (TAX, without_label(TAX, "tax", "A").replace("Taxonomy", "Choices"), {}),  # the control changes kind
    ],
    ids=[
        "add",
        "gone-everywhere",
        "nested-twin-kept",
        "top-twin-kept",
        "moved-up",
        "nested-choices-moved",
        "nested-choices-gone",
        "flat",
        "taxonomy-to-flat-choices",
    ],
)
def test_unprotected_removals(old: str, new: str, expected: dict[str, tuple[LabelPath, ...]]) -> None:
    assert unprotected_removals(old, new) == expected


# -- the builder refuses the same mistakes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "error"),
    [
        (
            lambda: LabelConfig().control("Chioces", name="c", to_name="t"),
            r"<Chioces> is not a Label Studio tag; "
            r"did you mean <Choices>\?",
        ),
        (lambda: LabelConfig().control("choices", name="c", to_name="t"), r"<choices> is spelt <Choices>"),
        (
            lambda: LabelConfig().control("Text", name="c", to_name="t"),
            r"<Text> is not a control tag of Label "
            r"Studio; add it with \.object\(\)",
        ),
        (
            lambda: LabelConfig().object("Labels", name="c", value="$t"),
            r"<Labels> is not an object tag of Label "
            r"Studio; add it with \.control\(\)",
        ),
        (lambda: LabelConfig().object("Imgae", name="i", value="$i"), r"did you mean <Image>\?"),
        (
            lambda: LabelConfig.ner("n", {"Person": {"alias": "PER"}, "PER": {}}),
            "labels 'Person' and 'PER' would both be 'PER'",
        ),
        (
            lambda: LabelConfig.ner("n", {"a": {"hotkey": "x"}, "b": {"hotkey": "X"}}),
            "hotkey 'X' of label 'b' is already the hotkey of label 'a' of control 'n'",
        ),
        (
            lambda: LabelConfig.ner("n", {"a": {"hotkey": "x"}}).control(
                "Choices", name="c", to_name="text", labels={"b": {"hotkey": "x"}}
            ),
            "already the hotkey of label 'a'",
        ),
        (
            lambda: (
                LabelConfig()
                .object("Text", name="t", value="$t")
                .control("RectangleLabels", name="r", to_name="t", labels=["car"])
                .to_xml()
            ),
            r"<RectangleLabels name=\"r\"> points at <Text name=\"t\">, but a "
            r"<RectangleLabels> can only label <Image>",
        ),
    ],
    ids=[
        "misspelt",
        "lower-case",
        "object-as-control",
        "control-as-object",
        "misspelt-object",
        "alias-clash",
        "hotkey-twice",
        "hotkey-across-controls",
        "wrong-object",
    ],
)
def test_builder_refuses(build: Callable[[], object], error: str) -> None:
    with pytest.raises(InvalidInputError, match=error):
        build()


def test_builder_error_type_for_editor_rules() -> None:
    with pytest.raises(LabelConfigError) as caught:
        LabelConfig().object("Text", name="t", value="$t").control("PolygonLabels", name="p", to_name="t").to_xml()
    assert caught.value.problems == (
        '<PolygonLabels name="p"> points at <Text name="t">, but a <PolygonLabels> can only label <Image>',
    )

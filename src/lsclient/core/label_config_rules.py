"""What Label Studio's labeling editor requires of a label config, checked without a server.

Label Studio's server stores configs that its editor then refuses to render: an unknown tag (``<Chioces>``), a
control without ``toName``, a ``<Choice>`` outside any ``<Choices>``. :func:`config_problems` finds these with the
editor's own tag set (:mod:`lsclient.core.ls_tags`, vendored from the pinned release) and describes each one:

>>> import xml.etree.ElementTree as ET
>>> config_problems(ET.fromstring('<View><Text name="t" value="$t"/><Chioces name="c" toName="t"/></View>'))
['<Chioces name="c"> is not a Label Studio tag; did you mean <Choices>?']

The rules, each from the editor or the server of Label Studio 1.23.2:

* the root tag is ``<View>``;
* every tag is one the editor registers, spelt as Label Studio spells it (the editor ignores case, but the server's
  parser does not: a ``<choice>`` is not counted as a label, so the labels that annotations use go unprotected);
  inside ``<HyperText>`` anything goes (it is HTML);
* a control tag has ``name`` and ``toName`` (without them the server does not count it as a control), and a
  control that can only label certain object tags points at one of them (``RectangleLabels`` labels an ``Image``);
* an object tag has ``name`` and ``value`` (or ``valueList``), except a ``<HyperText>`` used as markup;
* a ``<Label>`` / ``<Choice>`` has a ``value``; a ``<Choice>`` is inside ``<Choices>`` or ``<Taxonomy>``; a
  ``<Label>`` is not inside ``<Choices>`` or ``<Taxonomy>`` (they take ``<Choice>``).

Whether ``toName`` names an existing tag, and whether names are unique, the server checks itself.

Attribute names are checked apart (:func:`attribute_spelling`, :func:`attribute_problems`), with each tag's attributes
as the editor reads them (:mod:`lsclient.core.ls_tag_attributes`): the editor drops an attribute its tag does not
have without a word, so a misspelt one (``backgroud``) leaves annotators with the default. lsclient checks the
attributes it is given to write (the :class:`~lsclient.core.label_config.LabelConfig` builder, ``with_label``), not
those of a config given as text, which Label Studio's own templates show to hold ignored attributes:

>>> attribute_problems(ET.fromstring('<View><Text name="t" value="$t" hightlightColor="red"/></View>'))
['<Text name="t">: hightlightColor is not an attribute of <Text> (Label Studio 1.23.2 ignores it); did you \
mean highlightColor?']
"""

from __future__ import annotations

import difflib
import xml.etree.ElementTree as ET

from .ls_tag_attributes import ATTRIBUTES
from .ls_tags import ENTERPRISE_TAGS, LABEL_STUDIO_VERSION, PARENT_TYPES, TAGS, TO_NAME_TYPES

__all__ = [
    "attribute_problem",
    "attribute_problems",
    "attribute_spelling",
    "config_problems",
    "describe",
    "is_control",
    "label_tag_of",
    "tag_problem",
]

# Tags with name + toName that are not controls (Label Studio's parser makes the same exception).
_NOT_CONTROL_TAGS = frozenset({"Filter"})
_BY_LOWER = {tag.lower(): tag for tag in TAGS}
# Object tags whose content is HTML rather than tags, and which may go without name and value (as markup).
_HTML_TAGS = frozenset({"HyperText"})
# {tag: {lower-cased attribute: Label Studio's spelling}}: the editor lower-cases attribute names before reading them.
_ATTRIBUTES = {tag: {name.lower(): name for name in names} for tag, names in ATTRIBUTES.items()}


def is_control(element: ET.Element) -> bool:
    """Whether the server counts this element as a control tag: it has ``name`` and ``toName`` (and is no
    ``Filter``), whatever its tag."""
    return (
        isinstance(element.tag, str)
        and bool(element.get("name"))
        and bool(element.get("toName"))
        and element.tag not in _NOT_CONTROL_TAGS
    )


def label_tag_of(control_type: str) -> str | None:
    """The tag of one label of a control of this type (``Choice`` for ``Choices`` and ``Taxonomy``, ``Label`` for
    the ``*Labels`` tags), or None if it takes no labels or is no control tag of Label Studio."""
    if control_type in ("Choices", "Taxonomy"):
        return "Choice"
    if TAGS.get(control_type) == "control" and control_type.endswith("Labels"):
        return "Label"
    return None


def describe(element: ET.Element) -> str:
    """``<Choices name="c">``: the tag and its ``name`` (or ``value``), as a user finds it in the XML."""
    for attribute in ("name", "value"):
        if element.get(attribute) is not None:
            return f'<{element.tag} {attribute}="{element.get(attribute)}">'
    return f"<{element.tag}>"


def tag_problem(tag: str) -> str | None:
    """Why ``tag`` is not a tag of Label Studio's editor (with the likely intended tag), or None if it is one.

    >>> tag_problem("Choices") is None
    True
    >>> tag_problem("textarea")
    'is spelt <TextArea> in Label Studio (its server reads tags case-sensitively)'
    >>> tag_problem("Chat")
    'is a Label Studio Enterprise tag, which Label Studio 1.23.2 (Community) does not know'
    >>> tag_problem("Rectangel")
    'is not a Label Studio tag; did you mean <Rectangle>?'
    """
    if tag in TAGS:
        return None
    if tag.lower() in _BY_LOWER:
        return f"is spelt <{_BY_LOWER[tag.lower()]}> in Label Studio (its server reads tags case-sensitively)"
    if tag in ENTERPRISE_TAGS:
        return f"is a Label Studio Enterprise tag, which Label Studio {LABEL_STUDIO_VERSION} (Community) does not know"
    close = difflib.get_close_matches(tag.lower(), _BY_LOWER, n=1, cutoff=0.6)
    hint = f"; did you mean <{_BY_LOWER[close[0]]}>?" if close else f" (Label Studio {LABEL_STUDIO_VERSION})"
    return "is not a Label Studio tag" + hint


def config_problems(root: ET.Element) -> list[str]:
    """Everything in the config rooted at ``root`` that Label Studio's editor would refuse, one sentence each, in
    document order (empty when there is nothing to say). Comments and processing instructions are ignored."""
    problems: list[str] = []
    if root.tag != "View":
        problems.append(f"the root tag must be <View>, not <{root.tag}>")
    named = {element.get("name"): element for element in root.iter() if isinstance(element.tag, str)}

    def visit(element: ET.Element, ancestors: tuple[str, ...], control: ET.Element | None, doubt: bool) -> None:
        # doubt: an enclosing tag is unknown, so what it would allow inside cannot be told (and is not reported).
        if not isinstance(element.tag, str):
            return
        tag = element.tag
        unknown = tag_problem(tag)
        if unknown is not None:
            problems.append(f"{describe(element)} {unknown}")
            doubt = True
        role = TAGS.get(tag)
        if role == "control":
            problems.extend(_control_problems(element, named))
        elif role == "object" and not (tag in _HTML_TAGS and element.get("name") is None):
            missing = [a for a in ("name", "value") if not element.get(a) and not _has_value_list(element, a)]
            if missing:
                example = ' (e.g. value="$text")' if "value" in missing else ""
                problems.append(f"{describe(element)} needs {' and '.join(missing)}{example}")
        elif role == "label":
            if not element.get("value"):
                problems.append(f"{describe(element)} needs a value")
            if control is not None and tag == "Label" and control.tag in ("Choices", "Taxonomy"):
                problems.append(f"{describe(element)} is inside {describe(control)}, which takes <Choice>, not <Label>")
        parents = PARENT_TYPES.get(tag)
        if parents and not doubt and not set(parents) & set(ancestors):
            inside = " or ".join(f"<{p}>" for p in parents)
            problems.append(f"{describe(element)} must be inside {inside}")
        if tag in _HTML_TAGS:
            return  # its content is HTML, not tags
        inner = element if is_control(element) else control
        for child in element:
            visit(child, (*ancestors, tag), inner, doubt)

    visit(root, (), None, False)
    return problems


def _has_value_list(element: ET.Element, attribute: str) -> bool:
    return attribute == "value" and bool(element.get("valueList"))


def _control_problems(element: ET.Element, named: dict[str | None, ET.Element]) -> list[str]:
    missing = [a for a in ("name", "toName") if not element.get(a)]
    if missing:
        why = " (the name of the object tag it labels)" if "toName" in missing else ""
        return [f"{describe(element)} needs {' and '.join(missing)}{why}"]
    allowed = TO_NAME_TYPES.get(element.tag)
    if allowed is None:
        return []
    problems = []
    for target in element.get("toName", "").split(","):
        labelled = named.get(target)
        if labelled is not None and labelled.tag not in allowed:
            kinds = " or ".join(f"<{a}>" for a in allowed)
            problems.append(
                f"{describe(element)} points at {describe(labelled)}, but a <{element.tag}> can only label {kinds}"
            )
    return problems


def attribute_spelling(tag: str, name: str) -> str | None:
    """Label Studio's spelling of the attribute ``name`` of ``tag``, found as the editor finds it (in any case), or
    None if the editor does not read it. A tag whose attributes are not vendored (not Label Studio's, or listed in
    :data:`lsclient.core.ls_tag_attributes.UNCHECKED`) takes any name, as given.

    >>> attribute_spelling("Label", "hotKey"), attribute_spelling("Choices", "showinline")
    ('hotkey', 'showInline')
    >>> attribute_spelling("Label", "hotkeys") is None
    True
    """
    known = _ATTRIBUTES.get(tag)
    if known is None:
        return name
    return known.get(name.lower())


def attribute_problem(tag: str, name: str) -> str | None:
    """Why ``name`` is not an attribute of ``tag`` (with the likely intended ones), or None if it is one (in any
    case: the editor ignores case).

    >>> attribute_problem("Label", "backgroud")
    'backgroud is not an attribute of <Label> (Label Studio 1.23.2 ignores it); did you mean background?'
    >>> attribute_problem("Label", "HotKey") is None
    True
    """
    if attribute_spelling(tag, name) is not None:
        return None
    known = _ATTRIBUTES[tag]
    close = difflib.get_close_matches(name.lower(), known, n=3, cutoff=0.75)
    if close:
        hint = "; did you mean " + " or ".join(known[c] for c in close) + "?"
    else:
        documented = [name for name, is_documented in ATTRIBUTES[tag].items() if is_documented]
        listed = ", ".join(sorted(documented or ATTRIBUTES[tag], key=str.lower)) or "none"
        hint = f"; its {'documented ' if documented else ''}attributes: {listed}"
    return f"{name} is not an attribute of <{tag}> (Label Studio {LABEL_STUDIO_VERSION} ignores it){hint}"


def attribute_problems(root: ET.Element) -> list[str]:
    """Every attribute in the config rooted at ``root`` that Label Studio's editor ignores, one sentence each, in
    document order. Tags that are not Label Studio's are left to :func:`config_problems`, and what is inside a
    ``<HyperText>`` is HTML."""
    problems: list[str] = []

    def visit(element: ET.Element) -> None:
        if not isinstance(element.tag, str):
            return
        for name in element.attrib:
            problem = attribute_problem(element.tag, name)
            if problem is not None:
                problems.append(f"{describe(element)}: {problem}")
        if element.tag not in _HTML_TAGS:
            for child in element:
                visit(child)

    visit(root)
    return problems

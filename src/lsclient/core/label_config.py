"""Label configs without a server: build Label Studio's labeling XML, read it back, edit its labels.

A *label config* is the XML that tells Label Studio what to show (**object tags**: ``Text``, ``Image``, ``Audio``...,
each reading one field of the task data, ``value="$text"``) and what to collect (**control tags**: ``Choices``,
``Labels``, ``RectangleLabels``, ``TextArea``..., each pointing at an object tag through ``toName``).

Build one, from a ready-made interface or tag by tag:

>>> config = LabelConfig.text_classification("sentiment", ["positive", "negative"])
>>> print(config)
<View>
  <Text name="text" value="$text" />
  <Choices name="sentiment" toName="text" choice="single" showInline="true">
    <Choice value="positive" />
    <Choice value="negative" />
  </Choices>
</View>
>>> same = (
...     LabelConfig()
...     .object("Text", name="text", value="$text")
...     .control("Choices", name="sentiment", to_name="text", labels=["positive", "negative"],
...              choice="single", show_inline=True)
... )
>>> same.to_xml() == config.to_xml()
True

Read one (a project's ``label_config``, or any XML):

>>> parsed = parse_label_config(config.to_xml())
>>> parsed.control("sentiment").labels
('positive', 'negative')
>>> parsed.data_keys
('text',)

Change one without re-serialising by hand (the rest of the XML, comments included, is kept):

>>> print(with_label('<View><Text name="t" value="$t"/><Labels name="ner" toName="t"><Label value="PER"/></Labels>'
...                  '</View>', "ner", "ORG", background="#ffa500"))
<View><Text name="t" value="$t" /><Labels name="ner" toName="t"><Label value="PER" /><Label value="ORG" \
background="#ffa500" /></Labels></View>

Attribute names are checked against the tag's attributes in Label Studio's editor, which drops any other without a
word (:func:`~lsclient.core.label_config_rules.attribute_spelling`); they match in any case, as in the editor, and
are written as Label Studio spells them:

>>> LabelConfig.ner("ner", {"PER": {"backgroud": "red"}})
Traceback (most recent call last):
...
lsclient.core.errors.InvalidInputError: backgroud is not an attribute of <Label> (Label Studio 1.23.2 ignores it); \
did you mean background?
>>> print(LabelConfig.ner("ner", {"PER": {"hot_key": "p"}}, text_field="t").to_xml(indent=None))
<View><Labels name="ner" toName="t"><Label value="PER" hotkey="p" /></Labels><Text name="t" value="$t" /></View>

In a nested control (a ``Taxonomy``) labels are named where they sit: at the top level, or under ``parent=``
(``with_label(xml, "tax", "B2", parent="B")`` adds ``B2`` under ``B``; ``parent=("B", "B1")`` goes one deeper).

Check one against Label Studio's tag set (:mod:`lsclient.core.label_config_rules`), as lsclient does before it
sends any config:

>>> check_label_config('<View><Text name="t" value="$t"/><Chioces name="c" toName="t"/></View>')
Traceback (most recent call last):
...
lsclient.core.label_config.LabelConfigError: the label config would not work in Label Studio 1.23.2: \
<Chioces name="c"> is not a Label Studio tag; did you mean <Choices>?

Nothing here sends a request. On the server (:mod:`lsclient.core._async.label_configs` and its sync twin),
``validate_label_config(client, xml)`` asks Label Studio whether a config is acceptable (for a new project, or for
an existing one, where it also checks the annotations already made), ``project.set_label_config(config)`` validates
and then saves, and ``project.add_label(control, label)`` / ``project.remove_label(control, label)`` add or remove
one choice or label of a live project without invalidating anything.
"""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Self, TypeAlias
from xml.parsers import expat

from .arguments import check_text
from .errors import InvalidInputError, InvalidTypeError
from .label_config_rules import (
    attribute_problem,
    attribute_spelling,
    config_problems,
    describe,
    is_control,
    label_tag_of,
    tag_problem,
)
from .ls_tag_attributes import ATTRIBUTES
from .ls_tags import LABEL_STUDIO_VERSION, TAGS

__all__ = [
    "AttrValue",
    "ControlTag",
    "LabelConfig",
    "LabelConfigError",
    "LabelConfigSyntaxError",
    "LabelPath",
    "LabelSpec",
    "ObjectTag",
    "ParsedConfig",
    "check_label_config",
    "config_text",
    "parse_label_config",
    "unprotected_removals",
    "with_label",
    "without_label",
]

#: an XML attribute value as given in Python: booleans become ``"true"``/``"false"``, numbers their text
AttrValue: TypeAlias = str | int | float | bool
#: the labels of a control: values in order, or ``{value: {attribute: value}}`` for per-label attributes (attributes
#: of its ``<Label>`` / ``<Choice>`` tags, checked like keyword attributes)
LabelSpec: TypeAlias = Iterable[str] | Mapping[str, Mapping[str, AttrValue]]
#: where a label sits in a nested control (``Taxonomy``): the values from the top level down, ``("B", "B1")``
LabelPath: TypeAlias = tuple[str, ...]

# Tags that hold one label of their control (Label, Choice, Relation: Label Studio's parse_config uses the same set).
_LABEL_TAGS = frozenset(tag for tag, role in TAGS.items() if role == "label")
_TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# toName is split on commas by the server, so a name must not contain one; whitespace would never match either.
_BAD_NAME = re.compile(r"[\s,]")
_VARIABLE = re.compile(r"\$\w+")
#: The deepest nesting of tags accepted (real configs nest a few levels; reading one walks it recursively).
MAX_DEPTH = 100


class LabelConfigSyntaxError(InvalidInputError):
    """The label config is not well-formed XML.

    :ivar line: 1-based line of the error.
    :ivar column: 1-based column of the error.
    :ivar reason: the XML parser's explanation, e.g. ``"mismatched tag"``.
    """

    def __init__(self, reason: str, line: int, column: int) -> None:
        self.reason = reason
        self.line = line
        self.column = column
        super().__init__(f"the label config is not well-formed XML: {reason} at line {line}, column {column}")


class LabelConfigError(InvalidInputError):
    """The label config is well-formed XML, but Label Studio's editor would refuse it: an unknown or misspelt tag,
    a control without ``toName``, a ``<Choice>`` outside ``<Choices>``... Raised before any request.

    Label Studio's server stores such a config without a word; the annotators then see an error instead of the
    labeling interface. The rules: :mod:`lsclient.core.label_config_rules`.

    :ivar problems: one sentence per problem, e.g. ``'<Chioces name="c"> is not a Label Studio tag; did you mean
        <Choices>?'``.
    """

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            f"the label config would not work in Label Studio {LABEL_STUDIO_VERSION}: " + "; ".join(self.problems)
        )


# -- the parsed form -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ControlTag:
    """A control tag: what annotators produce (``Choices``, ``Labels``, ``RectangleLabels``, ``TextArea``...).

    :ivar name: its ``name`` (the ``from_name`` of annotation results).
    :ivar type: the tag, e.g. ``"Choices"``.
    :ivar to_name: the object tag name(s) it labels (``toName``, split on commas).
    :ivar labels: its choice / label values in document order (``alias`` when a label has one, like the server),
        each once: the choices of a nested ``Taxonomy`` at every depth, as the server lists them.
    :ivar attrs: all its XML attributes, as written.
    :ivar dynamic_labels: its labels come from the task data (``value="$field"``) rather than the config.
    :ivar label_paths: where each label sits, in document order: ``("B", "B1")`` is the choice ``B1`` under ``B``
        (values, or aliases where given: what a ``Taxonomy`` annotation holds); a label of a flat control is a
        path of one value.
    """

    name: str
    type: str
    to_name: tuple[str, ...]
    labels: tuple[str, ...] = ()
    attrs: Mapping[str, str] = field(default_factory=dict, hash=False)
    dynamic_labels: bool = False
    label_paths: tuple[LabelPath, ...] = field(default=(), repr=False)

    @property
    def nested(self) -> bool:
        """Whether its choices nest and its annotations hold choice paths (``[["B", "B1"]]``): a ``Taxonomy``, or
        ``Choices`` with ``allowNested="true"``."""
        return self.type == "Taxonomy" or (
            self.type == "Choices"
            and any(key.lower() == "allownested" and value == "true" for key, value in self.attrs.items())
        )


@dataclass(frozen=True)
class ObjectTag:
    """An object tag: what annotators look at (``Text``, ``Image``, ``Audio``, ``HyperText``...).

    :ivar name: its ``name`` (the ``to_name`` of annotation results).
    :ivar type: the tag, e.g. ``"Image"``.
    :ivar value: its ``value`` attribute as written (e.g. ``"$image"``), or its ``valueList`` if it has no ``value``.
    :ivar data_key: the task data field it reads (``"image"``), or None if the value names no field.
    :ivar value_type: its ``valueType`` attribute (``"url"``, ``"text"``...), if any.
    """

    name: str
    type: str
    value: str
    data_key: str | None = None
    value_type: str | None = None


@dataclass(frozen=True)
class ParsedConfig:
    """What a label config contains: its control tags, object tags and the task data keys it reads.

    >>> parsed = parse_label_config(
    ...     '<View><Image name="img" value="$image"/>'
    ...     '<RectangleLabels name="box" toName="img"><Label value="car"/><Label value="bus"/></RectangleLabels></View>'
    ... )
    >>> parsed.control("box")
    ControlTag(name='box', type='RectangleLabels', to_name=('img',), labels=('car', 'bus'), \
attrs={'name': 'box', 'toName': 'img'}, dynamic_labels=False)
    >>> parsed.labels
    {'box': ('car', 'bus')}
    >>> [obj.data_key for obj in parsed.objects]
    ['image']

    :ivar controls: control tags in document order.
    :ivar objects: object tags in document order.
    :ivar data_keys: the task ``data`` keys the config reads from named tags, in order; Label Studio refuses to
        import a task that lacks one of them.
    :ivar xml: the XML text that was parsed.
    :ivar problems: what Label Studio's editor would refuse in it (unknown or misspelt tags, missing ``toName``...),
        one sentence each; empty for a config that works. :meth:`check` raises them.
    """

    controls: tuple[ControlTag, ...]
    objects: tuple[ObjectTag, ...]
    data_keys: tuple[str, ...]
    xml: str = field(repr=False)
    problems: tuple[str, ...] = ()

    def check(self) -> Self:
        """Return self if the config has no :attr:`problems`.

        >>> parse_label_config('<View><Text name="t" value="$t"/><Chioces name="c" toName="t"/></View>').check()
        Traceback (most recent call last):
        ...
        lsclient.core.label_config.LabelConfigError: the label config would not work in Label Studio 1.23.2: \
<Chioces name="c"> is not a Label Studio tag; did you mean <Choices>?

        :raises LabelConfigError: (an :class:`InvalidInputError`) it has problems; ``problems`` lists them.
        """
        if self.problems:
            raise LabelConfigError(self.problems)
        return self

    @property
    def control_names(self) -> tuple[str, ...]:
        """The names of the control tags, in document order."""
        return tuple(control.name for control in self.controls)

    @property
    def labels(self) -> dict[str, tuple[str, ...]]:
        """``{control name: its labels}`` for every control tag (controls without labels map to ``()``)."""
        return {control.name: control.labels for control in self.controls}

    def control(self, name: str) -> ControlTag:
        """The control tag with this name. :raises InvalidInputError: there is none (the message lists them)."""
        for control in self.controls:
            if control.name == name:
                return control
        raise InvalidInputError(f"the label config has no control tag named {name!r}; {_listing(self.controls)}")

    def object(self, name: str) -> ObjectTag:
        """The object tag with this name. :raises InvalidInputError: there is none (the message lists them)."""
        for obj in self.objects:
            if obj.name == name:
                return obj
        names = ", ".join(f"{o.name!r} ({o.type})" for o in self.objects) or "none"
        raise InvalidInputError(f"the label config has no object tag named {name!r}; object tags: {names}")


def _listing(controls: Sequence[ControlTag]) -> str:
    names = ", ".join(f"{c.name!r} ({c.type})" for c in controls)
    return f"control tags: {names}" if names else "it has no control tags"


def parse_label_config(xml: str) -> ParsedConfig:
    """Parse a label config into its control tags, object tags and task data keys, without any request.

    Tags are classified the way Label Studio does: a tag with ``name`` and ``toName`` is a control (except
    ``Filter``); a tag with ``name`` and ``value`` (or ``valueList``) is an object; ``Label``/``Choice``/``Relation``
    tags belong to the nearest enclosing control. What Label Studio's editor would refuse (unknown or misspelt
    tags, a control without ``toName``...) is listed in :attr:`ParsedConfig.problems`, not raised: a config stored on
    a server can be read whatever it holds. :func:`check_label_config` raises them; whether every ``toName`` names a
    tag, the server checks (``validate_label_config``).

    >>> parse_label_config('<View><Text name="text" value="$text"/></View>').objects
    (ObjectTag(name='text', type='Text', value='$text', data_key='text', value_type=None),)
    >>> parse_label_config('<View><Text name="text" value="$text"/><Chioces name="c" toName="text"/></View>').problems
    ('<Chioces name="c"> is not a Label Studio tag; did you mean <Choices>?',)
    >>> parse_label_config('<View><Text name="text" value="$text"></View>')
    Traceback (most recent call last):
    ...
    lsclient.core.label_config.LabelConfigSyntaxError: the label config is not well-formed XML: mismatched tag \
at line 1, column 41

    :raises LabelConfigSyntaxError: (an :class:`InvalidInputError`) the XML is malformed; names line and column.
    :raises InvalidInputError: the config is empty or not a string, declares a DOCTYPE (refused before any entity
        is expanded), nests tags more than :data:`MAX_DEPTH` deep, or holds a lone surrogate.
    """
    root = _parse_xml(xml)
    controls: list[ControlTag] = []
    objects: list[ObjectTag] = []
    data_keys: dict[str, None] = {}
    control_labels: dict[str, dict[str, None]] = {}
    control_paths: dict[str, list[LabelPath]] = {}

    def visit(element: ET.Element, owner: str | None, path: LabelPath) -> None:
        if not isinstance(element.tag, str):  # comments and processing instructions
            return
        attrs = element.attrib
        name = attrs.get("name")
        if name and is_control(element):
            controls.append(
                ControlTag(
                    name=name,
                    type=element.tag,
                    to_name=tuple(attrs["toName"].split(",")),
                    attrs=dict(attrs),
                    dynamic_labels=bool(re.fullmatch(r"\$[A-Za-z_]+", attrs.get("value", ""))),
                )
            )
            control_labels.setdefault(name, {})
            control_paths.setdefault(name, [])
            owner, path = name, ()
        elif name and (attrs.get("value") or attrs.get("valueList")):
            raw = attrs.get("value") or attrs["valueList"]
            objects.append(
                ObjectTag(
                    name=name, type=element.tag, value=raw, data_key=_data_key(raw), value_type=attrs.get("valueType")
                )
            )
        if name and element.tag not in _LABEL_TAGS:
            for attribute in ("value", "valueList"):
                key = _data_key(attrs.get(attribute, ""))
                if key is not None:
                    data_keys.setdefault(key)
        if element.tag in _LABEL_TAGS and owner is not None:
            value = _label_id(element)
            if value:
                control_labels[owner].setdefault(value)
                path = (*path, value)
                control_paths[owner].append(path)
        for child in element:
            visit(child, owner, path)

    visit(root, None, ())
    return ParsedConfig(
        controls=tuple(
            ControlTag(
                name=c.name,
                type=c.type,
                to_name=c.to_name,
                labels=tuple(control_labels[c.name]),
                attrs=c.attrs,
                dynamic_labels=c.dynamic_labels,
                label_paths=tuple(control_paths[c.name]),
            )
            for c in controls
        ),
        objects=tuple(objects),
        data_keys=tuple(data_keys),
        xml=xml,
        problems=tuple(config_problems(root)),
    )


def check_label_config(config: str | LabelConfig) -> ParsedConfig:
    """Parse a config and make sure Label Studio's editor would accept it; no request is made.

    lsclient runs this before it sends a config anywhere (creating a project, ``update(label_config=...)``,
    ``set_label_config``, ``validate_label_config``): Label Studio's server itself stores a config with a misspelt
    tag, and the annotators then get an error instead of the labeling interface.

    >>> check_label_config('<View><Text name="text" value="$text"/><Choices name="c" toName="text">'
    ...                    '<Choice value="a"/></Choices></View>').control_names
    ('c',)
    >>> check_label_config('<View><Text name="text" value="$text"/><TextArea name="notes"/></View>')
    Traceback (most recent call last):
    ...
    lsclient.core.label_config.LabelConfigError: the label config would not work in Label Studio 1.23.2: \
<TextArea name="notes"> needs toName (the name of the object tag it labels)

    :raises LabelConfigError: (an :class:`InvalidInputError`) what the editor would refuse, every problem named.
    :raises LabelConfigSyntaxError: the XML is malformed.
    :raises InvalidInputError: the config is empty, or neither text nor a :class:`LabelConfig`.
    """
    return parse_label_config(config_text(config)).check()


def _data_key(value: str) -> str | None:
    """The task field a ``value`` attribute reads, as the server's ``extract_data_types`` derives it."""
    if len(value) > 1 and value.startswith("$"):
        return value[1:]
    match = _VARIABLE.search(value)
    return match.group(0)[1:] if match else None


def _parse_xml(xml: str) -> ET.Element:
    if not isinstance(xml, str):
        raise InvalidTypeError(f"a label config must be a string of XML, not {type(xml).__name__}")
    if not xml.strip():
        raise InvalidInputError("the label config is empty")
    check_text(xml, "the label config")
    _refuse_doctype(xml)
    # Comments and processing instructions are kept so that an edited config loses nothing but formatting quirks.
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
    try:
        parser.feed(xml)
        root = parser.close()
    except ET.ParseError as exc:
        line, column = exc.position
        reason = str(exc).split(":", 1)[0]
        raise LabelConfigSyntaxError(reason, line, column + 1) from None
    _check_depth(root)
    return root


class _Doctype(Exception):
    """Raised inside expat when the prolog declares a DOCTYPE."""


class _PrologEnd(Exception):
    """Raised inside expat at the root element: the prolog had no DOCTYPE."""


def _refuse_doctype(xml: str) -> None:
    """Refuse a DOCTYPE, before anything expands its entities.

    A DTD can declare entities that expand to gigabytes ("billion laughs") or read local files; a label config
    never needs one, and Label Studio itself refuses it (``DTDForbidden``). Only the prolog is read: expat stops at
    the root element.
    """
    parser = expat.ParserCreate()

    def doctype(name: str, *_: object) -> None:
        raise _Doctype(name)

    def root(*_: object) -> None:
        raise _PrologEnd

    parser.StartDoctypeDeclHandler = doctype
    parser.StartElementHandler = root
    try:
        parser.Parse(xml, True)
    except _Doctype:
        raise InvalidInputError(
            f"the label config declares a DOCTYPE (line {parser.CurrentLineNumber}, column "
            f"{parser.CurrentColumnNumber + 1}): not allowed, since its entities could expand without bound or read "
            "files; Label Studio refuses DTDs too"
        ) from None
    except (_PrologEnd, expat.ExpatError):
        return  # no DOCTYPE; a syntax error is reported by the parse that follows


def _check_depth(root: ET.Element) -> None:
    """Refuse tags nested deeper than :data:`MAX_DEPTH` (reading and writing a config walk it recursively)."""
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise InvalidInputError(f"the label config nests tags more than {MAX_DEPTH} levels deep")
        stack.extend((child, depth + 1) for child in element)


# -- the builder ---------------------------------------------------------------------------------------------------


def _attr_name(name: str) -> str:
    """``show_inline`` -> ``showInline``; names already in Label Studio's camelCase pass unchanged."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _attr_text(name: str, value: AttrValue) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | str):
        return str(value)
    raise InvalidInputError(f"attribute {name!r} must be a str, int, float or bool, not {type(value).__name__}")


def _attributes(given: Mapping[str, AttrValue | None], tag: str | None) -> dict[str, str]:
    """Label Studio attribute names and texts of keyword attributes of a ``tag``; ``None`` values are left out.

    A name is matched with the tag's attributes in any case, as Label Studio's editor matches it, and written as
    Label Studio spells it (``hot_key`` -> ``hotkey``, ``showinline`` -> ``showInline``, ``model_index`` as it is);
    ``tag=None`` (or a tag whose attributes are not vendored) takes any name, in camelCase.
    """
    found: dict[str, str] = {}
    given_as: dict[str, str] = {}
    for key, value in given.items():
        if value is None:
            continue
        if not isinstance(key, str) or not key:
            raise InvalidInputError(f"an attribute name must be a non-empty string, got {key!r}")
        name = _attr_name(key)
        if tag is None or tag not in ATTRIBUTES:
            spelt: str | None = name
        else:  # a name with an underscore may be Label Studio's own (model_index), else Python's (hot_key: hotKey)
            spelt = attribute_spelling(tag, key) if "_" in key else None
            spelt = spelt or attribute_spelling(tag, name)
        if spelt is None:
            shown = f"{key}={value!r}: " if key != name else ""
            raise InvalidInputError(f"{shown}{attribute_problem(tag or '', name)}")
        if spelt in found:
            raise InvalidInputError(
                f"{given_as[spelt]}= and {key}= are both the attribute {spelt} of <{tag}>; give it once"
            )
        found[spelt] = _attr_text(key, value)
        given_as[spelt] = key
    return found


def _check_tag(tag: str, role: str) -> None:
    """``tag`` is a Label Studio tag of this role (``"control"`` or ``"object"``)."""
    if not isinstance(tag, str) or not _TAG_NAME.fullmatch(tag):
        raise InvalidInputError(f"{tag!r} is not a Label Studio tag name (e.g. 'Text', 'Choices')")
    problem = tag_problem(tag)
    if problem is not None:
        raise InvalidInputError(f"<{tag}> {problem}")
    if TAGS[tag] != role:
        method = {"control": ".control()", "object": ".object()"}.get(TAGS[tag])
        use = f"; add it with {method}" if method else ""
        raise InvalidInputError(f"<{tag}> is not {'an' if role == 'object' else 'a'} {role} tag of Label Studio{use}")


def _identities(value: str, alias: str | None) -> set[str]:
    """What tells a label from its siblings: its value (shown) and its alias (in results), if it has one."""
    return {value, alias} if alias else {value}


def _check_hotkey(hotkey: str | None, used: Mapping[str, str], what: str) -> None:
    """A hotkey is not already taken: the editor binds every hotkey of a config at once (letters in any case)."""
    if hotkey and hotkey.lower() in used:
        raise InvalidInputError(f"hotkey {hotkey!r} of {what} is already the hotkey of {used[hotkey.lower()]}")


def _check_name(name: str, what: str) -> None:
    if not isinstance(name, str) or not name or _BAD_NAME.search(name):
        raise InvalidInputError(f"{what} must be a non-empty string without spaces or commas, got {name!r}")


def _field(field_name: str, what: str) -> str:
    """A task data field name; a leading ``$`` is accepted and dropped."""
    key = field_name[1:] if isinstance(field_name, str) and field_name.startswith("$") else field_name
    _check_name(key, what)
    return key


def _label_items(labels: LabelSpec, tag: str | None) -> list[tuple[str, dict[str, str]]]:
    """The values of ``labels`` and their attributes, checked as attributes of ``tag`` (``Label``, ``Choice``)."""
    if isinstance(labels, str | bytes):
        raise InvalidInputError(f"labels must be a list of strings, not a single string ({labels!r})")
    items: list[tuple[str, dict[str, str]]] = []
    if isinstance(labels, Mapping):
        for value, attrs in labels.items():
            if not isinstance(attrs, Mapping):
                raise InvalidInputError(f"the attributes of label {value!r} must be a mapping, not {type(attrs)}")
            items.append((value, _attributes(attrs, tag)))
    else:
        items = [(value, {}) for value in labels]
    seen: dict[str, str] = {}
    for value, attrs in items:
        if not isinstance(value, str) or not value:
            raise InvalidInputError(f"each label must be a non-empty string, got {value!r}")
        if value in seen and seen[value] == value:
            raise InvalidInputError(f"label {value!r} is given twice")
        for identity in _identities(value, attrs.get("alias")):
            if identity in seen:
                raise InvalidInputError(
                    f"labels {seen[identity]!r} and {value!r} would both be {identity!r} (as value or alias): "
                    "annotators or annotation results could not tell them apart"
                )
            seen[identity] = value
    return items


class LabelConfig:
    """A label config under construction: a ``<View>`` of object tags, control tags and headers.

    Every method adds one tag and returns the config, so calls chain; ``str(config)`` or :meth:`to_xml` gives the
    XML. Keyword attributes may use Python spelling (``show_inline=True`` becomes ``showInline="true"``) and any
    case; each must be an attribute of its tag in Label Studio's editor (which drops others without a word), and is
    written as Label Studio spells it (``hot_key`` -> ``hotkey``). Values are escaped by the XML serialiser, so any
    label text is safe.

    >>> config = (
    ...     LabelConfig()
    ...     .header("Mark the people")
    ...     .control("Labels", name="ner", to_name="text", labels={"PER": {"background": "red"}, "ORG": {}})
    ...     .object("Text", name="text", value="$text")
    ... )
    >>> print(config)
    <View>
      <Header value="Mark the people" />
      <Labels name="ner" toName="text">
        <Label value="PER" background="red" />
        <Label value="ORG" />
      </Labels>
      <Text name="text" value="$text" />
    </View>

    The classmethods build the common interfaces, and can be extended further:
    :meth:`text_classification`, :meth:`ner`, :meth:`image_bounding_boxes`, :meth:`image_polygons`,
    :meth:`audio_transcription`.
    """

    def __init__(self, **view_attrs: AttrValue | None) -> None:
        """Start an empty config; ``view_attrs`` are attributes of the root ``<View>`` (e.g. ``style=...``).

        :raises InvalidInputError: an attribute that ``<View>`` does not have (the message names the likely one).
        """
        self._root = ET.Element("View", _attributes(view_attrs, "View"))
        self._names: set[str] = set()
        self._targets: list[tuple[str, tuple[str, ...]]] = []
        self._hotkeys: dict[str, str] = {}  # lower-cased hotkey -> the label that has it

    def _add(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        name = attrs.get("name")
        if name is not None:
            if name in self._names:
                raise InvalidInputError(f"the name {name!r} is already used in this config; names must be unique")
            self._names.add(name)
        return ET.SubElement(self._root, tag, attrs)

    def object(self, tag: str, *, name: str, value: str, **attrs: AttrValue | None) -> Self:
        """Add an object tag, e.g. ``.object("Image", name="image", value="$image", zoom=True)``.

        :param value: usually ``"$field"``: the task data field to show.
        :raises InvalidInputError: ``tag`` is no object tag of Label Studio (a misspelt tag names the likely one), a
            name is used twice, an empty value, an attribute that the tag does not have in Label Studio's editor
            (the message names the likely intended ones) or one given twice (``zoom_by=`` and ``zoomBy=``).
        """
        _check_tag(tag, "object")
        _check_name(name, "an object tag name")
        if not isinstance(value, str) or not value:
            raise InvalidInputError(f"the value of object tag {name!r} must be a non-empty string like '$text'")
        self._add(tag, {"name": name, "value": value, **_attributes(attrs, tag)})
        return self

    def control(
        self,
        tag: str,
        *,
        name: str,
        to_name: str | Sequence[str],
        labels: LabelSpec | None = None,
        **attrs: AttrValue | None,
    ) -> Self:
        """Add a control tag pointing at object tag(s), with its labels as child tags.

        ``.control("Choices", name="topic", to_name="text", labels=["sport", "politics"], choice="multiple")``

        :param to_name: the object tag name, or several (written comma-separated, as Label Studio expects).
        :param labels: choice / label values (``Choice`` children for ``Choices``/``Taxonomy``, ``Label`` children
            for ``*Labels`` tags), or ``{value: {attribute: value}}`` to give each one attributes (``background``,
            ``hotkey``, ``alias``...).
        :raises InvalidInputError: ``tag`` is no control tag of Label Studio (a misspelt tag names the likely one), a
            name is used twice, labels for a tag that takes none, two labels with the same value or alias, a hotkey
            used twice in the config, an attribute (of the control, or of a label) that its tag does not have in
            Label Studio's editor (the message names the likely intended ones: ``choise is not an attribute of
            <Choices> (...); did you mean choice?``) or one given twice.
        """
        _check_tag(tag, "control")
        _check_name(name, "a control tag name")
        targets = (to_name,) if isinstance(to_name, str) else tuple(to_name)
        if not targets:
            raise InvalidInputError(f"control {name!r} needs at least one to_name")
        for target in targets:
            _check_name(target, f"to_name of control {name!r}")
        child_tag = label_tag_of(tag)
        items = _label_items(labels, child_tag) if labels is not None else []
        if items and child_tag is None:
            raise InvalidInputError(f"a {tag} tag takes no labels (only Choices, Taxonomy and *Labels tags do)")
        hotkeys = dict(self._hotkeys)
        for value, label_attrs in items:
            _check_hotkey(label_attrs.get("hotkey"), hotkeys, f"label {value!r}")
            if label_attrs.get("hotkey"):
                hotkeys[label_attrs["hotkey"].lower()] = f"label {value!r} of control {name!r}"
        element = self._add(tag, {"name": name, "toName": ",".join(targets), **_attributes(attrs, tag)})
        self._hotkeys = hotkeys
        for value, label_attrs in items:
            ET.SubElement(element, child_tag or "Label", {"value": value, **label_attrs})
        self._targets.append((name, targets))
        return self

    def header(self, value: str, **attrs: AttrValue | None) -> Self:
        """Add a ``<Header>`` (a title shown to annotators); ``"$field"`` shows a task data field.

        :raises InvalidInputError: an attribute that ``<Header>`` does not have (``size``, ``style`` and
            ``underline`` are its own).
        """
        self._add("Header", {"value": value, **_attributes(attrs, "Header")})
        return self

    def to_xml(self, *, indent: str | None = "  ") -> str:
        """The config as Label Studio XML, indented (``indent=None`` gives one line).

        :raises InvalidInputError: a control's ``to_name`` is not a name in the config.
        :raises LabelConfigError: (an :class:`InvalidInputError`) Label Studio's editor would refuse the config, e.g.
            ``RectangleLabels`` pointing at a ``Text`` (they label an ``Image``).
        """
        for name, targets in self._targets:
            missing = [target for target in targets if target not in self._names]
            if missing:
                known = ", ".join(sorted(self._names))
                raise InvalidInputError(
                    f"control {name!r} points to_name={','.join(missing)!r}, which is not a tag in this config "
                    f"(names: {known})"
                )
        problems = config_problems(self._root)
        if problems:
            raise LabelConfigError(problems)
        root = copy.deepcopy(self._root)
        if indent is not None:
            ET.indent(root, space=indent)
        return ET.tostring(root, encoding="unicode")

    def parse(self) -> ParsedConfig:
        """The config's :class:`ParsedConfig` (control tags, object tags, data keys)."""
        return parse_label_config(self.to_xml())

    def __str__(self) -> str:
        return self.to_xml()

    def __repr__(self) -> str:
        tags = ", ".join(f"{child.tag}:{child.get('name')}" if child.get("name") else child.tag for child in self._root)
        return f"<LabelConfig {tags or 'empty'}>"

    # -- ready-made interfaces -------------------------------------------------------------------------------------

    @classmethod
    def text_classification(
        cls, name: str, choices: LabelSpec, *, text_field: str = "text", multiple: bool = False
    ) -> Self:
        """Classify a text: ``Text`` + ``Choices`` (one choice, or several with ``multiple=True``).

        >>> parse_label_config(str(LabelConfig.text_classification("topic", ["a", "b"], multiple=True))).controls[0]
        ControlTag(name='topic', type='Choices', to_name=('text',), labels=('a', 'b'), \
attrs={'name': 'topic', 'toName': 'text', 'choice': 'multiple', 'showInline': 'true'}, dynamic_labels=False)

        :param text_field: the task data field holding the text (also the ``Text`` tag's name).
        """
        key = _field(text_field, "text_field")
        return (
            cls()
            .object("Text", name=key, value=f"${key}")
            .control(
                "Choices",
                name=name,
                to_name=key,
                labels=choices,
                choice="multiple" if multiple else "single",
                show_inline=True,
            )
        )

    @classmethod
    def ner(cls, name: str, labels: LabelSpec, *, text_field: str = "text") -> Self:
        """Mark spans of a text (named entities): ``Labels`` + ``Text``.

        >>> print(LabelConfig.ner("entities", ["PER", "ORG"]).to_xml(indent=None))
        <View><Labels name="entities" toName="text"><Label value="PER" /><Label value="ORG" /></Labels>\
<Text name="text" value="$text" /></View>
        """
        key = _field(text_field, "text_field")
        return cls().control("Labels", name=name, to_name=key, labels=labels).object("Text", name=key, value=f"${key}")

    @classmethod
    def image_bounding_boxes(cls, name: str, labels: LabelSpec, *, image_field: str = "image") -> Self:
        """Draw labelled rectangles on an image: ``Image`` + ``RectangleLabels``.

        >>> LabelConfig.image_bounding_boxes("boxes", ["car"]).parse().control("boxes").type
        'RectangleLabels'
        """
        key = _field(image_field, "image_field")
        return (
            cls()
            .object("Image", name=key, value=f"${key}", zoom=True)
            .control("RectangleLabels", name=name, to_name=key, labels=labels)
        )

    @classmethod
    def image_polygons(cls, name: str, labels: LabelSpec, *, image_field: str = "image") -> Self:
        """Draw labelled polygons on an image: ``Image`` + ``PolygonLabels``.

        >>> LabelConfig.image_polygons("regions", ["road", "sky"]).parse().labels
        {'regions': ('road', 'sky')}
        """
        key = _field(image_field, "image_field")
        return (
            cls()
            .object("Image", name=key, value=f"${key}", zoom=True)
            .control("PolygonLabels", name=name, to_name=key, labels=labels, stroke_width=3)
        )

    @classmethod
    def audio_transcription(
        cls,
        name: str = "transcription",
        *,
        audio_field: str = "audio",
        segment_labels: LabelSpec | None = None,
        segments_name: str = "segments",
    ) -> Self:
        """Transcribe audio: ``Audio`` + ``TextArea``; with ``segment_labels``, per-segment transcripts.

        Without segments the whole clip gets one transcript. With ``segment_labels`` (e.g. ``["Speech", "Noise"]``)
        annotators first mark segments with a ``Labels`` control named ``segments_name``, then transcribe each
        segment (the ``TextArea`` becomes ``perRegion``).

        >>> LabelConfig.audio_transcription(segment_labels=["Speech"]).parse().control_names
        ('segments', 'transcription')
        """
        key = _field(audio_field, "audio_field")
        config = cls()
        if segment_labels is None:
            return config.object("Audio", name=key, value=f"${key}").control(
                "TextArea", name=name, to_name=key, rows=4, editable=True, max_submissions=1
            )
        return (
            config.control("Labels", name=segments_name, to_name=key, labels=segment_labels)
            .object("Audio", name=key, value=f"${key}")
            .control("TextArea", name=name, to_name=key, rows=2, editable=True, per_region=True)
        )


# -- editing a config ----------------------------------------------------------------------------------------------


def _find_control(root: ET.Element, xml: str, control_name: str) -> ET.Element:
    for element in root.iter():
        if is_control(element) and element.get("name") == control_name:
            return element
    raise InvalidInputError(
        f"the label config has no control tag named {control_name!r}; {_listing(parse_label_config(xml).controls)}"
    )


def _labelled_tag(control: ET.Element, control_name: str) -> str:
    """The tag of one label of ``control``; refuses a control that takes none, or whose tag Label Studio lacks."""
    child_tag = label_tag_of(control.tag)
    if child_tag is not None:
        return child_tag
    problem = tag_problem(control.tag)
    if problem is not None:
        raise InvalidInputError(f"control {control_name!r}: {describe(control)} {problem}")
    raise InvalidInputError(f"control {control_name!r} is a {control.tag}, which has no labels to add to")


def _label_children(node: ET.Element) -> list[tuple[ET.Element, ET.Element]]:
    """``(container, label)`` of the labels one level below ``node`` (a control, or a label of a nested control):
    its label tags, also inside layout tags such as ``<View>``; not the labels nested in those, nor a nested
    control's."""
    found: list[tuple[ET.Element, ET.Element]] = []

    def walk(parent: ET.Element) -> None:
        for child in parent:
            if not isinstance(child.tag, str) or is_control(child):
                continue
            if child.tag in _LABEL_TAGS:
                found.append((parent, child))
            else:
                walk(child)

    walk(node)
    return found


def _label_id(element: ET.Element) -> str | None:
    """What annotation results hold for a label: its alias if it has one, else its value (as the server reads it)."""
    return element.get("alias") or element.get("value") or element.get("valueList")


def _names(element: ET.Element) -> set[str]:
    """The names a user may call a label by: its value and its alias."""
    return {n for n in (element.get("value"), element.get("alias")) if n}


def _shown(elements: Iterable[ET.Element]) -> str:
    return ", ".join(repr(element.get("value")) for element in elements) or "none"


def _where(path: LabelPath) -> str:
    return "at the top level" if not path else "under " + " / ".join(path)


def _check_label_value(label_value: object) -> None:
    if not isinstance(label_value, str):
        raise InvalidTypeError(f"the label must be a string, not {type(label_value).__name__}")
    if not label_value:
        raise InvalidInputError("the label must be a non-empty string")
    check_text(label_value, "the label")


def _parent_path(parent: str | Sequence[str] | None) -> LabelPath:
    """The ``parent=`` argument as a path of label values (one value is a path of one)."""
    if parent is None:
        return ()
    if isinstance(parent, str):
        parent = (parent,)
    if not isinstance(parent, Sequence) or isinstance(parent, bytes):
        raise InvalidInputError(
            f"parent must be a label value or a sequence of them (a path from the top level), not {parent!r}"
        )
    path = tuple(parent)
    if not all(isinstance(step, str) and step for step in path):
        raise InvalidInputError(f"parent={parent!r}: every step must be a non-empty label value")
    for step in path:
        check_text(step, "parent")
    return path


def _attr(element: ET.Element, name: str) -> str | None:
    """An attribute in any case: the editor reads attribute names lower-cased (``allowNested``, ``allownested``)."""
    for key, value in element.attrib.items():
        if key.lower() == name.lower():
            return value
    return None


def _nests(control: ET.Element) -> bool:
    """Whether the choices of this control nest, and annotations hold paths (``["B", "B1"]``) rather than values."""
    return control.tag == "Taxonomy" or (control.tag == "Choices" and _attr(control, "allowNested") == "true")


def _resolve(control: ET.Element, control_name: str, path: LabelPath) -> ET.Element:
    """The label at ``path`` in ``control`` (the control itself for the empty path)."""
    if path and not _nests(control):
        detail = (
            'a <Choices> without allowNested="true" (Label Studio leaves its nested choices out of annotations)'
            if control.tag == "Choices"
            else f"a <{control.tag}>, whose labels do not nest"
        )
        raise InvalidInputError(
            f'parent={path!r}: control {control_name!r} is {detail}; only <Taxonomy> and <Choices allowNested="true"> '
            "have choices under choices"
        )
    node = control
    for depth, step in enumerate(path):
        children = [label for _, label in _label_children(node)]
        matches = [label for label in children if step in _names(label)]
        where = _where(path[:depth])
        if not matches:
            raise InvalidInputError(
                f"parent={path!r}: control {control_name!r} has no label {step!r} {where} (labels there: "
                f"{_shown(children)})"
            )
        if len(matches) > 1:
            raise InvalidInputError(
                f"parent={path!r}: {step!r} is the value or alias of {len(matches)} labels {where} of control "
                f"{control_name!r} ({', '.join(describe(m) for m in matches)}); name one by a value only it has"
            )
        node = matches[0]
    return node


def _paths_to(control: ET.Element, label_name: str) -> list[LabelPath]:
    """The parent paths (by value) of every label of ``control`` called ``label_name``, at any depth."""
    found: list[LabelPath] = []

    def walk(node: ET.Element, path: LabelPath) -> None:
        for _, label in _label_children(node):
            if label_name in _names(label):
                found.append(path)
            walk(label, (*path, label.get("value") or ""))

    walk(control, ())
    return found


def _indentation(root: ET.Element, element: ET.Element) -> str | None:
    """The whitespace before ``element`` on its line, or None when the config is not laid out one tag a line."""
    for parent in root.iter():
        children = list(parent)
        if element in children:
            index = children.index(element)
            before = children[index - 1].tail if index else parent.text
            if before and not before.strip() and "\n" in before:
                return before.rsplit("\n", 1)[1]
            return None
    return None


def _indent_step(root: ET.Element) -> str:
    """The config's indentation step, from its first indented child (two spaces if there is none)."""
    outer = ""
    for parent in root.iter():
        if parent.text and not parent.text.strip() and "\n" in parent.text:
            inner = parent.text.rsplit("\n", 1)[1]
            parent_indent = _indentation(root, parent) if parent is not root else outer
            if parent_indent is not None and inner.startswith(parent_indent) and len(inner) > len(parent_indent):
                return inner[len(parent_indent) :]
    return "  "


def _append(root: ET.Element, node: ET.Element, new: ET.Element, siblings: list[tuple[ET.Element, ET.Element]]) -> None:
    """Put ``new`` after the last of ``siblings`` (same indentation), or as the last child of ``node``."""
    if siblings:
        container, last = siblings[-1]
        children = list(container)
        index = children.index(last)
        # The new tag takes the last label's tail (what closes the list); the last label gets a sibling's tail.
        new.tail = last.tail
        last.tail = children[index - 1].tail if index > 0 else container.text
        container.insert(index + 1, new)
        return
    children = list(node)
    if children:
        new.tail = children[-1].tail
        children[-1].tail = node.text
        node.append(new)
        return
    indent = _indentation(root, node)
    if indent is not None and not (node.text or "").strip():
        node.text = "\n" + indent + _indent_step(root)
        new.tail = "\n" + indent
    node.append(new)


def with_label(
    xml: str,
    control_name: str,
    label_value: str,
    *,
    parent: str | Sequence[str] | None = None,
    **attrs: AttrValue | None,
) -> str:
    """Return ``xml`` with one more choice / label in the control ``control_name``; no request is made.

    The new tag goes after the last label at its level, with the same indentation; everything else is kept. In a
    nested control (a ``Taxonomy``, or ``Choices`` with ``allowNested="true"``) the level is the top one, or the
    choices under ``parent``: ``parent=("B",)`` adds a choice under ``B``, ``parent=("B", "B1")`` under ``B1`` of
    ``B``.

    >>> print(with_label('<View>\\n  <Choices name="c" toName="t">\\n    <Choice value="a"/>\\n  </Choices>\\n'
    ...                  '  <Text name="t" value="$t"/>\\n</View>', "c", "b"))
    <View>
      <Choices name="c" toName="t">
        <Choice value="a" />
        <Choice value="b" />
      </Choices>
      <Text name="t" value="$t" />
    </View>
    >>> tax = ('<View><Text name="t" value="$t"/><Taxonomy name="tax" toName="t"><Choice value="A"/>'
    ...        '<Choice value="B"><Choice value="B1"/></Choice></Taxonomy></View>')
    >>> parse_label_config(with_label(tax, "tax", "C")).control("tax").label_paths
    (('A',), ('B',), ('B', 'B1'), ('C',))
    >>> parse_label_config(with_label(tax, "tax", "B2", parent="B")).control("tax").label_paths
    (('A',), ('B',), ('B', 'B1'), ('B', 'B2'))

    Labels are told apart among their siblings only (``B1`` may sit under ``B`` and at the top level), by value
    and by ``alias`` (what annotation results hold): if a sibling has the same value and alias, ``xml`` is returned
    unchanged; a sibling that has the new value or alias in any other way is refused, as is a ``hotkey`` that
    another tag of the config already has.

    :param parent: the label to add under, as a path of values (or aliases) from the top level; one value is a
        path of one. Only for nested controls.
    :param attrs: attributes of the new tag (``hotkey="n"``, ``alias="N"``; ``background="#00ff00"`` for a
        ``<Label>``...), in any case and in Python spelling (``hot_key``): each is written as Label Studio spells it.
    :raises InvalidInputError: no control has that name (the message lists them), the control takes no labels
        (e.g. ``TextArea``) or its tag is not Label Studio's, ``label_value`` is empty, ``parent`` names no label
        (or several), or the control does not nest; a sibling label already has the value or alias; the same label
        exists with other attributes than ``attrs``; the hotkey is taken; an attribute is not one of the new
        ``<Choice>`` / ``<Label>`` in Label Studio's editor (the message names it and the likely intended ones:
        ``hotKeys is not an attribute of <Label> (...); did you mean hotkey?``), or is given twice.
    """
    _check_label_value(label_value)
    path = _parent_path(parent)
    root = _parse_xml(xml)
    control = _find_control(root, xml, control_name)
    child_tag = _labelled_tag(control, control_name)
    node = _resolve(control, control_name, path)
    new_attrs = {"value": label_value, **_attributes(attrs, child_tag)}
    alias = new_attrs.get("alias")
    siblings = _label_children(node)
    where = _where(path)
    for _, label in siblings:
        if label.get("value") == label_value and label.get("alias") == alias:
            differing = {k: v for k, v in new_attrs.items() if label.get(k) != v}
            if differing:
                asked = ", ".join(f"{k}={v!r}" for k, v in differing.items())
                raise InvalidInputError(
                    f"control {control_name!r} already has the label {label_value!r} {where}, without {asked}; "
                    "edit its attributes with set_label_config"
                )
            return xml
    for _, label in siblings:
        shared = _identities(label_value, alias) & _names(label)
        if shared:
            raise InvalidInputError(
                f"control {control_name!r} already has {describe(label)}{_alias_note(label)} {where}: a label with "
                f"value {label_value!r}{f' and alias {alias!r}' if alias else ''} would share {sorted(shared)[0]!r} "
                "with it, and annotators or annotation results could not tell them apart"
            )
    used = {
        (_attr(element, "hotkey") or "").lower(): f"{describe(element)}"
        for element in root.iter()
        if isinstance(element.tag, str) and _attr(element, "hotkey")
    }
    _check_hotkey(new_attrs.get("hotkey"), used, f"label {label_value!r}")
    _append(root, node, ET.Element(child_tag, new_attrs), siblings)
    return ET.tostring(root, encoding="unicode")


def _alias_note(label: ET.Element) -> str:
    return f" (alias {label.get('alias')!r})" if label.get("alias") else ""


def without_label(xml: str, control_name: str, label_value: str, *, parent: str | Sequence[str] | None = None) -> str:
    """Return ``xml`` without the choice / label ``label_value`` of control ``control_name``; no request is made.

    ``label_value`` is a value or an alias of a label at the top level of the control, or under ``parent`` in a
    nested control (a ``Taxonomy``): ``without_label(xml, "tax", "B1", parent="B")``. Removing a choice removes
    the choices under it. Saving the result with ``project.set_label_config(...)`` is refused when annotations use
    the label (the server checks).

    >>> without_label('<View><Choices name="c" toName="t"><Choice value="a"/><Choice value="b"/></Choices>'
    ...               '<Text name="t" value="$t"/></View>', "c", "a")
    '<View><Choices name="c" toName="t"><Choice value="b" /></Choices><Text name="t" value="$t" /></View>'

    Unchanged if the control has no such label anywhere.

    :param parent: the label whose child to remove, as a path of values (or aliases) from the top level.
    :raises InvalidInputError: no control has that name (the message lists them); ``parent`` names no label (or
        several); ``label_value`` names two labels at that level, or is not there but at another level (the
        message says where: pass that ``parent``).
    """
    _check_label_value(label_value)
    path = _parent_path(parent)
    root = _parse_xml(xml)
    control = _find_control(root, xml, control_name)
    node = _resolve(control, control_name, path)
    matches = [(container, label) for container, label in _label_children(node) if label_value in _names(label)]
    if len(matches) > 1:
        raise InvalidInputError(
            f"{label_value!r} is the value or alias of {len(matches)} labels {_where(path)} of control "
            f"{control_name!r} ({', '.join(describe(label) for _, label in matches)}); name one by a value only it has"
        )
    if not matches:
        elsewhere = [p for p in _paths_to(control, label_value) if p != path]
        if elsewhere:
            hint = " and ".join(f"parent={p!r}" if p else "no parent" for p in elsewhere)
            raise InvalidInputError(
                f"control {control_name!r} has no label {label_value!r} {_where(path)}; it has one "
                f"{', '.join(_where(p) for p in elsewhere)} ({hint})"
            )
        return xml
    container, label = matches[0]
    children = list(container)
    index = children.index(label)
    if index == len(children) - 1 and index > 0:
        children[index - 1].tail = label.tail  # the new last child closes the list as the removed one did
    container.remove(label)
    if not len(container) and not (container.text or "").strip():
        container.text = None  # <Choice value="B"/> again, not an empty pair of tags
    return ET.tostring(root, encoding="unicode")


def unprotected_removals(old_xml: str, new_xml: str) -> dict[str, tuple[LabelPath, ...]]:
    """The choice paths of nested controls that ``new_xml`` no longer has although Label Studio (1.23.2) would not
    notice annotations that use them: ``{control name: (path, ...)}``.

    Annotations of a ``Taxonomy``, or of ``Choices`` with ``allowNested="true"``, hold paths (``["B", "B1"]``), but
    Label Studio checks a new config against the *values* that annotations use:

    * ``Taxonomy``: when a path goes while its last value stays elsewhere in the control (``B1`` moved to the top
      level, or removed under ``B`` but kept at the top level), the server accepts the change, and those
      annotations point at a choice that no longer exists;
    * nested ``Choices``: the server counts a path as one label named ``"['B', 'B1']"``, which no config has, so
      it cannot tell which choices annotations use at all (and its project validation refuses every config once
      one annotation holds a path). Every path that goes is listed.

    ``set_label_config`` and ``remove_label`` look for annotations that use these paths themselves.

    >>> old = ('<View><Text name="t" value="$t"/><Taxonomy name="tax" toName="t"><Choice value="A"/>'
    ...        '<Choice value="B1"/><Choice value="B"><Choice value="B1"/></Choice></Taxonomy></View>')
    >>> unprotected_removals(old, without_label(old, "tax", "B1", parent="B"))
    {'tax': (('B', 'B1'),)}
    >>> unprotected_removals(old, without_label(old, "tax", "A"))  # the server sees this one: no "A" is left
    {}
    """
    before, after = parse_label_config(old_xml), parse_label_config(new_xml)
    found: dict[str, tuple[LabelPath, ...]] = {}
    old_controls = {c.name: c for c in before.controls}
    for control in after.controls:
        old = old_controls.get(control.name)
        if old is None or not (old.nested or control.nested):
            continue  # a control that goes is the server's to check; flat ones hold values, which it checks
        kept = set(control.label_paths)
        # nested Choices: the server never sees these paths
        paths_only = any(c.nested and c.type == "Choices" for c in (old, control))
        gone = tuple(p for p in old.label_paths if p not in kept and (paths_only or p[-1] in control.labels))
        if gone:
            found[control.name] = gone
    return found


# -- the text sent ---------------------------------------------------------------------------------------------------


def config_text(config: str | LabelConfig) -> str:
    """The XML text of a config given as text or as a :class:`LabelConfig`; the XML is not parsed.

    >>> config_text(LabelConfig().object("Text", name="t", value="$t"))
    '<View>\\n  <Text name="t" value="$t" />\\n</View>'

    :raises InvalidInputError: the config is empty or neither text nor a :class:`LabelConfig`.
    """
    text = config.to_xml() if isinstance(config, LabelConfig) else config
    if not isinstance(text, str):
        raise InvalidTypeError(f"a label config must be XML text or a LabelConfig, not {type(text).__name__}")
    if not text.strip():
        raise InvalidInputError("the label config is empty")
    return check_text(text, "the label config")

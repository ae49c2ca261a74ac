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

Nothing here sends a request. On the server (:mod:`lsclient.core._async.label_configs` and its sync twin),
``validate_label_config(client, xml)`` asks Label Studio whether a config is acceptable (for a new project, or for
an existing one, where it also checks the annotations already made), ``project.set_label_config(config)`` validates
and then saves, and ``project.add_label(control, label)`` adds one choice or label to a live project without
invalidating anything.
"""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Self, TypeAlias
from xml.parsers import expat

from .arguments import check_text
from .errors import InvalidInputError, InvalidTypeError

__all__ = [
    "AttrValue",
    "ControlTag",
    "LabelConfig",
    "LabelConfigSyntaxError",
    "LabelSpec",
    "ObjectTag",
    "ParsedConfig",
    "config_text",
    "parse_label_config",
    "with_label",
    "without_label",
]

#: an XML attribute value as given in Python: booleans become ``"true"``/``"false"``, numbers their text
AttrValue: TypeAlias = str | int | float | bool
#: the labels of a control: values in order, or ``{value: {attribute: value}}`` for per-label attributes
LabelSpec: TypeAlias = Iterable[str] | Mapping[str, Mapping[str, AttrValue]]

# Tags that hold one label of their control (Label Studio's parse_config uses the same set).
_LABEL_TAGS = frozenset({"Label", "Choice", "Relation"})
# Tags with name + toName that are not controls (same exception as Label Studio's parser).
_NOT_CONTROL_TAGS = frozenset({"Filter"})
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


# -- the parsed form -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ControlTag:
    """A control tag: what annotators produce (``Choices``, ``Labels``, ``RectangleLabels``, ``TextArea``...).

    :ivar name: its ``name`` (the ``from_name`` of annotation results).
    :ivar type: the tag, e.g. ``"Choices"``.
    :ivar to_name: the object tag name(s) it labels (``toName``, split on commas).
    :ivar labels: its choice / label values in document order (``alias`` when a label has one, like the server).
    :ivar attrs: all its XML attributes, as written.
    :ivar dynamic_labels: its labels come from the task data (``value="$field"``) rather than the config.
    """

    name: str
    type: str
    to_name: tuple[str, ...]
    labels: tuple[str, ...] = ()
    attrs: Mapping[str, str] = field(default_factory=dict, hash=False)
    dynamic_labels: bool = False


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
    """

    controls: tuple[ControlTag, ...]
    objects: tuple[ObjectTag, ...]
    data_keys: tuple[str, ...]
    xml: str = field(repr=False)

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
    tags belong to the nearest enclosing control. It does not judge whether the config is *valid* (unknown tags,
    dangling ``toName``...): ``validate_label_config`` asks the server.

    >>> parse_label_config('<View><Text name="text" value="$text"/></View>').objects
    (ObjectTag(name='text', type='Text', value='$text', data_key='text', value_type=None),)
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

    def visit(element: ET.Element, owner: str | None) -> None:
        if not isinstance(element.tag, str):  # comments and processing instructions
            return
        attrs = element.attrib
        name = attrs.get("name")
        if name and attrs.get("toName") and element.tag not in _NOT_CONTROL_TAGS:
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
            owner = name
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
            value = attrs.get("alias") or attrs.get("value") or attrs.get("valueList")
            if value:
                control_labels[owner].setdefault(value)
        for child in element:
            visit(child, owner)

    visit(root, None)
    return ParsedConfig(
        controls=tuple(
            ControlTag(
                name=c.name,
                type=c.type,
                to_name=c.to_name,
                labels=tuple(control_labels[c.name]),
                attrs=c.attrs,
                dynamic_labels=c.dynamic_labels,
            )
            for c in controls
        ),
        objects=tuple(objects),
        data_keys=tuple(data_keys),
        xml=xml,
    )


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


def _attributes(given: Mapping[str, AttrValue | None]) -> dict[str, str]:
    """Label Studio attribute names and texts of keyword attributes; ``None`` values are left out."""
    return {_attr_name(k): _attr_text(k, v) for k, v in given.items() if v is not None}


def _label_tag(control_type: str) -> str | None:
    """The child tag holding one label of a control of this type, or None if it takes no labels."""
    if control_type in ("Choices", "Taxonomy"):
        return "Choice"
    if control_type.endswith("Labels"):
        return "Label"
    return None


def _check_tag(tag: str) -> None:
    if not isinstance(tag, str) or not _TAG_NAME.fullmatch(tag):
        raise InvalidInputError(f"{tag!r} is not a Label Studio tag name (e.g. 'Text', 'Choices')")


def _check_name(name: str, what: str) -> None:
    if not isinstance(name, str) or not name or _BAD_NAME.search(name):
        raise InvalidInputError(f"{what} must be a non-empty string without spaces or commas, got {name!r}")


def _field(field_name: str, what: str) -> str:
    """A task data field name; a leading ``$`` is accepted and dropped."""
    key = field_name[1:] if isinstance(field_name, str) and field_name.startswith("$") else field_name
    _check_name(key, what)
    return key


def _label_items(labels: LabelSpec) -> list[tuple[str, dict[str, str]]]:
    if isinstance(labels, str | bytes):
        raise InvalidInputError(f"labels must be a list of strings, not a single string ({labels!r})")
    items: list[tuple[str, dict[str, str]]] = []
    if isinstance(labels, Mapping):
        for value, attrs in labels.items():
            if not isinstance(attrs, Mapping):
                raise InvalidInputError(f"the attributes of label {value!r} must be a mapping, not {type(attrs)}")
            items.append((value, _attributes(attrs)))
    else:
        items = [(value, {}) for value in labels]
    seen: set[str] = set()
    for value, _ in items:
        if not isinstance(value, str) or not value:
            raise InvalidInputError(f"each label must be a non-empty string, got {value!r}")
        if value in seen:
            raise InvalidInputError(f"label {value!r} is given twice")
        seen.add(value)
    return items


class LabelConfig:
    """A label config under construction: a ``<View>`` of object tags, control tags and headers.

    Every method adds one tag and returns the config, so calls chain; ``str(config)`` or :meth:`to_xml` gives the
    XML. Keyword attributes may use Python spelling (``show_inline=True`` becomes ``showInline="true"``); values
    are escaped by the XML serialiser, so any label text is safe.

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
        """Start an empty config; ``view_attrs`` are attributes of the root ``<View>`` (e.g. ``style=...``)."""
        self._root = ET.Element("View", _attributes(view_attrs))
        self._names: set[str] = set()
        self._targets: list[tuple[str, tuple[str, ...]]] = []

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
        """
        _check_tag(tag)
        _check_name(name, "an object tag name")
        if not isinstance(value, str) or not value:
            raise InvalidInputError(f"the value of object tag {name!r} must be a non-empty string like '$text'")
        self._add(tag, {"name": name, "value": value, **_attributes(attrs)})
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
        :raises InvalidInputError: a name is used twice, labels for a tag that takes none, duplicate labels.
        """
        _check_tag(tag)
        _check_name(name, "a control tag name")
        targets = (to_name,) if isinstance(to_name, str) else tuple(to_name)
        if not targets:
            raise InvalidInputError(f"control {name!r} needs at least one to_name")
        for target in targets:
            _check_name(target, f"to_name of control {name!r}")
        items = _label_items(labels) if labels is not None else []
        child_tag = _label_tag(tag)
        if items and child_tag is None:
            raise InvalidInputError(f"a {tag} tag takes no labels (only Choices, Taxonomy and *Labels tags do)")
        element = self._add(tag, {"name": name, "toName": ",".join(targets), **_attributes(attrs)})
        for value, label_attrs in items:
            ET.SubElement(element, child_tag or "Label", {"value": value, **label_attrs})
        self._targets.append((name, targets))
        return self

    def header(self, value: str, **attrs: AttrValue | None) -> Self:
        """Add a ``<Header>`` (a title shown to annotators); ``"$field"`` shows a task data field."""
        self._add("Header", {"value": value, **_attributes(attrs)})
        return self

    def to_xml(self, *, indent: str | None = "  ") -> str:
        """The config as Label Studio XML, indented (``indent=None`` gives one line).

        :raises InvalidInputError: a control's ``to_name`` is not a name in the config.
        """
        for name, targets in self._targets:
            missing = [target for target in targets if target not in self._names]
            if missing:
                known = ", ".join(sorted(self._names))
                raise InvalidInputError(
                    f"control {name!r} points to_name={','.join(missing)!r}, which is not a tag in this config "
                    f"(names: {known})"
                )
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


def _controls_in(root: ET.Element) -> Iterator[ET.Element]:
    for element in root.iter():
        if (
            isinstance(element.tag, str)
            and element.get("name")
            and element.get("toName")
            and element.tag not in _NOT_CONTROL_TAGS
        ):
            yield element


def _find_control(root: ET.Element, xml: str, control_name: str) -> ET.Element:
    for element in _controls_in(root):
        if element.get("name") == control_name:
            return element
    raise InvalidInputError(
        f"the label config has no control tag named {control_name!r}; {_listing(parse_label_config(xml).controls)}"
    )


def _owned_labels(control: ET.Element) -> list[tuple[ET.Element, ET.Element]]:
    """``(parent, label element)`` of every label belonging to ``control`` (not to a control nested in it)."""
    found: list[tuple[ET.Element, ET.Element]] = []

    def walk(parent: ET.Element) -> None:
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            if child.get("name") and child.get("toName") and child.tag not in _NOT_CONTROL_TAGS:
                continue  # a nested control owns its own labels
            if child.tag in _LABEL_TAGS:
                found.append((parent, child))
            walk(child)

    walk(control)
    return found


def _label_value(element: ET.Element) -> str | None:
    return element.get("alias") or element.get("value") or element.get("valueList")


def with_label(xml: str, control_name: str, label_value: str, **attrs: AttrValue | None) -> str:
    """Return ``xml`` with one more choice / label in the control ``control_name``; no request is made.

    The new tag goes after the control's last label, with the same indentation; everything else is kept. If the
    control already has this label (as value or alias), ``xml`` is returned unchanged.

    >>> print(with_label('<View>\\n  <Choices name="c" toName="t">\\n    <Choice value="a"/>\\n  </Choices>\\n'
    ...                  '  <Text name="t" value="$t"/>\\n</View>', "c", "b"))
    <View>
      <Choices name="c" toName="t">
        <Choice value="a" />
        <Choice value="b" />
      </Choices>
      <Text name="t" value="$t" />
    </View>

    :param attrs: attributes of the new tag (``background="#00ff00"``, ``hotkey="n"``...).
    :raises InvalidInputError: no control has that name (the message lists them), the control takes no labels
        (e.g. ``TextArea``), or ``label_value`` is empty.
    """
    if not isinstance(label_value, str) or not label_value:
        raise InvalidInputError(f"the label must be a non-empty string, got {label_value!r}")
    root = _parse_xml(xml)
    control = _find_control(root, xml, control_name)
    owned = _owned_labels(control)
    if any(_label_value(element) == label_value for _, element in owned):
        return xml
    child_tag = owned[-1][1].tag if owned else _label_tag(control.tag)
    if child_tag is None:
        raise InvalidInputError(f"control {control_name!r} is a {control.tag}, which has no labels to add to")
    new = ET.Element(child_tag, {"value": label_value, **_attributes(attrs)})
    if owned:
        parent, last = owned[-1]
        siblings = list(parent)
        index = siblings.index(last)
        # The new tag takes the last label's tail (what closes the list); the last label gets a sibling's tail.
        new.tail = last.tail
        last.tail = siblings[index - 1].tail if index > 0 else parent.text
        parent.insert(index + 1, new)
    else:
        control.append(new)
    return ET.tostring(root, encoding="unicode")


def without_label(xml: str, control_name: str, label_value: str) -> str:
    """Return ``xml`` without the choice / label ``label_value`` of control ``control_name``; no request is made.

    Unchanged if the control has no such label. Saving the result with ``project.set_label_config(...)`` is refused
    when annotations use the label (the server checks).

    >>> without_label('<View><Choices name="c" toName="t"><Choice value="a"/><Choice value="b"/></Choices>'
    ...               '<Text name="t" value="$t"/></View>', "c", "a")
    '<View><Choices name="c" toName="t"><Choice value="b" /></Choices><Text name="t" value="$t" /></View>'

    :raises InvalidInputError: no control has that name (the message lists them).
    """
    root = _parse_xml(xml)
    control = _find_control(root, xml, control_name)
    matches = [(parent, element) for parent, element in _owned_labels(control) if _label_value(element) == label_value]
    if not matches:
        return xml
    for parent, element in matches:
        siblings = list(parent)
        index = siblings.index(element)
        if index == len(siblings) - 1 and index > 0:
            siblings[index - 1].tail = element.tail  # the new last child closes the list as the removed one did
        parent.remove(element)
    return ET.tostring(root, encoding="unicode")


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

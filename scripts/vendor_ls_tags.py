"""Vendor Label Studio's tag set into ``src/lsclient/core/ls_tags.py`` from a Label Studio installation.

The authority is the labeling editor that the ``label-studio`` package ships (``web/dist/``): it renders a config by
looking every tag up, lower-cased, in its registry (``Registry.addTag("choices", ...)``) and refuses a tag it does
not know. The server's own check (a JSON schema naming ten tags) lets unknown tags through, and the
``label_studio_sdk`` tag classes miss about half of them, so neither is complete. The editor's sources come with
the package as webpack source maps; from them this script reads:

* the registered tags (region models, registered beside them, are not tags of a config), plus ``Repeater``, which
  the editor's config parser expands into views before the registry is asked;
* each tag's spelling: its model's name (``ChoicesModel`` -> ``Choices``), else the spelling Label Studio's own
  sources and templates use most, else :data:`SPELLINGS`;
* each tag's role: ``control`` (``tags/control/``: needs ``name`` and ``toName``), ``object`` (``tags/object/``:
  needs ``name`` and ``value``), ``label`` (one label of a control: ``Label``, ``Choice``, ``Relation``, the server's
  own set) or ``other`` (layout and parts of other tags);
* the ancestors a tag requires (its model's ``parentTypes``: a ``Choice`` must be inside ``Choices`` or
  ``Taxonomy``), and the tags a control may point at (its model's ``controlledTags``: ``RectangleLabels`` labels an
  ``Image``);
* the tags of the bundled templates marked ``type: enterprise`` that the editor does not know (``Chat``...), so
  that the error can say they are Enterprise tags;
* each tag's attributes (into ``src/lsclient/core/ls_tag_attributes.py``): see :func:`tag_attributes`.

How the editor reads attributes decides what is vendored: its config parser (``core/Tree.tsx``) lower-cases every
attribute name (``showInline`` -> ``showinline``) and hands the attributes to the tag's mobx-state-tree model as a
snapshot, and a model takes only the properties it declares (the rest are dropped without a word). So a tag's
attributes are the lower-case properties of its model: ``types.model({...})`` literals, followed through
``types.compose(...)``, mixins imported from other files, ``.props({...})``, spreads, and both branches of a
feature-flag conditional (either may be on). Properties of types that an attribute's text cannot fill (arrays, maps,
references) and those the parser sets itself are left out; names a model reads in ``preProcessSnapshot`` are kept.
To these the attributes that a tag's documentation (``@param`` in its doc comment) names are added, and those of
labels that Label Studio's export converters read (``category``, ``model_index``): these are read outside the
editor. Each name is spelt as Label Studio's documentation and templates spell it most (``showInline``), else as
the model does.

Usage:
  python scripts/vendor_ls_tags.py [--venv .server/venv]           # write the two modules
  python scripts/vendor_ls_tags.py [--venv .server/venv] --check   # exit 1 (with a diff) if one differs

``--venv`` is a virtualenv with ``label-studio`` installed (default: the test server's, ``.server/venv``, made by
``scripts/ls_server.py start``).
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "lsclient" / "core" / "ls_tags.py"
ATTRIBUTES_TARGET = ROOT / "src" / "lsclient" / "core" / "ls_tag_attributes.py"
DEFAULT_VENV = ROOT / ".server" / "venv"

#: the editor's directories of tag sources and the role of the tags registered there
ROLE_BY_DIRECTORY = {"tags/control/": "control", "tags/object/": "object", "tags/visual/": "other"}
#: tags whose role is not their directory's: the label tags (Label Studio's own ``_LABEL_TAGS``), and the parts of
#: other tags (a TextArea's Shortcut, a Ranker's Bucket, a TimeSeries' channels, the pages of a Repeater)
ROLE_OVERRIDES = {
    "label": "label",
    "choice": "label",
    "relation": "label",
    "relations": "other",
    "shortcut": "other",
    "bucket": "other",
    "channel": "other",
    "multichannel": "other",
    "pagedview": "other",
}
#: spellings found neither in a model name nor in Label Studio's sources and templates (a legacy alias)
SPELLINGS = {"audioplus": "AudioPlus"}
#: tags the editor's config parser handles itself, before the registry is asked (checked in its source)
PARSER_TAGS = {"repeater": ("Repeater", 'type === "repeater"')}

_ADD_TAG = re.compile(r"""Registry\.addTag\(\s*"(\w+)",\s*(?:types\.compose\(\s*"(\w+)Model"|(\w+))""")
_MODEL_NAME = re.compile(r"""types\.(?:compose|model)\(\s*"(\w+)Model\"""")
_PARENT_TYPES = re.compile(r"parentTypes:\s*Types\.tagsTypes\(\[([^\]]*)\]\)")
_CONTROLLED_TAGS = re.compile(r"controlledTags:\s*Types\.unionTag\(\[([^\]]*)\]\)")
_TAG_USE = re.compile(r"<([A-Z][A-Za-z0-9]*)[\s/>]")

#: tags whose attributes are not checked, and why (said in the generated module)
UNCHECKED = {
    "custominterface": "Label Studio Community registers it as a placeholder that shows an Enterprise notice; the "
    "attributes of the real tag are the Enterprise editor's",
}
#: what the editor's config parser does with attributes (``core/Tree.tsx``), checked in its source: it lower-cases
#: their names, and sets ``id``, ``tagName`` and ``type`` itself (after the attributes, so they win) and ``children``
PARSER_MARKERS = ("props[name.toLowerCase()] = ", "...props,\n    id,\n    tagName: node.tagName,\n    type,\n")
PARSER_PROPERTIES = frozenset({"id", "tagname", "type", "children"})
#: the types of model properties that an attribute's text cannot fill
_NOT_TEXT_TYPES = frozenset({"array", "map", "reference", "safeReference", "late", "unionArray"})
_PARAM = re.compile(r"@param\s+\{[^}]*\}\s+(?:\[([A-Za-z_]\w*)(?:=[^\]]*)?\]|([A-Za-z_]\w*)\s)")
_ATTRIBUTE_USE = re.compile(r"<[A-Z][A-Za-z0-9]*((?:\s+[A-Za-z_][\w.-]*\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*/?>")
_ATTRIBUTE_NAME = re.compile(r"([A-Za-z_][\w.-]*)\s*=")
# how the export converters read an attribute of a label: attrs[label].get("category"), attrs.get("model_index")
_LABEL_ATTRIBUTE_READ = re.compile(r"\battrs(?:\[\w+\])?\.get\(\s*[\"'](\w+)[\"']")


@dataclass(frozen=True)
class TagSet:
    """What is vendored."""

    version: str
    roles: dict[str, str]  # spelling -> role
    parent_types: dict[str, tuple[str, ...]]
    to_name_types: dict[str, tuple[str, ...]]
    enterprise: tuple[str, ...]
    attributes: dict[str, dict[str, bool]]  # spelling of a tag -> {spelling of an attribute: it is documented}
    unchecked: dict[str, str]  # spelling of a tag -> why its attributes are not checked


def site_packages(venv: Path) -> Path:
    found = sorted(venv.glob("lib/python*/site-packages"))
    if not found or not (found[-1] / "label_studio").is_dir():
        raise SystemExit(f"no label-studio installation in {venv} (expected lib/python*/site-packages/label_studio)")
    return found[-1]


def label_studio_version(packages: Path) -> str:
    infos = sorted(packages.glob("label_studio-*.dist-info"))
    if not infos:
        raise SystemExit(f"no label_studio-*.dist-info in {packages}")
    return infos[-1].name.removeprefix("label_studio-").removesuffix(".dist-info")


def editor_sources(packages: Path) -> dict[str, str]:
    """``{path under libs/editor/src/: source}`` from the source maps of the bundled editor."""
    sources: dict[str, str] = {}
    for map_file in sorted((packages / "web" / "dist").rglob("*.js.map")):
        data = json.loads(map_file.read_text(encoding="utf-8"))
        for name, text in zip(data.get("sources", []), data.get("sourcesContent") or [], strict=False):
            if text and "libs/editor/src/" in name:
                sources[name.split("libs/editor/src/", 1)[1]] = text
    if "core/Registry.ts" not in sources and "core/Registry.js" not in sources:
        raise SystemExit(f"no source map of the labeling editor under {packages / 'web' / 'dist'}")
    return sources


def template_texts(packages: Path) -> list[tuple[bool, str]]:
    """``(is an Enterprise template, text)`` of every bundled annotation template."""
    folder = packages / "label_studio" / "annotation_templates"
    texts = []
    for path in sorted(folder.rglob("config.yml")):
        text = path.read_text(encoding="utf-8")
        texts.append((bool(re.search(r"^type:\s*enterprise\s*$", text, re.M)), text))
    return texts


def derive(venv: Path) -> TagSet:
    packages = site_packages(venv)
    sources = editor_sources(packages)
    templates = template_texts(packages)

    usage: collections.Counter[str] = collections.Counter()
    for text in [*sources.values(), *(text for _, text in templates)]:
        usage.update(_TAG_USE.findall(text))

    roles: dict[str, str] = {}
    spelling: dict[str, str] = {}
    parents_by_tag: dict[str, list[str]] = {}
    controlled_by_tag: dict[str, list[str]] = {}
    for path, text in sorted(sources.items()):
        if not path.startswith("tags/") and path != "tags":
            continue
        registered = _ADD_TAG.findall(text)
        parent_lists = _PARENT_TYPES.findall(text)
        controlled_lists = _CONTROLLED_TAGS.findall(text)
        for tag, inline_model, model_var in registered:
            role = next((r for prefix, r in ROLE_BY_DIRECTORY.items() if path.startswith(prefix)), None)
            if role is None:  # tags/Custom.jsx and the like: a control if its model is one
                role = "control" if "ControlBase" in text else "other"
            roles[tag] = ROLE_OVERRIDES.get(tag, role)
            model = inline_model or _model_name(text, model_var)
            if model is not None and model.lower() == tag:
                spelling[tag] = model
            if parent_lists and len(registered) == 1:
                parents_by_tag[tag] = re.findall(r'"(\w+)"', parent_lists[0])
            if controlled_lists and len(registered) == 1:
                controlled_by_tag[tag] = re.findall(r'"(\w+)"', controlled_lists[0])
    for tag, (name, marker) in PARSER_TAGS.items():
        if not any(marker in text for path, text in sources.items() if path.startswith("core/Tree")):
            raise SystemExit(f"the editor's config parser no longer handles {name} ({marker!r} not found)")
        roles[tag] = "other"
        spelling[tag] = name
    for tag in roles:
        if tag not in spelling:
            used = [(count, name) for name, count in usage.items() if name.lower() == tag]
            if used:
                spelling[tag] = max(used)[1]
            elif tag in SPELLINGS:
                spelling[tag] = SPELLINGS[tag]
            else:
                raise SystemExit(f"no spelling known for the tag {tag!r}: add it to SPELLINGS")
    stale = (set(ROLE_OVERRIDES) | set(SPELLINGS)) - set(roles)
    if stale:
        raise SystemExit(f"tags named in this script but no longer registered by the editor: {sorted(stale)}")

    attributes, unchecked = tag_attributes(
        sources,
        [text for _, text in templates],
        set(roles),
        {tag: converter_label_attributes(packages) for tag, role in roles.items() if role == "label"},
    )
    known = {tag.lower() for tag in roles}
    enterprise = sorted(
        {name for is_enterprise, text in templates if is_enterprise for name in _TAG_USE.findall(text)}
        - {name for name in usage if name.lower() in known}
    )
    return TagSet(
        version=label_studio_version(packages),
        roles={spelling[tag]: roles[tag] for tag in sorted(roles, key=lambda t: spelling[t])},
        parent_types={
            spelling[tag]: tuple(spelling.get(p.lower(), p) for p in parents)
            for tag, parents in sorted(parents_by_tag.items(), key=lambda item: spelling[item[0]])
        },
        to_name_types={
            spelling[tag]: tuple(spelling.get(t.lower(), t) for t in targets)
            for tag, targets in sorted(controlled_by_tag.items(), key=lambda item: spelling[item[0]])
        },
        enterprise=tuple(enterprise),
        attributes={spelling[tag]: attributes[tag] for tag in sorted(attributes, key=lambda t: spelling[t])},
        unchecked={spelling[tag]: why for tag, why in sorted(unchecked.items(), key=lambda item: spelling[item[0]])},
    )


# -- the attributes of each tag ------------------------------------------------------------------------------------


def tag_attributes(
    sources: dict[str, str], templates: list[str], tags: set[str], read_elsewhere: dict[str, set[str]]
) -> tuple[dict[str, dict[str, bool]], dict[str, str]]:
    """``({tag: {attribute: it is documented}}, {tag: why its attributes are not checked})`` for the registered
    ``tags`` (lower-case names; attributes spelt), read from the editor's model definitions and documentation (see
    the module's docstring), plus ``read_elsewhere`` (``{tag: attributes}`` that Label Studio reads outside the
    editor, counted as documented)."""
    tree = next((text for path, text in sources.items() if path.startswith("core/Tree.")), "")
    for marker in PARSER_MARKERS:
        if marker not in tree:
            raise SystemExit(
                f"the editor's config parser no longer reads attributes as expected ({marker!r} not found)"
            )
    reader = ModelReader(sources)
    names: dict[str, set[str]] = {}  # tag -> lower-case attribute names
    documented: dict[str, set[str]] = collections.defaultdict(set)  # tag -> those of its documentation
    models = registered_models(sources)
    for tag, (path, model) in sorted(models.items()):
        properties, unreadable = reader.evaluate(path, model)
        if unreadable:
            raise SystemExit(f"the model of <{tag}> cannot be read: {'; '.join(sorted(set(unreadable)))}")
        names[tag] = {name for name in properties if name == name.lower()} - PARSER_PROPERTIES
    for path, text in sources.items():
        if not path.startswith("tags/"):
            continue
        for block in re.findall(r"/\*\*(.*?)\*/", text, re.S):
            tag = named.group(1).lower() if (named := re.search(r"@name\s+(\w+)", block)) else ""
            if tag in names:
                documented[tag].update((bracketed or plain).lower() for bracketed, plain in _PARAM.findall(block))
    for tag, (path, model) in models.items():  # tags of one model (Audio, AudioPlus) share its documentation
        for other, (other_path, other_model) in models.items():
            if model.kind == "name" and (path, model.text) == (other_path, other_model.text):
                documented[tag] |= documented[other]
        names[tag] |= documented[tag]
    # A Repeater is the parser's: it reads a few attributes itself and turns the element into a view or a paged view
    # that takes the rest.
    body = tree[tree.index("function tagIntoObject") : tree.index("function cssConverter")]
    names["repeater"] = set(re.findall(r"\bprops\.(\w+)", body))
    documented["repeater"] = set(names["repeater"])
    for becomes in re.findall(r'data\.type = "(\w+)"', body):
        names["repeater"] |= names[becomes]
        documented["repeater"] |= documented[becomes]
    for tag, read in read_elsewhere.items():
        names[tag] |= read
        documented[tag] |= read
    missing = tags - set(names) - set(UNCHECKED)
    if missing:
        raise SystemExit(f"no model found for the tags {sorted(missing)}")

    spellings = _attribute_spellings(sources, templates)
    attributes = {
        tag: {spellings.get(name, name): name in documented[tag] for name in sorted(found)}
        for tag, found in names.items()
        if tag not in UNCHECKED
    }
    return attributes, {tag: UNCHECKED[tag] for tag in UNCHECKED}


def converter_label_attributes(packages: Path) -> set[str]:
    """The attributes of labels that Label Studio's export converters read (``label_studio_sdk/converter``: a COCO
    or YOLO export reads a label's ``category``, a keypoint export its ``model_index``), as they spell them."""
    folder = packages / "label_studio_sdk" / "converter"
    if not folder.is_dir():
        raise SystemExit(f"no export converters in {folder}")
    read = {
        name
        for path in folder.rglob("*.py")
        for name in _LABEL_ATTRIBUTE_READ.findall(path.read_text(encoding="utf-8"))
    }
    if not read:
        raise SystemExit(f"the export converters in {folder} no longer read label attributes as expected")
    return read


def _attribute_spellings(sources: dict[str, str], templates: list[str]) -> dict[str, str]:
    """``{lower-case name: spelling}``: the spelling that the documentation (``@param``) and the configs of the
    templates and examples use most (camelCase on a tie)."""
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for path, text in sources.items():
        if path.startswith(("tags/", "mixins/")):
            for bracketed, plain in _PARAM.findall(text):
                counts[(bracketed or plain).lower()][bracketed or plain] += 1
    for text in [*sources.values(), *templates]:
        for attribute_text in _ATTRIBUTE_USE.findall(text):
            for name in _ATTRIBUTE_NAME.findall(attribute_text):
                counts[name.lower()][name] += 1
    return {
        lower: max(found.items(), key=lambda item: (item[1], item[0] != lower, item[0]))[0]
        for lower, found in counts.items()
    }


def registered_models(sources: dict[str, str]) -> dict[str, tuple[str, JsNode]]:
    """``{tag: (the file registering it, its model expression)}``, from each ``Registry.addTag("tag", Model, View)``."""
    found: dict[str, tuple[str, JsNode]] = {}
    for path, text in sorted(sources.items()):
        if not path.startswith("tags/"):
            continue
        for match in re.finditer(r"Registry\.addTag\(", text):
            parser = JsParser(js_tokens(text[match.start() : text.index("\n", match.start())]))
            call = parser.postfix(parser.primary())
            tag, model = call.parts[1], call.parts[2]
            if tag.kind != "string":
                raise SystemExit(f"{path}: a tag registered under a computed name")
            found[tag.text] = (path, model)
    return found


# -- reading the editor's model definitions (prettier-formatted JavaScript / TypeScript) -------------------------

_JS_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<string>"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')
  | (?P<name>[A-Za-z_$][\w$]*)
  | (?P<number>\d[\w.]*)
  | (?P<punct>\.\.\.|=>|===|!==|==|!=|<=|>=|&&|\|\||\?\?|\?\.|[-+*/%<>=!&|^~?:;,.()\[\]{}@#])
    """,
    re.S | re.X,
)
_JS_CLOSE = {"(": ")", "[": "]", "{": "}"}
_JS_BINARY = frozenset(
    {"&&", "||", "??", "+", "-", "*", "/", "%", "===", "!==", "==", "!=", "<", ">", "<=", ">=", "|", "&", "^"}
)
_JS_PREFIX = frozenset({"!", "-", "+", "~", "typeof", "void", "delete", "await", "new", "yield", "instanceof", "in"})
#: methods of a model that add no properties
_MODEL_METHODS = frozenset({"views", "actions", "volatile", "extend", "named", "postProcessSnapshot", "hooks"})


class Unreadable(Exception):
    """JavaScript beyond what this reader understands."""


@dataclass
class JsToken:
    kind: str  # name, string, number, punct, template, regex
    text: str


@dataclass
class JsNode:
    """An expression: ``name``, ``member`` (``text`` of ``parts[0]``), ``call`` (``parts``: callee, arguments...),
    ``object`` (``entries``), ``array``, ``spread``, ``cond`` (test, yes, no), ``string``, ``func`` (``text``: its
    parameters, ``body``), or ``other``."""

    kind: str
    text: str = ""
    parts: list[JsNode] = field(default_factory=list)
    entries: list[tuple[str | None, JsNode, list[JsToken]]] = field(default_factory=list)  # (key or None: a spread)
    body: list[JsToken] = field(default_factory=list)


def js_tokens(text: str) -> list[JsToken]:
    tokens: list[JsToken] = []
    pos = 0
    while pos < len(text):
        if text[pos] == "`":
            pos = _skip_template(text, pos)
            tokens.append(JsToken("template", "`"))
            continue
        if text[pos] == "/" and _regex_may_start(tokens) and not text.startswith(("//", "/*"), pos):
            end = _skip_regex(text, pos)
            tokens.append(JsToken("regex", text[pos:end]))
            pos = end
            continue
        match = _JS_TOKEN.match(text, pos)
        if match is None:
            raise Unreadable(f"cannot read {text[pos : pos + 20]!r}")
        if match.lastgroup not in ("space", "comment"):
            tokens.append(JsToken(match.lastgroup or "", match.group()))
        pos = match.end()
    return tokens


def _regex_may_start(tokens: list[JsToken]) -> bool:
    if not tokens:
        return True
    last = tokens[-1]
    if last.kind == "name":
        return last.text in ("return", "typeof", "case", "in", "of", "new", "delete", "void", "throw")
    return last.kind == "punct" and last.text not in (")", "]", "}")


def _skip_regex(text: str, pos: int) -> int:
    pos += 1
    in_class = False
    while pos < len(text) and text[pos] != "\n":
        char = text[pos]
        if char == "\\":
            pos += 2
            continue
        if char in "[]":
            in_class = char == "["
        elif char == "/" and not in_class:
            pos += 1
            while pos < len(text) and text[pos].isalnum():
                pos += 1
            return pos
        pos += 1
    raise Unreadable("an unterminated regular expression")


def _skip_template(text: str, pos: int) -> int:
    pos += 1
    while pos < len(text):
        if text[pos] == "\\":
            pos += 2
        elif text[pos] == "`":
            return pos + 1
        elif text.startswith("${", pos):
            depth, pos = 1, pos + 2
            while depth:
                if pos >= len(text):
                    break
                if text[pos] == "`":
                    pos = _skip_template(text, pos)
                    continue
                if text[pos] in "\"'":
                    match = _JS_TOKEN.match(text, pos)
                    if match is None or match.lastgroup != "string":
                        raise Unreadable("a string in a template literal")
                    pos = match.end()
                    continue
                depth += {"{": 1, "}": -1}.get(text[pos], 0)
                pos += 1
        else:
            pos += 1
    raise Unreadable("an unterminated template literal")


class JsParser:
    """Enough of JavaScript's expressions to read model definitions; function bodies are skipped, not read."""

    def __init__(self, tokens: list[JsToken]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self, offset: int = 0) -> JsToken | None:
        index = self.pos + offset
        return self.tokens[index] if index < len(self.tokens) else None

    def at(self, text: str, offset: int = 0) -> bool:
        token = self.peek(offset)
        return token is not None and token.kind == "punct" and token.text == text

    def take(self, text: str | None = None) -> JsToken:
        token = self.peek()
        if token is None or (text is not None and token.text != text):
            raise Unreadable(f"expected {text!r}, found {token.text if token else 'the end'!r}")
        self.pos += 1
        return token

    def skip_group(self) -> list[JsToken]:
        """Skip a bracketed group that starts here; returns what is inside."""
        stack = [_JS_CLOSE[self.take().text]]
        start = self.pos
        while stack:
            token = self.take()
            if token.kind == "punct" and token.text in _JS_CLOSE:
                stack.append(_JS_CLOSE[token.text])
            elif token.kind == "punct" and token.text in (")", "]", "}") and stack.pop() != token.text:
                raise Unreadable("mismatched brackets")
        return self.tokens[start : self.pos - 1]

    def expression(self) -> JsNode:
        node = self.binary()
        if self.at("?"):
            self.take()
            yes = self.expression()
            self.take(":")
            return JsNode("cond", parts=[node, yes, self.expression()])
        return node

    def binary(self) -> JsNode:
        node = self.unary()
        while (token := self.peek()) is not None and (
            (token.kind == "punct" and token.text in _JS_BINARY) or token.text in ("instanceof", "in", "as")
        ):
            self.take()
            self.unary()
            node = JsNode("other", text="an operator")
        return node

    def unary(self) -> JsNode:
        token = self.peek()
        if token is not None and token.text in _JS_PREFIX and token.kind in ("punct", "name"):
            self.take()
            self.unary()
            return JsNode("other", text=token.text)
        return self.postfix(self.primary())

    def primary(self) -> JsNode:
        token = self.take()
        if token.kind == "punct" and token.text in ("(", "[", "{"):
            self.pos -= 1
            if token.text == "(" and self._arrow_ahead():
                params = [t.text for t in self.skip_group() if t.kind == "name"]
                self.take("=>")
                return self._arrow_body(params)
            if token.text == "{":
                return self.object()
            if token.text == "[":
                return JsNode("array", parts=self.items("[", "]"))
            self.take("(")
            node = self.expression()
            while self.at(","):
                self.take()
                node = self.expression()
            self.take(")")
            return node
        if token.kind == "name" and token.text == "async":
            return self.primary()
        if token.kind == "name" and token.text == "function":
            if self.at("*"):
                self.take()
            if (name := self.peek()) is not None and name.kind == "name":
                self.take()
            self.skip_group()
            return JsNode("func", body=self.skip_group())
        if token.kind == "name" and self.at("=>"):
            self.take()
            return self._arrow_body([token.text])
        if token.kind == "name":
            return JsNode("name", text=token.text)
        if token.kind == "string":
            return JsNode("string", text=token.text[1:-1])
        return JsNode("other", text=token.text)

    def _arrow_ahead(self) -> bool:
        depth = 0
        for index in range(self.pos, len(self.tokens)):
            token = self.tokens[index]
            if token.kind == "punct" and token.text in _JS_CLOSE:
                depth += 1
            elif token.kind == "punct" and token.text in (")", "]", "}"):
                depth -= 1
                if depth == 0:
                    return index + 1 < len(self.tokens) and self.tokens[index + 1].text == "=>"
        return False

    def _arrow_body(self, params: list[str]) -> JsNode:
        # Skipped, not read (it may hold TypeScript): a block, or an expression up to the end of the argument.
        if self.at("{"):
            return JsNode("func", text=",".join(params), body=self.skip_group())
        start = self.pos
        while (token := self.peek()) is not None and not (
            token.kind == "punct" and token.text in (",", ")", "]", "}", ";")
        ):
            if token.kind == "punct" and token.text in _JS_CLOSE:
                self.skip_group()
            else:
                self.take()
        return JsNode("func", text=",".join(params), body=self.tokens[start : self.pos])

    def postfix(self, node: JsNode) -> JsNode:
        while True:
            token = self.peek()
            if token is None:
                return node
            if token.kind == "punct" and token.text in (".", "?."):
                self.take()
                if self.at("("):
                    continue  # optional call: f?.(...)
                node = JsNode("member", text=self.take().text, parts=[node])
                self._type_arguments()
            elif token.kind == "punct" and token.text == "(":
                node = JsNode("call", parts=[node, *self.items("(", ")")])
            elif token.kind == "punct" and token.text == "[":
                self.skip_group()
                node = JsNode("other", text="an index")
            elif token.kind == "punct" and token.text == "!" and (self.at(".", 1) or self.at("(", 1)):
                self.take()  # TypeScript's non-null assertion
            elif token.kind == "template":
                self.take()
                node = JsNode("other", text="a tagged template")
            else:
                return node

    def _type_arguments(self) -> None:
        """Skip the TypeScript type arguments of a call: ``.volatile<Props>(...)``."""
        if not self.at("<"):
            return
        depth = 0
        for index in range(self.pos, len(self.tokens)):
            text = self.tokens[index].text
            depth += {"<": 1, ">": -1}.get(text, 0)
            if depth == 0:
                if index + 1 < len(self.tokens) and self.tokens[index + 1].text == "(":
                    self.pos = index + 1
                return
            if text in (";", "{", "}", "("):
                return

    def items(self, opener: str, closer: str) -> list[JsNode]:
        """The items of an argument list or an array literal, spreads included."""
        self.take(opener)
        found: list[JsNode] = []
        while not self.at(closer):
            if self.at("..."):
                self.take()
                found.append(JsNode("spread", parts=[self.expression()]))
            else:
                found.append(self.expression())
            if not self.at(closer):
                self.take(",")
        self.take(closer)
        return found

    def object(self) -> JsNode:
        self.take("{")
        node = JsNode("object")
        while not self.at("}"):
            start = self.pos
            token = self.take()
            if token.kind == "punct" and token.text == "...":
                node.entries.append((None, self.expression(), []))
            elif token.kind == "punct" and token.text == "[":
                raise Unreadable("a computed property name")
            else:
                key = token.text[1:-1] if token.kind == "string" else token.text
                if token.text in ("get", "set", "async") and not (
                    self.at(":") or self.at(",") or self.at("}") or self.at("(")
                ):
                    key = self.take().text  # an accessor or an async method
                if self.at(":"):
                    self.take()
                    value_start = self.pos
                    value = self.expression()
                    node.entries.append((key, value, self.tokens[value_start : self.pos]))
                elif self.at("("):  # a method
                    self.skip_group()
                    node.entries.append((key, JsNode("func", body=self.skip_group()), []))
                else:  # shorthand
                    node.entries.append((key, JsNode("name", text=key), self.tokens[start : self.pos]))
            if not self.at("}"):
                self.take(",")
        self.take("}")
        return node


_JS_EXTENSIONS = ("", ".js", ".jsx", ".ts", ".tsx", "/index.js", "/index.jsx", "/index.ts", "/index.tsx")
_DECLARATION = re.compile(r"(?:export\s+)?(?:const|let|var)\s+([\w$]+)\s*(?::[^=]+)?=\s*")
_IMPORT = re.compile(r"import\s+(?:type\s+)?(.*?)\s+from\s+[\"']([^\"']+)[\"']", re.S)
_EXPORT_LIST = re.compile(r"export\s*\{([^}]*)\}(?:\s*from\s*[\"']([^\"']+)[\"'])?", re.S)
_EXPORT_STAR = re.compile(r"export\s*\*\s*from\s*[\"']([^\"']+)[\"']")
_EXPORT_DEFAULT = re.compile(r"export\s+default\s+")
_FUNCTION = re.compile(r"(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|class)\s+([\w$]+)")


@dataclass
class JsModule:
    """A file's top-level names: ``declarations`` (name -> expression text, or None for a function or class),
    ``imports`` (local name -> (file, or ``!package``; exported name)), ``exports`` (name -> (file or None for this
    one, name there)), ``star`` (files re-exported whole), ``default`` (the default export's expression text)."""

    declarations: dict[str, str | None] = field(default_factory=dict)
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)
    exports: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    star: list[str] = field(default_factory=list)
    default: str | None = None


Found = tuple[frozenset[str], tuple[str, ...]]  # (model properties, what could not be read)


class ModelReader:
    """The model properties that a name or an expression of the editor's sources stands for."""

    def __init__(self, sources: dict[str, str]) -> None:
        self.sources = sources
        self.modules: dict[str, JsModule] = {}
        self.cache: dict[tuple[str, str], Found] = {}
        self.active: set[tuple[str, str]] = set()

    def evaluate(self, path: str, node: JsNode) -> Found:
        properties: set[str] = set()
        unreadable: list[str] = []

        def add(found: Found) -> None:
            properties.update(found[0])
            unreadable.extend(found[1])

        if node.kind == "name":
            add(self.name(path, node.text))
        elif node.kind == "cond":  # a feature flag: either branch may be on
            add(self.evaluate(path, node.parts[1]))
            add(self.evaluate(path, node.parts[2]))
        elif node.kind in ("array", "spread"):
            for part in node.parts:
                add(self.evaluate(path, part))
        elif node.kind == "call" and node.parts[0].kind == "member":
            callee, *args = node.parts
            target = callee.parts[0]
            if target.kind == "name" and target.text == "types" and callee.text in ("compose", "model"):
                for arg in args:
                    if arg.kind != "string":  # a model's name
                        add(self.evaluate(path, arg) if callee.text == "compose" else self.object_keys(path, arg))
            elif target.kind == "name" and target.text == "types":
                unreadable.append(f"{path}: types.{callee.text}(...) where a model was expected")
            else:
                add(self.evaluate(path, target))
                if callee.text == "props":
                    for arg in args:
                        add(self.object_keys(path, arg))
                elif callee.text == "preProcessSnapshot":
                    add(self.snapshot_reads(path, args))
                elif callee.text != "filter" and callee.text not in _MODEL_METHODS:
                    # filter: some models of an array left out; all of them is more, never less
                    unreadable.append(f"{path}: .{callee.text}(...) on a model")
        elif node.kind == "call":
            unreadable.append(f"{path}: a model made by a call")
        else:
            unreadable.append(f"{path}: a model given as {node.kind} {node.text}".rstrip())
        return frozenset(properties), tuple(unreadable)

    def object_keys(self, path: str, node: JsNode) -> Found:
        """The properties of a ``types.model({...})`` literal whose type an attribute's text can fill."""
        if node.kind == "cond":
            yes, no = self.object_keys(path, node.parts[1]), self.object_keys(path, node.parts[2])
            return yes[0] | no[0], yes[1] + no[1]
        if node.kind == "name":
            text = self.module(path).declarations.get(node.text)
            if text is None:
                return frozenset(), (f"{path}: model properties in {node.text}, which is no object here",)
            try:
                return self.object_keys(path, JsParser(js_tokens(text)).expression())
            except Unreadable as exc:
                return frozenset(), (f"{path}: {exc}",)
        if node.kind != "object":
            return frozenset(), (f"{path}: model properties given as {node.kind} {node.text}".rstrip(),)
        properties: set[str] = set()
        unreadable: list[str] = []
        for key, value, value_tokens in node.entries:
            if key is None:
                found = self.object_keys(path, value)
                properties.update(found[0])
                unreadable.extend(found[1])
            elif not key.startswith("_") and self.text_type(path, value_tokens):
                properties.add(key)
        return frozenset(properties), tuple(unreadable)

    def text_type(self, path: str, tokens: list[JsToken]) -> bool:
        """Whether the type a property is declared with (its tokens) can hold an attribute's text: no array, map or
        reference, also when the type is a name declared in the file (``store: Store``)."""
        if len(tokens) == 1 and tokens[0].kind == "name":
            text = self.module(path).declarations.get(tokens[0].text)
            if text:
                try:
                    tokens = js_tokens(text)
                except Unreadable:
                    return True
        return not any(
            token.text in _NOT_TEXT_TYPES and index and tokens[index - 1].text == "."
            for index, token in enumerate(tokens)
        )

    def snapshot_reads(self, path: str, args: list[JsNode]) -> Found:
        """The names that ``preProcessSnapshot((sn) => ...)`` reads from the snapshot (not those it sets)."""
        if len(args) != 1 or args[0].kind != "func" or not args[0].text:
            return frozenset(), (f"{path}: a preProcessSnapshot that cannot be read",)
        param, body = args[0].text.split(",")[0], args[0].body
        return frozenset(
            body[index + 2].text
            for index in range(len(body) - 2)
            if body[index].text == param
            and not body[index + 2].text.startswith("_")
            and body[index + 1].text in (".", "?.")
            and body[index + 2].kind == "name"
            and not (index + 3 < len(body) and body[index + 3].text == "=")
        ), ()

    def name(self, path: str, name: str) -> Found:
        key = (path, name)
        if key in self.cache:
            return self.cache[key]
        if key in self.active:
            return frozenset(), (f"{path}: {name} is defined by itself",)
        self.active.add(key)
        try:
            found = self._name(path, name)
        finally:
            self.active.discard(key)
        self.cache[key] = found
        return found

    def _name(self, path: str, name: str) -> Found:
        if path.startswith("!"):
            return frozenset(), (f"{name} comes from the package {path[1:]}",)
        module = self.module(path)
        if name == "default" and module.default is not None:
            return self.text(path, module.default)
        if name in module.declarations:
            text = module.declarations[name]
            if text is None:
                return frozenset(), (f"{path}: {name} is a function or a class",)
            return self.text(path, text)
        if name in module.imports:
            return self.name(*module.imports[name])
        if name in module.exports:
            source, original = module.exports[name]
            if source is not None or original != name:
                return self.name(source or path, original)
        for star in module.star:
            if name in self.module(star).declarations or name in self.module(star).exports:
                return self.name(star, name)
        return frozenset(), (f"{path}: {name} is not defined there",)

    def text(self, path: str, text: str) -> Found:
        try:
            return self.evaluate(path, JsParser(js_tokens(text)).expression())
        except Unreadable as exc:
            return frozenset(), (f"{path}: {exc}",)

    def module(self, path: str) -> JsModule:
        if path not in self.modules:
            self.modules[path] = self._read_module(path)
        return self.modules[path]

    def _read_module(self, path: str) -> JsModule:
        module = JsModule()
        for statement in _top_level_statements(self.sources[path]):
            if match := _IMPORT.match(statement):
                target = self._resolve(path, match.group(2))
                default, _, named = match.group(1).partition("{")
                default = default.strip().rstrip(",").strip()
                if default.startswith("* as "):
                    module.imports[default[5:].strip()] = (target, "*")
                elif default:
                    module.imports[default] = (target, "default")
                for item in named.rstrip().rstrip("}").split(","):
                    original, _, local = item.strip().removeprefix("type ").partition(" as ")
                    if original.strip():
                        module.imports[(local or original).strip()] = (target, original.strip())
            elif match := _DECLARATION.match(statement):
                module.declarations[match.group(1)] = statement[match.end() :]
                if statement.startswith("export"):
                    module.exports[match.group(1)] = (None, match.group(1))
            elif match := _EXPORT_STAR.match(statement):
                module.star.append(self._resolve(path, match.group(1)))
            elif match := _EXPORT_LIST.match(statement):
                source = self._resolve(path, match.group(2)) if match.group(2) else None
                for item in match.group(1).split(","):
                    original, _, exported = item.strip().partition(" as ")
                    if original.strip():
                        module.exports[(exported or original).strip()] = (source, original.strip())
            elif match := _FUNCTION.match(statement):
                module.declarations[match.group(1)] = None
                if statement.startswith("export"):
                    module.exports[match.group(1)] = (None, match.group(1))
            elif match := _EXPORT_DEFAULT.match(statement):
                module.default = statement[match.end() :]
        return module

    def _resolve(self, base: str, spec: str) -> str:
        """The file an import names (``!package`` for one outside the editor)."""
        if not spec.startswith("."):
            return "!" + spec
        parts = base.split("/")[:-1]
        for piece in spec.split("/"):
            if piece == "..":
                parts = parts[:-1]
            elif piece != ".":
                parts.append(piece)
        path = "/".join(parts)
        return next((path + ext for ext in _JS_EXTENSIONS if path + ext in self.sources), "!" + spec)


def _top_level_statements(text: str) -> list[str]:
    """The top-level statements of a prettier-formatted file: each goes on until a line that starts at column 0 with
    anything but a closing bracket (JSX elsewhere in the file is never tokenised)."""
    found: list[list[str]] = []
    for line in text.split("\n"):
        if line[:1] and not line[:1].isspace() and line[:1] not in ")]}":
            found.append([line])
        elif found:
            found[-1].append(line)
    return ["\n".join(lines) for lines in found]


def _model_name(text: str, variable: str) -> str | None:
    match = re.search(rf"\b{re.escape(variable)}\s*=\s*types\.(?:compose|model)\(\s*\"(\w+)Model\"", text)
    return match.group(1) if match else None


def render(tags: TagSet) -> str:
    def text(value: str | tuple[str, ...]) -> str:  # ruff's format: double quotes, a one-tuple's comma
        if isinstance(value, str):
            return json.dumps(value)
        return "(" + ", ".join(map(json.dumps, value)) + ("," if len(value) == 1 else "") + ")"

    def mapping(items: dict[str, str] | dict[str, tuple[str, ...]]) -> str:
        return "".join(f"        {text(key)}: {text(value)},\n" for key, value in items.items())

    by_role = collections.Counter(tags.roles.values())
    return (
        f'"""The tags of Label Studio {tags.version}\'s labeling editor, and what it requires of them.\n'
        "\n"
        "GENERATED by ``scripts/vendor_ls_tags.py`` from the editor that the ``label-studio`` package ships; do not\n"
        "edit. Regenerate after moving to another Label Studio release (a unit test compares this module with the\n"
        "installed release).\n"
        '"""\n'
        "\n"
        "from __future__ import annotations\n"
        "\n"
        "from collections.abc import Mapping\n"
        "from types import MappingProxyType\n"
        "from typing import Final\n"
        "\n"
        '__all__ = ["ENTERPRISE_TAGS", "LABEL_STUDIO_VERSION", "PARENT_TYPES", "TAGS", "TO_NAME_TYPES"]\n'
        "\n"
        "#: the release the tags were read from\n"
        f"LABEL_STUDIO_VERSION: Final = {text(tags.version)}\n"
        "\n"
        f"#: every tag of a label config, as Label Studio spells it, and its role ({by_role['control']} control tags,\n"
        f"#: {by_role['object']} object tags, {by_role['label']} label tags, {by_role['other']} others): ``control``"
        " needs ``name`` and ``toName``,\n"
        "#: ``object`` needs ``name`` and ``value``, ``label`` is one label of its control (needs ``value``)\n"
        "TAGS: Final[Mapping[str, str]] = MappingProxyType(\n"
        "    {\n"
        f"{mapping(tags.roles)}"
        "    }\n"
        ")\n"
        "\n"
        "#: tags that must be inside one of these tags (at any depth)\n"
        "PARENT_TYPES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(\n"
        "    {\n"
        f"{mapping(tags.parent_types)}"
        "    }\n"
        ")\n"
        "\n"
        "#: control tags whose ``toName`` may only name these object tags\n"
        "TO_NAME_TYPES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(\n"
        "    {\n"
        f"{mapping(tags.to_name_types)}"
        "    }\n"
        ")\n"
        "\n"
        "#: tags of the bundled Label Studio Enterprise templates that this release's editor does not know\n"
        f"ENTERPRISE_TAGS: Final = frozenset({{{', '.join(map(text, tags.enterprise))}}})\n"
    )


def render_attributes(tags: TagSet) -> str:
    def names(values: dict[str, bool]) -> str:
        if not values:
            return "{}"
        return "{\n" + "".join(f"            {json.dumps(k)}: {v},\n" for k, v in values.items()) + "        }"

    def wrapped(text: str) -> str:  # a long string as ruff formats it: implicitly concatenated lines
        lines = textwrap.wrap(text, 96, drop_whitespace=False)
        return "(\n" + "".join(f"            {json.dumps(line)}\n" for line in lines) + "        )"

    return (
        f'"""The attributes of the tags of Label Studio {tags.version}\'s labeling editor.\n'
        "\n"
        "GENERATED by ``scripts/vendor_ls_tags.py`` from the editor that the ``label-studio`` package ships; do not\n"
        "edit. Regenerate after moving to another Label Studio release (a unit test compares this module with the\n"
        "installed release).\n"
        "\n"
        "The editor lower-cases attribute names before it reads them (``showinline`` is ``showInline``), and drops\n"
        "the attributes that a tag's model does not declare without a word.\n"
        '"""\n'
        "\n"
        "from __future__ import annotations\n"
        "\n"
        "from collections.abc import Mapping\n"
        "from types import MappingProxyType\n"
        "from typing import Final\n"
        "\n"
        '__all__ = ["ATTRIBUTES", "UNCHECKED"]\n'
        "\n"
        "#: the attributes of each tag, as Label Studio spells them: those its model in the editor declares, and\n"
        "#: those its documentation names or the export converters read (``category``, ``model_index`` of labels);\n"
        "#: each maps to whether it is documented (the others are the model's own state, rarely of use in a config)\n"
        "ATTRIBUTES: Final[Mapping[str, Mapping[str, bool]]] = MappingProxyType(\n"
        "    {\n"
        + "".join(f"        {json.dumps(tag)}: {names(values)},\n" for tag, values in tags.attributes.items())
        + "    }\n"
        ")\n"
        "\n"
        "#: tags whose attributes are not checked (any attribute is let through), and why\n"
        "UNCHECKED: Final[Mapping[str, str]] = MappingProxyType(\n"
        "    {\n"
        + "".join(f"        {json.dumps(tag)}: {wrapped(why)},\n" for tag, why in tags.unchecked.items())
        + "    }\n"
        ")\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="a virtualenv with label-studio installed")
    parser.add_argument("--check", action="store_true", help="compare with the vendored modules instead of writing")
    args = parser.parse_args()
    tags = derive(args.venv)
    outputs = {TARGET: render(tags), ATTRIBUTES_TARGET: render_attributes(tags)}
    if args.check:
        differing = 0
        for target, text in outputs.items():
            current = target.read_text(encoding="utf-8") if target.exists() else ""
            if current != text:
                differing += 1
                sys.stdout.writelines(
                    difflib.unified_diff(
                        current.splitlines(keepends=True), text.splitlines(keepends=True), str(target), "derived"
                    )
                )
            else:
                print(f"{target.relative_to(ROOT)} matches the installed Label Studio")
        return 1 if differing else 0
    for target, text in outputs.items():
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

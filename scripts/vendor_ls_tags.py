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
  that the error can say they are Enterprise tags.

Usage:
  python scripts/vendor_ls_tags.py [--venv .server/venv]           # write src/lsclient/core/ls_tags.py
  python scripts/vendor_ls_tags.py [--venv .server/venv] --check   # exit 1 (with a diff) if it differs

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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "lsclient" / "core" / "ls_tags.py"
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


@dataclass(frozen=True)
class TagSet:
    """What is vendored."""

    version: str
    roles: dict[str, str]  # spelling -> role
    parent_types: dict[str, tuple[str, ...]]
    to_name_types: dict[str, tuple[str, ...]]
    enterprise: tuple[str, ...]


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
    )


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="a virtualenv with label-studio installed")
    parser.add_argument("--check", action="store_true", help="compare with the vendored module instead of writing")
    args = parser.parse_args()
    text = render(derive(args.venv))
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            sys.stdout.writelines(
                difflib.unified_diff(
                    current.splitlines(keepends=True), text.splitlines(keepends=True), str(TARGET), "derived"
                )
            )
            return 1
        print(f"{TARGET.relative_to(ROOT)} matches the installed Label Studio")
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Label configs on the server: ask Label Studio whether a config is acceptable (:func:`validate_label_config`),
replace a project's config safely (:func:`set_label_config`), add or remove a label of a live project
(:func:`add_label`, :func:`remove_label`).

Building, reading and editing the XML itself needs no server: :mod:`lsclient.core.label_config`. Every config is
checked locally first (:func:`~lsclient.core.label_config.check_label_config`: Label Studio's server stores unknown
tags without a word). Label Studio's own ``PATCH`` of ``label_config`` does not check the labels existing
annotations use (only the project's validate endpoint does), so the functions here validate first, then save; and
where the validate endpoint cannot see an annotation (a nested ``Taxonomy`` choice removed while its value stays
elsewhere), they look for it themselves.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from lsclient.api_client.api.projects import projects_validate_create, projects_validate_label_config
from lsclient.api_client.models.project_label_config_request import ProjectLabelConfigRequest

from ..arguments import check_text
from ..errors import InvalidInputError
from ..label_config import (
    AttrValue,
    LabelConfig,
    LabelPath,
    check_label_config,
    parse_label_config,
    unprotected_removals,
    with_label,
    without_label,
)
from ..resources import id_of
from .calls import call, call_no_content

if TYPE_CHECKING:
    from .client import AsyncClient
    from .projects import AsyncProject

__all__ = ["add_label", "remove_label", "set_label_config", "validate_label_config"]


async def validate_label_config(client: AsyncClient, xml: str | LabelConfig, *, project_id: int | None = None) -> None:
    """Check a label config locally, then ask the server whether it is acceptable; return None if it is, raise if
    not.

    The local check (:func:`~lsclient.core.label_config.check_label_config`, no request) refuses malformed XML and
    what Label Studio's editor would not render: unknown or misspelt tags, a control without ``toName``... — the
    server accepts those. Without ``project_id`` the server then checks the config on its own
    (``POST /api/projects/validate/``): Label Studio's tag schema, unique names, every ``toName`` pointing at a
    name. With ``project_id`` (``POST /api/projects/{id}/validate/``) the server also checks it against the
    project's existing annotations and drafts: a control, or a label, that annotations use may not disappear.

    >>> await validate_label_config(client, LabelConfig.ner("ner", ["PER"]))  # doctest: +SKIP
    >>> await validate_label_config(client, without_label(project.label_config, "sentiment", "positive"),
    ...                             project_id=project.id)  # doctest: +SKIP
    Traceback (most recent call last):
    lsclient.core.errors.BadRequestError: 400 Bad Request on POST /api/projects/7/validate/: Validation error
      non_field_errors: These labels still exist in annotations or drafts:
    positive (2 annotations)
    ...

    :raises LabelConfigError: (an :class:`InvalidInputError`) Label Studio's editor would refuse the config; no
        request is made.
    :raises LabelConfigSyntaxError: (an :class:`InvalidInputError`) the XML is malformed; no request is made.
    :raises InvalidInputError: the config is empty (no request is made).
    :raises BadRequestError: the server rejected the config; the message carries its explanation (e.g.
        ``toName="img" not found in names: ['label', 'text']``).
    :raises NotFoundError: no project ``project_id``.
    """
    text = check_label_config(xml).xml
    body = ProjectLabelConfigRequest(label_config=text)
    if project_id is not None:
        project_id = id_of(project_id, "validate_label_config(): project_id")
    if project_id is None:
        # The server answers 204 with no body when the config is acceptable.
        await call_no_content(projects_validate_create.asyncio_detailed, client=client.http, body=body)
    else:
        await call(projects_validate_label_config.asyncio_detailed, project_id, client=client.http, body=body)


async def set_label_config(project: AsyncProject, config: str | LabelConfig) -> None:
    """Replace a project's label config, after the server confirmed that its annotations stay valid: one
    ``POST /api/projects/{id}/validate/``, then one ``PATCH /api/projects/{id}/``. The project proxy holds the
    server's answer afterwards.

    When the new config or the project's has a nested control (a ``Taxonomy``, or ``Choices`` with
    ``allowNested="true"``), the project is re-read first (one ``GET``): if a choice path goes that the server's
    check cannot see (:func:`~lsclient.core.label_config.unprotected_removals`: ``B1`` removed under ``B`` but kept
    at the top level), the project's annotations and the caller's drafts are read (``GET /api/tasks/?fields=all``,
    page by page; Label Studio shows each user only their own drafts) and the change is refused if one uses it.

    Label Studio 1.23.2 refuses every config of a project whose annotations hold nested ``Choices`` paths (it counts
    ``["B", "B1"]`` as a label named ``"['B', 'B1']"``); :func:`add_label` and :func:`remove_label` work there.

    >>> await set_label_config(project, LabelConfig.text_classification("sentiment", ["pos", "neg"]))  # doctest: +SKIP

    :raises LabelConfigSyntaxError: the XML does not parse (before any request).
    :raises LabelConfigError: Label Studio's editor would refuse the config (before any request).
    :raises InvalidInputError: the config is empty (before any request); annotations or drafts use a choice path
        that the new config drops and that the server cannot check (the project is unchanged).
    :raises BadRequestError: the server refused the config (invalid, or incompatible with annotations); the
        project is unchanged.
    """
    parsed = check_label_config(config)
    previous = None
    if _has_nested(parsed.xml) or _has_nested(project.label_config):
        await project.fetch()
        previous = project.label_config if isinstance(project.label_config, str) else None
    await _save(project, previous, parsed.xml, server_checks_annotations=True)


def _has_nested(xml: object) -> bool:
    if not isinstance(xml, str) or not xml.strip():
        return False
    return any(control.nested for control in parse_label_config(xml).controls)


async def _save(project: AsyncProject, previous: str | None, text: str, *, server_checks_annotations: bool) -> None:
    """Check ``text`` against the project's annotations (lsclient reads those the server cannot see), validate it
    on the server (against the annotations too, if ``server_checks_annotations``), then save it."""
    if previous:
        unchecked = unprotected_removals(previous, text)
        if unchecked:
            await _refuse_if_used(project, unchecked)
    await validate_label_config(project.client, text, project_id=project.id if server_checks_annotations else None)
    await project.update(label_config=text)


async def _refuse_if_used(project: AsyncProject, removed: Mapping[str, tuple[LabelPath, ...]]) -> None:
    """Raise if an annotation or draft of the project uses one of the ``removed`` choice paths."""
    used: Counter[tuple[str, LabelPath]] = Counter()
    async for task in project.tasks.list(include_annotations=True):
        record = task.to_dict()
        for item in [*(record.get("annotations") or []), *(record.get("drafts") or [])]:
            for region in item.get("result") or [] if isinstance(item, Mapping) else []:
                for control, path in _paths_in(region):
                    if path in removed.get(control, ()):
                        used[(control, path)] += 1
    if used:
        lines = [f"{control}: {' / '.join(path)} ({count} in all)" for (control, path), count in used.items()]
        raise InvalidInputError(
            "these choices are still used by annotations or drafts, and the new label config drops them: "
            + "; ".join(lines)
            + ". Label Studio checks annotations against label values only and would accept the change, since the "
            "same values are still in the config elsewhere; the project is unchanged"
        )


def _paths_in(region: Any) -> list[tuple[str, LabelPath]]:
    """``(control name, choice path)`` of every choice a result region holds (Taxonomy and nested Choices hold
    paths, plain Choices single values)."""
    if not isinstance(region, Mapping) or not isinstance(region.get("value"), Mapping):
        return []
    control = region.get("from_name")
    if not isinstance(control, str):
        return []
    found: list[tuple[str, LabelPath]] = []
    for key in ("taxonomy", "choices"):
        for item in region["value"].get(key) or []:
            if isinstance(item, str):
                found.append((control, (item,)))
            elif isinstance(item, Sequence) and all(isinstance(step, str) for step in item):
                found.append((control, tuple(item)))
    return found


async def add_label(
    project: AsyncProject,
    control_name: str,
    label_value: str,
    *,
    parent: str | Sequence[str] | None = None,
    **attrs: AttrValue | None,
) -> bool:
    """Add a choice or label to a control of a live project; existing annotations stay valid.

    Re-reads the project from the server (one ``GET``, so a change made elsewhere is not overwritten), adds
    ``label_value`` to control ``control_name`` (see :func:`~lsclient.core.label_config.with_label`): at the top
    level, or under the choice ``parent`` of a ``Taxonomy`` (``parent=("B",)`` or ``"B"``; ``("B", "B1")`` for a
    deeper one). The server validates the result (``POST /api/projects/validate/``: a label added cannot
    invalidate an annotation, so this is the check of the config itself), then it is saved with one ``PATCH``.
    Adding a label the control already has at that level (same value and alias) changes nothing and sends nothing
    after the ``GET``.

    >>> await add_label(project, "sentiment", "neutral")  # doctest: +SKIP
    True
    >>> project.parsed_config.control("sentiment").labels  # doctest: +SKIP
    ('positive', 'negative', 'neutral')

    :param parent: the choice to add under, as a path of values from the top level (nested controls only).
    :param attrs: attributes of the new tag, in any case or snake_case, written as Label Studio spells them:
        ``hotkey="n"``, ``alias="N"`` (a ``<Choice>`` or ``<Label>``), ``background="#00ff00"`` (a ``<Label>`` only).
    :returns: True if the label was added, False if the control already had it.
    :raises InvalidInputError: the project has no control named ``control_name`` (the message lists them), the
        control takes no labels, the label is empty, ``parent`` names no choice (or the control does not nest), a
        sibling label already has this value or alias, the hotkey is taken, an attribute the new tag does not have
        (the message names the likely one), or the project has no label config.
    :raises BadRequestError: the server refused the new config; the project is unchanged.
    """
    _check_names("add_label()", control_name, label_value, parent, attrs)
    await project.fetch()
    current = _current(project, "add a label to")
    changed = with_label(current, control_name, label_value, parent=parent, **attrs)
    if changed == current:
        return False
    await _save(project, current, changed, server_checks_annotations=False)
    return True


async def remove_label(
    project: AsyncProject, control_name: str, label_value: str, *, parent: str | Sequence[str] | None = None
) -> bool:
    """Remove a choice or label from a control of a live project, unless annotations use it.

    Re-reads the project (one ``GET``), removes ``label_value`` (a value or alias) at the top level of control
    ``control_name`` or under the choice ``parent`` of a ``Taxonomy`` (see
    :func:`~lsclient.core.label_config.without_label`; the choices under it go too), then saves as
    :func:`set_label_config` does: the server refuses the change if annotations or drafts use the label
    (``POST /api/projects/{id}/validate/``), and lsclient if they use a choice path that the server cannot check
    (it reads the annotations then). For nested ``Choices`` (``allowNested="true"``), where Label Studio 1.23.2
    cannot check any path, lsclient checks every removed path and the server the config itself
    (``POST /api/projects/validate/``).

    >>> await remove_label(project, "topics", "B1", parent="B")  # doctest: +SKIP
    True

    :returns: True if the label was removed, False if the control has no such label at any level.
    :raises InvalidInputError: no such control; ``parent`` names no choice; the label is not at that level but at
        another (the message says where); annotations use a ``Taxonomy`` path the server cannot check.
    :raises BadRequestError: the server refused the new config (annotations use the label); the project is
        unchanged.
    """
    _check_names("remove_label()", control_name, label_value, parent, {})
    await project.fetch()
    current = _current(project, "remove a label from")
    changed = without_label(current, control_name, label_value, parent=parent)
    if changed == current:
        return False
    control = parse_label_config(current).control(control_name)
    await _save(project, current, changed, server_checks_annotations=not (control.nested and control.type == "Choices"))
    return True


def _check_names(
    what: str, control_name: object, label_value: object, parent: object, attrs: Mapping[str, object]
) -> None:
    """The texts of a label edit checked before the project is read: each a ``str`` without a NUL (named)."""
    check_text(control_name, f"{what}: control_name")
    check_text(label_value, f"{what}: label_value")
    for value in [parent] if isinstance(parent, str) else parent if isinstance(parent, Sequence) else []:
        check_text(value, f"{what}: parent")
    for name, value in attrs.items():
        check_text(name, f"{what}: an attribute name")
        if isinstance(value, str):
            check_text(value, f"{what}: {name}")


def _current(project: AsyncProject, what: str) -> str:
    current = project.label_config
    if not isinstance(current, str) or not current.strip():
        raise InvalidInputError(f"project {project.id} has no label config to {what}")
    return current

"""Label configs on the server: ask Label Studio whether a config is acceptable (:func:`validate_label_config`),
replace a project's config safely (:func:`set_label_config`) and add a label to a live project (:func:`add_label`).

Building, reading and editing the XML itself needs no server: :mod:`lsclient.core.label_config`. Label Studio's
own ``PATCH`` of ``label_config`` does not check the labels existing annotations use (only the project's validate
endpoint does), so the functions here validate first, then save.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsclient.api_client.api.projects import projects_validate_create, projects_validate_label_config
from lsclient.api_client.models.project_label_config_request import ProjectLabelConfigRequest

from ..errors import InvalidInputError
from ..label_config import AttrValue, LabelConfig, config_text, parse_label_config, with_label
from ..resources import id_of
from .calls import call, call_no_content

if TYPE_CHECKING:
    from .client import AsyncClient
    from .projects import AsyncProject

__all__ = ["add_label", "set_label_config", "validate_label_config"]


async def validate_label_config(client: AsyncClient, xml: str | LabelConfig, *, project_id: int | None = None) -> None:
    """Ask the server whether a label config is acceptable; return None if it is, raise if not.

    Without ``project_id`` the config is checked on its own (``POST /api/projects/validate/``): XML syntax,
    Label Studio's tag schema, unique names, every ``toName`` pointing at a name. With ``project_id``
    (``POST /api/projects/{id}/validate/``) the server also checks it against the project's existing annotations
    and drafts: a control, or a label, that annotations use may not disappear.

    >>> await validate_label_config(client, LabelConfig.ner("ner", ["PER"]))  # doctest: +SKIP
    >>> await validate_label_config(client, without_label(project.label_config, "sentiment", "positive"),
    ...                             project_id=project.id)  # doctest: +SKIP
    Traceback (most recent call last):
    lsclient.core.errors.BadRequestError: 400 Bad Request on POST /api/projects/7/validate/: Validation error
      non_field_errors: These labels still exist in annotations or drafts:
    positive (2 annotations)
    ...

    :raises BadRequestError: the server rejected the config; the message carries its explanation (e.g.
        ``mismatched tag: line 1, column 40`` or ``toName="img" not found in names: ['label', 'text']``).
    :raises InvalidInputError: the config is empty (no request is made).
    :raises NotFoundError: no project ``project_id``.
    """
    body = ProjectLabelConfigRequest(label_config=config_text(xml))
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

    >>> await set_label_config(project, LabelConfig.text_classification("sentiment", ["pos", "neg"]))  # doctest: +SKIP

    :raises LabelConfigSyntaxError: the XML does not parse (before any request).
    :raises InvalidInputError: the config is empty (before any request).
    :raises BadRequestError: the server refused the config (invalid, or incompatible with annotations); the
        project is unchanged.
    """
    text = config_text(config)
    parse_label_config(text)
    await validate_label_config(project.client, text, project_id=project.id)
    await project.update(label_config=text)


async def add_label(project: AsyncProject, control_name: str, label_value: str, **attrs: AttrValue | None) -> bool:
    """Add a choice or label to a control of a live project; existing annotations stay valid.

    Re-reads the project from the server (one ``GET``, so a change made elsewhere is not overwritten), adds
    ``label_value`` to control ``control_name`` (see :func:`~lsclient.core.label_config.with_label`), then saves the
    result as :func:`set_label_config` does (validate, then ``PATCH``). Adding a label the control already has
    changes nothing and sends nothing after the ``GET``.

    >>> await add_label(project, "sentiment", "neutral")  # doctest: +SKIP
    True
    >>> project.parsed_config.control("sentiment").labels  # doctest: +SKIP
    ('positive', 'negative', 'neutral')

    :param attrs: attributes of the new tag (``background="#00ff00"``, ``hotkey="n"``...).
    :returns: True if the label was added, False if the control already had it.
    :raises InvalidInputError: the project has no control named ``control_name`` (the message lists them), the
        control takes no labels, the label is empty, or the project has no label config.
    :raises BadRequestError: the server refused the new config; the project is unchanged.
    """
    await project.fetch()
    current = project.label_config
    if not isinstance(current, str) or not current.strip():
        raise InvalidInputError(f"project {project.id} has no label config to add a label to")
    changed = with_label(current, control_name, label_value, **attrs)
    if changed == current:
        return False
    await set_label_config(project, changed)
    return True

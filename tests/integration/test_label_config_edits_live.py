"""Label-config edits on the real server: the config stored is what the user asked for, annotations stay valid, and
configs Label Studio's editor would refuse never reach the server.

Issue 10, kind 4: ``add_label("tax", "C")`` on a nested Taxonomy put C under B; a top-level B1 could not be added
beside a nested one; there was no way to add under a chosen parent; a project with ``<Chioces>`` was created.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from flavours import connect

from lsclient import BadRequestError, Client, InvalidInputError, NotFoundError, Project
from lsclient.api_client import AuthenticatedClient
from lsclient.api_client.api.projects import projects_create, projects_validate_create
from lsclient.api_client.models.project_label_config_request import ProjectLabelConfigRequest
from lsclient.api_client.models.project_request import ProjectRequest
from lsclient.core.label_config import LabelConfigError, LabelPath, parse_label_config, with_label, without_label

pytestmark = pytest.mark.integration

TAXONOMY = (
    '<View><Text name="text" value="$text"/><Taxonomy name="tax" toName="text"><Choice value="A"/>'
    '<Choice value="B"><Choice value="B1"/></Choice></Taxonomy></View>'
)
NESTED_CHOICES = (
    '<View><Text name="text" value="$text"/><Choices name="tax" toName="text" allowNested="true">'
    '<Choice value="A"/><Choice value="B"><Choice value="B1"/></Choice></Choices></View>'
)
MISSPELT = (
    '<View><Text name="text" value="$text"/><Chioces name="c" toName="text"><Choice value="a"/>'
    '<Choice value="b"/></Chioces></View>'
)


@pytest.fixture(scope="module")
def client(label_studio: Any, flavour: str) -> Iterator[Client]:
    with connect(flavour, label_studio.url, label_studio.api_key) as client:
        yield client


@pytest.fixture
def new_project(client: Client) -> Iterator[Callable[[str], Project]]:
    made: list[Project] = []

    def make(config: str) -> Project:
        project = client.projects.create(title=f"lce-{uuid.uuid4().hex[:8]}", label_config=config)
        made.append(project)
        return project

    yield make
    for project in made:
        try:
            project.remove()
        except NotFoundError:
            pass


def stored_paths(client: Client, project: Project, control: str = "tax") -> tuple[LabelPath, ...]:
    """The label paths of the config as the server stores it (read back with a fresh GET)."""
    return parse_label_config(str(client.projects.retrieve(project.id).label_config)).control(control).label_paths


def result(path: list[str], kind: str) -> list[dict[str, Any]]:
    return [{"from_name": "tax", "to_name": "text", "type": kind, "value": {kind: [path]}}]


def annotations_of(client: Client, task_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    return {task: [a.to_dict() for a in client.tasks.retrieve(task).annotations.list()] for task in task_ids}


@pytest.mark.parametrize(("config", "kind"), [(TAXONOMY, "taxonomy"), (NESTED_CHOICES, "choices")])
def test_nested_adds_go_where_asked_and_annotations_stay_valid(
    client: Client, new_project: Callable[[str], Project], config: str, kind: str
) -> None:
    project = new_project(config)
    task_ids = project.import_tasks([{"text": "x"}, {"text": "y"}, {"text": "z"}], progress=False)
    client.tasks.retrieve(task_ids[0]).annotations.create(result=result(["B", "B1"], kind))
    client.tasks.retrieve(task_ids[1]).annotations.create(result=result(["A"], kind))
    before = annotations_of(client, task_ids)

    # The example: C goes to the top level (it went under B).
    assert project.add_label("tax", "C") is True
    assert stored_paths(client, project) == (("A",), ("B",), ("B", "B1"), ("C",))
    # A top-level B1 beside the nested one (it was silently refused).
    assert project.add_label("tax", "B1") is True
    assert stored_paths(client, project) == (("A",), ("B",), ("B", "B1"), ("C",), ("B1",))
    # Under a chosen parent, one level or two down.
    assert project.add_label("tax", "B2", parent=("B",)) is True
    assert project.add_label("tax", "B1a", parent=("B", "B1")) is True
    assert stored_paths(client, project) == (
        ("A",),
        ("B",),
        ("B", "B1"),
        ("B", "B1", "B1a"),
        ("B", "B2"),
        ("C",),
        ("B1",),
    )
    # Again: nothing changes, nothing is saved.
    saved = client.projects.retrieve(project.id).label_config
    assert project.add_label("tax", "B2", parent="B") is False
    assert client.projects.retrieve(project.id).label_config == saved
    # A parent that does not exist is named, and the project is unchanged.
    with pytest.raises(InvalidInputError, match=r"parent=\('B', 'X'\): control 'tax' has no label 'X' under B"):
        project.add_label("tax", "Z", parent=("B", "X"))
    assert client.projects.retrieve(project.id).label_config == saved

    # The server agrees about the labels, and every annotation is as it was and still valid for the config.
    fresh = client.projects.retrieve(project.id)
    assert fresh.parsed_label_config.to_dict()["tax"]["labels"] == ["A", "B", "B1", "B1a", "B2", "C"]
    assert annotations_of(client, task_ids) == before
    if kind == "taxonomy":
        client.validate_label_config(str(fresh.label_config), project_id=project.id)
    else:
        # Server fact (Label Studio 1.23.2): with nested Choices it counts each annotated path as one label named
        # "['B', 'B1']", and its project validation refuses every config, the stored one included. add_label
        # therefore has the server validate the config itself (an added label cannot invalidate an annotation).
        with pytest.raises(BadRequestError, match=r"\['B', 'B1'\] \(1 annotation\)"):
            client.validate_label_config(str(fresh.label_config), project_id=project.id)
    created = client.tasks.retrieve(task_ids[2]).annotations.create(result=result(["B", "B1", "B1a"], kind))
    assert created.fetch().result[0]["value"] == {kind: [["B", "B1", "B1a"]]}


@pytest.mark.parametrize(("config", "kind"), [(TAXONOMY, "taxonomy"), (NESTED_CHOICES, "choices")])
def test_removing_a_nested_choice_the_server_cannot_check(
    client: Client, new_project: Callable[[str], Project], legacy_client: AuthenticatedClient, config: str, kind: str
) -> None:
    project = new_project(with_label(config, "tax", "B1"))  # B1 at the top level and under B
    (first, second) = project.import_tasks([{"text": "x"}, {"text": "y"}], progress=False)
    client.tasks.retrieve(first).annotations.create(result=result(["B", "B1"], kind))
    assert client.tasks.retrieve(first).total_annotations == 1, "the server no longer counts annotations: restart it"
    before = str(client.projects.retrieve(project.id).label_config)
    dropped = without_label(before, "tax", "B1", parent="B")

    if kind == "taxonomy":
        # Server fact: Label Studio compares values only, and B1 is still there, so it accepts dropping ["B", "B1"].
        client.validate_label_config(dropped, project_id=project.id)
    # lsclient reads the annotations and refuses; the project is unchanged.
    message = r"still used by annotations or drafts.*tax: B / B1 \(1 in all\)"
    with pytest.raises(InvalidInputError, match=message):
        project.remove_label("tax", "B1", parent="B")
    with pytest.raises(InvalidInputError, match=message):
        project.set_label_config(dropped)
    # Moving B1 up (removing it under B, adding it at the top level) is the same change.
    with pytest.raises(InvalidInputError, match=message):
        project.set_label_config(with_label(without_label(config, "tax", "B1", parent="B"), "tax", "B1"))
    assert client.projects.retrieve(project.id).label_config == before

    # Drafts count too (the server's own check reads them as well).
    answer = legacy_client.get_httpx_client().post(
        f"/api/tasks/{second}/drafts", json={"result": result(["B1"], kind), "lead_time": 1}
    )
    assert answer.status_code == httpx.codes.CREATED, answer.text
    with pytest.raises(InvalidInputError, match=r"tax: B1 \(1 in all\)"):
        project.remove_label("tax", "B1")

    # Without the draft, the top-level B1 is unused: it goes, the nested one stays (still protected).
    assert legacy_client.get_httpx_client().delete(f"/api/drafts/{answer.json()['id']}/").status_code == 204
    assert project.remove_label("tax", "B1") is True
    assert stored_paths(client, project) == (("A",), ("B",), ("B", "B1"))
    # Now B1 is only under B: for a Taxonomy the server sees it is used; for nested Choices lsclient does.
    error = (BadRequestError, r"B1 \(1 annotation\)") if kind == "taxonomy" else (InvalidInputError, message)
    with pytest.raises(error[0], match=error[1]):
        project.remove_label("tax", "B1", parent="B")
    assert stored_paths(client, project) == (("A",), ("B",), ("B", "B1"))
    # An unused choice goes, with the choices under it.
    assert project.remove_label("tax", "A") is True
    assert stored_paths(client, project) == (("B",), ("B", "B1"))
    # Naming the nested one without its parent says where it is.
    with pytest.raises(InvalidInputError, match=r"no label 'B1' at the top level; it has one under B"):
        project.remove_label("tax", "B1")
    assert project.remove_label("tax", "absent") is False


def test_alias_and_hotkey_edits(client: Client, new_project: Callable[[str], Project]) -> None:
    config = (
        '<View><Text name="text" value="$text"/><Labels name="ner" toName="text">'
        '<Label value="Person" alias="PER" hotkey="p"/></Labels></View>'
    )
    project = new_project(config)
    (task,) = project.import_tasks([{"text": "Alice"}], progress=False)
    span = {"start": 0, "end": 5, "text": "Alice", "labels": ["PER"]}
    client.tasks.retrieve(task).annotations.create(
        result=[{"from_name": "ner", "to_name": "text", "type": "labels", "value": span}]
    )
    for label, attrs, error in [
        ("Person", {}, r"already has <Label value=\"Person\"> \(alias 'PER'\)"),
        ("PER", {}, "would share 'PER'"),
        ("Location", {"hotkey": "P"}, "hotkey 'P' of label 'Location' is already the hotkey of"),
    ]:
        with pytest.raises(InvalidInputError, match=error):
            project.add_label("ner", label, **attrs)
    assert client.projects.retrieve(project.id).label_config == config
    assert project.add_label("ner", "Person", alias="PER", hotkey="p") is False
    assert project.add_label("ner", "Location", alias="LOC", hotkey="l") is True
    fresh = client.projects.retrieve(project.id)
    assert fresh.parsed_label_config.to_dict()["ner"]["labels"] == ["PER", "LOC"]
    # The annotation's "PER" is protected by the server under its alias.
    with pytest.raises(BadRequestError, match=r"PER \(1 annotation\)"):
        project.remove_label("ner", "Person")
    assert project.remove_label("ner", "LOC") is True  # by alias
    assert client.projects.retrieve(project.id).parsed_label_config.to_dict()["ner"]["labels"] == ["PER"]


def project_count(client: Client) -> int:
    return len(client.projects.list().to_list())


def test_a_misspelt_tag_never_reaches_the_server(
    client: Client, new_project: Callable[[str], Project], legacy_client: AuthenticatedClient
) -> None:
    # Server fact: Label Studio itself accepts the misspelt config (its editor would then refuse to render it).
    assert (
        projects_validate_create.sync_detailed(
            client=legacy_client, body=ProjectLabelConfigRequest(label_config=MISSPELT)
        ).status_code
        == httpx.codes.NO_CONTENT
    )

    count = project_count(client)
    with pytest.raises(
        LabelConfigError, match=r'<Chioces name="c"> is not a Label Studio tag; did you mean <Choices>\?'
    ):
        client.projects.create(title="never created", label_config=MISSPELT)
    with pytest.raises(LabelConfigError, match="did you mean <Choices>"):
        client.validate_label_config(MISSPELT)
    assert project_count(client) == count

    project = new_project(TAXONOMY)
    for change in (
        lambda: project.set_label_config(MISSPELT),
        lambda: project.update(label_config=MISSPELT),
        lambda: project.update({"label_config": TAXONOMY.replace("Taxonomy", "taxonomy")}),
    ):
        with pytest.raises(LabelConfigError):
            change()
    assert client.projects.retrieve(project.id).label_config == TAXONOMY


def test_a_stored_misspelt_config_is_read_and_reported(client: Client, legacy_client: AuthenticatedClient) -> None:
    made = projects_create.sync(
        client=legacy_client, body=ProjectRequest(title=f"lce-{uuid.uuid4().hex[:8]}", label_config=MISSPELT)
    )
    assert made is not None
    try:
        project = client.projects.retrieve(made.id)
        parsed = project.parsed_config  # no exception: what the server holds is read whatever it is
        assert parsed.control("c").type == "Chioces" and parsed.labels == {"c": ("a", "b")}
        assert parsed.problems == ('<Chioces name="c"> is not a Label Studio tag; did you mean <Choices>?',)
        with pytest.raises(LabelConfigError, match="did you mean <Choices>"):
            parsed.check()
        # A copy would store it again: refused before the snapshot is even made.
        count = project_count(client)
        with pytest.raises(LabelConfigError, match="did you mean <Choices>"):
            project.copy_to()
        assert project_count(client) == count and project.exports.list().to_list() == []
        # Fixing the tag is the way out.
        project.set_label_config(MISSPELT.replace("Chioces", "Choices"))
        assert client.projects.retrieve(made.id).parsed_config.problems == ()
    finally:
        client.projects.remove(made.id)

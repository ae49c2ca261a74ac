"""Webhooks through lsclient.core, against the real server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from flavours import connect
from server_fixture import skip_below

from lsclient import Client, Project, Webhook
from lsclient.core.errors import BadRequestError, InvalidInputError, NotFoundError, PermissionDeniedError

pytestmark = pytest.mark.integration

CONFIG = '<View><Text name="text" value="$text"/></View>'
# Label Studio refuses receivers on local/private addresses (SSRF protection) and must resolve host names, which
# this machine cannot: a literal public IP passes both checks. Nothing is ever sent to it: the webhooks here listen
# to annotation events only, and these tests create no annotations (port 9 is "discard" anyway).
RECEIVER = "http://1.1.1.1:9/lsclient-test-hook/path-secret"
SECRET = "Bearer never-shown-0123"


@pytest.fixture
def client(label_studio, flavour: str) -> Iterator[Client]:
    with connect(flavour, label_studio.url, label_studio.api_key) as client:
        yield client


@pytest.fixture
def project(client: Client) -> Iterator[Project]:
    title = f"hooks-{uuid.uuid4().hex[:8]}"
    project = client.projects.create(title=title, label_config=CONFIG)
    yield project
    for hook in client.webhooks.list(project=project.id):
        hook.remove()
    # By title: on SQLite, Label Studio retries a request that hit "database is locked" from the start, and a
    # create that got that far before the lock leaves a duplicate project behind.
    for same in client.projects.list(title=title):
        same.remove()


def test_webhook_lifecycle(client: Client, project: Project) -> None:
    hook = client.webhooks.create(
        RECEIVER, project=project.id, actions=["ANNOTATION_CREATED"], headers={"Authorization": SECRET}
    )
    assert isinstance(hook, Webhook)
    assert (hook.url, hook.project, hook.is_active, hook.send_payload) == (RECEIVER, project.id, True, True)
    assert hook.actions == ["ANNOTATION_CREATED"]
    assert hook.send_for_all_actions is False
    assert hook.headers == {"Authorization": SECRET}
    assert repr(hook) == f"<Webhook id={hook.id} project={project.id} url='http://1.1.1.1:9'>"

    assert [h.id for h in client.webhooks.list(project=project.id)] == [hook.id]
    assert [h.id for h in client.webhooks.list(project=project)] == [hook.id]  # the object works as its id
    assert [t.id for t in client.tasks.list(project)] == []
    assert hook.id in {h.id for h in client.webhooks.list()}

    assert hook.update(is_active=False) is hook
    assert hook.is_active is False
    # Label Studio clears the actions on a PATCH that omits them; the proxy re-sends the ones it knows.
    assert hook.actions == ["ANNOTATION_CREATED"]
    again = client.webhooks.retrieve(hook.id)
    assert (again.is_active, again.actions, again.headers) == (False, ["ANNOTATION_CREATED"], {"Authorization": SECRET})
    assert hook.fetch().is_active is False

    hook.update(actions=["ANNOTATION_CREATED", "ANNOTATION_UPDATED"])
    assert sorted(client.webhooks.retrieve(hook.id).actions) == ["ANNOTATION_CREATED", "ANNOTATION_UPDATED"]

    hook.remove()
    with pytest.raises(NotFoundError):
        client.webhooks.retrieve(hook.id)
    assert client.webhooks.list(project=project.id).to_list() == []


def test_webhook_for_all_actions_and_repo_remove(client: Client, project: Project) -> None:
    hook = client.webhooks.create(RECEIVER, project=project.id, is_active=False, send_payload=False)
    assert (hook.send_for_all_actions, hook.actions, hook.is_active, hook.send_payload) == (True, [], False, False)
    client.webhooks.remove(hook.id)
    with pytest.raises(NotFoundError):
        client.webhooks.retrieve(hook.id)


def test_server_rules(client: Client, project: Project, label_studio) -> None:
    skip_below(label_studio, "1.23", "SSRF checks on webhook URLs")
    with pytest.raises(PermissionDeniedError, match="reserved network address"):
        client.webhooks.create("http://127.0.0.1:9/hook", project=project.id)
    with pytest.raises(BadRequestError) as caught:
        client.webhooks.create("not a url", project=project.id)
    assert "url" in caught.value.validation_errors
    with pytest.raises(BadRequestError, match="organization-only"):
        client.webhooks.create(RECEIVER, project=project.id, actions=["PROJECT_CREATED"])
    with pytest.raises(BadRequestError):
        client.webhooks.list(project=987654321).to_list()  # lazy: the request is made on iteration
    with pytest.raises(NotFoundError):
        client.webhooks.retrieve(987654321)
    assert client.webhooks.list(project=project.id).to_list() == []


def test_bad_headers_are_rejected_without_echoing_them(client: Client, project: Project) -> None:
    with pytest.raises(InvalidInputError) as caught:
        client.webhooks.create(RECEIVER, project=project.id, headers={"Authorization": 12345678, "X-Ok": SECRET})
    assert "Authorization" in str(caught.value)
    assert "12345678" not in str(caught.value) and SECRET not in str(caught.value)
    with pytest.raises(InvalidInputError):
        client.webhooks.create(RECEIVER, project=project.id, headers={"Bad Name": "x"})
    with pytest.raises(InvalidInputError, match="project"):
        client.webhooks.create(RECEIVER, project=project.id, actions=["ANNOTATION_CREATED"]).update(project=1)
    assert len(client.webhooks.list(project=project.id).to_list()) == 1


def test_info(client: Client) -> None:
    actions = client.webhooks.info()
    assert actions["ANNOTATION_CREATED"].key == "annotation"
    assert actions["ANNOTATION_CREATED"].organization_only is False
    assert actions["PROJECT_CREATED"].organization_only is True
    assert set(client.webhooks.info(organization_only=True)) == {"PROJECT_CREATED", "PROJECT_DELETED"}

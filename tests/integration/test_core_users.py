"""Users and organization membership through lsclient.core, against the real server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from flavours import connect

from lsclient import Client
from lsclient.core._sync.members import MemberDetail, MembersRepo
from lsclient.core._sync.users import User
from lsclient.core.errors import APIStatusError, BadRequestError, InvalidInputError, NotFoundError

pytestmark = pytest.mark.integration


class RequestLog:
    """Records (method, path) of every request the client sends."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append((request.method, request.url.path))


@pytest.fixture
def log() -> RequestLog:
    return RequestLog()


@pytest.fixture
def client(label_studio, log: RequestLog, flavour: str) -> Iterator[Client]:
    own = httpx.Client(event_hooks={"request": [log]})
    with connect(flavour, label_studio.url, label_studio.api_key, httpx_client=own) as client:
        yield client


@pytest.fixture
def new_user(client: Client) -> Iterator[User]:
    tag = uuid.uuid4().hex[:8]
    user = client.users.create(username=f"it-{tag}", email=f"it-{tag}@example.com", first_name="Ann", last_name="Lee")
    yield user
    try:
        client.users.remove(user.id)
    except NotFoundError:
        pass


def test_me_is_the_admin_and_is_listed(client: Client, label_studio) -> None:
    me = client.users.me()
    assert me.email == label_studio.username
    assert "projects.create" in me.permissions
    assert not me.removed
    assert me.id in {user.id for user in client.users.list()}
    assert client.users.retrieve(me.id).email == me.email
    assert repr(me) == f"<User id={me.id} email={label_studio.username!r}>"


def test_create_update_and_delete_user(client: Client, log: RequestLog, new_user: User) -> None:
    assert new_user.username.startswith("it-")
    assert (new_user.first_name, new_user.last_name) == ("Ann", "Lee")
    assert new_user.id in {user.id for user in client.users.list()}

    log.requests.clear()
    returned = new_user.update(first_name="Beth")
    assert returned is new_user
    assert new_user.first_name == "Beth"
    assert log.requests == [("PATCH", f"/api/users/{new_user.id}/")]
    assert client.users.retrieve(new_user.id).first_name == "Beth"
    assert new_user.fetch().first_name == "Beth"

    new_user.remove()
    with pytest.raises(NotFoundError):
        client.users.retrieve(new_user.id)


def test_email_cannot_be_updated(client: Client, log: RequestLog, new_user: User) -> None:
    log.requests.clear()
    with pytest.raises(InvalidInputError, match="email"):
        new_user.update(first_name="Changed", email="other@example.com")
    assert log.requests == []
    after = client.users.retrieve(new_user.id)
    assert (after.first_name, after.email) == ("Ann", new_user.email)


def test_create_rejects_password_and_duplicate_email(client: Client, new_user: User) -> None:
    with pytest.raises(InvalidInputError, match="password"):
        client.users.create(username="nopass", email=f"np-{uuid.uuid4().hex[:8]}@example.com", password="secret123")
    with pytest.raises(BadRequestError) as caught:
        client.users.create(username="dup", email=new_user.email)
    assert "email" in caught.value.validation_errors


def test_unknown_user_is_not_found(client: Client) -> None:
    with pytest.raises(NotFoundError):
        client.users.retrieve(987654321)


def test_membership_and_soft_removal(client: Client, new_user: User) -> None:
    me = client.users.me()
    members = client.users.members
    assert isinstance(members, MembersRepo)
    assert members.organization_id() == me.active_organization

    listed = {member.user_id: member for member in members.list(page_size=1)}
    assert {me.id, new_user.id} <= set(listed)
    assert not listed[new_user.id].removed
    assert listed[new_user.id].user.email == new_user.email
    assert listed[new_user.id].to_user().email == new_user.email

    detail = members.retrieve(new_user.id)
    assert isinstance(detail, MemberDetail)
    assert (detail.user, detail.organization, detail.annotations_count) == (new_user.id, members.organization_id(), 0)

    listed[new_user.id].remove()
    # A soft removal: still listed, masked as "Deleted User", gone again on a second removal.
    after = {member.user_id: member for member in members.list()}
    assert after[new_user.id].removed
    assert client.users.retrieve(new_user.id).removed
    assert not after[me.id].removed
    with pytest.raises(NotFoundError):
        members.remove(new_user.id)

    # The removed member's account can still be deleted.
    client.users.remove(new_user.id)
    assert new_user.id not in {member.user_id for member in members.list()}


def test_membership_errors(client: Client) -> None:
    me = client.users.me()
    members = client.users.members
    with pytest.raises(NotFoundError):
        members.retrieve(987654321)
    with pytest.raises(NotFoundError):
        members.remove(987654321)
    with pytest.raises(APIStatusError) as caught:
        members.remove(me.id)
    assert caught.value.status_code == 405
    assert not {member.user_id: member for member in members.list()}[me.id].removed

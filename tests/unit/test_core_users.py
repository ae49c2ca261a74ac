"""Unit tests for the users/members and webhooks proxies against a fake Label Studio (httpx.MockTransport): sync
flavour, plus the async one where it matters."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from lsclient.core._async.client import AsyncClient
from lsclient.core._async.members import AsyncMember
from lsclient.core._sync.client import Client
from lsclient.core._sync.members import MemberDetail, MembersRepo
from lsclient.core._sync.paging import Pager
from lsclient.core._sync.webhooks import Webhook
from lsclient.core.auth import LegacyTokenAuth
from lsclient.core.errors import InvalidInputError, LsClientError

BASE = "http://ls.test"
USER = {
    "id": 1,
    "username": "ann",
    "email": "ann@example.com",
    "first_name": "Ann",
    "last_name": "Lee",
    "avatar": None,
    "initials": "AL",
    "last_activity": "2026-01-01T00:00:00Z",
    "active_organization": 1,
    "active_organization_meta": {"title": "Label Studio", "email": "ann@example.com"},
}
MASKED = {"username": "Deleted", "first_name": "Deleted", "last_name": "User", "email": "Deleted"}
HOOK = {
    "id": 7,
    "organization": 1,
    "project": 3,
    "url": "https://hooks.example.com/services/T0/B0/token-in-path?sig=abc",
    "headers": {"Authorization": "Bearer hidden"},
    "actions": ["ANNOTATION_CREATED"],
    "is_active": True,
    "send_payload": True,
    "send_for_all_actions": False,
    "created_at": "2026-01-01T00:00:00Z",
    "updated_at": "2026-01-01T00:00:00Z",
}

Handler = Callable[[httpx.Request], httpx.Response]


def make(handler: Handler) -> tuple[Client, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    own = httpx.Client(transport=httpx.MockTransport(record))
    return Client(BASE, LegacyTokenAuth("k" * 40), httpx_client=own), seen


def member(user_id: int, **user: Any) -> dict[str, Any]:
    return {
        "id": user_id,
        "organization": 1,
        "user": {**USER, "id": user_id, "created_projects": None, "contributed_to_projects": None, **user},
        "created_projects": None,
        "contributed_to_projects": None,
    }


def test_members_pager_follows_next_until_the_last_page() -> None:
    pages = {
        "1": {"count": 3, "next": f"{BASE}/api/organizations/1/memberships?page=2", "results": [member(1), member(2)]},
        "2": {"count": 3, "next": None, "results": [member(3, **MASKED)]},
    }

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/organizations/1/memberships"
        assert request.url.params["page_size"] == "2"
        return httpx.Response(200, json=pages[request.url.params["page"]])

    client, seen = make(handler)
    members = list(MembersRepo(client, 1).list(page_size=2))
    assert [m.user_id for m in members] == [1, 2, 3]
    assert [m.removed for m in members] == [False, False, True]
    assert len(seen) == 2
    assert repr(members[0]) == "<Member id=1 user_id=1 email='ann@example.com'>"
    assert members[2].to_user().removed


def test_members_is_a_property_that_finds_the_organization_once() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/current-user/whoami":
            return httpx.Response(200, json={**USER, "active_organization": 4})
        if request.url.path == "/api/organizations/4/memberships/1/":
            detail = {"user": 1, "organization": 4, "annotations_count": 2, "contributed_projects_count": 1}
            return httpx.Response(200, json={**detail, "created_at": "2026-01-01T00:00:00Z"})
        return httpx.Response(200, json={"count": 1, "next": None, "results": [member(1)]})

    client, seen = make(handler)
    members = client.users.members
    assert members is client.users.members
    assert repr(members) == "<MembersRepo organization=active (not asked yet)>"
    assert seen == []

    pager = members.list()
    assert isinstance(pager, Pager) and seen == []
    assert [m.user_id for m in pager] == [1]
    detail = members.retrieve(1)
    assert [r.url.path for r in seen] == [
        "/api/current-user/whoami",
        "/api/organizations/4/memberships",
        "/api/organizations/4/memberships/1/",
    ]
    assert members.organization_id() == 4 and repr(members) == "<MembersRepo organization=4>"
    assert isinstance(detail, MemberDetail)
    assert (detail.user, detail.organization, detail.annotations_count) == (1, 4, 2)
    assert repr(detail) == "<MemberDetail user=1 organization=4>"
    with pytest.raises(AttributeError, match="read-only"):
        detail.user = 2  # type: ignore[misc]


def test_members_without_an_active_organization() -> None:
    client, _ = make(lambda request: httpx.Response(200, json={**USER, "active_organization": None}))
    with pytest.raises(LsClientError, match="no active organization"):
        client.users.members.remove(5)


def test_async_members_and_users_list() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/current-user/whoami":
            return httpx.Response(200, json=USER)
        if request.url.path == "/api/users/":
            return httpx.Response(200, json=[USER, {**USER, "id": 2, **MASKED}])
        return httpx.Response(200, json={"count": 1, "next": None, "results": [member(1)]})

    async def main() -> tuple[list[AsyncMember], list[bool]]:
        own = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncClient(BASE, LegacyTokenAuth("k" * 40), httpx_client=own) as client:
            members = [m async for m in client.users.members.list()]
            removed = [user.removed async for user in client.users.list()]
            return members, removed

    members, removed = asyncio.run(main())
    assert [m.user_id for m in members] == [1] and repr(members[0]).startswith("<Member id=1")
    assert removed == [False, True]


def test_user_update_refuses_email_before_any_request() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "PATCH":
            return httpx.Response(200, json={**USER, **json.loads(request.content)})
        return httpx.Response(200, json=USER)

    client, seen = make(handler)
    user = client.users.retrieve(1)
    with pytest.raises(InvalidInputError, match="email"):
        user.update({"email": "x@example.com", "first_name": "Bo"})
    with pytest.raises(InvalidInputError, match="initials"):
        user.update(initials="ZZ")
    assert [r.method for r in seen] == ["GET"]
    assert user.update(first_name="Bo").first_name == "Bo"
    assert json.loads(seen[-1].content) == {"first_name": "Bo"}


def test_webhook_update_resends_known_actions_unless_given() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "PATCH":
            return httpx.Response(200, json={**HOOK, **json.loads(request.content)})
        return httpx.Response(200, json=HOOK)

    client, seen = make(handler)
    hook = client.webhooks.retrieve(7)
    hook.update(is_active=False)
    assert json.loads(seen[-1].content) == {"is_active": False, "actions": ["ANNOTATION_CREATED"]}
    hook.update(actions=[])
    assert json.loads(seen[-1].content) == {"actions": []}
    assert hook.actions == []


def test_webhook_repr_hides_path_query_and_headers() -> None:
    client, _ = make(lambda request: httpx.Response(200, json=HOOK))
    hook = client.webhooks.retrieve(7)
    assert isinstance(hook, Webhook)
    text = repr(hook)
    assert text == "<Webhook id=7 project=3 url='https://hooks.example.com'>"
    assert "token" not in text and "hidden" not in text and "sig" not in text


def test_webhook_create_sends_only_the_given_actions() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={**HOOK, **json.loads(request.content)})

    client, seen = make(handler)
    client.webhooks.create("https://hooks.example.com/x", project=3, actions=["TASKS_CREATED"])
    assert json.loads(seen[-1].content) == {
        "url": "https://hooks.example.com/x",
        "project": 3,
        "actions": ["TASKS_CREATED"],
        "send_for_all_actions": False,
        "send_payload": True,
        "is_active": True,
    }
    with pytest.raises(InvalidInputError, match="list of action names"):
        client.webhooks.create("https://hooks.example.com/x", project=3, actions="TASKS_CREATED")
    with pytest.raises(InvalidInputError, match="at most 10"):
        client.webhooks.create("https://hooks.example.com/x", project=3, headers={f"H{i}": "v" for i in range(11)})
    assert len(seen) == 1


def test_webhook_list_is_a_lazy_pager() -> None:
    client, seen = make(lambda request: httpx.Response(200, json=[HOOK, {**HOOK, "id": 8}]))
    pager = client.webhooks.list(project=3)
    assert isinstance(pager, Pager) and seen == []
    assert [hook.id for hook in pager] == [7, 8]
    assert seen[0].url.params["project"] == "3"
    assert pager.first() is not None


def test_webhook_info_reads_the_actions() -> None:
    info = {
        "ANNOTATION_CREATED": {"name": "Annotation created", "description": "", "key": "annotation"},
        "PROJECT_CREATED": {"name": "Project created", "key": "project", "organization-only": True},
    }
    client, _ = make(lambda request: httpx.Response(200, json=info))
    actions = client.webhooks.info()
    assert actions["PROJECT_CREATED"].organization_only and not actions["ANNOTATION_CREATED"].organization_only
    assert actions["ANNOTATION_CREATED"].key == "annotation"
